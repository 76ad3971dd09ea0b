import { linkExpiresAt } from '../../runtime/clock';
import type { CompetencyCertificateRecord } from '../../events/api/certificate';
import { findCertificateByNumber } from '../../adapters/dynamodb/certificate-repository';
import { ENV, requireEnv } from '../../runtime/env';
import { certificateNotFound } from '../../runtime/http/not-found';
import { presignDownload } from '../../adapters/s3/presign';
import { registrationNumberOf } from '../../events/api/certificate-id';

/** Download links live five minutes: long enough to click, short enough not to be passed around. */
export const DOWNLOAD_LINK_SECONDS = 300;

export async function certificateOr404(certificateId: string): Promise<CompetencyCertificateRecord> {
  const certificate = await findCertificateByNumber(registrationNumberOf(certificateId));
  if (!certificate) throw certificateNotFound();
  return certificate;
}

/** A short-lived link to a stored PDF, with its SHA-256; undefined while it is not rendered yet. */
export async function downloadOf(
  document: { key: string; sha256: string } | undefined,
  fileName: string,
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
    expiresAt: linkExpiresAt(DOWNLOAD_LINK_SECONDS),
    sha256: document.sha256,
  };
}

export async function withDownload(certificate: CompetencyCertificateRecord) {
  const download = await downloadOf(certificate.document, `sertifikat-${certificate.certificateId}.pdf`);
  return download ? { ...certificate, download } : certificate;
}
