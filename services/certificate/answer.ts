import { UNDERTAKING } from '../../domain/certificate/undertaking';
import type { Certificate, CompetencyCertificateRecord } from '../../events/api/certificate';
import { conflict } from '../../runtime/http/http-error';

/*
 * What a certificate answer carries besides its links, and the conflict of a concurrent change: apart from
 * access.ts so that stages answering without a download link (the scheme versions') bundle no S3 presigner.
 */

/** A version changed between its read and a conditional write: the caller reloads and tries again. */
export const certificateChanged = () =>
  conflict(
    'CERTIFICATE_CHANGED',
    'Sertifikat berubah bersamaan dengan permintaan ini. Muat ulang dan coba lagi.',
  );

/** The undertaking of Pasal 36(2) as answered: the text signed (or in force, while unsigned), and whether it was. */
export function undertakingOf(certificate: CompetencyCertificateRecord): Certificate['undertaking'] {
  const signature = certificate.undertakingSignature;
  return signature
    ? { textVersion: signature.textVersion, clauses: [...UNDERTAKING.clauses], signed: true, signature }
    : { textVersion: UNDERTAKING.version, clauses: [...UNDERTAKING.clauses], signed: false };
}
