import { describe, expect, it } from 'vitest';
import { partitionLoadsOf } from '../../../tools/local/metering';

describe('partitionLoadsOf: the partition keys a DynamoDB request loads, one per item', () => {
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
    expect(partitionLoadsOf(command.split(' ')[0]!, input).map((load) => load.key)).toEqual(keys);
  });
});

describe("partitionLoadsOf: the share of a request's units each item takes", () => {
  it('an item written whole weighs its kilobytes; an update, a delete, a check or a read weighs 1', () => {
    const record = { pk: 'PARTICIPANT#p1#1', sk: '#PARTICIPANT', notes: 'x'.repeat(2500) };
    const loads = partitionLoadsOf('TransactWriteItemsCommand', {
      TransactItems: [
        { Put: { Item: record } },
        { Update: { Key: { pk: 'COUNTER#INVITATION#2019', sk: '#COUNTER' } } },
        { ConditionCheck: { Key: { pk: 'PROGRAM#p1', sk: '#PROGRAM' } } },
      ],
    });
    expect(loads).toEqual([
      { key: 'PARTICIPANT#p1#1', weight: 3 },
      { key: 'COUNTER#INVITATION#2019', weight: 1 },
      { key: 'PROGRAM#p1', weight: 1 },
    ]);
    expect(partitionLoadsOf('PutItemCommand', { Item: { pk: 'A', sk: '1' } })).toEqual([
      { key: 'A', weight: 1 },
    ]);
  });
});

describe('partitionLoadsOf: an updated item weighs the size the meter last saw of it', () => {
  it('a counter updated beside a large record it has read takes 1 share of 13, not half', () => {
    const sizes = new Map([['PARTICIPANT#p1#1\u0000#PARTICIPANT', 12]]);
    const loads = partitionLoadsOf(
      'TransactWriteItemsCommand',
      {
        TransactItems: [
          { Update: { Key: { pk: 'PARTICIPANT#p1#1', sk: '#PARTICIPANT' } } },
          { Update: { Key: { pk: { S: 'COUNTER#INVITATION#2019' }, sk: { S: '#COUNTER' } } } },
        ],
      },
      (key) => sizes.get(key),
    );
    expect(loads).toEqual([
      { key: 'PARTICIPANT#p1#1', weight: 12 },
      { key: 'COUNTER#INVITATION#2019', weight: 1 },
    ]);
  });
});

describe('partitionLoadsOf: an update in a transaction weighs at least what it sets', () => {
  it('a letter set on a small record outweighs the counter updated beside it', () => {
    const letter = { ':letter': { number: '0001/UND/2019', body: 'x'.repeat(5000) } };
    const loads = partitionLoadsOf('TransactWriteItemsCommand', {
      TransactItems: [
        {
          Update: {
            Key: { pk: 'COUNTER#INVITATION#2019', sk: '#COUNTER' },
            ExpressionAttributeValues: { ':n': 2 },
          },
        },
        {
          Update: { Key: { pk: 'PARTICIPANT#p1#1', sk: '#PARTICIPANT' }, ExpressionAttributeValues: letter },
        },
      ],
    });
    expect(loads).toEqual([
      { key: 'COUNTER#INVITATION#2019', weight: 1 },
      { key: 'PARTICIPANT#p1#1', weight: 5 },
    ]);
  });
});
