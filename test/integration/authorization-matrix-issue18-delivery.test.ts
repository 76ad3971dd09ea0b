import { afterAll, beforeAll, describe, expect } from 'vitest';
import { addDays, dateInWib } from '../../domain/shared/dates';
import { deliveryRoutes } from '../../events/api/routes/delivery';
import { saveConfirmation } from '../../adapters/dynamodb/training-repository';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, programBody, startTestStack, type Caller } from './helpers';
import { callersOf, itDeclaresTheTable, itPlaysTheTable, type MatrixRow } from './matrix-table';
import { seatInCohort } from './pipeline-helpers';

/*
 * The authorization matrix of issue 18's training-delivery routes (Panduan Pusbang ASN BKN 2019, Timeline
 * Pelatihan No 5-6, Fasilitator, Tata Tertib), on the local stack: every route × every role, and for the roles
 * the participant scope restricts, the caller in scope and out of it (another instansi's or region's operator,
 * another peserta). Out of scope is answered exactly as a participant nobody has; a role the route does not
 * allow is refused 403 whatever the record. BKN's training unit sets the cohort's e-learning, uploads the
 * materials, reviews and announces the groups and writes for the facilitators; the participant studies, writes
 * in the forum, uploads resumes and acknowledges; the participant or their instansi/Kanreg uploads the SP and
 * reads the participant's progress.
 */

const NIP = '198503102010011002';
const NOBODY = '199912312020121009';
const MODULE = 'MOD-ADM-01';
const TODAY = dateInWib(new Date());
const PDF = { contentType: 'application/pdf', size: 1000 };

const CALLERS = {
  anonymous: undefined,
  'instansi (peserta)': { role: 'instansi', claims: { instansi: '3201' } },
  'instansi (lain)': { role: 'instansi', claims: { instansi: '3578' } },
  'kanreg (wilayah)': { role: 'kanreg', claims: { kanreg: 'III' } },
  'kanreg (lain)': { role: 'kanreg', claims: { kanreg: 'II' } },
  'admin-bkn': { role: 'admin-bkn', claims: {} },
  asesor: { role: 'asesor', claims: {} },
  pakar: { role: 'pakar', claims: {} },
  komite: { role: 'komite', claims: {} },
  mentor: { role: 'mentor', claims: { nip: '197001011995031001' } },
  'peserta (sendiri)': { role: 'peserta', claims: { nip: NIP, instansi: '3201' } },
  'peserta (lain)': { role: 'peserta', claims: { nip: '198601012010011001', instansi: '3201' } },
} as const;
type CallerName = keyof typeof CALLERS;

type Row = MatrixRow<CallerName, [programId: string, nip: string]>;

const BKN: CallerName[] = ['admin-bkn'];
const OWN: CallerName[] = ['peserta (sendiri)'];
const SIDE: CallerName[] = ['peserta (sendiri)', 'instansi (peserta)', 'kanreg (wilayah)'];
const cohort = (programId: string) => `/programs/${programId}/cohorts/1`;
const participant = (programId: string, nip: string) => `/programs/${programId}/participants/${nip}`;
const cohortModule = (programId: string) => `${cohort(programId)}/e-learning/modules/${MODULE}`;
const ownModule = (programId: string, nip: string) =>
  `${participant(programId, nip)}/e-learning/modules/${MODULE}`;

/** operationId → who may call it, as the handbook gives it. */
const ISSUE_18: Record<keyof typeof deliveryRoutes, Row> = {
  // Metode, Fasilitator: BKN's training unit runs the e-learning of its cohorts.
  setELearning: {
    roles: ['admin-bkn'],
    scope: 'none',
    inScope: BKN,
    call: (id) => [
      'PUT',
      `${cohort(id)}/e-learning`,
      { modules: [{ code: MODULE, facilitators: [{ name: 'Dr. Hendra', element: 'WIDYAISWARA' }] }] },
    ],
  },
  getELearning: {
    roles: ['admin-bkn'],
    scope: 'none',
    inScope: BKN,
    call: (id) => ['GET', `${cohort(id)}/e-learning`],
  },
  requestMaterialUpload: {
    roles: ['admin-bkn'],
    scope: 'none',
    inScope: BKN,
    call: (id) => ['POST', `${cohortModule(id)}/material/upload`, PDF],
  },
  confirmMaterial: {
    roles: ['admin-bkn'],
    scope: 'none',
    inScope: BKN,
    call: (id) => ['PUT', `${cohortModule(id)}/material`],
  },
  // The facilitators answer in the forum through BKN's training unit, which names them.
  postAsFacilitator: {
    roles: ['admin-bkn'],
    scope: 'none',
    inScope: BKN,
    call: (id) => ['POST', `${cohortModule(id)}/posts`, { facilitator: 'Dr. Hendra', text: 'Lihat bab 2.' }],
  },
  // The participant, their instansi and Kanreg follow where the participant stands; BKN too.
  getDelivery: {
    roles: ['admin-bkn', 'instansi', 'kanreg', 'peserta'],
    scope: 'participant',
    inScope: [...BKN, ...SIDE],
    call: (id, nip) => ['GET', `${participant(id, nip)}/delivery`],
  },
  // Timeline No 6: the participant downloads, studies, discusses and writes the resumes.
  downloadMaterial: {
    roles: ['peserta'],
    scope: 'participant',
    inScope: OWN,
    call: (id, nip) => ['GET', `${ownModule(id, nip)}/material`],
  },
  requestResumeUpload: {
    roles: ['peserta'],
    scope: 'participant',
    inScope: OWN,
    call: (id, nip) => ['POST', `${ownModule(id, nip)}/resume/upload`, PDF],
  },
  confirmResume: {
    roles: ['peserta'],
    scope: 'participant',
    inScope: OWN,
    call: (id, nip) => ['PUT', `${ownModule(id, nip)}/resume`],
  },
  postToForum: {
    roles: ['peserta'],
    scope: 'participant',
    inScope: OWN,
    call: (id, nip) => ['POST', `${ownModule(id, nip)}/posts`, { text: 'Pertanyaan saya.' }],
  },
  listForum: {
    roles: ['admin-bkn', 'peserta'],
    scope: 'participant',
    inScope: [...BKN, ...OWN],
    call: (id, nip) => ['GET', `${ownModule(id, nip)}/posts`],
  },
  // Timeline No 5: BKN reviews and announces the groups.
  reviewCv: {
    roles: ['admin-bkn'],
    scope: 'none',
    inScope: BKN,
    call: (id, nip) => [
      'PUT',
      `${participant(id, nip)}/cv-review`,
      { cv: { verdict: 'DITERIMA' }, actionPlan: { verdict: 'DITERIMA' } },
    ],
  },
  announceGroups: {
    roles: ['admin-bkn'],
    scope: 'none',
    inScope: BKN,
    call: (id) => ['PUT', `${cohort(id)}/groups`, { groups: [{ name: 'Kelompok 1', nips: [NIP] }] }],
  },
  // Surat 2019, Catatan 1a: the SP comes from the participant's instansi; the participant or it uploads it.
  requestAssignmentLetterUpload: {
    roles: ['instansi', 'kanreg', 'peserta'],
    scope: 'participant',
    inScope: SIDE,
    call: (id, nip) => ['POST', `${participant(id, nip)}/assignment-letter/upload`, PDF],
  },
  confirmAssignmentLetter: {
    roles: ['instansi', 'kanreg', 'peserta'],
    scope: 'participant',
    inScope: SIDE,
    call: (id, nip) => ['PUT', `${participant(id, nip)}/assignment-letter`],
  },
  // Tata Tertib: the participant themself states they read it.
  acknowledgeDocument: {
    roles: ['peserta'],
    scope: 'participant',
    inScope: OWN,
    call: (id, nip) => ['POST', `${participant(id, nip)}/acknowledgements`, { document: 'TATA_TERTIB' }],
  },
};

describe('authorization matrix, issue 18: the training-delivery routes', () => {
  itDeclaresTheTable(ISSUE_18);

  describe('on the local stack', () => {
    let stack: LocalStack;
    let programId: string;
    let callers: Record<CallerName, Caller>;

    beforeAll(async () => {
      stack = await startTestStack();
      // The instansi first: an operator is registered for an instansi or a Kanreg that has one.
      const admin = await callerFor(stack, 'admin-bkn', { username: 'admin-bkn' });
      for (const [code, name, kanreg] of [
        ['3201', 'Pemerintah Kabupaten Bogor', 'III'],
        ['3578', 'Pemerintah Kota Surabaya', 'II'],
      ] as const) {
        expect(
          (await admin('PUT', `/instansi/${code}`, { name, kind: 'KABUPATEN_KOTA', kanreg })).status,
        ).toBe(200);
      }
      callers = await callersOf(stack, CALLERS);
      const program = await admin('POST', '/programs', {
        ...programBody(-1, 3_600_000, 'Matriks penyelenggaraan pelatihan'),
        cohortPlan: [
          {
            number: 1,
            scheme: 'ADMINISTRATOR',
            capacity: 5,
            startDate: addDays(TODAY, 3),
            endDate: addDays(TODAY, 4),
          },
        ],
      });
      expect(program.status, JSON.stringify(program.body)).toBe(201);
      programId = program.body.id;
      await seatInCohort(programId, 1, [{ nip: NIP, name: 'Dewi Lestari, S.Sos.' }]);
      const confirmed = await saveConfirmation(
        {
          programId,
          nip: NIP,
          instansiCode: '3201',
          cohort: 1,
          attending: true,
          confirmedBy: NIP,
          confirmedAt: new Date().toISOString(),
          version: 1,
        },
        undefined,
      );
      expect(confirmed.outcome).toBe('WRITTEN');
      const set = await admin('PUT', `${cohort(programId)}/e-learning`, {
        modules: ['01', '02', '03', '04', '05', '06', '07', '08'].map((n) => ({
          code: `MOD-ADM-${n}`,
          facilitators: [{ name: 'Dr. Hendra', element: 'WIDYAISWARA' }],
        })),
      });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
      const slot = await admin('POST', `${cohortModule(programId)}/material/upload`, PDF);
      const body = Buffer.alloc(PDF.size, 0x25);
      expect((await fetch(slot.body.url, { method: 'PUT', headers: slot.body.headers, body })).status).toBe(
        200,
      );
      expect((await admin('PUT', `${cohortModule(programId)}/material`)).status).toBe(200);
    }, 120_000);
    afterAll(async () => {
      await stack?.stop();
    });

    // No oracle out of scope: the answer of a participant nobody has.
    itPlaysTheTable(ISSUE_18, CALLERS, () => ({
      callers,
      args: [programId, NIP],
      missing: () => [programId, NOBODY],
    }));
  });
});
