import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
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
