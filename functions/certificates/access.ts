import type { CompetencyCertificateRecord } from '../../events/api/certificate';
import { findCertificateByNumber } from '../shared/data/certificate-repository';
import { ENV, requireEnv } from '../shared/env';
import { HttpError } from '../shared/http/http-error';
import type { Principal } from '../shared/http/principal';
import { instansiInScope } from '../shared/http/scope';
import { presignDownload } from '../shared/s3-presign';
import { registrationNumberOf } from '../../events/api/certificate';

/** Download links live five minutes: long enough to click, short enough not to be passed around. */
export const DOWNLOAD_LINK_SECONDS = 300;

/**
 * Whether the caller may see `holder`'s certificates: BKN all, instansi and Kanreg operators those of the
 * instansi in their scope, a participant only their own (refused before any read).
 */
export async function holderInScope(
  principal: Principal,
  holder: { nip: string; instansiCode: string },
): Promise<void> {
  const bkn = principal.roles.includes('admin-bkn');
  const operator = principal.roles.includes('instansi') || principal.roles.includes('kanreg');
  if (bkn) return;
  if (!operator) {
    if (principal.nip !== holder.nip) {
      throw new HttpError(403, 'AKSES-PESERTA-SENDIRI', 'Peserta hanya dapat melihat sertifikatnya sendiri.');
    }
    return;
  }
  await instansiInScope(principal, holder.instansiCode);
}

export const onlyOwnNip = (principal: Principal, nip: string): void => {
  const roles = principal.roles;
  if (roles.includes('admin-bkn') || roles.includes('instansi') || roles.includes('kanreg')) return;
  if (principal.nip !== nip) {
    throw new HttpError(403, 'AKSES-PESERTA-SENDIRI', 'Peserta hanya dapat melihat datanya sendiri.');
  }
};

export async function certificateOr404(certificateId: string): Promise<CompetencyCertificateRecord> {
  const certificate = await findCertificateByNumber(registrationNumberOf(certificateId));
  if (!certificate) throw new HttpError(404, 'CERTIFICATE_NOT_FOUND', 'Sertifikat tidak ditemukan.');
  return certificate;
}

/** A short-lived link to a stored PDF, with its SHA-256; undefined while it is not rendered yet. */
export async function downloadOf(
  document: { key: string; sha256: string } | undefined,
  fileName: string,
  now: Date,
): Promise<{ url: string; expiresAt: string; sha256: string } | undefined> {
  if (!document) return undefined;
  const url = await presignDownload({
    bucket: requireEnv(ENV.documentsBucket),
    key: document.key,
    fileName,
    expiresInSeconds: DOWNLOAD_LINK_SECONDS,
  });
  return {
    url,
    expiresAt: new Date(now.getTime() + DOWNLOAD_LINK_SECONDS * 1000).toISOString(),
    sha256: document.sha256,
  };
}

export async function withDownload(certificate: CompetencyCertificateRecord, now: Date) {
  const download = await downloadOf(certificate.document, `sertifikat-${certificate.certificateId}.pdf`, now);
  return download ? { ...certificate, download } : certificate;
}
