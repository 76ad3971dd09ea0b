import { signUndertaking as sign } from '../../domain/certificate/undertaking';
import { dateInWib } from '../../domain/shared/dates';
import type { routes } from '../../events/api/routes';
import { findCertificateByNumber } from '../../adapters/dynamodb/certificate-repository';
import { signUndertaking as recordSignature } from '../../adapters/dynamodb/surveillance-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { conflict, rulesNotMet } from '../../runtime/http/http-error';
import { withLinks } from '../../services/certificate/access';

/**
 * The holder signs the undertaking of Pasal 36(2) on their certificate in force, accepting the text version
 * in force; once per version: signing again answers the signature recorded.
 */
export const signUndertaking: Operation<typeof routes.signUndertaking> = async ({
  body,
  scoped: { certificate },
  principal,
  now,
}) => {
  if (certificate.undertakingSignature) return { statusCode: 200, body: await withLinks(certificate) };
  const decision = sign(certificate.status, body.textVersion, dateInWib(now));
  if (!decision.ok) throw rulesNotMet(decision.violations);
  const signature = { ...decision.value, signedAt: now.toISOString(), signedBy: principal.username };
  const signed = await recordSignature(certificate.registrationNumber, signature);
  const current = await findCertificateByNumber(certificate.registrationNumber);
  // Not written: signed meanwhile (then the answer shows it), or no longer in force.
  if (!signed && !current?.undertakingSignature) {
    throw conflict(
      'CERTIFICATE_CHANGED',
      'Sertifikat berubah bersamaan dengan permintaan ini. Muat ulang dan coba lagi.',
    );
  }
  return { statusCode: 200, body: await withLinks(current!) };
};
