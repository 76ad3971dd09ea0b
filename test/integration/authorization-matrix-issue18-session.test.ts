import { afterAll, beforeAll, describe, expect } from 'vitest';
import { requiredUnitsFor } from '../../domain/result/attempt';
import { pikRoutes } from '../../events/api/routes/pik';
import { resultSessionRoutes } from '../../events/api/routes/result-sessions';
import type { LocalStack } from '../../tools/local/local-stack';
import { eligibleCandidate, startTestStack, type Caller } from './helpers';
import { callersOf, itDeclaresTheTable, itPlaysTheTable, type MatrixRow } from './matrix-table';
import { assessUnits, BUDI, callerNamed, seatInCohort, sessionWith } from './pipeline-helpers';
import { programme2019 } from './result-session-fixture';

/*
 * The authorization matrix of issue 18's result-session completeness and PIK routes (Perban BKN 7/2020 Pasal 25b,
 * 25e, 25h, 15(3)a, 23), on the local stack: every route × every role, and for the roles a route's scope restricts
 * the caller in scope and out of it. Out of scope is answered exactly as a record nobody has; a role the route does
 * not allow is refused 403. The result session is BKN's training unit (Pasal 16(5)); the participant and their
 * instansi (or its Kanreg) read what concerns the participant; the PIK register is BKN's, read by the proposers.
 */

const NIP = '198604122011012001';
const NOBODY = '199912312020121009';
const UNITS = requiredUnitsFor('ADMINISTRATOR');

const CALLERS = {
  anonymous: undefined,
  'instansi (sendiri)': { role: 'instansi', claims: { instansi: '3201' } },
  'instansi (lain)': { role: 'instansi', claims: { instansi: '3271' } },
  kanreg: { role: 'kanreg', claims: { kanreg: 'III' } },
  'admin-bkn': { role: 'admin-bkn', claims: {} },
  asesor: { role: 'asesor', claims: {} },
  pakar: { role: 'pakar', claims: {} },
  komite: { role: 'komite', claims: {} },
  mentor: { role: 'mentor', claims: { nip: NIP } },
  kepegawaian: { role: 'kepegawaian', claims: { instansi: '3201' } },
  ppk: { role: 'ppk', claims: { instansi: '3201' } },
  baperjakat: { role: 'baperjakat', claims: { instansi: '3201' } },
  'peserta (sendiri)': { role: 'peserta', claims: { nip: NIP, instansi: '3201' } },
  'peserta (lain)': { role: 'peserta', claims: { nip: '198601012010011001', instansi: '3201' } },
} as const;
type CallerName = keyof typeof CALLERS;

type Row = MatrixRow<CallerName, [programId: string, nip: string]>;

const PARTICIPANT_SIDE: CallerName[] = [
  'admin-bkn',
  'komite',
  'instansi (sendiri)',
  'kanreg',
  'peserta (sendiri)',
];
const at = (programId: string, nip: string) => `/programs/${programId}/cohorts/1/participants/${nip}`;
const of = (programId: string, nip: string) => `/programs/${programId}/participants/${nip}`;
const candidate = (programId: string, nip: string) =>
  `/programs/${programId}/proposals/3201/candidates/${nip}/pik-graduation`;
const STRATEGY = { reviewers: ['pusbang.peninjau'], reviewDays: 7, methods: ['TELAAH_DOKUMEN'] };
const EQUIVALENCE = {
  courseName: 'Manajemen ASN',
  unitCodes: UNITS,
  decree: { number: '12/KEP/BKN/2020', date: '2019-03-02' },
};

/** operationId → who may call it. */
const ISSUE_18: Record<keyof typeof resultSessionRoutes | keyof typeof pikRoutes, Row> = {
  // Pasal 16(5), 25b: the result session of BKN's training unit.
  requestAdditionalEvidence: {
    roles: ['admin-bkn'],
    scope: 'none',
    inScope: ['admin-bkn'],
    call: (p, nip) => [
      'POST',
      `${at(p, nip)}/evidence-requests`,
      { unitCodes: [UNITS[0]], missing: 'Portofolio tambahan.', deadline: '2019-08-06' },
    ],
  },
  // The participant learns what to supply; their instansi (or its Kanreg) follows it.
  listEvidenceRequests: {
    roles: ['admin-bkn', 'instansi', 'kanreg', 'komite', 'peserta'],
    scope: 'participant',
    inScope: PARTICIPANT_SIDE,
    call: (p, nip) => ['GET', `${of(p, nip)}/evidence-requests`],
  },
  // Pasal 25h: the session sets it; the Komite oversees the scheme (Pasal 6).
  setAppealStrategy: {
    roles: ['admin-bkn'],
    scope: 'none',
    inScope: ['admin-bkn'],
    call: (p) => ['PUT', `/programs/${p}/cohorts/1/appeal-strategy`, STRATEGY],
  },
  getAppealStrategy: {
    roles: ['admin-bkn', 'komite'],
    scope: 'none',
    inScope: ['admin-bkn', 'komite'],
    call: (p) => ['GET', `/programs/${p}/cohorts/1/appeal-strategy`],
  },
  // Pasal 15(3)a, 25e: the statement is the participant's, read by their instansi too.
  getUnitRecognition: {
    roles: ['admin-bkn', 'instansi', 'kanreg', 'komite', 'peserta'],
    scope: 'participant',
    inScope: PARTICIPANT_SIDE,
    call: (p, nip) => ['GET', `${of(p, nip)}/unit-recognition`],
  },
  // Pasal 23(1): BKN recognises the equivalence; the proposers read it to propose graduates.
  putCourseEquivalence: {
    roles: ['admin-bkn'],
    scope: 'none',
    inScope: ['admin-bkn'],
    call: () => ['PUT', '/pik/course-equivalences/PIK-MSDM-301', EQUIVALENCE],
  },
  listCourseEquivalences: {
    roles: ['admin-bkn', 'instansi', 'kanreg'],
    scope: 'none',
    inScope: ['admin-bkn', 'instansi (sendiri)', 'instansi (lain)', 'kanreg'],
    call: () => ['GET', '/pik/course-equivalences'],
  },
  // Pasal 31(1)a-b: the proposing instansi (or its Kanreg) records its candidate's graduation; BKN may too.
  recordPikGraduation: {
    roles: ['admin-bkn', 'instansi', 'kanreg'],
    scope: 'candidate',
    inScope: ['admin-bkn', 'instansi (sendiri)', 'kanreg'],
    call: (p, nip) => [
      'PUT',
      candidate(p, nip),
      { diplomaNumber: 'PIK/2018/0042', graduatedOn: '2018-08-30', courseCodes: ['PIK-MSDM-301'] },
    ],
  },
  getPikGraduation: {
    roles: ['admin-bkn', 'instansi', 'kanreg', 'peserta'],
    scope: 'candidate',
    inScope: ['admin-bkn', 'instansi (sendiri)', 'kanreg', 'peserta (sendiri)'],
    call: (p, nip) => ['GET', candidate(p, nip)],
  },
};

describe('authorization matrix, issue 18: result-session completeness and PIK graduates', () => {
  itDeclaresTheTable(ISSUE_18);

  describe('on the local stack', () => {
    let stack: LocalStack;
    let programId: string;
    let callers: Record<CallerName, Caller>;

    beforeAll(async () => {
      stack = await startTestStack({ workers: false, calendarStart: { date: '2019-04-04' } });
      const admin = await callerNamed(stack, 'admin-bkn', 'bkn-admin-1');
      programId = await programme2019(admin, ['3201', '3271']);
      callers = await callersOf(stack, CALLERS);
      expect((await admin('PUT', '/_local/clock', { date: '2019-04-06' })).status).toBe(200);
      const bogor = callers['instansi (sendiri)'];
      expect((await bogor('PUT', `/programs/${programId}/proposals/3201`)).status).toBe(201);
      const proposed = await bogor(
        'PUT',
        `/programs/${programId}/proposals/3201/candidates/${NIP}`,
        eligibleCandidate('ADMINISTRATOR', 'Dewi Anggraini, S.Sos.'),
      );
      expect(proposed.status, JSON.stringify(proposed.body)).toBeLessThan(300);
      expect((await admin('PUT', '/pik/course-equivalences/PIK-MSDM-301', EQUIVALENCE)).status).toBe(200);

      await seatInCohort(programId, 1, [{ nip: NIP, name: 'Dewi Anggraini, S.Sos.' }]);
      expect((await admin('POST', `/programs/${programId}/cohorts/1/team`, BUDI)).status).toBe(200);
      expect((await admin('PUT', '/_local/clock', { date: '2019-07-30' })).status).toBe(200);
      const budi = await callerNamed(stack, 'asesor', 'asesor.budi');
      await assessUnits(budi, at(programId, NIP), UNITS, [UNITS[0]!]);
      const sidang = await callerNamed(stack, 'admin-bkn', 'pusbang.sidang');
      const decided = await sidang('POST', `${at(programId, NIP)}/result`, {
        session: sessionWith('asesor.budi'),
      });
      expect(decided.status, JSON.stringify(decided.body)).toBe(201);
      expect((await sidang('PUT', `/programs/${programId}/cohorts/1/appeal-strategy`, STRATEGY)).status).toBe(
        200,
      );
      const recorded = await bogor(
        'PUT',
        candidate(programId, NIP),
        ISSUE_18.recordPikGraduation.call(programId, NIP)[2],
      );
      expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
    }, 180_000);
    afterAll(async () => {
      await stack?.stop();
    });

    // No oracle out of scope: the answer of a participant (a candidate) nobody has.
    itPlaysTheTable(ISSUE_18, CALLERS, () => ({
      callers,
      args: [programId, NIP],
      missing: () => [programId, NOBODY],
    }));
  });
});
