import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../domain/access/roles';
import { addDays, dateInWib } from '../../domain/shared/dates';
import { buildOpenApiDocument } from '../../events/api/openapi';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, programBody, startTestStack, type Caller } from './helpers';

/*
 * The authorization matrix of the route issue 18's training gaps add (Panduan Pusbang ASN BKN 2019, Tata Tertib),
 * on the local stack: every role. BKN's training unit publishes a cohort's rules of conduct; nobody else may, and
 * the route has no participant scope. (The PIK exemption adds no route: it changes the answers of existing ones.)
 */

const TODAY = dateInWib(new Date());

const CALLERS = {
  anonymous: undefined,
  instansi: { role: 'instansi', claims: { instansi: '3201' } },
  kanreg: { role: 'kanreg', claims: { kanreg: 'III' } },
  'admin-bkn': { role: 'admin-bkn', claims: {} },
  asesor: { role: 'asesor', claims: {} },
  pakar: { role: 'pakar', claims: {} },
  komite: { role: 'komite', claims: {} },
  mentor: { role: 'mentor', claims: { nip: '197001011995031001' } },
  peserta: { role: 'peserta', claims: { nip: '198503102010011002', instansi: '3201' } },
} as const satisfies Record<string, { role: Role; claims: Record<string, string> } | undefined>;
type CallerName = keyof typeof CALLERS;

interface Row {
  roles: Role[];
  scope: string;
  call: (programId: string) => [method: string, path: string, body?: unknown];
}

/** operationId → who may call it. */
const TRAINING_GAPS: Record<string, Row> = {
  publishRulesOfConduct: {
    roles: ['admin-bkn'],
    scope: 'none',
    call: (id) => [
      'PUT',
      `/programs/${id}/cohorts/1/rules-of-conduct`,
      { source: 'Panduan 2019, Tata Tertib' },
    ],
  },
};

type Outcome = 'allowed' | 'unauthenticated' | 'role refused';
const outcomeOf = (row: Row, name: CallerName): Outcome => {
  const caller = CALLERS[name];
  if (!caller) return 'unauthenticated';
  return row.roles.includes(caller.role) ? 'allowed' : 'role refused';
};
const cases = Object.entries(TRAINING_GAPS).flatMap(([id, row]) =>
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

describe('authorization matrix, issue 18 training gaps: the rules of conduct of a cohort', () => {
  it.each(Object.entries(TRAINING_GAPS))(
    '%s: the document declares the roles and scope of the table',
    (id, row) => {
      const operation = byId.get(id)!;
      expect([...(operation['x-roles'] ?? [])].sort()).toEqual([...row.roles].sort());
      expect(operation['x-scope']?.rule).toBe(row.scope);
    },
  );

  describe('on the local stack', () => {
    let stack: LocalStack;
    let programId: string;
    const callers = {} as Record<CallerName, Caller>;

    beforeAll(async () => {
      stack = await startTestStack();
      const admin = await callerFor(stack, 'admin-bkn', { username: 'admin-bkn' });
      expect(
        (
          await admin('PUT', '/instansi/3201', {
            name: 'Pemerintah Kabupaten Bogor',
            kind: 'KABUPATEN_KOTA',
            kanreg: 'III',
          })
        ).status,
      ).toBe(200);
      for (const [name, caller] of Object.entries(CALLERS) as [CallerName, (typeof CALLERS)[CallerName]][]) {
        callers[name] = caller
          ? await callerFor(stack, caller.role, { ...caller.claims, username: name })
          : await callerFor(stack);
      }
      const program = await admin('POST', '/programs', {
        ...programBody(-1, 3_600_000, 'Matriks tata tertib'),
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
    }, 120_000);
    afterAll(async () => {
      await stack?.stop();
    });

    it.each(cases)('$id as $caller: $outcome', async ({ row, caller, outcome }) => {
      const response = await callers[caller](...row.call(programId));
      const answer = `${response.status} ${JSON.stringify(response.body)?.slice(0, 300)}`;
      switch (outcome) {
        case 'unauthenticated':
          expect([response.status, response.body?.code], answer).toEqual([401, 'AUTH_REQUIRED']);
          break;
        case 'role refused':
          expect([response.status, response.body?.code], answer).toEqual([403, 'FORBIDDEN_ROLE']);
          break;
        case 'allowed':
          expect(response.status, answer).toBe(200);
      }
    });
  });
});
