import { createHash } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Operator } from '../../../events/api/operator';
import { claimsWith, type Claims } from './api-event';
import type { DynamoMock } from './proposals';

/*
 * BKN's operator registry as the handler tests see it: every instansi and Kanreg operator of the tests has a
 * sub of its own and an ACTIVE entry for the instansi or Kanreg of its claims (runtime/http/operator-check.ts
 * reads it on every operator request).
 */

/** A stable sub per operator, so that a test can name the registry entry its caller's request reads. */
export function operatorSub(role: 'instansi' | 'kanreg', code: string): string {
  const hex = createHash('sha256').update(`${role}:${code}`).digest('hex').slice(0, 12);
  return `00000000-0000-4000-8000-${hex}`;
}

export const operatorKey = (sub: string) => ({ pk: `OPERATOR#${sub}`, sk: '#OPERATOR' });

/** The registry entry of the operator whose claims are `claims`, ACTIVE unless told otherwise. */
export function operatorEntry(claims: Claims, overrides: Partial<Operator> = {}): Record<string, unknown> {
  const instansi = claims['custom:instansi'] as string | undefined;
  const kanreg = claims['custom:kanreg'] as string | undefined;
  const role = instansi !== undefined ? 'instansi' : 'kanreg';
  const operator: Operator = {
    sub: String(claims.sub),
    username: String(claims['cognito:username']),
    role,
    instansiCode: instansi ?? null,
    kanreg: instansi === undefined ? (kanreg ?? null) : null,
    status: 'ACTIVE',
    version: 1,
    registeredBy: 'bkn-admin-1',
    registeredAt: '2026-01-05T02:00:00.000Z',
    updatedBy: 'bkn-admin-1',
    updatedAt: '2026-01-05T02:00:00.000Z',
    ...overrides,
  };
  return { ...operatorKey(operator.sub), entity: 'Operator', ...operator };
}

/** Claims of an operator of `role` for `code`, with its own sub. */
export const operatorClaims = (role: 'instansi' | 'kanreg', code: string, username: string): Claims =>
  claimsWith(`[${role}]`, {
    sub: operatorSub(role, code),
    'cognito:username': username,
    [role === 'instansi' ? 'custom:instansi' : 'custom:kanreg']: code,
  });

/**
 * Answers the registry read of each operator in `claims` with its ACTIVE entry. Matched on the key, so a test's
 * own `ddb.on(GetCommand, { Key })` answers stay; a later catch-all `ddb.on(GetCommand)` replaces this.
 */
export function serveRegistry(ddb: DynamoMock, ...claims: Claims[]): void {
  for (const c of claims) {
    ddb.on(GetCommand, { Key: operatorKey(String(c.sub)) }).resolves({ Item: operatorEntry(c) });
  }
}

/** Whether a DynamoDB call is the registry read of the shared handler (left out of a stage's exact calls). */
export const isRegistryRead = (call: { args: readonly unknown[] }): boolean =>
  call.args[0] instanceof GetCommand &&
  String((call.args[0].input.Key as { pk?: unknown } | undefined)?.pk).startsWith('OPERATOR#');
