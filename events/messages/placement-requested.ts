import * as z from 'zod';
import { ProgramId, SchemeCode } from '../api/program';

/**
 * Asks the placement worker to give a participant a seat in a cohort of their level, or a place on the level's
 * waiting list. Delivering it twice is harmless: a participant holds at most one seat per programme.
 */
export const PlacementRequested = z
  .strictObject({
    type: z.literal('PlacementRequested'),
    version: z.literal(1),
    programId: ProgramId,
    nip: z.string().regex(/^\d{18}$/),
    scheme: SchemeCode.describe('Jenjang peserta: angkatan yang dicoba hanya yang sejenjang.'),
    eligibleTestDates: z
      .array(z.iso.date())
      .optional()
      .describe(
        'Tanggal uji yang syaratnya dipenuhi peserta (sidang penetapan peserta): hanya angkatan yang diuji pada tanggal ini yang dicoba.',
      ),
    requestedAt: z.iso.datetime(),
    correlationId: z.string().min(1),
  })
  .meta({
    id: 'PlacementRequested',
    examples: [
      {
        type: 'PlacementRequested',
        version: 1,
        programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
        nip: '198503102010011002',
        scheme: 'ADMINISTRATOR',
        eligibleTestDates: ['2026-12-08', '2026-12-15'],
        requestedAt: '2026-11-23T10:00:00.000Z',
        correlationId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
      },
    ],
  });

export type PlacementRequested = z.infer<typeof PlacementRequested>;
