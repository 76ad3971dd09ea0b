import {
  DynamoDBClient,
  PutItemCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { Meter, partitionLoadsOf } from '../../../tools/local/metering';

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

/** A client whose transport answers every request with DynamoDB's error `type` (HTTP 400). */
function refusingClient(type: string) {
  return new DynamoDBClient({
    region: 'ap-southeast-3',
    endpoint: 'http://127.0.0.1:9',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
    requestHandler: {
      handle: async () => {
        const body = new TextEncoder().encode(
          JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message: 'refused' }),
        );
        return {
          response: {
            statusCode: 400,
            headers: { 'content-type': 'application/x-amz-json-1.0' },
            body: new Blob([body]).stream(),
          },
        };
      },
    } as never,
  });
}

/** What one metered handler's single call on a client refusing with `type` counted. */
async function countedRefusal(
  type: string,
  command: PutItemCommand | UpdateItemCommand | TransactWriteItemsCommand,
) {
  const meter = new Meter();
  const client = refusingClient(type);
  meter.instrument(client, 'dynamodb');
  const handler = meter.wrap('programs', async () => client.send(command as never));
  await expect(handler({}, {})).rejects.toMatchObject({ name: type });
  return meter.reading();
}

describe('Meter: a write its condition refused is charged by DynamoDB, so it is counted', () => {
  it('a refused PutItem counts one call and the write units of the item it tried to write', async () => {
    const used = await countedRefusal(
      'ConditionalCheckFailedException',
      new PutItemCommand({
        TableName: 't',
        Item: { pk: { S: 'HOLDER#1' }, sk: { S: '#ENROLMENT' }, body: { S: 'x'.repeat(2500) } },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    expect(used.functions.programs!.dynamodb).toEqual({
      calls: 1,
      readUnits: 0,
      writeUnits: 3,
      refusedWrites: 1,
    });
    expect(used.keys['HOLDER#1']).toEqual({ readUnits: 0, writeUnits: 3 });
  });

  it('a refused UpdateItem of an item the meter never saw counts the minimum of one unit', async () => {
    const used = await countedRefusal(
      'ConditionalCheckFailedException',
      new UpdateItemCommand({
        TableName: 't',
        Key: { pk: { S: 'PROGRAM#p1' }, sk: { S: '#PROGRAM' } },
        UpdateExpression: 'SET v = :v',
        ConditionExpression: 'v = :old',
        ExpressionAttributeValues: { ':v': { N: '2' }, ':old': { N: '1' } },
      }),
    );
    expect(used.functions.programs!.dynamodb).toMatchObject({ calls: 1, writeUnits: 1, refusedWrites: 1 });
  });

  it('a cancelled transaction counts twice the units of every item it tried to write', async () => {
    const used = await countedRefusal(
      'TransactionCanceledException',
      new TransactWriteItemsCommand({
        TransactItems: [
          { Put: { TableName: 't', Item: { pk: { S: 'A' }, sk: { S: '1' } } } },
          { Delete: { TableName: 't', Key: { pk: { S: 'B' }, sk: { S: '1' } } } },
        ],
      }),
    );
    expect(used.functions.programs!.dynamodb).toMatchObject({ calls: 1, writeUnits: 4, refusedWrites: 1 });
  });

  it('a write refused for another reason (a validation error) is not charged and not counted', async () => {
    const used = await countedRefusal(
      'ValidationException',
      new PutItemCommand({ TableName: 't', Item: { pk: { S: 'A' }, sk: { S: '1' } } }),
    );
    expect(used.functions.programs!.dynamodb).toEqual({
      calls: 0,
      readUnits: 0,
      writeUnits: 0,
      refusedWrites: 0,
    });
  });
});
