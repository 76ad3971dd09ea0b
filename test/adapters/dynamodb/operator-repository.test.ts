import '../../functions/helpers/env';
import { TransactionCanceledException, ThrottlingException } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createOperator,
  findOperator,
  findOperatorWithHistory,
  listOperators,
  replaceOperator,
} from '../../../adapters/dynamodb/operator-repository';
import { ConcurrentChangeError } from '../../../adapters/dynamodb/table';
import type { Operator, OperatorChange } from '../../../events/api/operator';
import { TABLE_NAME } from '../../functions/helpers/env';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const SUB = '5b8d2f0e-7c1a-4e9b-8f3d-2a6c9e1b4d70';
const AT = '2026-03-01T02:00:00.000Z';
const CHANGE_ID = '0a1b2c3d';

const anOperator = (overrides: Partial<Operator> = {}): Operator => ({
  sub: SUB,
  username: 'operator.bogor',
  role: 'instansi',
  instansiCode: '3201',
  kanreg: null,
  status: 'ACTIVE',
  version: 1,
  registeredBy: 'bkn-admin-1',
  registeredAt: AT,
  updatedBy: 'bkn-admin-1',
  updatedAt: AT,
  ...overrides,
});

const aChange = (overrides: Partial<OperatorChange> = {}): OperatorChange => ({
  change: 'REGISTERED',
  by: 'bkn-admin-1',
  at: AT,
  from: null,
  to: { instansiCode: '3201', kanreg: null },
  ...overrides,
});

/** The stored entry of an instansi operator of 3201. */
const storedEntry = (operator: Operator = anOperator()) => ({
  pk: `OPERATOR#${SUB}`,
  sk: '#OPERATOR',
  entity: 'Operator',
  gsi1pk: `INSTANSI#${operator.instansiCode}#OPERATORS`,
  gsi1sk: `operator.bogor#${SUB}`,
  ...operator,
});

const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

const transactions = () => ddb.commandCalls(TransactWriteCommand).map((c) => c.args[0].input);
/** The Put of a change, in the transaction of the entry it changed. */
const changePut = (change: OperatorChange) => ({
  Put: {
    TableName: TABLE_NAME,
    Item: { pk: `OPERATOR#${SUB}`, sk: `CHANGE#${AT}#${CHANGE_ID}`, entity: 'OperatorChange', ...change },
  },
});

describe('operator repository', () => {
  it('O1: registers an entry, listed under its instansi by username, with its REGISTERED change, only if the sub is new', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).resolves({});

    // Act
    const created = await createOperator(anOperator(), aChange(), CHANGE_ID);

    // Assess
    expect(created).toBe(true);
    expect(transactions()).toStrictEqual([
      {
        TransactItems: [
          {
            Put: {
              TableName: TABLE_NAME,
              Item: storedEntry(),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          changePut(aChange()),
        ],
      },
    ]);
  });

  it('registering a sub already registered answers false', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None'));

    // Act
    const created = await createOperator(anOperator(), aChange(), CHANGE_ID);

    // Assess
    expect(created).toBe(false);
  });

  it('a Kanreg operator is listed under its Kanreg', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).resolves({});
    const kanreg = anOperator({ role: 'kanreg', instansiCode: null, kanreg: 'III' });

    // Act
    await createOperator(kanreg, aChange({ to: { instansiCode: null, kanreg: 'III' } }), CHANGE_ID);

    // Assess
    expect(transactions()[0]!.TransactItems![0]!.Put!.Item).toMatchObject({
      gsi1pk: 'KANREG#III#OPERATORS',
      gsi1sk: `operator.bogor#${SUB}`,
    });
  });

  it('registering throws any other DynamoDB error', async () => {
    // Prepare
    const throttled = new ThrottlingException({ message: 'Rate exceeded', $metadata: {} });
    ddb.on(TransactWriteCommand).rejects(throttled);

    // Act
    const creating = createOperator(anOperator(), aChange(), CHANGE_ID);

    // Assess
    await expect(creating).rejects.toBe(throttled);
  });

  it("O2: reads an operator's entry by sub, strongly consistent, without its storage attributes", async () => {
    // Prepare
    ddb.on(GetCommand).resolves({ Item: storedEntry() });

    // Act
    const operator = await findOperator(SUB);

    // Assess
    expect(ddb.commandCalls(GetCommand).map((c) => c.args[0].input)).toStrictEqual([
      { TableName: TABLE_NAME, Key: { pk: `OPERATOR#${SUB}`, sk: '#OPERATOR' }, ConsistentRead: true },
    ]);
    expect(operator).toStrictEqual(anOperator());
  });

  it('an operator nobody registered reads as undefined', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({});

    // Act
    const operator = await findOperator(SUB);

    // Assess
    expect(operator).toBeUndefined();
  });

  it('O3: reads the entry and its changes, oldest first, in one strongly consistent Query of its partition', async () => {
    // Prepare
    const moved = aChange({ change: 'MOVED', at: '2026-03-02T02:00:00.000Z' });
    ddb.on(QueryCommand).resolves({
      Items: [
        storedEntry(),
        { pk: `OPERATOR#${SUB}`, sk: `CHANGE#${AT}#${CHANGE_ID}`, entity: 'OperatorChange', ...aChange() },
        { pk: `OPERATOR#${SUB}`, sk: `CHANGE#${moved.at}#${CHANGE_ID}`, entity: 'OperatorChange', ...moved },
      ],
    });

    // Act
    const found = await findOperatorWithHistory(SUB);

    // Assess
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `OPERATOR#${SUB}` },
        ConsistentRead: true,
      },
    ]);
    expect(found).toStrictEqual({ ...anOperator(), history: [aChange(), moved] });
  });

  it('a partition without the entry (none, or only changes) answers undefined', async () => {
    // Prepare
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [] })
      .resolvesOnce({
        Items: [{ pk: `OPERATOR#${SUB}`, sk: `CHANGE#${AT}#${CHANGE_ID}`, ...aChange() }],
      });

    // Act
    const found = [await findOperatorWithHistory(SUB), await findOperatorWithHistory(SUB)];

    // Assess
    expect(found).toStrictEqual([undefined, undefined]);
  });

  it('O4: a move replaces the entry read, re-keyed under its new instansi, with its MOVED change', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).resolves({});
    const moved = anOperator({ instansiCode: '3273', version: 2 });
    const change = aChange({
      change: 'MOVED',
      from: { instansiCode: '3201', kanreg: null },
      to: { instansiCode: '3273', kanreg: null },
    });

    // Act
    await replaceOperator(moved, 1, change, CHANGE_ID);

    // Assess
    expect(transactions()).toStrictEqual([
      {
        TransactItems: [
          {
            Put: {
              TableName: TABLE_NAME,
              Item: { ...storedEntry(moved), gsi1pk: 'INSTANSI#3273#OPERATORS' },
              ConditionExpression: 'version = :read',
              ExpressionAttributeValues: { ':read': 1 },
            },
          },
          changePut(change),
        ],
      },
    ]);
  });

  it('O5: disabling replaces the entry read with its new status, with its DISABLED change', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).resolves({});
    const disabled = anOperator({ status: 'DISABLED', version: 3 });
    const change = aChange({ change: 'DISABLED', to: null });

    // Act
    await replaceOperator(disabled, 2, change, CHANGE_ID);

    // Assess
    expect(transactions()).toStrictEqual([
      {
        TransactItems: [
          {
            Put: {
              TableName: TABLE_NAME,
              Item: storedEntry(disabled),
              ConditionExpression: 'version = :read',
              ExpressionAttributeValues: { ':read': 2 },
            },
          },
          changePut(change),
        ],
      },
    ]);
  });

  it('replacing an entry that changed since it was read throws ConcurrentChangeError', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None'));

    // Act
    const replacing = replaceOperator(anOperator({ version: 2 }), 1, aChange(), CHANGE_ID);

    // Assess
    await expect(replacing).rejects.toBeInstanceOf(ConcurrentChangeError);
  });

  it('O6: lists the operators of an instansi, or of a Kanreg, from gsi1 by username, one page after the cursor', async () => {
    // Prepare
    const lastKey = { pk: `OPERATOR#${SUB}`, sk: '#OPERATOR', gsi1pk: 'KANREG#III#OPERATORS', gsi1sk: 'a#b' };
    const cursor = Buffer.from(JSON.stringify(lastKey)).toString('base64url');
    ddb.on(QueryCommand).resolves({ Items: [storedEntry()] });

    // Act
    const page = await listOperators({ instansiCode: '3201' }, { limit: 100 });
    await listOperators({ kanreg: 'III' }, { limit: 20, cursor });

    // Assess
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'gsi1pk' },
        ExpressionAttributeValues: { ':pk': 'INSTANSI#3201#OPERATORS' },
        Limit: 100,
      },
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'gsi1pk' },
        ExpressionAttributeValues: { ':pk': 'KANREG#III#OPERATORS' },
        Limit: 20,
        ExclusiveStartKey: lastKey,
      },
    ]);
    expect(page).toStrictEqual({ items: [anOperator()] });
  });
});
