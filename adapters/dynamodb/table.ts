import {
  BatchGetCommand,
  type DeleteCommand,
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
 * The items of `keys` (up to 100) that exist, in one BatchGetItem. Keys that DynamoDB leaves unprocessed (it
 * throttled, or the answer grew too large) are asked again after a backoff, BACKOFF.maxAttempts calls in all;
 * throws when some are still unprocessed then, rather than answer as if they were absent.
 */
export async function batchGet(
  keys: Record<string, unknown>[],
  options: { consistentRead?: true } = {},
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  for (let attempt = 0; keys.length > 0; attempt++) {
    if (attempt === BACKOFF.maxAttempts) {
      throw new Error(`BatchGetItem left ${keys.length} keys unprocessed after ${attempt} attempts`);
    }
    if (attempt > 0) await pause(attempt - 1);
    const { Responses, UnprocessedKeys } = await dynamo().send(
      new BatchGetCommand({
        RequestItems: {
          [tableName()]: { Keys: keys, ...(options.consistentRead && { ConsistentRead: true }) },
        },
      }),
    );
    items.push(...(Responses?.[tableName()] ?? []));
    keys = (UnprocessedKeys?.[tableName()]?.Keys as Record<string, unknown>[] | undefined) ?? [];
  }
  return items;
}

/**
 * Reads several items of any entities in one strongly consistent BatchGetItem (up to 100; `batchGet` asks again
 * for unprocessed keys), answered in the order of `reads`; an absent item, or an absent read, answers undefined.
 * For a request that needs a few items at once: one call instead of one per item.
 */
export async function readItems<R extends readonly (ItemRead<unknown> | undefined)[]>(
  ...reads: R
): Promise<ReadResults<R>> {
  const id = (key: Record<string, unknown>) => `${String(key.pk)}\u0000${String(key.sk)}`;
  const keys = [
    ...new Map(reads.flatMap((read) => (read ? [[id(read.key), read.key] as const] : []))).values(),
  ];
  const found = new Map((await batchGet(keys, { consistentRead: true })).map((item) => [id(item), item]));
  return reads.map((read) => {
    const item = read && found.get(id(read.key));
    return item ? read.from(item) : undefined;
  }) as ReadResults<R>;
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
