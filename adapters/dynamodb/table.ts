import {
  BatchGetCommand,
  BatchWriteCommand,
  type DeleteCommand,
  GetCommand,
  type PutCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  type UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { BACKOFF, pause } from '../../runtime/backoff';
import { dynamo } from '../../runtime/clients';
import { requireEnv, ENV } from '../../runtime/env';

/**
 * The single table: every entity shares `pk`/`sk`, and two overloaded sparse indexes serve the listings.
 * Key shapes and the access pattern each serves are listed in docs/data-model.md.
 */
export const KEY = { pk: 'pk', sk: 'sk' } as const;
export const GSI1 = { name: 'gsi1', pk: 'gsi1pk', sk: 'gsi1sk' } as const;
export const GSI2 = { name: 'gsi2', pk: 'gsi2pk', sk: 'gsi2sk' } as const;

export const tableName = (): string => requireEnv(ENV.tableName);

/** What only storage needs: the keys of the table and of both indexes, and the entity tag. */
const STORAGE_ATTRIBUTES: ReadonlySet<string> = new Set([
  KEY.pk,
  KEY.sk,
  'entity',
  GSI1.pk,
  GSI1.sk,
  GSI2.pk,
  GSI2.sk,
]);

/** A stored item as its entity: without the storage attributes, nor the `also` ones (e.g. an expiry for the TTL). */
export function withoutKeys<T>(item: Record<string, unknown>, also: readonly string[] = []): T {
  return Object.fromEntries(
    Object.entries(item).filter(([name]) => !STORAGE_ATTRIBUTES.has(name) && !also.includes(name)),
  ) as T;
}

export const isConditionalCheckFailure = (error: unknown): boolean =>
  (error as { name?: string } | undefined)?.name === 'ConditionalCheckFailedException';

/**
 * One conditional write, by the convention of docs/data-model.md ("Conventions"): true when it was written,
 * false when its condition did not hold; any other failure is thrown.
 */
export async function sendIf(command: PutCommand | UpdateCommand | DeleteCommand): Promise<boolean> {
  try {
    await dynamo().send(command as PutCommand);
    return true;
  } catch (error) {
    if (isConditionalCheckFailure(error)) return false;
    throw error;
  }
}

/**
 * The cancellation reason codes of a cancelled transaction, one per item in order ('None',
 * 'ConditionalCheckFailed', 'TransactionConflict', …); undefined when `error` is anything else.
 */
export function cancellationReasons(error: unknown): (string | undefined)[] | undefined {
  if ((error as { name?: string } | undefined)?.name !== 'TransactionCanceledException') return undefined;
  return ((error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).map(
    (r) => r.Code,
  );
}

/** How to read one item: its key, and how its stored attributes become the entity (each repository's own). */
export interface ItemRead<T> {
  key: { pk: string; sk: string };
  from: (item: Record<string, unknown>) => T;
}

/** What readItems gives for `reads`: each read's entity, or undefined where its item is absent. */
export type ReadResults<R extends readonly (ItemRead<unknown> | undefined)[]> = {
  [K in keyof R]: R[K] extends ItemRead<infer T> ? T | undefined : undefined;
};

/**
 * Sends `pending` (keys to read, items to write) with `send`, which answers what DynamoDB left unprocessed (it
 * throttled, or the answer grew too large), and sends that again after a backoff until nothing is left:
 * BACKOFF.maxAttempts calls in all, then throws rather than answer as if all were done.
 */
async function untilProcessed<T>(
  pending: T[],
  send: (batch: T[]) => Promise<T[]>,
  what: { operation: string; noun: string },
): Promise<void> {
  for (let attempt = 0; pending.length > 0; attempt++) {
    if (attempt === BACKOFF.maxAttempts) {
      throw new Error(
        `${what.operation} left ${pending.length} ${what.noun} unprocessed after ${attempt} attempts`,
      );
    }
    if (attempt > 0) await pause(attempt - 1);
    pending = await send(pending);
  }
}

/**
 * The items of `keys` (up to 100) that exist, in one BatchGetItem; unprocessed keys are asked again
 * (`untilProcessed`), and the call throws when some are still unprocessed, rather than answer as if they were absent.
 */
export async function batchGet(
  keys: Record<string, unknown>[],
  options: { consistentRead?: true } = {},
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  await untilProcessed(
    keys,
    async (batch) => {
      const { Responses, UnprocessedKeys } = await dynamo().send(
        new BatchGetCommand({
          RequestItems: {
            [tableName()]: { Keys: batch, ...(options.consistentRead && { ConsistentRead: true }) },
          },
        }),
      );
      items.push(...(Responses?.[tableName()] ?? []));
      return (UnprocessedKeys?.[tableName()]?.Keys as Record<string, unknown>[] | undefined) ?? [];
    },
    { operation: 'BatchGetItem', noun: 'keys' },
  );
  return items;
}

/** BatchWriteItem's limit of items per call. */
const WRITE_BATCH = 25;

/**
 * Writes whole items, unconditionally, in one BatchWriteItem per 25 (each replaces any item of its key);
 * unprocessed items are sent again (`untilProcessed`, per 25), and the call throws when some are still
 * unprocessed then, rather than answer as if they were written.
 */
export async function putItems(items: readonly Record<string, unknown>[]): Promise<void> {
  for (let start = 0; start < items.length; start += WRITE_BATCH) {
    await untilProcessed(
      items.slice(start, start + WRITE_BATCH).map((Item) => ({ PutRequest: { Item } })),
      async (requests) => {
        const { UnprocessedItems } = await dynamo().send(
          new BatchWriteCommand({ RequestItems: { [tableName()]: requests } }),
        );
        return (UnprocessedItems?.[tableName()] ?? []) as typeof requests;
      },
      { operation: 'BatchWriteItem', noun: 'items' },
    );
  }
}

type Item = Record<string, unknown>;
const itemId = (key: Item) => `${String(key.pk)}\u0000${String(key.sk)}`;

/**
 * Reads several items of any entities in one strongly consistent BatchGetItem (up to 100; `batchGet` asks again
 * for unprocessed keys), answered in the order of `reads`; an absent item, or an absent read, answers undefined.
 * For a request that needs a few items at once: one call instead of one per item.
 */
export async function readItems<R extends readonly (ItemRead<unknown> | undefined)[]>(
  ...reads: R
): Promise<ReadResults<R>> {
  const keys = [
    ...new Map(reads.flatMap((read) => (read ? [[itemId(read.key), read.key] as const] : []))).values(),
  ];
  const found = new Map((await batchGet(keys, { consistentRead: true })).map((item) => [itemId(item), item]));
  return reads.map((read) => {
    const item = read && found.get(itemId(read.key));
    return item ? read.from(item) : undefined;
  }) as ReadResults<R>;
}

/** A read of {@link requestReads}: the entity, or undefined when absent. */
export type BatchedRead = <T>(read: ItemRead<T>) => Promise<T | undefined>;

async function getItem(key: Item): Promise<Item | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }),
  );
  return Item;
}

/**
 * Reads by key one GetItem each, strongly consistent: the reader of a stage whose reads come one key at a time,
 * whose bundle so carries no BatchGetItem (unlike `requestReads`).
 */
export const directReads =
  (): BatchedRead =>
  async <T>(read: ItemRead<T>) => {
    const item = await getItem(read.key);
    return item ? read.from(item) : undefined;
  };

/** BatchGetItem's limit of keys per call. */
const READ_BATCH = 100;

/**
 * The reads by key of one request, strongly consistent, in as few calls as its parts allow: the reads asked for
 * before the request next waits (one turn of the event loop, e.g. the operator registry check's and the route's
 * scope's, or an operation's `Promise.all`) go as one call, a GetItem for one key, a BatchGetItem (`batchGet`)
 * for several (one per 100 keys). An item read once is answered again from that read: the item as the request
 * found it, so an operation reads what it has written itself with the repositories' own reads, not with this one.
 */
export function requestReads(): BatchedRead {
  const asked = new Map<string, Promise<Item | undefined>>();
  let waiting: { key: Item; settle: (item: Promise<Item | undefined>) => void }[] = [];
  const send = () => {
    const batch = waiting;
    waiting = [];
    if (batch.length === 1) batch[0]!.settle(getItem(batch[0]!.key));
    if (batch.length < 2) return;
    const calls = [];
    for (let i = 0; i < batch.length; i += READ_BATCH) {
      const keys = batch.slice(i, i + READ_BATCH).map((entry) => entry.key);
      calls.push(batchGet(keys, { consistentRead: true }));
    }
    const found = Promise.all(calls).then(
      (parts) => new Map(parts.flat().map((item) => [itemId(item), item])),
    );
    for (const entry of batch) entry.settle(found.then((items) => items.get(itemId(entry.key))));
  };
  const rawItem = (key: Item) => {
    let item = asked.get(itemId(key));
    if (!item) {
      if (waiting.length === 0) queueMicrotask(send);
      item = new Promise((settle) => waiting.push({ key, settle }));
      asked.set(itemId(key), item);
    }
    return item;
  };
  return (async <T>(read: ItemRead<T>) => {
    const item = await rawItem(read.key);
    return item ? read.from(item) : undefined;
  }) as BatchedRead;
}

export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Thrown when a write's condition no longer holds: someone changed the data since it was read. */
export class ConcurrentChangeError extends Error {
  constructor(readonly reasons: (string | undefined)[] = []) {
    super('The data changed while this request was being handled');
    this.name = 'ConcurrentChangeError';
  }
}

/**
 * Writes `items` all or nothing. A failed condition, or a transaction running into another one, means the data
 * moved under the caller: ConcurrentChangeError, for the caller to answer 409.
 */
export async function transact(items: TransactItem[]): Promise<void> {
  try {
    await dynamo().send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (reasons?.some((code) => code === 'ConditionalCheckFailed' || code === 'TransactionConflict')) {
      throw new ConcurrentChangeError(reasons);
    }
    throw error;
  }
}

/** `transact`, answering false instead of throwing when a condition no longer held (someone changed it). */
export async function transactOrFalse(items: TransactItem[]): Promise<boolean> {
  try {
    await transact(items);
    return true;
  } catch (error) {
    if (error instanceof ConcurrentChangeError) return false;
    throw error;
  }
}
