import * as z from 'zod';
import { ProgramId } from '../api/program';

/**
 * Asks the invitation worker to issue a seated participant's invitation to their cohort (the Perka BKN 11/2008
 * notification letter) and render it to PDF. Delivering it twice is harmless: a participant's invitation to a
 * cohort is numbered once, and a message naming a cohort the participant no longer sits in is ignored.
 */
export const InvitationRequested = z
  .strictObject({
    type: z.literal('InvitationRequested'),
    version: z.literal(1),
    programId: ProgramId,
    cohort: z.int().min(1).max(999),
    nip: z.string().regex(/^\d{18}$/),
    requestedAt: z.iso.datetime(),
    correlationId: z.string().min(1),
  })
  .meta({
    id: 'InvitationRequested',
    examples: [
      {
        type: 'InvitationRequested',
        version: 1,
        programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
        cohort: 19,
        nip: '198503102010011002',
        requestedAt: '2027-07-14T17:05:00.000Z',
        correlationId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
      },
    ],
  });

export type InvitationRequested = z.infer<typeof InvitationRequested>;
