import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { ROLES, type Role } from '../../domain/access/roles';
import { addDays } from '../../domain/shared/dates';
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
 * The authorization matrix of the route issue 18's training gaps add (Panduan Pusbang ASN BKN 2019, Tata Tertib),
 * on the local stack: every role. BKN's training unit publishes a cohort's rules of conduct; nobody else may, and
 * the route has no participant scope. (The PIK exemption adds no route: it changes the answers of existing ones.)
 */

type CallerName = Role | 'anonymous';
type Row = MatrixRow<CallerName, [programId: string]>;

const TRAINING_GAPS: Record<string, Row> = {
  publishRulesOfConduct: {
    roles: ['admin-bkn'],
    call: (programId) => [
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

describe('authorization matrix, issue 18 training gaps: the rules of conduct of a cohort', () => {
  itDeclaresTheTable(TRAINING_GAPS);

  describe('on the local stack', () => {
    let stack: LocalStack;
    let callers: Record<CallerName, Caller>;
    let programId = '';

    beforeAll(async () => {
      stack = await startTestStack({ workers: false });
      callers = await callersOf(stack, CALLERS, { register: false });
      const admin = callers['admin-bkn'];
      const today = await todayOn(admin);
      const program = await admin('POST', '/programs', {
        ...programBody(1_500, 3_600_000, 'Matriks tata tertib'),
        cohortPlan: [
          {
            number: 1,
            scheme: 'ADMINISTRATOR',
            capacity: 5,
            startDate: addDays(today, 3),
            endDate: addDays(today, 4),
          },
        ],
      });
      expect(program.status, JSON.stringify(program.body)).toBe(201);
      programId = program.body.id;
    }, 120_000);
    afterAll(async () => {
      await stack?.stop();
    });

    itPlaysTheTable(TRAINING_GAPS, CALLERS, () => ({
      callers,
      args: [programId],
      headers: () => ({ 'idempotency-key': randomUUID() }),
      // The rules are published again by each allowed caller: a PUT, answered 200 each time.
      status: () => 200,
    }));
  });
});
