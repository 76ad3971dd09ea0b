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
    examples: [
      {
        url: 'https://sertifikasi-uploads.s3.ap-southeast-3.amazonaws.com/proposals/prg_0f8fad5b-d9cb-469f-a165-70867728950e/3201/198503102010011002/PAS_FOTO/9b2f4c1e-3d5a-4e8b-a6c7-1f0e2d3c4b5a?versionId=Wf3CkPjbhX0rU6bVnUl0lS8bQ2eY7xZa&X-Amz-Expires=300&X-Amz-Signature=5a0ed3a808be83f3d23af303ae494e9705418a42594ed7cdb086f031cbcfea07',
        expiresAt: '2026-11-23T03:05:00.000Z',
        document: {
          key: 'proposals/prg_0f8fad5b-d9cb-469f-a165-70867728950e/3201/198503102010011002/PAS_FOTO/9b2f4c1e-3d5a-4e8b-a6c7-1f0e2d3c4b5a',
          versionId: 'Wf3CkPjbhX0rU6bVnUl0lS8bQ2eY7xZa',
          sha256: '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
          contentType: 'image/jpeg',
          size: 84_211,
          uploadedAt: '2026-11-23T03:00:00.000Z',
          uploadedBy: 'operator-bogor',
        },
      },
    ],
    description:
      'Tautan unduh berkas sebagaimana dikonfirmasi: versi objek yang tercatat, apa pun yang kini tersimpan pada kuncinya.',
  });
