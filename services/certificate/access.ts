import { linkExpiresAt } from '../../runtime/clock';
import type { Certificate, CompetencyCertificateRecord } from '../../events/api/certificate';
import { findCertificateByNumber } from '../../adapters/dynamodb/certificate-repository';
import {
  credentialRead,
  findCredential,
  type CredentialRecord,
} from '../../adapters/dynamodb/credential-repository';
import type { BatchedRead } from '../../adapters/dynamodb/table';
import { CREDENTIAL_MEDIA_TYPE, credentialUrl } from '../credentials/publication';
import { ENV, requireEnv } from '../../runtime/env';
import { certificateNotFound } from '../../runtime/http/not-found';
import { presignDownload } from '../../adapters/s3/presign';
import { registrationNumberOf } from '../../events/api/certificate-id';
import { undertakingOf } from './answer';

/** Download links live five minutes: long enough to click, short enough not to be passed around. */
export const DOWNLOAD_LINK_SECONDS = 300;

export async function certificateOr404(certificateId: string): Promise<CompetencyCertificateRecord> {
  const certificate = await findCertificateByNumber(registrationNumberOf(certificateId));
  if (!certificate) throw certificateNotFound();
  return certificate;
}

/** A version read again after a write to it, to answer it as stored. */
export async function reread(registrationNumber: string): Promise<CompetencyCertificateRecord> {
  const certificate = await findCertificateByNumber(registrationNumber);
  if (!certificate) throw new Error(`Certificate ${registrationNumber} vanished`);
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

/** Where the version's signed credential is downloaded; undefined while it is not signed yet. */
function credentialLink(credential: CredentialRecord | undefined): Certificate['credential'] {
  if (!credential?.document) return undefined;
  return {
    url: credentialUrl(credential.registrationNumber),
    mediaType: CREDENTIAL_MEDIA_TYPE,
    issuedAt: credential.document.issuedAt,
    sha256: credential.document.sha256,
  };
}

async function withLinksOf(
  certificate: CompetencyCertificateRecord,
  credential: CredentialRecord | undefined,
): Promise<Certificate> {
  const download = await downloadOf(certificate.document, `sertifikat-${certificate.certificateId}.pdf`);
  const link = credentialLink(credential);
  return {
    ...certificate,
    ...(download && { download }),
    ...(link && { credential: link }),
    undertaking: undertakingOf(certificate),
  };
}

/** A certificate version as answered: with the link to its PDF and to its Open Badges credential, once made. */
export async function withLinks(certificate: CompetencyCertificateRecord): Promise<Certificate> {
  return withLinksOf(certificate, await findCredential(certificate.registrationNumber));
}

/**
 * Versions as answered (`withLinks`), their credentials read with the request's reads (`read`): together, and
 * with whatever else the request asks for at the same time, 100 to a BatchGetItem.
 */
export async function allWithLinks(
  certificates: readonly CompetencyCertificateRecord[],
  read: BatchedRead,
): Promise<Certificate[]> {
  const credentials = await Promise.all(certificates.map((c) => read(credentialRead(c.registrationNumber))));
  return Promise.all(certificates.map((c, i) => withLinksOf(c, credentials[i])));
}
