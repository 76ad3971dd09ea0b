import { linkExpiresAt } from '../../runtime/clock';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { routes } from '../../events/api/routes';
import type { CompetencyCertificateRecord } from '../../events/api/certificate';
import { BATCH_READ_LIMIT, certificatesOfInstansi } from '../../adapters/dynamodb/certificate-repository';
import { credentialsOf } from '../../adapters/dynamodb/credential-repository';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import { ENV, requireEnv } from '../../runtime/env';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError } from '../../runtime/http/http-error';
import { presignDownload, presignUpload } from '../../adapters/s3/presign';
import { DOWNLOAD_LINK_SECONDS } from '../../services/certificate/access';
import { archiveContents, MANIFEST_NAME } from './archive-contents';
import { fileNamePart } from './file-names';

/** Bounds of one archive: beyond them the instansi downloads per participant. */
export const MAX_ARCHIVE_FILES = 500;
export const MAX_ARCHIVE_BYTES = 200 * 2 ** 20;
const PARALLEL_READS = 16;

export const archiveKey = (programId: string, instansiCode: string, at: Date) =>
  `archives/${programId}/${instansiCode}/sertifikat-${at.toISOString().replace(/[:.]/g, '-')}.zip`;

/** The name the archive is saved under: the instansi's and the programme's names, no internal id. */
export const archiveFileName = (instansiName: string, programName: string | undefined) =>
  `${fileNamePart(['Sertifikat', instansiName, programName].filter(Boolean).join(' - '), 160, 'Sertifikat')}.zip`;

/** The stored keys of the versions' signed credentials, by registration number (V8, 100 to a read). */
async function credentialKeys(
  competency: readonly CompetencyCertificateRecord[],
): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  for (let i = 0; i < competency.length; i += BATCH_READ_LIMIT) {
    for (const credential of await credentialsOf(
      competency.slice(i, i + BATCH_READ_LIMIT).map((c) => c.registrationNumber),
    )) {
      if (credential?.document) keys.set(credential.registrationNumber, credential.document.key);
    }
  }
  return keys;
}

/** Reads a stored object through a one-minute presigned GET (this function carries no S3 client). */
async function read(key: string): Promise<Uint8Array> {
  const url = await presignDownload({
    bucket: requireEnv(ENV.documentsBucket),
    key,
    fileName: 'berkas',
    expiresInSeconds: 60,
  });
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${key} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Every certificate of an instansi in a programme in one ZIP (archive-contents.ts: those in force at the top,
 * the others in TIDAK BERLAKU, each competency certificate's credential beside it, and the list of all with
 * their status), stored in the documents bucket and offered through a short-lived link under a readable name.
 * PDFs are already compressed, so entries are stored, not deflated: the archive is built in a few milliseconds
 * per file.
 */
export const createCertificateArchive: Operation<typeof routes.createCertificateArchive> = async ({
  params,
  scoped: { instansi },
  now,
}) => {
  const [{ competency, training }, program] = await Promise.all([
    certificatesOfInstansi(params.programId, params.instansiCode),
    findProgram(params.programId),
  ]);
  const contents = archiveContents(competency, training, await credentialKeys(competency));
  if (contents.files.length === 0) {
    throw new HttpError(
      404,
      'NO_CERTIFICATES',
      'Belum ada sertifikat yang diterbitkan untuk instansi ini pada program ini.',
    );
  }
  if (contents.files.length > MAX_ARCHIVE_FILES) {
    throw new HttpError(
      413,
      'ARCHIVE_TOO_LARGE',
      `Arsip dibatasi ${MAX_ARCHIVE_FILES} berkas; unduh per peserta.`,
    );
  }
  const files: Zippable = { [MANIFEST_NAME]: strToU8(contents.manifest) };
  let total = 0;
  const stored = [...contents.files, ...contents.credentials];
  for (let i = 0; i < stored.length; i += PARALLEL_READS) {
    const batch = stored.slice(i, i + PARALLEL_READS);
    const bodies = await Promise.all(batch.map((file) => read(file.key)));
    batch.forEach((file, j) => {
      total += bodies[j]!.length;
      files[file.path] = [bodies[j]!, { level: 0 }];
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
    fileName: archiveFileName(instansi.name, program?.name),
    expiresInSeconds: DOWNLOAD_LINK_SECONDS,
  });
  return {
    statusCode: 201,
    body: {
      programId: params.programId,
      instansiCode: params.instansiCode,
      count: contents.files.length,
      credentials: contents.credentials.length,
      current: contents.current,
      notCurrent: contents.notCurrent,
      listed: contents.listed,
      bytes: zip.length,
      download: { url, expiresAt: linkExpiresAt(DOWNLOAD_LINK_SECONDS) },
    },
  };
};
