import * as z from 'zod';
import { InstansiCode, Nip } from '../api/identifiers';
import { NoticeId } from '../api/structural-notice';

/**
 * Asks the structural-notice worker to render and sign the PDF of a notification letter the API issued (Perka
 * BKN 11/2008 Anak Lampiran): the letter is numbered and recorded already, so a duplicate delivery renders the
 * same bytes to the same key.
 */
export const StructuralNoticeRequested = z
  .strictObject({
    type: z.literal('StructuralNoticeRequested'),
    version: z.literal(1),
    instansiCode: InstansiCode,
    nip: Nip,
    noticeId: NoticeId,
    requestedAt: z.iso.datetime(),
    correlationId: z.string().min(1),
  })
  .meta({
    id: 'StructuralNoticeRequested',
    examples: [
      {
        type: 'StructuralNoticeRequested',
        version: 1,
        instansiCode: '4011',
        nip: '198503102010011002',
        noticeId: '2026-0007',
        requestedAt: '2026-03-02T02:00:00.000Z',
        correlationId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
      },
    ],
  });

export type StructuralNoticeRequested = z.infer<typeof StructuralNoticeRequested>;
