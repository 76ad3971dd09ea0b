import * as z from 'zod';
import { Nip, ProgramId } from '../api/identifiers';

/**
 * Asks the certificate worker to issue the certificates a result-session decision grants (Perban BKN 7/2020
 * Pasal 34): the competency certificate for a KOMPETEN decision, and the training certificate for a participant
 * who attended. The decision is named, not copied: the worker reads it and does only what it still calls for
 * (no open appeal, not superseded); a decision that superseded the one a certificate rests on replaces that
 * certificate by a new version, or annuls it when not competent. Delivering it twice is harmless: one decision
 * gets one certificate, and a change is made once.
 */
export const CertificateRequested = z
  .strictObject({
    type: z.literal('CertificateRequested'),
    version: z.literal(1),
    programId: ProgramId,
    nip: Nip,
    decisionId: z.string().min(1).max(100),
    requestedAt: z.iso.datetime(),
    correlationId: z.string().min(1),
  })
  .meta({
    id: 'CertificateRequested',
    examples: [
      {
        type: 'CertificateRequested',
        version: 1,
        programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
        nip: '198503102010011002',
        decisionId: 'dec_2027-08-20T03:00:00.000Z_1',
        requestedAt: '2027-08-20T03:00:01.000Z',
        correlationId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
      },
    ],
  });

export type CertificateRequested = z.infer<typeof CertificateRequested>;
