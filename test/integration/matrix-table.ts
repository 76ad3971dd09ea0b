import { expect, it } from 'vitest';
import type { Role } from '../../domain/access/roles';
import { buildOpenApiDocument } from '../../events/api/openapi';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, type Caller, type CallerOptions } from './helpers';

/*
 * What the authorization-matrix tables of one issue's routes share: the roles and scope the OpenAPI document
 * declares for an operation, the callers of a table (one per role, and for the roles a scope restricts one in
 * scope and one out of it), and the answer each caller is owed. A table states what the regulation gives; these
 * functions check the document against it and play it on the local stack.
 */

interface DeclaredOperation {
  operationId: string;
  tags?: string[];
  'x-roles'?: string[];
  'x-scope'?: { rule: string; roles: string[] };
}

const document = buildOpenApiDocument() as unknown as {
  paths: Record<string, Record<string, DeclaredOperation>>;
};
/** Every operation of the document. */
export const DECLARED_OPERATIONS = Object.values(document.paths).flatMap((item) => Object.values(item));
const byId = new Map(DECLARED_OPERATIONS.map((o) => [o.operationId, o]));

/** The allowed roles of an operation, its scope rule, and the roles that rule restricts; role lists sorted. */
export function declarationOf(operationId: string): {
  roles: string[];
  scope?: string;
  restricted: string[];
} {
  const operation = byId.get(operationId);
  if (!operation) throw new Error(`the document has no operation ${operationId}`);
  return {
    roles: [...(operation['x-roles'] ?? [])].sort(),
    scope: operation['x-scope']?.rule,
    restricted: [...(operation['x-scope']?.roles ?? [])].sort(),
  };
}

/** A caller of a table: a role with the claims of its token, or nobody. */
export type CallerSpec = { role: Role; claims: Record<string, string> } | undefined;
export type Request = [method: string, path: string, body?: unknown];

/** One route of a table: who may call it, as the regulation gives it, and how to call it. */
export interface MatrixRow<Name extends string, Args extends unknown[]> {
  roles: Role[];
  /** The scope rule the route declares; `none` when left out. */
  scope?: string;
  /** The callers the scope lets through; every other caller of an allowed role is answered as missing. */
  inScope?: readonly Name[];
  call: (...args: Args) => Request;
}
export type MatrixTable<Name extends string, Args extends unknown[]> = Record<string, MatrixRow<Name, Args>>;

/** Each route of the table: the document declares exactly the roles and the scope rule of its row. */
export function itDeclaresTheTable<Name extends string, Args extends unknown[]>(
  table: MatrixTable<Name, Args>,
): void {
  it.each(Object.entries(table))('%s: the document declares the roles and scope of the table', (id, row) => {
    const { roles, scope } = declarationOf(id);
    expect({ roles, scope }).toEqual({ roles: [...row.roles].sort(), scope: row.scope ?? 'none' });
  });
}

/** The table's callers on the stack, each with a username of its name (`asesor (tim)` is `asesor.tim`). */
export async function callersOf<Name extends string>(
  stack: LocalStack,
  specs: Record<Name, CallerSpec>,
  options?: CallerOptions,
): Promise<Record<Name, Caller>> {
  const callers = {} as Record<Name, Caller>;
  for (const [name, spec] of Object.entries(specs) as [Name, CallerSpec][]) {
    const username = name.replace(/[ ()]+/g, '.').replace(/\.$/, '');
    callers[name] = spec
      ? await callerFor(stack, spec.role, { username, ...spec.claims }, options)
      : await callerFor(stack);
  }
  return callers;
}

export type Outcome = 'allowed' | 'unauthenticated' | 'role refused' | 'hidden as missing';
type Answer = Awaited<ReturnType<Caller>>;

/**
 * The answer the outcome promises. Out of scope there is no oracle: the very answer (status, code, message, body)
 * of a record nobody has, which `missing` fetches. An allowed call reaches the operation: never refused, `found`
 * the table's records, with the `status` given (a write may still be decided on its rules: 422, 409 on a repeat).
 */
export async function expectOutcome(
  outcome: Outcome,
  response: Answer,
  missing: () => Promise<Answer>,
  allowed: { found: boolean; status?: number },
): Promise<void> {
  const answer = `${response.status} ${JSON.stringify(response.body)?.slice(0, 300)}`;
  const code = (response.body as { code?: string } | undefined)?.code;
  switch (outcome) {
    case 'unauthenticated':
      expect([response.status, code], answer).toEqual([401, 'AUTH_REQUIRED']);
      break;
    case 'role refused':
      expect([response.status, code], answer).toEqual([403, 'FORBIDDEN_ROLE']);
      break;
    case 'hidden as missing': {
      const nobody = await missing();
      expect(response.status, answer).toBe(404);
      expect(response.body, answer).toStrictEqual(nobody.body);
      expect(response.status).toBe(nobody.status);
      break;
    }
    case 'allowed':
      expect(allowed.found ? [401, 403, 404] : [401, 403], answer).not.toContain(response.status);
      expect(response.status, answer).toBeLessThan(500);
      if (allowed.status !== undefined) expect(response.status, answer).toBe(allowed.status);
  }
}

/** What a table is played on, once the stack is seeded. */
export interface MatrixStage<Name extends string, Args extends unknown[]> {
  callers: Record<Name, Caller>;
  /** The records every row is called on. */
  args: Args;
  /** The same call naming a record nobody has; needed where a scope hides a record. */
  missing?: (row: MatrixRow<Name, Args>) => Args;
  /** Headers of every call (an idempotency key). */
  headers?: () => Record<string, string>;
  /** The status an allowed call answers, by method (and route); a read answers 200 unless said otherwise. */
  status?: (method: string, operationId: string) => number | undefined;
}

/**
 * Every route of the table × every caller, each answered as its outcome says: the anonymous caller is asked to
 * sign in (401), a role the route does not allow is refused 403 whatever the record, a caller the scope keeps out
 * is answered as for a record nobody has, and the rest reach the operation.
 */
export function itPlaysTheTable<Name extends string, Args extends unknown[]>(
  table: MatrixTable<Name, Args>,
  specs: Record<Name, CallerSpec>,
  stage: () => MatrixStage<Name, Args>,
): void {
  const outcomeOf = (row: MatrixRow<Name, Args>, name: Name): Outcome => {
    const spec = specs[name];
    if (!spec) return 'unauthenticated';
    if (!row.roles.includes(spec.role)) return 'role refused';
    return !row.inScope || row.inScope.includes(name) ? 'allowed' : 'hidden as missing';
  };
  const cases = Object.entries(table).flatMap(([id, row]) =>
    (Object.keys(specs) as Name[]).map((caller) => ({ id, row, caller, outcome: outcomeOf(row, caller) })),
  );

  it.each(cases)('$id as $caller: $outcome', async ({ id, row, caller, outcome }) => {
    const { callers, args, missing, headers, status = (m) => (m === 'GET' ? 200 : undefined) } = stage();
    const send = (request: Request) => {
      const [method, path, body] = request;
      return callers[caller](method, path, body, headers?.());
    };
    const request = row.call(...args);
    await expectOutcome(
      outcome,
      await send(request),
      () => {
        if (!missing) throw new Error(`${caller} is hidden from a record, but the stage names none missing`);
        return send(row.call(...missing(row)));
      },
      { found: true, status: status(request[0], id) },
    );
  });
}
