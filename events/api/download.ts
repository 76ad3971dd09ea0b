import * as z from 'zod';

export const DownloadLink = z
  .object({
    url: z.url(),
    expiresAt: z.string(),
    sha256: z.string().optional(),
  })
  .meta({
    id: 'DownloadLink',
    description: 'Tautan unduh berumur pendek (presigned URL).',
    examples: [
      {
        url: 'https://sertifikasi-documents.s3.ap-southeast-3.amazonaws.com/programs/prg_0f8fad5b-d9cb-469f-a165-70867728950e/pengumuman.pdf?X-Amz-Signature=5a0ed3a808be83f3d23af303ae494e9705418a42594ed7cdb086f031cbcfea07',
        expiresAt: '2026-11-23T10:05:00.000Z',
        sha256: '63b8c5add45fe7a5c8547baed97af63b99a6d69b72ea12f321ee131c21571161',
      },
    ],
  });
