import * as z from 'zod';

/** The one error shape every route answers with (issue 4.6): a stable code, a message in Bahasa Indonesia. */
export const ApiError = z
  .object({
    code: z.string().describe('Kode galat yang stabil untuk mesin, mis. VALIDATION_FAILED atau kode aturan.'),
    message: z.string().describe('Penjelasan dalam Bahasa Indonesia.'),
    details: z
      .unknown()
      .optional()
      .describe('Rincian: daftar isian yang salah atau aturan yang tidak terpenuhi.'),
  })
  .meta({
    id: 'ApiError',
    examples: [
      {
        code: 'VALIDATION_FAILED',
        message: 'Data yang dikirim tidak valid.',
        details: [{ path: 'year', code: 'too_small', message: 'Tahun paling awal 2019.' }],
      },
    ],
  });

export type ApiError = z.infer<typeof ApiError>;
