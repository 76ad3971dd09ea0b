import '../../functions/helpers/env';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  findInstansi,
  instansiRead,
  kanregCoversInstansi,
  listInstansi,
  saveInstansi,
} from '../../../adapters/dynamodb/instansi-repository';
import { readItems } from '../../../adapters/dynamodb/table';
import type { Instansi } from '../../../events/api/instansi';
import { TABLE_NAME } from '../../functions/helpers/env';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const BOGOR: Instansi = {
  code: '3201',
  name: 'Pemerintah Kabupaten Bogor',
  kind: 'KABUPATEN_KOTA',
  kanreg: 'III',
  updatedBy: 'bkn-admin-1',
  updatedAt: '2026-03-01T02:00:00.000Z',
};
const BKN: Instansi = {
  ...BOGOR,
  code: '4011',
  name: 'Badan Kepegawaian Negara',
  kind: 'PUSAT',
  kanreg: null,
};

const stored = (instansi: Instansi) => ({
  pk: `INSTANSI#${instansi.code}`,
  sk: '#INSTANSI',
  entity: 'Instansi',
  gsi1pk: 'INSTANSI',
  gsi1sk: instansi.code,
  ...(instansi.kanreg ? { gsi2pk: `KANREG#${instansi.kanreg}#INSTANSI`, gsi2sk: instansi.code } : {}),
  ...instansi,
});

const cursorOf = (key: Record<string, unknown>) => Buffer.from(JSON.stringify(key)).toString('base64url');
const queries = () => ddb.commandCalls(QueryCommand).map((c) => c.args[0].input);
/** The query of the regional governments Kanreg III covers, `limit` of them. */
const kanregQuery = (limit: number) => ({
  TableName: TABLE_NAME,
  IndexName: 'gsi2',
  KeyConditionExpression: '#pk = :pk',
  ExpressionAttributeNames: { '#pk': 'gsi2pk' },
  ExpressionAttributeValues: { ':pk': 'KANREG#III#INSTANSI' },
  Limit: limit,
});

describe('instansi repository', () => {
  it('N1: registers (or replaces) a regional government, listed among all instansi and under its Kanreg', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});

    // Act
    await saveInstansi(BOGOR);

    // Assess
    expect(ddb.commandCalls(PutCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Item: {
          pk: 'INSTANSI#3201',
          sk: '#INSTANSI',
          entity: 'Instansi',
          gsi1pk: 'INSTANSI',
          gsi1sk: '3201',
          gsi2pk: 'KANREG#III#INSTANSI',
          gsi2sk: '3201',
          ...BOGOR,
        },
      },
    ]);
  });

  it('a central-government instansi is stored without gsi2 keys, so no Kanreg lists it', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});

    // Act
    await saveInstansi(BKN);

    // Assess
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input.Item).toStrictEqual({
      pk: 'INSTANSI#4011',
      sk: '#INSTANSI',
      entity: 'Instansi',
      gsi1pk: 'INSTANSI',
      gsi1sk: '4011',
      ...BKN,
    });
  });

  it('N2: reads an instansi by code, without its storage attributes', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({ Item: stored(BOGOR) });

    // Act
    const found = await findInstansi('3201');

    // Assess
    expect(ddb.commandCalls(GetCommand).map((c) => c.args[0].input)).toStrictEqual([
      { TableName: TABLE_NAME, Key: { pk: 'INSTANSI#3201', sk: '#INSTANSI' } },
    ]);
    expect(found).toStrictEqual(BOGOR);
  });

  it('an instansi BKN has not registered reads as undefined', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({});

    // Act
    const found = await findInstansi('9999');

    // Assess
    expect(found).toBeUndefined();
  });

  it("N3: the instansi is read with the route's other items in one strongly consistent BatchGetItem", async () => {
    // Prepare
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [stored(BOGOR)] } });

    // Act
    const [found, absent] = await readItems(instansiRead('3201'), instansiRead('9999'));

    // Assess
    expect(ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [
              { pk: 'INSTANSI#3201', sk: '#INSTANSI' },
              { pk: 'INSTANSI#9999', sk: '#INSTANSI' },
            ],
            ConsistentRead: true,
          },
        },
      },
    ]);
    expect([found, absent]).toStrictEqual([BOGOR, undefined]);
  });

  it('N4: lists every instansi from gsi1 by code, one page after the cursor', async () => {
    // Prepare
    const lastKey = { pk: 'INSTANSI#3201', sk: '#INSTANSI', gsi1pk: 'INSTANSI', gsi1sk: '3201' };
    const nextKey = { pk: 'INSTANSI#4011', sk: '#INSTANSI', gsi1pk: 'INSTANSI', gsi1sk: '4011' };
    ddb.on(QueryCommand).resolves({ Items: [stored(BKN)], LastEvaluatedKey: nextKey });

    // Act
    const page = await listInstansi({ limit: 1, cursor: cursorOf(lastKey) });

    // Assess
    expect(queries()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'gsi1pk' },
        ExpressionAttributeValues: { ':pk': 'INSTANSI' },
        Limit: 1,
        ExclusiveStartKey: lastKey,
      },
    ]);
    expect(page).toStrictEqual({ items: [BKN], nextCursor: cursorOf(nextKey) });
  });

  it('N5: lists the regional governments of one Kanreg from gsi2 by code, paged', async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({ Items: [stored(BOGOR)] });

    // Act
    const page = await listInstansi({ kanreg: 'III', limit: 100 });

    // Assess
    expect(queries()).toStrictEqual([kanregQuery(100)]);
    expect(page).toStrictEqual({ items: [BOGOR] });
  });

  it('N6: a Kanreg is known when its gsi2 partition holds an instansi (one item asked)', async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({ Items: [stored(BOGOR)] });

    // Act
    const covers = await kanregCoversInstansi('III');

    // Assess
    expect(queries()).toStrictEqual([kanregQuery(1)]);
    expect(covers).toBe(true);
  });

  it('a Kanreg that covers no registered instansi is unknown', async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({ Items: [] });

    // Act
    const covers = await kanregCoversInstansi('XV');

    // Assess
    expect(covers).toBe(false);
  });
});
