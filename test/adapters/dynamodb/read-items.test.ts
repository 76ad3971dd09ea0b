import '../../functions/helpers/env';
import { BatchGetCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKOFF } from '../../../runtime/backoff';
import { readItems, type ItemRead } from '../../../adapters/dynamodb/table';
import { TABLE_NAME } from '../../functions/helpers/env';

const ddb = mockClient(DynamoDBDocumentClient);

const read = (pk: string, sk = '#ITEM'): ItemRead<string> => ({
  key: { pk, sk },
  from: (item) => `${String(item.pk)}:${String(item.name)}`,
});
const item = (pk: string, name: string) => ({ pk, sk: '#ITEM', name });
const askedKeys = () =>
  ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input.RequestItems?.[TABLE_NAME]?.Keys);

beforeEach(() => ddb.reset());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('readItems', () => {
  it('answers in the order asked, undefined for an absent item or an absent read, in one consistent BatchGet', async () => {
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [item('B', 'b'), item('A', 'a')] } });

    const answers = await readItems(read('A'), undefined, read('MISSING'), read('B'));

    expect(answers).toEqual(['A:a', undefined, undefined, 'B:b']);
    expect(ddb.commandCalls(BatchGetCommand)).toHaveLength(1);
    expect(
      ddb.commandCalls(BatchGetCommand)[0]!.args[0].input.RequestItems?.[TABLE_NAME]?.ConsistentRead,
    ).toBe(true);
  });

  it('asks again for the keys DynamoDB left unprocessed', async () => {
    ddb
      .on(BatchGetCommand)
      .resolvesOnce({
        Responses: { [TABLE_NAME]: [item('A', 'a')] },
        UnprocessedKeys: { [TABLE_NAME]: { Keys: [{ pk: 'B', sk: '#ITEM' }] } },
      })
      .resolvesOnce({ Responses: { [TABLE_NAME]: [item('B', 'b')] } });

    expect(await readItems(read('A'), read('B'))).toEqual(['A:a', 'B:b']);
    expect(askedKeys()).toEqual([
      [
        { pk: 'A', sk: '#ITEM' },
        { pk: 'B', sk: '#ITEM' },
      ],
      [{ pk: 'B', sk: '#ITEM' }],
    ]);
  });

  it('waits before each retry of unprocessed keys and, when they stay unprocessed, stops after BACKOFF.maxAttempts calls and throws', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    ddb.on(BatchGetCommand).resolves({
      Responses: { [TABLE_NAME]: [item('A', 'a')] },
      UnprocessedKeys: { [TABLE_NAME]: { Keys: [{ pk: 'B', sk: '#ITEM' }] } },
    });

    const reading = readItems(read('A'), read('B'));
    const outcome = expect(reading).rejects.toThrow(
      `BatchGetItem left 1 keys unprocessed after ${BACKOFF.maxAttempts} attempts`,
    );
    await vi.advanceTimersByTimeAsync(0);
    const beforeTheFirstWait = ddb.commandCalls(BatchGetCommand).length;
    await vi.runAllTimersAsync();

    await outcome;
    expect(beforeTheFirstWait).toBe(1);
    expect(ddb.commandCalls(BatchGetCommand)).toHaveLength(BACKOFF.maxAttempts);
    expect(askedKeys().slice(1)).toEqual(
      Array.from({ length: BACKOFF.maxAttempts - 1 }, () => [{ pk: 'B', sk: '#ITEM' }]),
    );
  });

  it('asks once for a key named twice, and makes no call when nothing is to be read', async () => {
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [item('A', 'a')] } });

    expect(await readItems(read('A'), read('A'))).toEqual(['A:a', 'A:a']);
    expect(askedKeys()).toEqual([[{ pk: 'A', sk: '#ITEM' }]]);
    expect(await readItems(undefined)).toEqual([undefined]);
    expect(ddb.commandCalls(BatchGetCommand)).toHaveLength(1);
  });
});
