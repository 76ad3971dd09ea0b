import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../domain/access/roles';
import { addDays } from '../../domain/shared/dates';
import { buildOpenApiDocument } from '../../events/api/openapi';
import { testTeamRoutes } from '../../events/api/routes/test-teams';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, programBody, startTestStack, type Caller } from './helpers';
import { qualifiedAssessor, seatInCohort, todayOn } from './pipeline-helpers';

/*
 * The authorization matrix of issue 18 point 2's routes (Perban BKN 7/2020 Pasal 19, 30(1)d), on the local stack:
 * every route × every role, and for the roles the leader's scope restricts, the team's leader and another
 * assessor. Out of scope is answered exactly as a team nobody formed; a role the route does not allow is refused
 * 403 whatever the team. BKN forms teams and sets the ratio (19(2), 19(3)); the Komite reads them; only the leader
 * (and BKN) receives the assessors' pre-test consultation reports (30(1)d).
 */

const NOBODY_TEAM = 'tim_00000000-0000-4000-8000-000000000000';
const OWN = '3201';

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
} as const satisfies Record<string, { role: Role; claims: Record<string, string> } | undefined>;
type CallerName = keyof typeof CALLERS;
const slug = (name: string) => name.replace(/[ ()]+/g, '.').replace(/\.$/, '');

interface Row {
  roles: Role[];
  scope: string;
  /** The callers the scope lets through; every other caller of an allowed role is answered as missing. */
  inScope: CallerName[];
  call: (teamId: string) => [method: string, path: string, body?: unknown];
}

let teamBody: () => Record<string, unknown> = () => ({});

/** operationId → who may call it, as Perban BKN 7/2020 gives it. */
const ISSUE_18_TEAM: Record<keyof typeof testTeamRoutes, Row> = {
  // 19(3): the ratio is BKN's reference data, set by its training unit.
  setTestTeamRatio: {
    roles: ['admin-bkn'],
    scope: 'none',
    inScope: ['admin-bkn'],
    call: () => ['PUT', '/test-team-ratio', { RENDAH: 3, SEDANG: 2, TINGGI: 1 }],
  },
  getTestTeamRatio: {
    roles: ['admin-bkn', 'komite'],
    scope: 'none',
    inScope: ['admin-bkn', 'komite'],
    call: () => ['GET', '/test-team-ratio'],
  },
  // 19(2), 18(2): the head of BKN forms the team; BKN records the decree.
  formTestTeam: {
    roles: ['admin-bkn'],
    scope: 'none',
    inScope: ['admin-bkn'],
    call: () => ['POST', '/test-teams', teamBody()],
  },
  getTestTeam: {
    roles: ['admin-bkn', 'komite'],
    scope: 'none',
    inScope: ['admin-bkn', 'komite'],
    call: (teamId) => ['GET', `/test-teams/${teamId}`],
  },
  // 30(1)d: the assessors report to the team leader.
  listConsultationReports: {
    roles: ['admin-bkn', 'asesor', 'pakar'],
    scope: 'test-team-leader',
    inScope: ['admin-bkn', 'asesor (ketua)'],
    call: (teamId) => ['GET', `/test-teams/${teamId}/consultation-reports`],
  },
};

type Outcome = 'allowed' | 'unauthenticated' | 'role refused' | 'hidden as missing';
const outcomeOf = (row: Row, name: CallerName): Outcome => {
  const caller = CALLERS[name];
  if (!caller) return 'unauthenticated';
  if (!row.roles.includes(caller.role)) return 'role refused';
  return row.inScope.includes(name) ? 'allowed' : 'hidden as missing';
};
const cases = Object.entries(ISSUE_18_TEAM).flatMap(([id, row]) =>
  (Object.keys(CALLERS) as CallerName[]).map((caller) => ({
    id,
    row,
    caller,
    outcome: outcomeOf(row, caller),
  })),
);

interface OpenApiOperation {
  operationId: string;
  'x-roles'?: string[];
  'x-scope'?: { rule: string; roles: string[] };
}
const document = buildOpenApiDocument() as unknown as {
  paths: Record<string, Record<string, OpenApiOperation>>;
};
const byId = new Map(
  Object.values(document.paths)
    .flatMap((item) => Object.values(item))
    .map((o) => [o.operationId, o]),
);

describe('authorization matrix, issue 18 point 2: the test team formed by decree', () => {
  it.each(Object.entries(ISSUE_18_TEAM))(
    '%s: the document declares the roles and scope of the table',
    (id, row) => {
      const operation = byId.get(id)!;
      expect([...(operation['x-roles'] ?? [])].sort()).toEqual(row.roles);
      expect(operation['x-scope']?.rule).toBe(row.scope);
    },
  );

  describe('on the local stack', () => {
    let stack: LocalStack;
    let teamId: string;
    const callers = {} as Record<CallerName, Caller>;

    beforeAll(async () => {
      stack = await startTestStack({ workers: false });
      const bkn = await callerFor(stack, 'admin-bkn');
      const registered = await bkn('PUT', `/instansi/${OWN}`, {
        name: 'Pemerintah Kabupaten Bogor',
        kind: 'KABUPATEN_KOTA',
        kanreg: 'III',
      });
      expect(registered.status).toBe(200);
      for (const [name, caller] of Object.entries(CALLERS) as [CallerName, (typeof CALLERS)[CallerName]][]) {
        callers[name] = caller
          ? await callerFor(stack, caller.role, { ...caller.claims, username: slug(name) })
          : await callerFor(stack);
      }
      const admin = callers['admin-bkn'];
      const today = await todayOn(admin);
      const program = await admin('POST', '/programs', {
        ...programBody(1_500, 3_600_000, 'Program matriks tim uji'),
        cohortPlan: [
          {
            number: 1,
            scheme: 'ADMINISTRATOR',
            capacity: 2,
            startDate: addDays(today, 3),
            endDate: addDays(today, 4),
          },
          {
            number: 2,
            scheme: 'ADMINISTRATOR',
            capacity: 2,
            startDate: addDays(today, 5),
            endDate: addDays(today, 6),
          },
        ],
      });
      expect(program.status, JSON.stringify(program.body)).toBe(201);
      const programId = program.body.id as string;
      await seatInCohort(programId, 1, [{ nip: '198503102010011002', name: 'Dewi Lestari' }]);
      expect((await admin('PUT', '/test-team-ratio', { RENDAH: 3, SEDANG: 2, TINGGI: 1 })).status).toBe(200);
      const origin = { instansiCode: 'BKN01', instansiName: 'Badan Kepegawaian Negara' };
      const body = (number: number) => ({
        decree: {
          number: '812/KEP/BKN/2027',
          date: today,
          signedBy: {
            capacity: 'KEPALA_BKN',
            name: 'Prof. Dr. Haryomo Dwi Putranto',
            nip: '196501011990031001',
            position: 'Kepala Badan Kepegawaian Negara',
          },
        },
        period: { from: today, to: addDays(today, 10) },
        difficulty: 'SEDANG',
        cohorts: [{ programId, number }],
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
      const formed = await admin('POST', '/test-teams', body(1));
      expect(formed.status, JSON.stringify(formed.body)).toBe(201);
      teamId = formed.body.teamId;
      // Allowed callers of the forming route ask for cohort 2, which no team serves yet.
      teamBody = () => body(2);
    }, 120_000);
    afterAll(async () => {
      await stack?.stop();
    });

    it.each(cases)('$id as $caller: $outcome', async ({ row, caller, outcome }) => {
      const response = await callers[caller](...row.call(teamId));
      const answer = `${response.status} ${JSON.stringify(response.body)?.slice(0, 300)}`;
      switch (outcome) {
        case 'unauthenticated':
          expect([response.status, response.body?.code], answer).toEqual([401, 'AUTH_REQUIRED']);
          break;
        case 'role refused':
          expect([response.status, response.body?.code], answer).toEqual([403, 'FORBIDDEN_ROLE']);
          break;
        case 'hidden as missing': {
          const missing = await callers[caller](...row.call(NOBODY_TEAM));
          expect(response.status, answer).toBe(404);
          expect(response.body, answer).toStrictEqual(missing.body);
          break;
        }
        case 'allowed':
          expect([401, 403, 404], answer).not.toContain(response.status);
          expect(response.status, answer).toBeLessThan(500);
          if (row.call(teamId)[0] === 'GET') expect(response.status, answer).toBe(200);
      }
    });
  });
});
