import { randomUUID } from 'node:crypto';
import { expect, inject } from 'vitest';
import type { Role } from '../../domain/access/roles';
import { programBody } from '../../tools/fixtures/bodies';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../../tools/local/local-stack';

// Shared with the benchmarks, which are tools and may not import tests.
export { announcementBody, eligibleCandidate, programBody } from '../../tools/fixtures/bodies';
export { processesMatching } from '../../tools/local/processes';

/** A local stack on the run's shared emulators, with resources of its own. */
export function startTestStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  return startLocalStack({
    endpoints: inject('localEndpoints'),
    prefix: `it-${randomUUID().slice(0, 8)}`,
    schedules: false,
    retryDelaySeconds: 1,
    ...options,
  });
}

export interface Caller {
  (
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{
    status: number;
    body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
    headers: Headers;
    /** The body's bytes as sent (the text above has lost a UTF-8 byte-order mark, as `Response.text()` drops it). */
    bytes?: Uint8Array;
  }>;
  /** The Cognito `sub` of the caller's token (the operator registry's key); none for the anonymous caller. */
  sub?: string;
}

export interface CallerOptions {
  /**
   * An instansi or Kanreg operator is registered with BKN (as admin-bkn, through the API) before its first call,
   * for the instansi or Kanreg of its claims, as BKN does before an operator can act; false leaves it unknown.
   */
  register?: boolean;
}

/** Calls the local API as a user of `role` (or anonymously), as a client would over HTTP. */
export async function callerFor(
  stack: LocalStack,
  role?: Role,
  claims: { username?: string; instansi?: string; kanreg?: string; nip?: string } = {},
  options: CallerOptions = {},
): Promise<Caller> {
  const sub = randomUUID();
  const username = claims.username ?? `${role}-${sub.slice(0, 8)}`;
  const token = role ? await stack.authority.mint({ role, sub, ...claims, username }) : undefined;
  const send: Caller = async (method, path, body, headers = {}) => {
    const response = await fetch(`${stack.baseUrl}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed, headers: response.headers, bytes };
  };
  if (!role) return send;
  const operator = role === 'instansi' || role === 'kanreg';
  if (!operator || options.register === false) return Object.assign(send, { sub });
  let registration: Promise<void> | undefined;
  const caller: Caller = async (...args) => {
    registration ??= registerOperator(stack, sub, { role, username, ...claims }).catch((error: unknown) => {
      registration = undefined;
      throw error;
    });
    await registration;
    return send(...args);
  };
  return Object.assign(caller, { sub });
}

/** Registers `sub` as an operator with BKN through the API, as admin-bkn would; throws when refused. */
export async function registerOperator(
  stack: LocalStack,
  sub: string,
  operator: { role: 'instansi' | 'kanreg'; username: string; instansi?: string; kanreg?: string },
): Promise<void> {
  const admin = await callerFor(stack, 'admin-bkn');
  const body =
    operator.role === 'instansi'
      ? { username: operator.username, role: 'instansi', instansiCode: operator.instansi }
      : { username: operator.username, role: 'kanreg', kanreg: operator.kanreg };
  const response = await admin('PUT', `/operators/${sub}`, body);
  if (response.status >= 300) {
    throw new Error(
      `registering operator ${operator.username}: ${response.status} ${JSON.stringify(response.body)}`,
    );
  }
}

export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * BKN registers the Kabupaten Bogor instansi (3201) and opens a programme whose proposal window is open for the
 * next hour, and Bogor's operator opens its proposal in it: where a test of a proposal's documents starts.
 */
export async function bogorProposal(
  stack: LocalStack,
  programName: string,
): Promise<{ admin: Caller; bogor: Caller; programId: string }> {
  const admin = await callerFor(stack, 'admin-bkn');
  const bogor = await callerFor(stack, 'instansi', { instansi: '3201' });
  const instansi = { name: 'Pemerintah Kabupaten Bogor', kind: 'KABUPATEN_KOTA', kanreg: 'III' };
  expect((await admin('PUT', '/instansi/3201', instansi)).status).toBe(200);
  const program = await admin('POST', '/programs', programBody(-60_000, 3_600_000, programName));
  expect(program.status).toBe(201);
  const programId: string = program.body.id;
  expect((await bogor('PUT', `/programs/${programId}/proposals/3201`)).status).toBe(201);
  return { admin, bogor, programId };
}
