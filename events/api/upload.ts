import * as z from 'zod';

const Sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .describe('SHA-256 isi berkas, heksadesimal huruf kecil.');

/**
 * An uploaded document as confirmed: pinned to the object version S3 held then, with its size and SHA-256, so
 * whatever happens to the key afterwards, every later read (download links, checks) reads exactly these bytes.
 */
export const UploadedDocument = z
  .object({
    key: z.string(),
    versionId: z.string().describe('Versi objek S3 yang dikonfirmasi; setiap pembacaan memakai versi ini.'),
    sha256: Sha256,
    contentType: z.string(),
    size: z.int(),
    uploadedAt: z.string(),
    uploadedBy: z.string(),
  })
  .meta({
    id: 'UploadedDocument',
    description:
      'Berkas unggahan yang dikonfirmasi, dikunci pada versi objeknya: ukuran dan SHA-256 tercatat, dan setiap pembacaan memakai versi itu.',
  });
export type UploadedDocument = z.infer<typeof UploadedDocument>;

/** What an uploader may declare of the file's content when asking for a slot. */
export const DeclaredSha256 = Sha256.describe(
  'SHA-256 berkas (heksadesimal), bila diketahui: ditandatangani ke tautan sebagai x-amz-checksum-sha256, sehingga penyimpanan menolak isi lain; konfirmasi memeriksanya lagi.',
);

/** A short-lived link to exactly the pinned version of a confirmed document. */
export const PinnedDocumentLink = z
  .object({
    url: z.string().describe('GET bertanda tangan atas versi objek yang dikonfirmasi (versionId).'),
    expiresAt: z.string(),
    document: UploadedDocument,
  })
  .meta({
    id: 'PinnedDocumentLink',
    description:
      'Tautan unduh berkas sebagaimana dikonfirmasi: versi objek yang tercatat, apa pun yang kini tersimpan pada kuncinya.',
  });
