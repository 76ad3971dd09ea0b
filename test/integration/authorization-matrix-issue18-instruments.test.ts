import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../domain/access/roles';
import { unitsOfScheme } from '../../domain/assessment/instrument';
import { TeamAssignmentRequest } from '../../events/api/assessment';
import { testInstrumentRoutes } from '../../events/api/routes/test-instruments';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, startTestStack, type Caller } from './helpers';
import { callersOf, itDeclaresTheTable, itPlaysTheTable, type MatrixRow } from './matrix-table';
import { mechanismAccepted, teamByDecree } from './pipeline-helpers';

/*
 * The authorization matrix of issue 18 point 3, the test instruments and plans (Perban BKN 7/2020 Pasal 19(7)-(8),
 * 30(2)c-e and k, 30(4)), on the local stack: every route × every role, and for the assessors and experts the
 * scope restricts, one on the cohort's team and one not. The instruments are the test itself: participants,
 * instansi and Kanreg operators, mentors, the Komite and the structural roles get nothing (403 whatever the
 * cohort); a tester of another cohort gets the answer of a cohort that does not exist. The answer keys inside
 * are narrowed further (the expert reads none): test-instruments.test.ts proves that.
 */

const [UNIT] = unitsOfScheme('ADMINISTRATOR') as [string];
const EXAMPLES = TeamAssignmentRequest.meta()?.examples as Record<string, unknown>[];

const CALLERS = {
  anonymous: undefined,
  instansi: { role: 'instansi', claims: { instansi: '3201' } },
  kanreg: { role: 'kanreg', claims: { kanreg: 'III' } },
  'admin-bkn': { role: 'admin-bkn', claims: {} },
  komite: { role: 'komite', claims: {} },
  peserta: { role: 'peserta', claims: { nip: '198503102010011002', instansi: '3201' } },
  mentor: { role: 'mentor', claims: { nip: '198001012005011001' } },
  kepegawaian: { role: 'kepegawaian', claims: { instansi: '3201' } },
  ppk: { role: 'ppk', claims: { instansi: '3201' } },
  baperjakat: { role: 'baperjakat', claims: { instansi: '3201' } },
  'asesor (tim)': { role: 'asesor', claims: { username: 'asesor.tim' } },
  'asesor (lain)': { role: 'asesor', claims: { username: 'asesor.lain' } },
  'pakar (tim)': { role: 'pakar', claims: { username: 'pakar.tim' } },
  'pakar (lain)': { role: 'pakar', claims: { username: 'pakar.lain' } },
} as const;
type CallerName = keyof typeof CALLERS;
type Row = MatrixRow<CallerName, [cohortPath: string, instrumentId: string]>;

const TEAM: CallerName[] = ['asesor (tim)', 'pakar (tim)'];
const instrument = {
  unitCodes: [UNIT],
  title: 'Daftar observasi penyusunan formasi',
  kind: 'DAFTAR_OBSERVASI',
  methods: ['OBSERVASI', 'PORTOFOLIO'],
  dimensions: ['a', 'b', 'c', 'd', 'e'],
  items: [{ text: 'Peserta menyusun formasi unitnya.' }],
  handedTo: 'asesor.tim',
};
const { unitCodes: _units, ...version } = instrument;
/** Every route of the instruments is scoped to the cohort's test team. */
const scope = 'test-team';

/** operationId → who may call it, as Pasal 19(8)f, 30(2)c-e and k, 30(4) give it. */
const ISSUE_18_INSTRUMENTS: Record<keyof typeof testInstrumentRoutes, Row> = {
  // 30(2)e, 30(4)a, d, k: the assessors, and the experts with them, prepare and update the instruments.
  prepareInstrument: {
    roles: ['asesor', 'pakar'],
    scope,
    inScope: TEAM,
    call: (cohort) => ['POST', `${cohort}/instruments`, instrument],
  },
  reviseInstrument: {
    roles: ['asesor', 'pakar'],
    scope,
    inScope: TEAM,
    call: (cohort, id) => ['POST', `${cohort}/instruments/${id}/versions`, version],
  },
  // Handed to the assessors; BKN's training unit keeps them (19(8)f). Nobody else reads them.
  listInstruments: {
    roles: ['admin-bkn', 'asesor', 'pakar'],
    scope,
    inScope: ['admin-bkn', ...TEAM],
    call: (cohort) => ['GET', `${cohort}/instruments`],
  },
  getInstrument: {
    roles: ['admin-bkn', 'asesor', 'pakar'],
    scope,
    inScope: ['admin-bkn', ...TEAM],
    call: (cohort, id) => ['GET', `${cohort}/instruments/${id}`],
  },
  // 19(8)f: BKN's training unit reviews; 30(2)k: the assessors update.
  reviewInstrument: {
    roles: ['admin-bkn', 'asesor'],
    scope,
    inScope: ['admin-bkn', 'asesor (tim)'],
    call: (cohort, id) => ['POST', `${cohort}/instruments/${id}/reviews`, { version: 1, outcome: 'SESUAI' }],
  },
  // 30(2)c-d: the assessors make the plan and set the methods.
  planUnitTest: {
    roles: ['asesor'],
    scope,
    inScope: ['asesor (tim)'],
    call: (cohort, id) => [
      'PUT',
      `${cohort}/test-plan/units/${UNIT}`,
      { methods: ['OBSERVASI', 'PORTOFOLIO'], instruments: [{ instrumentId: id, version: 1 }] },
    ],
  },
  getTestPlan: {
    roles: ['admin-bkn', 'asesor', 'pakar'],
    scope,
    inScope: ['admin-bkn', ...TEAM],
    call: (cohort) => ['GET', `${cohort}/test-plan`],
  },
};

describe('authorization matrix, issue 18 point 3: test instruments and plans', () => {
  itDeclaresTheTable(ISSUE_18_INSTRUMENTS);

  it('no route of the instruments admits a participant, an operator, a mentor or the Komite', () => {
    const outsiders: Role[] = ['peserta', 'instansi', 'kanreg', 'mentor', 'komite'];
    for (const row of Object.values(ISSUE_18_INSTRUMENTS)) {
      expect(row.roles.filter((r) => outsiders.includes(r))).toEqual([]);
    }
  });

  describe('on the local stack', () => {
    let stack: LocalStack;
    let cohortPath: string;
    let missingPath: string;
    let instrumentId: string;
    let callers: Record<CallerName, Caller>;

    beforeAll(async () => {
      stack = await startTestStack({ calendarStart: { date: '2027-07-01' } });
      const admin = await callerFor(stack, 'admin-bkn');
      const bogor = { name: 'Pemerintah Kabupaten Bogor', kind: 'KABUPATEN_KOTA', kanreg: 'III' };
      expect((await admin('PUT', '/instansi/3201', bogor)).status).toBe(200);
      const program = await admin('POST', '/programs', {
        name: 'Sertifikasi Manajemen ASN 2027',
        year: 2027,
        schemes: ['ADMINISTRATOR'],
        quotaPerInstansi: { ADMINISTRATOR: 1 },
        proposalWindow: { opensAt: '2027-07-01T09:00:00+07:00', closesAt: '2027-07-02T16:00:00+07:00' },
        cohortPlan: [
          { number: 1, scheme: 'ADMINISTRATOR', capacity: 5, startDate: '2027-07-19', endDate: '2027-07-20' },
          { number: 2, scheme: 'ADMINISTRATOR', capacity: 5, startDate: '2027-07-26', endDate: '2027-07-27' },
        ],
      });
      expect(program.status, JSON.stringify(program.body)).toBe(201);
      cohortPath = `/programs/${program.body.id}/cohorts/1`;
      missingPath = `/programs/${program.body.id}/cohorts/99`;
      // Each cohort's team formed by decree (TIM-UJI-SK-WAJIB); the testers "lain" are on cohort 2's, not 1's.
      const teams = [];
      for (const [n, asesor, pakar] of [
        [1, 'asesor.tim', 'pakar.tim'],
        [2, 'asesor.lain', 'pakar.lain'],
      ] as const) {
        teams.push(
          await teamByDecree(admin, program.body.id, n, [
            { ...EXAMPLES[0], username: asesor },
            { ...EXAMPLES[1], username: pakar },
          ]),
        );
      }
      callers = await callersOf(stack, CALLERS);
      // The leader accepts the mechanism the allowed plan rests on (UJI-MEKANISME-DITERIMA).
      await mechanismAccepted(callers['asesor (tim)'], teams[0]!, cohortPath, UNIT, [
        'OBSERVASI',
        'PORTOFOLIO',
      ]);
      const prepared = await callers['pakar (tim)']('POST', `${cohortPath}/instruments`, instrument);
      expect(prepared.status, JSON.stringify(prepared.body)).toBe(201);
      instrumentId = prepared.body.instrumentId;
    }, 120_000);
    afterAll(async () => {
      await stack?.stop();
    });

    // No oracle out of scope: the answer of a cohort nobody has. An allowed write is made, not refused on a rule.
    itPlaysTheTable(ISSUE_18_INSTRUMENTS, CALLERS, () => ({
      callers,
      args: [cohortPath, instrumentId],
      missing: () => [missingPath, instrumentId],
      status: (method) => (method === 'GET' || method === 'PUT' ? 200 : 201),
    }));
  });
});
