import { describe, expect, it } from 'vitest';
import { partitionKeysOf } from '../../../tools/local/metering';

describe('partitionKeysOf: the partition keys a DynamoDB request loads, one per item', () => {
  it.each([
    ['GetItemCommand', { Key: { pk: 'PROGRAM#p1', sk: '#PROGRAM' } }, ['PROGRAM#p1']],
    ['PutItemCommand', { Item: { pk: 'PROGRAM#p1', sk: '#PROGRAM', name: 'x' } }, ['PROGRAM#p1']],
    ['PutItemCommand (raw client)', { Item: { pk: { S: 'COHORT#p1#001' } } }, ['COHORT#p1#001']],
    [
      'QueryCommand',
      {
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :s)',
        ExpressionAttributeValues: { ':pk': 'A', ':s': 'B' },
      },
      ['A'],
    ],
    [
      'QueryCommand',
      {
        IndexName: 'gsi1',
        KeyConditionExpression: '#k = :v',
        ExpressionAttributeNames: { '#k': 'gsi1pk' },
        ExpressionAttributeValues: { ':v': 'PROGRAMS' },
      },
      ['gsi1:PROGRAMS'],
    ],
    [
      'TransactWriteItemsCommand',
      {
        TransactItems: [
          { Put: { Item: { pk: 'A', sk: '1' } } },
          { Update: { Key: { pk: 'B', sk: '1' } } },
          { ConditionCheck: { Key: { pk: 'A', sk: '2' } } },
        ],
      },
      ['A', 'B', 'A'],
    ],
    [
      'BatchWriteItemCommand',
      {
        RequestItems: { t: [{ PutRequest: { Item: { pk: 'A' } } }, { DeleteRequest: { Key: { pk: 'B' } } }] },
      },
      ['A', 'B'],
    ],
    ['BatchGetItemCommand', { RequestItems: { t: { Keys: [{ pk: 'A' }, { pk: 'C' }] } } }, ['A', 'C']],
    ['ScanCommand', { TableName: 't' }, []],
  ])('%s %j', (command, input, keys) => {
    expect(partitionKeysOf(command.split(' ')[0]!, input)).toEqual(keys);
  });
});
