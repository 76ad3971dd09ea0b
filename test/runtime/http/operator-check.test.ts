import '../../functions/helpers/env';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  type BatchGetCommandInput,
  type GetCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { handler } from '../../../functions/instansi/index';
import { handler as programs } from '../../../functions/programs/index';
import { apiEvent, bodyOf, claimsWith, type Claims } from '../../functions/helpers/api-event';
import { lambdaContext } from '../../functions/helpers/context';
import { TABLE_NAME } from '../../functions/helpers/env';
import { PROGRAM_ID } from '../../functions/helpers/programs';
import { operatorEntry, operatorKey } from '../../functions/helpers/operators';
import {
  anInstansi,
  FAR_INSTANSI,
  INSTANSI,
  instansiItem,
  instansiKey,
  instansiOperator,
  KANREG,
  kanregOperator,
  OTHER_KANREG,
} from '../../functions/helpers/proposals';

/*
 * The operator registry check of the shared API handler (runtime/http/operator-check.ts), seen through
 * GET /instansi/{instansiCode}: an instansi or Kanreg operator is admitted only when BKN registered it, it is
 * ACTIVE and its token's custom:instansi / custom:kanreg agree with the registry; the registry's scope is the
 * one the route's scope is decided on.
 */
const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('instansi');

const getInstansi = (claims: Claims, instansiCode = INSTANSI) =>
  handler(apiEvent('GET /instansi/{instansiCode}', { pathParameters: { instansiCode }, claims }), context);

describe('operator registry check (every operator request)', () => {
  /** The table: both instansi, and the registry entries a test registers. */
  let table: Record<string, unknown>[];
  const find = (key: Record<string, unknown> | undefined) =>
    table.find((item) => item.pk === key?.pk && item.sk === key?.sk);
  beforeEach(() => {
    ddb.reset();
    table = [INSTANSI, FAR_INSTANSI].map((code) => instansiItem(anInstansi(code)));
    ddb.on(GetCommand).callsFake((input: GetCommandInput) => ({ Item: find(input.Key) }));
    ddb.on(BatchGetCommand).callsFake((input: BatchGetCommandInput) => ({
      Responses: {
        [TABLE_NAME]: (input.RequestItems?.[TABLE_NAME]?.Keys ?? []).flatMap((key) => find(key) ?? []),
      },
    }));
  });

  const register = (claims: Claims, overrides: Parameters<typeof operatorEntry>[1] = {}) =>
    table.push(operatorEntry(claims, overrides));

  it("O2: reads the caller's registry entry by sub, strongly consistent, with the route's scope in one BatchGetItem, and admits the registered operator", async () => {
    // Prepare
    const claims = instansiOperator();
    register(claims);

    // Act
    const result = await getInstansi(claims);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(ddb.calls().map((c) => c.args[0].input)).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [operatorKey(String(claims.sub)), instansiKey(INSTANSI)],
            ConsistentRead: true,
          },
        },
      },
    ]);
  });

  it('OPERATOR_NOT_REGISTERED: an operator BKN never registered is refused 403', async () => {
    // Act
    const result = await getInstansi(instansiOperator());

    // Assess
    expect(result.statusCode).toBe(403);
    expect(bodyOf(result)).toMatchObject({ code: 'OPERATOR_NOT_REGISTERED' });
  });

  it('OPERATOR_DISABLED: a disabled operator is refused 403, even for its own instansi', async () => {
    // Prepare
    const claims = instansiOperator();
    register(claims, { status: 'DISABLED' });

    // Act
    const result = await getInstansi(claims);

    // Assess
    expect(result.statusCode).toBe(403);
    expect(bodyOf(result)).toMatchObject({ code: 'OPERATOR_DISABLED' });
  });

  it.each([
    [
      'an instansi operator moved to another instansi, its token still naming the old one',
      instansiOperator(),
      { instansiCode: FAR_INSTANSI },
    ],
    [
      'a Kanreg operator moved to another Kanreg, its token still naming the old one',
      kanregOperator(),
      { kanreg: OTHER_KANREG },
    ],
    [
      'a token whose group is instansi for a Kanreg registration',
      instansiOperator(),
      { role: 'kanreg' as const, instansiCode: null, kanreg: KANREG },
    ],
  ])('OPERATOR_SCOPE_MISMATCH: %s is refused 403', async (_case, claims, overrides) => {
    // Prepare
    register(claims, overrides);

    // Act
    const result = await getInstansi(claims);

    // Assess
    expect(result.statusCode).toBe(403);
    expect(bodyOf(result)).toMatchObject({ code: 'OPERATOR_SCOPE_MISMATCH' });
  });

  it('decides the scope on the registry, not the claim: a token naming an instansi it was never registered for is refused before any scope', async () => {
    // Prepare: registered for INSTANSI, the token says FAR_INSTANSI.
    const claims = { ...instansiOperator(), 'custom:instansi': FAR_INSTANSI };
    register(claims, { instansiCode: INSTANSI });

    // Act
    const result = await getInstansi(claims, FAR_INSTANSI);

    // Assess
    expect(result.statusCode).toBe(403);
    expect(bodyOf(result)).toMatchObject({ code: 'OPERATOR_SCOPE_MISMATCH' });
  });

  it('leaves no unhandled rejection when it refuses on a route whose scope reads nothing (GET /programs/{programId})', async () => {
    // Prepare
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);

    try {
      // Act
      const result = await programs(
        apiEvent('GET /programs/{programId}', {
          pathParameters: { programId: PROGRAM_ID },
          claims: kanregOperator(),
        }),
        lambdaContext('programs'),
      );
      await new Promise((resolve) => setTimeout(resolve, 20));

      // Assess
      expect(bodyOf(result)).toMatchObject({ code: 'OPERATOR_NOT_REGISTERED' });
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', listener);
    }
  });

  it('reads no registry entry for a role that is not an operator', async () => {
    // Act
    const result = await getInstansi(claimsWith('[admin-bkn]'));

    // Assess
    expect(result.statusCode).toBe(200);
    expect(ddb.calls().map((c) => c.args[0].input)).toStrictEqual([
      { TableName: TABLE_NAME, Key: instansiKey(INSTANSI), ConsistentRead: true },
    ]);
  });
});
