import '../../functions/helpers/env';
import { BatchGetCommand, DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { readBatch, type ItemRead } from '../../../adapters/dynamodb/table';
import { TABLE_NAME } from '../../functions/helpers/env';

const ddb = mockClient(DynamoDBDocumentClient);

const read = (pk: string): ItemRead<string> => ({
  key: { pk, sk: '#ITEM' },
  from: (item) => `${String(item.pk)}:${String(item.name)}`,
});
const item = (pk: string, name: string) => ({ pk, sk: '#ITEM', name });

beforeEach(() => ddb.reset());

describe('readBatch', () => {
  it('sends the reads asked for before `send` in one strongly consistent BatchGetItem, each answered with its own item', async () => {
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [item('B', 'b')] } });
    const batch = readBatch();

    const answers = Promise.all([batch.read(read('A')), batch.read(read('B'))]);
    expect(ddb.calls()).toHaveLength(0);
    batch.send();

    expect(await answers).toEqual([undefined, 'B:b']);
    expect(ddb.calls().map((c) => c.args[0].input)).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [
              { pk: 'A', sk: '#ITEM' },
              { pk: 'B', sk: '#ITEM' },
            ],
            ConsistentRead: true,
          },
        },
      },
    ]);
  });

  it('sends a lone read as one strongly consistent GetItem, and a read asked for after `send` at once on its own', async () => {
    ddb.on(GetCommand).resolves({ Item: item('A', 'a') });
    const batch = readBatch();

    const first = batch.read(read('A'));
    batch.send();
    const later = batch.read(read('A'));

    expect([await first, await later]).toEqual(['A:a', 'A:a']);
    expect(ddb.calls().map((c) => c.args[0].input)).toStrictEqual([
      { TableName: TABLE_NAME, Key: { pk: 'A', sk: '#ITEM' }, ConsistentRead: true },
      { TableName: TABLE_NAME, Key: { pk: 'A', sk: '#ITEM' }, ConsistentRead: true },
    ]);
  });

  it('fails every read of the batch when its call fails, and makes no call when nothing was asked for', async () => {
    const throttled = new Error('throttled');
    ddb.on(BatchGetCommand).rejects(throttled);
    const empty = readBatch();
    empty.send();
    const batch = readBatch();

    const answers = [batch.read(read('A')), batch.read(read('B'))];
    batch.send();

    for (const answer of answers) await expect(answer).rejects.toBe(throttled);
    expect(ddb.commandCalls(BatchGetCommand)).toHaveLength(1);
  });
});
