import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument, openApiPath } from '../../events/api/openapi';
import { ROUTES } from '../../events/api/routes';
import type { LocalStack } from '../../tools/local/local-stack';
import {
  CALLERS,
  PATH_PARAMETERS,
  REGISTRY_CODES,
  REGISTRY_STATES,
  seedAuthorizationFixture,
  type AuthorizationFixture,
  type CallerName,
  type OperatorRole,
  type RegistryState,
  type Side,
} from './authorization-fixtures';
import { startTestStack, type Caller } from './helpers';
import { expectOutcome, type Outcome } from './matrix-table';

/*
 * The authorization matrix (issue 7, point 3; issue 13): every operation of the OpenAPI document × every role
 * and the anonymous caller × the caller's own records and someone else's, each refused or allowed as the
 * document says (`security`, `x-roles`, `x-scope`). A record outside the caller's scope is answered exactly as a
 * record nobody has (no oracle); an operator the registry does not know, has disabled or has moved is refused
 * 403 on every route its role may call. The cases come from the document, so a new route is in the matrix as
 * soon as it is declared.
 */

interface OpenApiOperation {
  operationId: string;
  security?: unknown[];
  parameters: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  'x-roles'?: string[];
  'x-scope'?: { rule: string; effect: string; roles: string[] };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, { examples?: unknown[] }> };
}

interface Case {
  name: string;
  method: string;
  path: string;
  operation: OpenApiOperation;
  caller: CallerName;
  side: Side;
  outcome: Outcome;
}

const document = buildOpenApiDocument() as unknown as OpenApiDocument;
const SIDES = ['own', 'foreign'] as const satisfies readonly Side[];

/** What the document promises this caller on this side. */
function outcomeOf(operation: OpenApiOperation, caller: CallerName, side: Side): Outcome {
  if (operation.security?.length === 0) return 'allowed';
  if (caller === 'anonymous') return 'unauthenticated';
  if (!operation['x-roles']?.includes(caller)) return 'role refused';
  const scope = operation['x-scope'];
  const restricted = scope?.effect === 'hide' && scope.roles.includes(caller);
  return side === 'foreign' && restricted ? 'hidden as missing' : 'allowed';
}

const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
);
const cases: Case[] = operations.flatMap(({ path, method, operation }) =>
  CALLERS.flatMap((caller) =>
    SIDES.map((side) => {
      const outcome = outcomeOf(operation, caller, side);
      const verdict =
        outcome === 'allowed'
          ? 'allowed'
          : outcome === 'hidden as missing'
            ? 'answered as missing'
            : 'refused';
      return {
        name: `${method} ${path} as ${caller} (${side}) is ${verdict}`,
        method,
        path,
        operation,
        caller,
        side,
        outcome,
      };
    }),
  ),
);

/** A syntactically valid body: the first example of the operation's request schema, or a few PDF bytes. */
function bodyOf(operation: OpenApiOperation): [body?: unknown, headers?: Record<string, string>] {
  const [contentType, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
  if (!contentType || !media) return [];
  if (contentType !== 'application/json') return ['%PDF-1.7\n%%EOF\n', { 'content-type': contentType }];
  const id = media.schema.$ref!.split('/').at(-1)!;
  return [document.components.schemas[id]!.examples![0]];
}

describe('authorization matrix: every route × every role × own and foreign records', () => {
  let stack: LocalStack;
  let fixture: AuthorizationFixture;

  beforeAll(async () => {
    // No workers: whatever the allowed writes queue stays queued; only the answers of the API matter here.
    stack = await startTestStack({ workers: false });
    fixture = await seedAuthorizationFixture(stack);
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  async function call(c: Pick<Case, 'path' | 'method' | 'operation' | 'caller'>, side: Side, as?: Caller) {
    const values = fixture.pathValues(c.caller, side);
    const path = c.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`no fixture value for path parameter {${name}}`);
      return name === 'nomor' ? value : encodeURIComponent(value);
    });
    return (as ?? fixture.callers[c.caller])(c.method, path, ...bodyOf(c.operation));
  }

  // Allowed: never refused (401/403); the tables of one issue, each on records seeded for it, also want them found.
  async function check(c: Case) {
    await expectOutcome(c.outcome, await call(c, c.side), () => call(c, 'missing'), { found: false });
  }

  describe('the matrix covers the API', () => {
    it('one operation per route, the very document the stack serves', async () => {
      const served = await fixture.callers.anonymous('GET', '/openapi.json');
      expect(served.status).toBe(200);
      expect((served.body as OpenApiDocument).paths).toEqual(document.paths);
      const keys = operations.map(({ method, path }) => `${method} ${path}`).sort();
      expect(keys).toEqual(ROUTES.map((r) => `${r.method} ${openApiPath(r.path)}`).sort());
      expect(cases).toHaveLength(ROUTES.length * CALLERS.length * SIDES.length);
      // Every scope that restricts a role puts that role's foreign records behind the no-oracle check.
      const hidden = new Set(
        cases.filter((c) => c.outcome === 'hidden as missing').map((c) => c.operation['x-scope']!.rule),
      );
      expect([...hidden].sort()).toEqual(
        [
          'action-plan',
          'candidate',
          'certificate',
          'holder',
          'instansi',
          'instansi-official',
          'participant',
          'test-team',
          'test-team-leader',
          'structural-assessor',
          'structural-report',
        ].sort(),
      );
    });

    it('the fixture names a record for every path parameter', () => {
      const names = new Set(
        operations.flatMap(({ operation }) =>
          operation.parameters.filter((p) => p.in === 'path').map((p) => p.name),
        ),
      );
      expect(PATH_PARAMETERS).toEqual(expect.arrayContaining([...names]));
    });

    it.each(CALLERS)(
      'the records %s calls its own and foreign exist, and the missing ones do not',
      async (caller) => {
        for (const side of SIDES) {
          const { programId, nip, certificateId } = fixture.pathValues(caller, side);
          for (const path of [
            `/programs/${programId}/participants/${nip}`,
            `/certificates/${certificateId}`,
          ]) {
            const response = await fixture.callers['admin-bkn']('GET', path);
            expect(response.status, `${side} ${path}: ${JSON.stringify(response.body)}`).toBe(200);
          }
        }
        const { programId, nip, certificateId } = fixture.pathValues(caller, 'missing');
        for (const path of [`/programs/${programId}/participants/${nip}`, `/certificates/${certificateId}`]) {
          const response = await fixture.callers['admin-bkn']('GET', path);
          expect(response.status, `missing ${path}: ${JSON.stringify(response.body)}`).toBe(404);
        }
      },
    );
  });

  // Refusals first, while the fixture is as seeded: an allowed write may change it (a candidate deleted, a seat
  // withdrawn, an instansi re-registered), which can only turn a later answer into a business error, never a 403.
  describe.concurrent('refused', () => {
    it.each(cases.filter((c) => c.outcome !== 'allowed'))('$name', check);
  });

  // Every route an operator role may call, as an operator the registry disagrees with: refused before its scope.
  const registryCases = (['instansi', 'kanreg'] as const satisfies readonly OperatorRole[]).flatMap((role) =>
    operations
      .filter(({ operation }) => operation['x-roles']?.includes(role))
      .flatMap(({ path, method, operation }) =>
        REGISTRY_STATES.map((state) => ({
          name: `${method} ${path} as a ${state} ${role} operator is refused ${REGISTRY_CODES[state]}`,
          path,
          method,
          operation,
          caller: role,
          state,
        })),
      ),
  );

  describe.concurrent('operators the registry disagrees with', () => {
    it('covers every route an instansi or Kanreg operator may call', () => {
      expect(registryCases.length).toBeGreaterThan(REGISTRY_STATES.length * 2 * 10);
    });

    it.each(registryCases)('$name', async (c: (typeof registryCases)[number] & { state: RegistryState }) => {
      const response = await call(c, 'own', fixture.misregistered[c.caller][c.state]);
      const answer = `${response.status} ${JSON.stringify(response.body)?.slice(0, 300)}`;
      expect([response.status, response.body?.code], answer).toEqual([403, REGISTRY_CODES[c.state]]);
    });
  });

  describe('narrowed listings', () => {
    it('a Kanreg operator lists only the instansi and proposals of its region', async () => {
      const { programId, instansiCode } = fixture.pathValues('kanreg', 'own');
      for (const path of ['/instansi', `/programs/${programId}/proposals`]) {
        const response = await fixture.callers.kanreg('GET', path);
        const items = (response.body as { items: { code?: string; instansiCode?: string }[] }).items;
        expect(
          items.map((i) => i.code ?? i.instansiCode),
          path,
        ).toEqual([instansiCode]);
      }
    });
  });

  describe('exports', () => {
    it.each(['instansi', 'kanreg', 'admin-bkn'] as const)(
      "the development record %s exports for an instansi holds that instansi's ASN only",
      async (caller) => {
        const { instansiCode, nip } = fixture.pathValues(caller, 'own');
        const response = await fixture.callers[caller]('GET', `/instansi/${instansiCode}/development-record`);
        expect(response.status, JSON.stringify(response.body)).toBe(200);
        const rows = (response.body as { rows: { instansiCode: string; nip: string }[] }).rows;
        expect(rows.map((row) => [row.instansiCode, row.nip])).toEqual([[instansiCode, nip]]);
      },
    );
  });

  describe.concurrent('allowed reads', () => {
    it.each(cases.filter((c) => c.outcome === 'allowed' && c.method === 'GET'))('$name', check);
  });

  // One at a time: concurrent writes on the same records would only test conflict handling. Deletions last, so
  // the other writes still find the candidate and the seat they name.
  describe('allowed writes', () => {
    const writes = cases.filter((c) => c.outcome === 'allowed' && c.method !== 'GET');
    it.each([...writes.filter((c) => c.method !== 'DELETE'), ...writes.filter((c) => c.method === 'DELETE')])(
      '$name',
      check,
    );
  });
});
