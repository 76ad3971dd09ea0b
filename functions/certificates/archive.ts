import { linkExpiresAt } from '../../runtime/clock';
import { zipSync, type Zippable } from 'fflate';
import type { routes } from '../../events/api/routes';
import { certificatesOfInstansi } from '../../adapters/dynamodb/certificate-repository';
import { ENV, requireEnv } from '../../runtime/env';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError } from '../../runtime/http/http-error';
import { presignDownload, presignUpload } from '../../adapters/s3/presign';
import { DOWNLOAD_LINK_SECONDS } from '../../services/certificate/access';

/** Bounds of one archive: beyond them the instansi downloads per participant. */
export const MAX_ARCHIVE_FILES = 500;
export const MAX_ARCHIVE_BYTES = 200 * 2 ** 20;
const PARALLEL_READS = 16;

export const archiveKey = (programId: string, instansiCode: string, at: Date) =>
  `archives/${programId}/${instansiCode}/sertifikat-${at.toISOString().replace(/[:.]/g, '-')}.zip`;

/** Reads a stored PDF through a one-minute presigned GET (this function carries no S3 client). */
async function read(key: string): Promise<Uint8Array> {
  const url = await presignDownload({
    bucket: requireEnv(ENV.documentsBucket),
    key,
    fileName: 'x.pdf',
    expiresInSeconds: 60,
  });
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${key} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Every certificate PDF of an instansi in a programme (each competency version, each training certificate) in
 * one ZIP, stored in the documents bucket and offered through a short-lived link. PDFs are already compressed,
 * so entries are stored, not deflated: the archive is built in a few milliseconds per file.
 */
export const createCertificateArchive: Operation<typeof routes.createCertificateArchive> = async ({
  params,
  now,
}) => {
  const { competency, training } = await certificatesOfInstansi(params.programId, params.instansiCode);
  const entries = [
    ...competency
      .filter((c) => c.document)
      .map((c) => ({ name: `${c.nip}/${c.certificateId}.pdf`, key: c.document!.key })),
    ...training
      .filter((t) => t.document)
      .map((t) => ({ name: `${t.nip}/sertifikat-pelatihan.pdf`, key: t.document!.key })),
  ];
  if (entries.length === 0) {
    throw new HttpError(
      404,
      'NO_CERTIFICATES',
      'Belum ada sertifikat yang diterbitkan untuk instansi ini pada program ini.',
    );
  }
  if (entries.length > MAX_ARCHIVE_FILES) {
    throw new HttpError(
      413,
      'ARCHIVE_TOO_LARGE',
      `Arsip dibatasi ${MAX_ARCHIVE_FILES} berkas; unduh per peserta.`,
    );
  }
  const files: Zippable = {};
  let total = 0;
  for (let i = 0; i < entries.length; i += PARALLEL_READS) {
    const batch = entries.slice(i, i + PARALLEL_READS);
    const bodies = await Promise.all(batch.map((entry) => read(entry.key)));
    batch.forEach((entry, j) => {
      total += bodies[j]!.length;
      files[entry.name] = [bodies[j]!, { level: 0 }];
    });
    if (total > MAX_ARCHIVE_BYTES) {
      throw new HttpError(
        413,
        'ARCHIVE_TOO_LARGE',
        `Arsip melebihi ${MAX_ARCHIVE_BYTES / 2 ** 20} MiB; unduh per peserta.`,
      );
    }
  }
  const zip = zipSync(files, { mtime: now });
  const key = archiveKey(params.programId, params.instansiCode, now);
  const slot = await presignUpload({
    bucket: requireEnv(ENV.documentsBucket),
    key,
    contentType: 'application/zip',
    size: zip.length,
    expiresInSeconds: 60,
  });
  const put = await fetch(slot.url, { method: 'PUT', headers: slot.headers, body: zip });
  if (!put.ok) throw new Error(`PUT ${key} answered ${put.status}`);
  const url = await presignDownload({
    bucket: requireEnv(ENV.documentsBucket),
    key,
    fileName: `sertifikat-${params.instansiCode}.zip`,
    expiresInSeconds: DOWNLOAD_LINK_SECONDS,
  });
  return {
    statusCode: 201,
    body: {
      programId: params.programId,
      instansiCode: params.instansiCode,
      count: entries.length,
      bytes: zip.length,
      download: { url, expiresAt: linkExpiresAt(DOWNLOAD_LINK_SECONDS) },
    },
  };
};
