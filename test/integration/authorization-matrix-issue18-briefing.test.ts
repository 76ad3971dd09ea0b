import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { ROLES, type Role } from '../../domain/access/roles';
import { addDays } from '../../domain/shared/dates';
import { buildOpenApiDocument } from '../../events/api/openapi';
import { BriefingRequest } from '../../events/api/briefing';
import { briefingRoutes } from '../../events/api/routes/briefing';
import { testSiteRoutes } from '../../events/api/routes/test-sites';
import { IdentifyTestSiteRequest, TestSiteCriteriaRequest } from '../../events/api/test-site';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, programBody, startTestStack, type Caller } from './helpers';
import { todayOn } from './pipeline-helpers';

/*
 * The authorization matrix of issue 18's briefing and test-site routes (Perban BKN 7/2020 Pasal 27(4)-(5), 33), on
 * the local stack: every route × every role. BKN's training unit holds the briefing and keeps the test-site register
 * (its certification coordinator and the head of the unit act through it, Pasal 9c, 27(5), 33(2)); the Komite reads
 * them (Pasal 6: it keeps the system's quality). No route reaches a record of one instansi or person, so none
 * declares a scope: a role the route does not allow is refused 403, and an allowed one reaches the operation.
 */

const BKN_ONLY: Role[] = ['admin-bkn'];
const BKN_AND_KOMITE: Role[] = ['admin-bkn', 'komite'];
const exampleOf = <T>(schema: z.ZodType) => (schema.meta()?.examples as T[])[0]!;

interface Row {
  roles: Role[];
  call: (ctx: { programId: string; today: string }) => [method: string, path: string, body?: unknown];
}

const ISSUE_18: Record<keyof typeof briefingRoutes | keyof typeof testSiteRoutes, Row> = {
  // Pasal 33(2): BKN's training unit holds the briefing (with the Kanreg, in the region, through BKN).
  recordBriefing: {
    roles: BKN_ONLY,
    call: ({ programId, today }) => [
      'PUT',
      `/programs/${programId}/cohorts/1/briefing`,
      { ...exampleOf<object>(BriefingRequest), heldOn: today },
    ],
  },
  recordBriefingAttendance: {
    roles: BKN_ONLY,
    call: ({ programId }) => [
      'PUT',
      `/programs/${programId}/cohorts/1/briefing/attendance`,
      { attendees: [{ nip: '199912312020121009', present: true }] },
    ],
  },
  getBriefing: {
    roles: BKN_AND_KOMITE,
    call: ({ programId }) => ['GET', `/programs/${programId}/cohorts/1/briefing`],
  },
  // Pasal 27(5)a: the unit responsible for certification sets the criteria.
  setTestSiteCriteria: {
    roles: BKN_ONLY,
    call: () => ['PUT', '/test-site-criteria', exampleOf<object>(TestSiteCriteriaRequest)],
  },
  getTestSiteCriteria: { roles: BKN_AND_KOMITE, call: () => ['GET', '/test-site-criteria'] },
  // Pasal 27(5)b-d: the coordinator identifies and verifies, the head of the unit designates, all within BKN.
  identifyTestSite: {
    roles: BKN_ONLY,
    call: () => ['PUT', '/test-sites/TUK-MATRIX-01', exampleOf<object>(IdentifyTestSiteRequest)],
  },
  getTestSite: { roles: BKN_AND_KOMITE, call: () => ['GET', '/test-sites/TUK-MATRIX-01'] },
  verifyTestSiteForUse: {
    roles: BKN_ONLY,
    call: ({ programId, today }) => [
      'POST',
      '/test-sites/TUK-MATRIX-01/verifications',
      {
        use: { programId, cohort: 1 },
        verifiedOn: today,
        verifiedBy: { name: 'Rina Kartika', role: 'KOORDINATOR_SERTIFIKASI' },
        findings: [{ code: 'SAR-1', met: true }],
      },
    ],
  },
  designateTestSite: {
    roles: BKN_ONLY,
    call: ({ programId, today }) => [
      'POST',
      '/test-sites/TUK-MATRIX-01/designations',
      {
        use: { programId, cohort: 1 },
        decree: {
          number: '812/KEP',
          issuedOn: today,
          signedBy: { name: 'Kepala Pusat', position: 'Kepala Pusbang' },
        },
      },
    ],
  },
};

type CallerName = Role | 'anonymous';
const CALLER_NAMES: CallerName[] = ['anonymous', ...ROLES];
type Outcome = 'allowed' | 'unauthenticated' | 'role refused';
const outcomeOf = (row: Row, name: CallerName): Outcome =>
  name === 'anonymous' ? 'unauthenticated' : row.roles.includes(name) ? 'allowed' : 'role refused';
const cases = Object.entries(ISSUE_18).flatMap(([id, row]) =>
  CALLER_NAMES.map((caller) => ({ id, row, caller, outcome: outcomeOf(row, caller) })),
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

describe('authorization matrix, issue 18 (briefing, test sites): Pasal 27(4)-(5) and 33', () => {
  it.each(Object.entries(ISSUE_18))(
    '%s: the document declares the roles of the table and no scope',
    (id, row) => {
      const operation = byId.get(id)!;
      expect([...(operation['x-roles'] ?? [])].sort()).toEqual(row.roles);
      expect(operation['x-scope']?.rule ?? 'none').toBe('none');
    },
  );

  describe('on the local stack', () => {
    let stack: LocalStack;
    const callers = {} as Record<CallerName, Caller>;
    const ctx = { programId: '', today: '' };

    beforeAll(async () => {
      stack = await startTestStack({ workers: false });
      for (const name of CALLER_NAMES) {
        callers[name] =
          name === 'anonymous'
            ? await callerFor(stack)
            : await callerFor(
                stack,
                name,
                { instansi: '3201', kanreg: 'III', nip: '198503102010011002' },
                {
                  register: false,
                },
              );
      }
      const admin = callers['admin-bkn'];
      ctx.today = await todayOn(admin);
      const program = await admin('POST', '/programs', {
        ...programBody(1_500, 3_600_000, 'Program matriks otorisasi pengarahan'),
        cohortPlan: [
          {
            number: 1,
            scheme: 'ADMINISTRATOR',
            capacity: 2,
            startDate: addDays(ctx.today as never, 3),
            endDate: addDays(ctx.today as never, 4),
          },
        ],
      });
      expect(program.status, JSON.stringify(program.body)).toBe(201);
      ctx.programId = program.body.id;
      // What the reads need to find: the criteria, a site, the cohort's briefing.
      for (const id of ['setTestSiteCriteria', 'identifyTestSite', 'recordBriefing'] as const) {
        const [method, path, body] = ISSUE_18[id].call(ctx);
        const made = await admin(method, path, body, { 'idempotency-key': randomUUID() });
        expect(made.status, JSON.stringify(made.body)).toBe(200);
      }
    }, 180_000);
    afterAll(async () => {
      await stack?.stop();
    });

    it.each(cases)('$id as $caller: $outcome', async ({ row, caller, outcome }) => {
      const [method, path, body] = row.call(ctx);
      const response = await callers[caller](method, path, body, { 'idempotency-key': randomUUID() });
      const answer = `${response.status} ${JSON.stringify(response.body)?.slice(0, 300)}`;
      switch (outcome) {
        case 'unauthenticated':
          expect([response.status, response.body?.code], answer).toEqual([401, 'AUTH_REQUIRED']);
          break;
        case 'role refused':
          expect([response.status, response.body?.code], answer).toEqual([403, 'FORBIDDEN_ROLE']);
          break;
        case 'allowed':
          // Reached the operation: a read answers, a write is decided on its rules (422/409).
          expect([401, 403, 404], answer).not.toContain(response.status);
          expect(response.status, answer).toBeLessThan(500);
          if (method === 'GET') expect(response.status, answer).toBe(200);
      }
    });
  });
});
