import * as z from 'zod';
import { AnnouncementLetterDetails, ProgramId } from '../api/program';

/**
 * Asks the announcement-letter worker to render the programme's announcement letter (surat pemberitahuan
 * kepada instansi, as the 2019 Pusbang letter) to PDF, with the number, place and signer BKN gave. Re-sending
 * is safe: the worker's output is keyed by programme, so a duplicate delivery rewrites the same object.
 * Version 2 carries `letter`; a version 1 message (without it) is refused, as a letter without number or
 * signer would be.
 */
export const AnnouncementRequested = z
  .strictObject({
    type: z.literal('AnnouncementRequested'),
    version: z.literal(2),
    programId: ProgramId,
    letter: AnnouncementLetterDetails,
    requestedBy: z.string().min(1),
    requestedAt: z.iso.datetime(),
    correlationId: z.string().min(1),
  })
  .meta({
    id: 'AnnouncementRequested',
    examples: [
      {
        type: 'AnnouncementRequested',
        version: 2,
        programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
        letter: {
          number: '195/A/TU/Pusbang ASN/III/2019',
          place: 'Bogor',
          signer: {
            name: 'Dr. Andi Wijaya, M.Si.',
            nip: '197001011995031001',
            position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
          },
        },
        requestedBy: 'admin-bkn-1',
        requestedAt: '2026-11-23T10:00:00.000Z',
        correlationId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
      },
    ],
  });

export type AnnouncementRequested = z.infer<typeof AnnouncementRequested>;
