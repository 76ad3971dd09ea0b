import '../helpers/env';
import {
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/instansi/index';
import type { Operator } from '../../../events/api/operator';
import { ADMIN_USERNAME, apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { queriesOf } from '../helpers/queries';
import { writesOf } from '../helpers/writes';
import {
  anInstansi,
  bknAdmin,
  instansiItem,
  instansiKey,
  instansiOperator,
  INSTANSI,
  OTHER_INSTANSI,
} from '../helpers/proposals';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('instansi');

const NOW = '2026-03-01T02:00:00.000Z';
const SUB = '5b8d2f0e-7c1a-4e9b-8f3d-2a6c9e1b4d70';
const operatorKey = { pk: `OPERATOR#${SUB}`, sk: '#OPERATOR' };

const call = (
  routeKey: string,
  options: { body?: unknown; query?: Record<string, string>; claims?: Claims } = {},
) =>
  handler(
    apiEvent(routeKey, {
      pathParameters: routeKey.includes('{sub}') ? { sub: SUB } : undefined,
      queryStringParameters: options.query,
      body: options.body,
      claims: options.claims ?? bknAdmin(),
    }),
    context,
  );

function anOperator(overrides: Partial<Operator> = {}): Operator {
  return {
    sub: SUB,
    username: 'operator.bogor',
    role: 'instansi',
    instansiCode: INSTANSI,
    kanreg: null,
    status: 'ACTIVE',
    version: 1,
    registeredBy: ADMIN_USERNAME,
    registeredAt: '2026-02-01T02:00:00.000Z',
    updatedBy: ADMIN_USERNAME,
    updatedAt: '2026-02-01T02:00:00.000Z',
    ...overrides,
  };
}

const entryItem = (operator: Operator) => ({
  ...operatorKey,
  entity: 'Operator',
  gsi1pk:
    operator.instansiCode !== null
      ? `INSTANSI#${operator.instansiCode}#OPERATORS`
      : `KANREG#${operator.kanreg}#OPERATORS`,
  gsi1sk: `${operator.username}#${SUB}`,
  ...operator,
});

/** The transaction cancelled on the entry's condition: the sub is taken, or the entry changed since read. */
const entryConditionFailed = () =>
  new TransactionCanceledException({
    message: 'cancelled',
    $metadata: {},
    CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }],
  });

const changeSk = expect.stringMatching(/^CHANGE#2026-03-01T02:00:00\.000Z#[0-9a-f]{8}$/);

/** The change item the request wrote, without its keys (the commands: operator-repository.test.ts, O1-O5). */
const changeWritten = () => {
  const items = ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems!;
  const { pk: _pk, sk: _sk, entity: _entity, ...change } = items[1]!.Put!.Item!;
  return change;
};

describe('operator registry (instansi function)', () => {
  beforeEach(() => {
    ddb.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  describe('PUT /operators/{sub} (registerOperator)', () => {
    it('registers an instansi operator of a registered instansi (201): the entry and its REGISTERED change, in one transaction', async () => {
      // Prepare
      ddb
        .on(GetCommand, { Key: instansiKey(INSTANSI) })
        .resolves({ Item: instansiItem(anInstansi(INSTANSI)) });
      ddb.on(TransactWriteCommand).resolves({});

      // Act
      const result = await call('PUT /operators/{sub}', {
        body: { username: 'operator.bogor', role: 'instansi', instansiCode: INSTANSI },
      });

      // Assess
      const operator = anOperator({ registeredAt: NOW, updatedAt: NOW });
      expect(result.statusCode).toBe(201);
      expect(bodyOf(result)).toStrictEqual(operator);
      expect(writesOf(ddb)).toStrictEqual([
        { op: 'Put', ...operatorKey, entity: 'Operator' },
        { op: 'Put', pk: `OPERATOR#${SUB}`, sk: changeSk, entity: 'OperatorChange' },
      ]);
      expect(changeWritten()).toStrictEqual({
        change: 'REGISTERED',
        by: ADMIN_USERNAME,
        at: NOW,
        from: null,
        to: { instansiCode: INSTANSI, kanreg: null },
      });
    });

    it('OPERATOR_INSTANSI_NOT_REGISTERED: refuses an instansi BKN has not registered, writing nothing', async () => {
      // Prepare
      ddb.on(GetCommand).resolves({});

      // Act
      const result = await call('PUT /operators/{sub}', {
        body: { username: 'operator.x', role: 'instansi', instansiCode: '9999' },
      });

      // Assess
      expect(result.statusCode).toBe(422);
      expect(bodyOf(result)).toMatchObject({ code: 'OPERATOR_INSTANSI_NOT_REGISTERED' });
      expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    });

    it('OPERATOR_KANREG_UNKNOWN: a Kanreg must cover a registered regional government', async () => {
      // Prepare
      ddb.on(QueryCommand).resolves({ Items: [] });

      // Act
      const result = await call('PUT /operators/{sub}', {
        body: { username: 'kanreg.x', role: 'kanreg', kanreg: 'XV' },
      });

      // Assess
      expect(result.statusCode).toBe(422);
      expect(bodyOf(result)).toMatchObject({ code: 'OPERATOR_KANREG_UNKNOWN' });
      expect(queriesOf(ddb)).toStrictEqual([{ index: 'gsi2', pk: 'KANREG#XV#INSTANSI', limit: 1 }]);
      expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    });

    it.each([
      ['the same registration again answers 200 with the stored entry', 'operator.bogor', 200, undefined],
      [
        'another registration for the same sub answers 409',
        'operator.lain',
        409,
        'OPERATOR_ALREADY_REGISTERED',
      ],
    ])('%s', async (_case, username, status, code) => {
      // Prepare
      ddb
        .on(GetCommand, { Key: instansiKey(INSTANSI) })
        .resolves({ Item: instansiItem(anInstansi(INSTANSI)) });
      ddb.on(GetCommand, { Key: operatorKey }).resolves({ Item: entryItem(anOperator()) });
      ddb.on(TransactWriteCommand).rejects(entryConditionFailed());

      // Act
      const result = await call('PUT /operators/{sub}', {
        body: { username, role: 'instansi', instansiCode: INSTANSI },
      });

      // Assess
      expect(result.statusCode).toBe(status);
      if (code) expect(bodyOf(result)).toMatchObject({ code });
      else expect(bodyOf(result)).toStrictEqual(anOperator());
    });

    it('refuses every role but admin-bkn (403 FORBIDDEN_ROLE), before any read', async () => {
      // Act
      const result = await call('PUT /operators/{sub}', {
        body: { username: 'x', role: 'instansi', instansiCode: INSTANSI },
        claims: instansiOperator(),
      });

      // Assess
      expect(result.statusCode).toBe(403);
      expect(bodyOf(result)).toMatchObject({ code: 'FORBIDDEN_ROLE' });
      expect(ddb.calls()).toHaveLength(0);
    });
  });

  describe('GET /operators/{sub} (getOperator)', () => {
    it('answers the entry with its history of changes, oldest first', async () => {
      // Prepare
      const registered = {
        change: 'REGISTERED',
        by: ADMIN_USERNAME,
        at: '2026-02-01T02:00:00.000Z',
        from: null,
        to: { instansiCode: INSTANSI, kanreg: null },
      };
      ddb.on(QueryCommand).resolves({
        Items: [
          entryItem(anOperator()),
          {
            pk: `OPERATOR#${SUB}`,
            sk: 'CHANGE#2026-02-01T02:00:00.000Z#0a1b2c3d',
            entity: 'OperatorChange',
            ...registered,
          },
        ],
      });

      // Act
      const result = await call('GET /operators/{sub}');

      // Assess
      expect(result.statusCode).toBe(200);
      expect(bodyOf(result)).toStrictEqual({ ...anOperator(), history: [registered] });
    });

    it('answers 404 OPERATOR_NOT_FOUND for a sub nobody registered', async () => {
      // Prepare
      ddb.on(QueryCommand).resolves({ Items: [] });

      // Act
      const result = await call('GET /operators/{sub}');

      // Assess
      expect(result.statusCode).toBe(404);
      expect(bodyOf(result)).toMatchObject({ code: 'OPERATOR_NOT_FOUND' });
    });
  });

  describe('POST /operators/{sub}/move (moveOperator)', () => {
    it('moves an operator to another registered instansi (200): the entry replaced, with a MOVED change from and to', async () => {
      // Prepare
      ddb.on(GetCommand, { Key: operatorKey }).resolves({ Item: entryItem(anOperator()) });
      ddb
        .on(GetCommand, { Key: instansiKey(OTHER_INSTANSI) })
        .resolves({ Item: instansiItem(anInstansi(OTHER_INSTANSI)) });
      ddb.on(TransactWriteCommand).resolves({});

      // Act
      const result = await call('POST /operators/{sub}/move', {
        body: { role: 'instansi', instansiCode: OTHER_INSTANSI },
      });

      // Assess
      const moved = anOperator({ instansiCode: OTHER_INSTANSI, version: 2, updatedAt: NOW });
      expect(result.statusCode).toBe(200);
      expect(bodyOf(result)).toStrictEqual(moved);
      expect(writesOf(ddb)).toStrictEqual([
        { op: 'Put', ...operatorKey, entity: 'Operator' },
        { op: 'Put', pk: `OPERATOR#${SUB}`, sk: changeSk, entity: 'OperatorChange' },
      ]);
      expect(changeWritten()).toStrictEqual({
        change: 'MOVED',
        by: ADMIN_USERNAME,
        at: NOW,
        from: { instansiCode: INSTANSI, kanreg: null },
        to: { instansiCode: OTHER_INSTANSI, kanreg: null },
      });
    });

    it('OPERATOR_ROLE_FIXED: an instansi operator is not moved to a Kanreg', async () => {
      // Prepare
      ddb.on(GetCommand, { Key: operatorKey }).resolves({ Item: entryItem(anOperator()) });

      // Act
      const result = await call('POST /operators/{sub}/move', { body: { role: 'kanreg', kanreg: 'III' } });

      // Assess
      expect(result.statusCode).toBe(422);
      expect(bodyOf(result)).toMatchObject({ code: 'OPERATOR_ROLE_FIXED' });
      expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    });

    it('answers 409 OPERATOR_CHANGED when the entry changed since it was read', async () => {
      // Prepare
      ddb.on(GetCommand).resolves({ Item: entryItem(anOperator()) });
      ddb.on(TransactWriteCommand).rejects(entryConditionFailed());

      // Act
      const result = await call('POST /operators/{sub}/move', {
        body: { role: 'instansi', instansiCode: OTHER_INSTANSI },
      });

      // Assess
      expect(result.statusCode).toBe(409);
      expect(bodyOf(result)).toMatchObject({ code: 'OPERATOR_CHANGED' });
    });
  });

  describe('PUT /operators/{sub}/status (setOperatorStatus)', () => {
    it('disables an operator (200): the entry replaced, with a DISABLED change', async () => {
      // Prepare
      ddb.on(GetCommand, { Key: operatorKey }).resolves({ Item: entryItem(anOperator()) });
      ddb.on(TransactWriteCommand).resolves({});

      // Act
      const result = await call('PUT /operators/{sub}/status', { body: { status: 'DISABLED' } });

      // Assess
      const disabled = anOperator({ status: 'DISABLED', version: 2, updatedAt: NOW });
      expect(result.statusCode).toBe(200);
      expect(bodyOf(result)).toStrictEqual(disabled);
      expect(writesOf(ddb)).toStrictEqual([
        { op: 'Put', ...operatorKey, entity: 'Operator' },
        { op: 'Put', pk: `OPERATOR#${SUB}`, sk: changeSk, entity: 'OperatorChange' },
      ]);
      expect(changeWritten()).toStrictEqual({
        change: 'DISABLED',
        by: ADMIN_USERNAME,
        at: NOW,
        from: null,
        to: null,
      });
    });

    it('writes nothing when the operator already has that status', async () => {
      // Prepare
      ddb.on(GetCommand, { Key: operatorKey }).resolves({ Item: entryItem(anOperator()) });

      // Act
      const result = await call('PUT /operators/{sub}/status', { body: { status: 'ACTIVE' } });

      // Assess
      expect(result.statusCode).toBe(200);
      expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    });
  });

  describe('GET /instansi/{instansiCode}/operators and /kanreg/{kanreg}/operators', () => {
    it.each([
      [
        'an instansi',
        'GET /instansi/{instansiCode}/operators',
        { instansiCode: INSTANSI },
        `INSTANSI#${INSTANSI}#OPERATORS`,
      ],
      ['a Kanreg', 'GET /kanreg/{kanreg}/operators', { kanreg: 'III' }, 'KANREG#III#OPERATORS'],
    ])('lists the operators of %s, 100 per page', async (_case, routeKey, pathParameters, pk) => {
      // Prepare
      ddb.on(QueryCommand).resolves({ Items: [entryItem(anOperator())] });

      // Act
      const result = await handler(apiEvent(routeKey, { pathParameters, claims: bknAdmin() }), context);

      // Assess
      expect(queriesOf(ddb)).toStrictEqual([{ index: 'gsi1', pk, limit: 100 }]);
      expect(bodyOf(result)).toStrictEqual({ items: [anOperator()] });
    });
  });
});
