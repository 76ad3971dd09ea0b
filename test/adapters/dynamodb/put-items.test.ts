import '../../functions/helpers/env';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKOFF } from '../../../runtime/backoff';
import { putItems } from '../../../adapters/dynamodb/table';
import { TABLE_NAME } from '../../functions/helpers/env';

const ddb = mockClient(DynamoDBDocumentClient);

const item = (n: number) => ({ pk: `P#${n}`, sk: '#ITEM', n });
const put = (n: number) => ({ PutRequest: { Item: item(n) } });
const sent = () => ddb.commandCalls(BatchWriteCommand).map((c) => c.args[0].input.RequestItems?.[TABLE_NAME]);

beforeEach(() => ddb.reset());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('putItems', () => {
  it('writes 25 items a BatchWriteItem, in order, and makes no call for none', async () => {
    ddb.on(BatchWriteCommand).resolves({});
    const items = Array.from({ length: 27 }, (_, n) => item(n));

    await putItems(items);
    await putItems([]);

    expect(sent()).toStrictEqual([
      items.slice(0, 25).map((Item) => ({ PutRequest: { Item } })),
      items.slice(25).map((Item) => ({ PutRequest: { Item } })),
    ]);
  });

  it('sends again the items DynamoDB left unprocessed', async () => {
    ddb
      .on(BatchWriteCommand)
      .resolvesOnce({ UnprocessedItems: { [TABLE_NAME]: [put(1)] } })
      .resolvesOnce({});

    await putItems([item(0), item(1)]);

    expect(sent()).toStrictEqual([[put(0), put(1)], [put(1)]]);
  });

  it('waits before each retry and, when items stay unprocessed, stops after BACKOFF.maxAttempts calls and throws', async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    ddb.on(BatchWriteCommand).resolves({ UnprocessedItems: { [TABLE_NAME]: [put(1)] } });

    const writing = putItems([item(0), item(1)]);
    const outcome = expect(writing).rejects.toThrow(
      `BatchWriteItem left 1 items unprocessed after ${BACKOFF.maxAttempts} attempts`,
    );
    await vi.advanceTimersByTimeAsync(0);
    const beforeTheFirstWait = ddb.commandCalls(BatchWriteCommand).length;
    await vi.runAllTimersAsync();

    await outcome;
    expect(beforeTheFirstWait).toBe(1);
    expect(sent()).toHaveLength(BACKOFF.maxAttempts);
  });
});
