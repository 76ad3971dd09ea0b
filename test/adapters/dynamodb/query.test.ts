import '../../functions/helpers/env';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { InvalidCursorError } from '../../../adapters/dynamodb/pagination';
import { queryAll, queryPage, skBeginsWith } from '../../../adapters/dynamodb/query';
import { GSI1, KEY } from '../../../adapters/dynamodb/table';
import { TABLE_NAME } from '../../functions/helpers/env';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

describe('queryAll', () => {
  it('follows LastEvaluatedKey to the last page, each command holding exactly what it sent', async () => {
    // Prepare
    const lastKey = { pk: 'P', sk: 'A#1' };
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [{ n: 1 }], LastEvaluatedKey: lastKey })
      .resolvesOnce({ Items: [{ n: 2 }] });
    const sent = {
      TableName: TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': 'P', ':prefix': 'A#' },
      ConsistentRead: true,
    };

    // Act
    const items = await queryAll({ ...skBeginsWith('P', 'A#'), ConsistentRead: true });

    // Assess
    expect(items).toStrictEqual([{ n: 1 }, { n: 2 }]);
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      sent,
      { ...sent, ExclusiveStartKey: lastKey },
    ]);
  });
});

describe('queryPage', () => {
  const index = GSI1;
  const lastKey = { gsi1pk: 'LIST', gsi1sk: 'B#2', pk: 'X', sk: 'Y' };

  it('asks one page of the partition under the prefix after the cursor, and answers the next cursor', async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({ Items: [{ n: 1 }], LastEvaluatedKey: lastKey });
    const cursor = Buffer.from(JSON.stringify({ gsi1pk: 'LIST', gsi1sk: 'B#1', pk: 'X', sk: 'W' })).toString(
      'base64url',
    );

    // Act
    const page = await queryPage(
      {
        index,
        pk: 'LIST',
        skBeginsWith: { name: 'scheme', value: 'B#' },
        limit: 5,
        cursor,
        newestFirst: true,
      },
      (item) => item.n,
    );

    // Assess
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :scheme)',
        ExpressionAttributeNames: { '#pk': 'gsi1pk', '#sk': 'gsi1sk' },
        ExpressionAttributeValues: { ':pk': 'LIST', ':scheme': 'B#' },
        ScanIndexForward: false,
        Limit: 5,
        ExclusiveStartKey: { gsi1pk: 'LIST', gsi1sk: 'B#1', pk: 'X', sk: 'W' },
      },
    ]);
    expect(page).toStrictEqual({
      items: [1],
      nextCursor: Buffer.from(JSON.stringify(lastKey)).toString('base64url'),
    });
  });

  it("asks a page of one of the table's own partitions, without an index", async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({ Items: [{ n: 1 }] });

    // Act
    const page = await queryPage(
      { index: KEY, pk: 'P', skBeginsWith: { name: 'prefix', value: 'A#' }, limit: 2 },
      (item) => item.n,
    );

    // Assess
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
        ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
        ExpressionAttributeValues: { ':pk': 'P', ':prefix': 'A#' },
        Limit: 2,
      },
    ]);
    expect(page).toStrictEqual({ items: [1] });
  });

  it('answers no next cursor on the last page', async () => {
    ddb.on(QueryCommand).resolves({ Items: [] });

    expect(await queryPage({ index, pk: 'LIST', limit: 5 }, (item) => item)).toStrictEqual({ items: [] });
  });

  it('refuses a cursor of another partition without asking DynamoDB', async () => {
    const foreign = Buffer.from(JSON.stringify({ gsi1pk: 'OTHER', gsi1sk: 'A' })).toString('base64url');

    await expect(queryPage({ index, pk: 'LIST', limit: 5, cursor: foreign }, (item) => item)).rejects.toThrow(
      InvalidCursorError,
    );
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(0);
  });
});
