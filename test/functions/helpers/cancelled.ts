import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** A transaction DynamoDB refused, with one cancellation reason per item, in order. */
export const cancelledWith = (...codes: string[]) =>
  new TransactionCanceledException({
    message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${codes.join(', ')}]`,
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

/** A transaction of `length` items refused on the items at `failed` (ConditionalCheckFailed; the others None). */
export const cancelledAt = (length: number, ...failed: number[]) =>
  cancelledWith(
    ...Array.from({ length }, (_, i) => (failed.includes(i) ? 'ConditionalCheckFailed' : 'None')),
  );
