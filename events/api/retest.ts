import * as z from 'zod';
import { Nip, ProgramId, SchemeCode } from './identifiers';
import { DecisionId } from './result';

/*
 * Re-tests (Perban BKN 7/2020 Pasal 16(7), 25c, 26): the participant (or their instansi) asks for one after a
 * not-yet-competent decision, BKN books it into a later test session of the level, and the test sessions that
 * take re-tests have their own capacity (room and assessors), apart from training seats. The booking itself is
 * RetestBooking (result.ts), part of the participant's results.
 */
const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const NIP = '198503102010011002';

export const RetestAskRequest = z
  .strictObject({
    decisionId: DecisionId.describe(
      'Keputusan belum kompeten yang berlaku, atas unit-unitnya uji ulang diminta.',
    ),
  })
  .meta({ id: 'RetestAskRequest', examples: [{ decisionId: 'dec_2027-08-20T03:00:00.000Z_1' }] });

export const RetestAsk = z
  .object({
    programId: ProgramId,
    nip: Nip,
    decisionId: DecisionId,
    scheme: SchemeCode,
    unitCodes: z.array(z.string()),
    status: z.enum(['REQUESTED', 'BOOKED']),
    requestedBy: z.string(),
    requestedAt: z.iso.datetime(),
    booking: z.object({ retestNumber: z.int(), cohort: z.int(), programId: ProgramId }).optional(),
  })
  .meta({
    id: 'RetestAsk',
    description: 'Permintaan uji ulang atas satu keputusan; satu per keputusan.',
    examples: [
      {
        programId: PROGRAM,
        nip: NIP,
        decisionId: 'dec_2027-08-20T03:00:00.000Z_1',
        scheme: 'ADMINISTRATOR',
        unitCodes: ['MASN-ADM-02'],
        status: 'REQUESTED',
        requestedBy: 'peserta.198503102010011002',
        requestedAt: '2027-08-21T02:00:00.000Z',
      },
    ],
  });
export type RetestAsk = z.infer<typeof RetestAsk>;

export const RetestAskList = z
  .object({ items: z.array(RetestAsk) })
  .meta({ id: 'RetestAskList', examples: [{ items: [(RetestAsk.meta()?.examples as unknown[])[0]] }] });

const SessionCapacity = {
  roomCapacity: z.int().min(1).max(500).describe('Peserta yang dapat diuji di ruang TUK sekaligus.'),
  assessorCount: z.int().min(1).max(50).describe('Asesor tim uji sesi ini.'),
  participantsPerAssessor: z
    .int()
    .min(1)
    .max(50)
    .describe(
      'Peserta yang diuji seorang asesor dalam sesi (Pasal 19(3): sesuai jumlah peserta dan tingkat kesulitan).',
    ),
};

export const TestSessionRequest = z.strictObject(SessionCapacity).meta({
  id: 'TestSessionRequest',
  description:
    'Kapasitas sesi uji angkatan: yang lebih kecil dari ruang dan asesor × peserta per asesor; selebihnya di luar kursi angkatan menjadi tempat uji ulang.',
  examples: [{ roomCapacity: 40, assessorCount: 3, participantsPerAssessor: 12 }],
});

export const RetestSessionRequest = z
  .strictObject({
    scheme: SchemeCode,
    testDate: z.iso.date().describe('Hari uji (satu hari).'),
    ...SessionCapacity,
  })
  .meta({
    id: 'RetestSessionRequest',
    description: 'Sesi uji ulang BKN sendiri, tanpa pelatihan: hanya untuk peserta uji ulang skema itu.',
    examples: [
      {
        scheme: 'ADMINISTRATOR',
        testDate: '2027-09-10',
        roomCapacity: 30,
        assessorCount: 2,
        participantsPerAssessor: 15,
      },
    ],
  });
