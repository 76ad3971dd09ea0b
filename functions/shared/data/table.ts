import { BatchGetCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../clients';
import { requireEnv, ENV } from '../env';

/**
 * The single table: every entity shares `pk`/`sk`, and two overloaded sparse indexes serve the listings.
 * Key shapes and the access pattern each serves are listed in docs/data-model.md.
 */
export const KEY = { pk: 'pk', sk: 'sk' } as const;
export const GSI1 = { name: 'gsi1', pk: 'gsi1pk', sk: 'gsi1sk' } as const;
export const GSI2 = { name: 'gsi2', pk: 'gsi2pk', sk: 'gsi2sk' } as const;

export const tableName = (): string => requireEnv(ENV.tableName);

export const isConditionalCheckFailure = (error: unknown): boolean =>
  (error as { name?: string } | undefined)?.name === 'ConditionalCheckFailedException';

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

type ReadResults<R extends readonly (ItemRead<unknown> | undefined)[]> = {
  [K in keyof R]: R[K] extends ItemRead<infer T> ? T | undefined : undefined;
};

/**
 * Reads several items of any entities in one strongly consistent BatchGetItem (up to 100; keys that DynamoDB
 * leaves unprocessed are asked again), answered in the order of `reads`; an absent item, or an absent read,
 * answers undefined. For a request that needs a few items at once: one call instead of one per item.
 */
export async function readItems<R extends readonly (ItemRead<unknown> | undefined)[]>(
  ...reads: R
): Promise<ReadResults<R>> {
  const id = (key: Record<string, unknown>) => `${String(key.pk)}\u0000${String(key.sk)}`;
  const found = new Map<string, Record<string, unknown>>();
  let keys: Record<string, unknown>[] = [
    ...new Map(reads.flatMap((read) => (read ? [[id(read.key), read.key] as const] : []))).values(),
  ];
  while (keys.length > 0) {
    const { Responses, UnprocessedKeys } = await dynamo().send(
      new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: keys, ConsistentRead: true } } }),
    );
    for (const item of Responses?.[tableName()] ?? []) found.set(id(item), item);
    keys = (UnprocessedKeys?.[tableName()]?.Keys as Record<string, unknown>[] | undefined) ?? [];
  }
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
