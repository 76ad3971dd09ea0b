import { MAX_UPLOAD_BYTES, UPLOAD_CONTENT_TYPES } from '../../domain/proposal/limits';
import { ENV, requireEnv } from './env';
import { headObject, presignUpload } from './s3-presign';
import { HttpError } from './http/http-error';

/** Upload slots live ten minutes: enough for a slow connection, not long enough to be reused later. */
export const UPLOAD_SLOT_SECONDS = 600;

export const candidateDocumentKey = (programId: string, instansiCode: string, nip: string, kind: string) =>
  `proposals/${programId}/${instansiCode}/${nip}/${kind}`;

export const letterKey = (programId: string, instansiCode: string) =>
  `proposals/${programId}/${instansiCode}/SURAT_USULAN`;

export async function uploadSlot(key: string, file: { contentType: string; size: number }, now: Date) {
  const { url, headers } = await presignUpload({
    bucket: requireEnv(ENV.uploadsBucket),
    key,
    contentType: file.contentType,
    size: file.size,
    expiresInSeconds: UPLOAD_SLOT_SECONDS,
  });
  return {
    method: 'PUT' as const,
    url,
    headers,
    expiresAt: new Date(now.getTime() + UPLOAD_SLOT_SECONDS * 1000).toISOString(),
  };
}

/** Confirms an upload: the object must exist, be of an accepted type and within the size limit. */
export async function confirmedUpload(key: string, by: string, now: Date) {
  const object = await headObject(requireEnv(ENV.uploadsBucket), key);
  if (!object) throw new HttpError(409, 'UPLOAD_NOT_FOUND', 'Berkas belum diunggah ke tautan unggah.');
  const contentType = object.contentType.split(';')[0]!.trim().toLowerCase();
  if (!(UPLOAD_CONTENT_TYPES as readonly string[]).includes(contentType)) {
    throw new HttpError(
      422,
      'UPLOAD_TYPE',
      `Jenis berkas ${contentType} tidak diterima: gunakan PDF, JPEG atau PNG.`,
    );
  }
  if (object.size > MAX_UPLOAD_BYTES || object.size === 0) {
    throw new HttpError(
      422,
      'UPLOAD_SIZE',
      `Ukuran berkas harus antara 1 bita dan ${MAX_UPLOAD_BYTES} bita.`,
    );
  }
  return { key, contentType, size: object.size, uploadedAt: now.toISOString(), uploadedBy: by };
}
