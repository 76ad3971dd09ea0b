import {
  ConditionalCheckFailedException,
  ThrottlingException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';

/*
 * What DynamoDB answers when a write is refused, as the repository tests make the mocked client answer: a failed
 * condition of a single write, a cancelled transaction with its reason per item, a throttle.
 */

export const conditionFailed = () =>
  new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });

/** A cancelled transaction, with one reason code per item in order ('None', 'ConditionalCheckFailed', …). */
export const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

/** A transaction of `length` items refused on the items at `failed` (ConditionalCheckFailed; the others None). */
export const cancelledAt = (length: number, ...failed: number[]) =>
  cancelled(...Array.from({ length }, (_, i) => (failed.includes(i) ? 'ConditionalCheckFailed' : 'None')));

export const throttled = () => new ThrottlingException({ message: 'Rate exceeded', $metadata: {} });
