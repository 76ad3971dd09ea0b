import { afterAll, beforeAll, describe, expect } from 'vitest';
import { unitsOfScheme } from '../../domain/assessment/instrument';
import { addDays } from '../../domain/shared/dates';
import { testMechanismRoutes } from '../../events/api/routes/test-mechanism';
import { testTeamAmendmentRoutes } from '../../events/api/routes/test-team-amendments';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, programBody, startTestStack, type Caller } from './helpers';
import {
  callersOf,
  itDeclaresTheTable,
  itPlaysTheTable,
  type CallerSpec,
  type MatrixRow,
} from './matrix-table';
import { qualifiedAssessor, seatInCohort, todayOn } from './pipeline-helpers';

/*
 * The authorization matrix of the test-mechanism routes (Perban BKN 7/2020 Pasal 30(2)a) and of the team's
 * amending decree (19(2)-(3)), on the local stack: every route × every role, and for the roles the scopes
 * restrict, the team's leader, another assessor of the team and an expert outside it. Out of scope is answered
 * exactly as a cohort or team that does not exist; a role the route does not allow is refused 403 whatever the
 * record. The assessors of the cohort's team propose; the team and BKN read a cohort's proposals; only the leader
 * (and BKN) receives them, and only the leader decides. BKN records the amending decree.
 */

const NOBODY_TEAM = 'tim_00000000-0000-4000-8000-000000000000';
const NO_COHORT = 99;
const OWN = '3201';
const [UNIT] = unitsOfScheme('ADMINISTRATOR') as [string];

const CALLERS = {
  anonymous: undefined,
  instansi: { role: 'instansi', claims: { instansi: OWN } },
  kanreg: { role: 'kanreg', claims: { kanreg: 'III' } },
  'admin-bkn': { role: 'admin-bkn', claims: {} },
  komite: { role: 'komite', claims: {} },
  peserta: { role: 'peserta', claims: { nip: '198503102010011002', instansi: OWN } },
  mentor: { role: 'mentor', claims: { nip: '198001012005011001' } },
  ppk: { role: 'ppk', claims: { instansi: OWN } },
  'asesor (ketua)': { role: 'asesor', claims: {} },
  'asesor (anggota)': { role: 'asesor', claims: {} },
  pakar: { role: 'pakar', claims: {} },
} as const satisfies Record<string, CallerSpec>;
type CallerName = keyof typeof CALLERS;

interface Context {
  programId: string;
  number: number;
  teamId: string;
  proposalId: string;
}
type Row = MatrixRow<CallerName, [ctx: Context]>;
/** What each allowed call answers: a proposal is created, the rest answer 200. */
const STATUS: Record<string, number> = { proposeTestMechanism: 201 };

const ORIGIN = { instansiCode: 'BKN01', instansiName: 'Badan Kepegawaian Negara' };
/** The decree of the fixture's team; its date is set to the stack's today before any call. */
const DECREE = {
  number: '814/KEP/BKN/2027',
  date: '',
  signedBy: {
    capacity: 'KEPALA_BKN',
    name: 'Prof. Dr. Haryomo Dwi Putranto',
    nip: '196501011990031001',
    position: 'Kepala Badan Kepegawaian Negara',
  },
};

const cohortPath = (ctx: Context) => `/programs/${ctx.programId}/cohorts/${ctx.number}`;

/** operationId → who may call it, as Perban BKN 7/2020 Pasal 30(2)a gives it. */
const MECHANISM_ROUTES: Record<keyof typeof testMechanismRoutes | keyof typeof testTeamAmendmentRoutes, Row> =
  {
    // 30(2)a: the assessors of the cohort's team propose.
    proposeTestMechanism: {
      roles: ['asesor'],
      scope: 'test-team',
      inScope: ['asesor (ketua)', 'asesor (anggota)'],
      call: (ctx) => [
        'POST',
        `${cohortPath(ctx)}/test-mechanism/units/${UNIT}`,
        { methods: ['TES_TERTULIS', 'WAWANCARA'], mechanism: 'Tes tertulis lalu wawancara.' },
      ],
    },
    listCohortMechanisms: {
      roles: ['admin-bkn', 'asesor', 'pakar'],
      scope: 'test-team',
      inScope: ['admin-bkn', 'asesor (ketua)', 'asesor (anggota)'],
      call: (ctx) => ['GET', `${cohortPath(ctx)}/test-mechanism`],
    },
    // The leader receives the proposals (and BKN reads them); the leader alone decides.
    listTeamMechanisms: {
      roles: ['admin-bkn', 'asesor', 'pakar'],
      scope: 'test-team-leader',
      inScope: ['admin-bkn', 'asesor (ketua)'],
      call: (ctx) => ['GET', `/test-teams/${ctx.teamId}/mechanism-proposals`],
    },
    // 19(2)-(3): the head of BKN amends the team by decree; BKN records it.
    amendTestTeam: {
      roles: ['admin-bkn'],
      scope: 'none',
      inScope: ['admin-bkn'],
      call: (ctx) => [
        'POST',
        `/test-teams/${ctx.teamId}/members`,
        {
          decree: { ...DECREE, number: '814a/KEP/BKN/2027' },
          members: [
            { ...qualifiedAssessor('asesor.tambahan', '197703032002121001', 'Joko Widodo'), origin: ORIGIN },
          ],
        },
      ],
    },
    decideTestMechanism: {
      roles: ['asesor', 'pakar'],
      scope: 'test-team-leader',
      inScope: ['asesor (ketua)'],
      call: (ctx) => [
        'POST',
        `/test-teams/${ctx.teamId}/mechanism-proposals/${ctx.proposalId}/decision`,
        { outcome: 'DITERIMA' },
      ],
    },
  };

describe('authorization matrix: the test mechanism proposed to the team leader (Pasal 30(2)a)', () => {
  itDeclaresTheTable(MECHANISM_ROUTES);

  describe('on the local stack', () => {
    let stack: LocalStack;
    let ctx: Context;
    let callers: Record<CallerName, Caller>;

    beforeAll(async () => {
      stack = await startTestStack({ workers: false });
      const bkn = await callerFor(stack, 'admin-bkn');
      const registered = await bkn('PUT', `/instansi/${OWN}`, {
        name: 'Pemerintah Kabupaten Bogor',
        kind: 'KABUPATEN_KOTA',
        kanreg: 'III',
      });
      expect(registered.status).toBe(200);
      callers = await callersOf(stack, CALLERS);
      const admin = callers['admin-bkn'];
      const today = await todayOn(admin);
      const program = await admin('POST', '/programs', {
        ...programBody(1_500, 3_600_000, 'Program matriks mekanisme uji'),
        cohortPlan: [
          {
            number: 1,
            scheme: 'ADMINISTRATOR',
            capacity: 2,
            startDate: addDays(today, 3),
            endDate: addDays(today, 4),
          },
        ],
      });
      expect(program.status, JSON.stringify(program.body)).toBe(201);
      const programId = program.body.id as string;
      await seatInCohort(programId, 1, [{ nip: '198503102010011002', name: 'Dewi Lestari' }]);
      expect((await admin('PUT', '/test-team-ratio', { RENDAH: 3, SEDANG: 2, TINGGI: 1 })).status).toBe(200);
      DECREE.date = today;
      const origin = ORIGIN;
      const formed = await admin('POST', '/test-teams', {
        decree: DECREE,
        period: { from: today, to: addDays(today, 10) },
        difficulty: 'SEDANG',
        cohorts: [{ programId, number: 1 }],
        members: [
          {
            ...qualifiedAssessor('asesor.ketua', '197501012000031001', 'Budi Santoso'),
            origin,
            leader: true,
          },
          { ...qualifiedAssessor('asesor.anggota', '197602022001122001', 'Rina Kartika'), origin },
          {
            role: 'pengelola-administrasi',
            username: 'admin.tim',
            nip: '198801012010122001',
            name: 'Rina Marlina',
            origin,
          },
        ],
      });
      expect(formed.status, JSON.stringify(formed.body)).toBe(201);
      const base = { programId, number: 1, teamId: formed.body.teamId as string, proposalId: '' };
      const proposed = await callers['asesor (anggota)'](...MECHANISM_ROUTES.proposeTestMechanism.call(base));
      expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
      ctx = { ...base, proposalId: proposed.body.proposalId };
    }, 120_000);
    afterAll(async () => {
      await stack?.stop();
    });

    itPlaysTheTable(MECHANISM_ROUTES, CALLERS, () => ({
      callers,
      args: [ctx],
      missing: () => [{ ...ctx, number: NO_COHORT, teamId: NOBODY_TEAM }],
      status: (_method, id) => STATUS[id] ?? 200,
    }));
  });
});
