import '../../helpers/env';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { queryAll, skBeginsWith } from '../../../../functions/shared/data/query';
import { TABLE_NAME } from '../../helpers/env';

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
