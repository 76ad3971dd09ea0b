import '../../functions/helpers/env';
import { BatchGetCommand, DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { directReads, requestReads, type ItemRead } from '../../../adapters/dynamodb/table';
import { TABLE_NAME } from '../../functions/helpers/env';

const ddb = mockClient(DynamoDBDocumentClient);

const read = (pk: string): ItemRead<string> => ({
  key: { pk, sk: '#ITEM' },
  from: (item) => `${String(item.pk)}:${String(item.name)}`,
});
const item = (pk: string, name: string) => ({ pk, sk: '#ITEM', name });
const key = (pk: string) => ({ pk, sk: '#ITEM' });

beforeEach(() => ddb.reset());

describe('requestReads', () => {
  it('sends the reads asked for before the request waits in one strongly consistent BatchGetItem, each answered with its own item', async () => {
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [item('B', 'b')] } });
    const reads = requestReads();

    const answers = await Promise.all([reads(read('A')), reads(read('B'))]);

    expect(answers).toEqual([undefined, 'B:b']);
    expect(ddb.calls().map((c) => c.args[0].input)).toStrictEqual([
      { RequestItems: { [TABLE_NAME]: { Keys: [key('A'), key('B')], ConsistentRead: true } } },
    ]);
  });

  it('sends a lone read as one strongly consistent GetItem', async () => {
    ddb.on(GetCommand).resolves({ Item: item('A', 'a') });
    const reads = requestReads();

    expect(await reads(read('A'))).toBe('A:a');
    expect(ddb.calls().map((c) => c.args[0].input)).toStrictEqual([
      { TableName: TABLE_NAME, Key: key('A'), ConsistentRead: true },
    ]);
  });

  it('answers an item read before from that read, and sends only the keys not read yet', async () => {
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [item('A', 'a'), item('B', 'b')] } });
    ddb.on(GetCommand).resolves({ Item: item('C', 'c') });
    const reads = requestReads();

    await Promise.all([reads(read('A')), reads(read('B'))]);
    const later = await Promise.all([reads(read('A')), reads(read('C')), reads(read('B'))]);

    expect(later).toEqual(['A:a', 'C:c', 'B:b']);
    expect(ddb.calls().map((c) => c.args[0].input)).toStrictEqual([
      { RequestItems: { [TABLE_NAME]: { Keys: [key('A'), key('B')], ConsistentRead: true } } },
      { TableName: TABLE_NAME, Key: key('C'), ConsistentRead: true },
    ]);
  });

  it('sends 100 keys a BatchGetItem', async () => {
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [item('K0', 'a'), item('K100', 'b')] } });
    const reads = requestReads();

    const answers = await Promise.all(Array.from({ length: 101 }, (_, i) => reads(read(`K${i}`))));

    expect([answers[0], answers[100]]).toEqual(['K0:a', 'K100:b']);
    expect(
      ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input.RequestItems?.[TABLE_NAME]?.Keys?.length),
    ).toEqual([100, 1]);
  });

  it('fails every read of a call that fails', async () => {
    const throttled = new Error('throttled');
    ddb.on(BatchGetCommand).rejects(throttled);
    const reads = requestReads();

    const answers = [reads(read('A')), reads(read('B'))];

    for (const answer of answers) await expect(answer).rejects.toBe(throttled);
    expect(ddb.commandCalls(BatchGetCommand)).toHaveLength(1);
  });
});

describe('directReads', () => {
  it('reads each item with its own strongly consistent GetItem, however many are asked for at once', async () => {
    ddb.on(GetCommand).resolves({ Item: item('A', 'a') });
    const reads = directReads();

    expect(await Promise.all([reads(read('A')), reads(read('B'))])).toEqual(['A:a', 'A:a']);
    expect(ddb.calls().map((c) => c.args[0].input)).toStrictEqual([
      { TableName: TABLE_NAME, Key: key('A'), ConsistentRead: true },
      { TableName: TABLE_NAME, Key: key('B'), ConsistentRead: true },
    ]);
  });
});
