import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type * as z from 'zod';
import { ROLES, type Role } from '../../domain/access/roles';
import { addDays } from '../../domain/shared/dates';
import { BriefingRequest } from '../../events/api/briefing';
import { briefingRoutes } from '../../events/api/routes/briefing';
import { testSiteRoutes } from '../../events/api/routes/test-sites';
import { IdentifyTestSiteRequest, TestSiteCriteriaRequest } from '../../events/api/test-site';
import type { LocalStack } from '../../tools/local/local-stack';
import { programBody, startTestStack, type Caller } from './helpers';
import {
  callersOf,
  itDeclaresTheTable,
  itPlaysTheTable,
  type CallerSpec,
  type MatrixRow,
} from './matrix-table';
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

/** Nobody, and one caller of every role. */
type CallerName = Role | 'anonymous';
/** Every route declares no scope: each allowed caller reaches the operation. */
type Row = MatrixRow<CallerName, [ctx: { programId: string; today: string }]>;

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

/*
 * The rules of conduct of a cohort (Panduan Pusbang ASN BKN 2019, Tata Tertib), published by BKN's training unit
 * before its class, on the same cohort: nobody else may, and the route has no participant scope.
 */
const RULES_OF_CONDUCT: Record<'publishRulesOfConduct', Row> = {
  publishRulesOfConduct: {
    roles: BKN_ONLY,
    call: ({ programId }) => [
      'PUT',
      `/programs/${programId}/cohorts/1/rules-of-conduct`,
      { source: 'Panduan 2019, Tata Tertib' },
    ],
  },
};

const CLAIMS = { instansi: '3201', kanreg: 'III', nip: '198503102010011002' };
const CALLERS = Object.fromEntries([
  ['anonymous', undefined],
  ...ROLES.map((role) => [role, { role, claims: CLAIMS }] as const),
] as const) as Record<CallerName, CallerSpec>;

describe('authorization matrix, issue 18 (briefing, test sites, rules of conduct): Pasal 27(4)-(5) and 33', () => {
  itDeclaresTheTable(ISSUE_18);
  itDeclaresTheTable(RULES_OF_CONDUCT);

  describe('on the local stack', () => {
    let stack: LocalStack;
    let callers: Record<CallerName, Caller>;
    const ctx = { programId: '', today: '' };

    beforeAll(async () => {
      stack = await startTestStack({ workers: false });
      callers = await callersOf(stack, CALLERS, { register: false });
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

    itPlaysTheTable(ISSUE_18, CALLERS, () => ({
      callers,
      args: [ctx],
      headers: () => ({ 'idempotency-key': randomUUID() }),
    }));
    // Each allowed caller publishes the rules again: a PUT answered 200 each time.
    itPlaysTheTable(RULES_OF_CONDUCT, CALLERS, () => ({ callers, args: [ctx], status: () => 200 }));
  });
});
