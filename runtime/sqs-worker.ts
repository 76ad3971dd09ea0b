import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { logger, withLogKeys } from './logger';
import { publishMetrics } from './metrics';

export type RecordHandler = (record: SQSRecord) => Promise<void>;

/**
 * The correlation id a message carries (every message of events/messages has one), or its message id when the
 * body cannot be read: a poison message's lines must still be traceable.
 */
export function correlationIdOf(record: SQSRecord): string {
  try {
    const { correlationId } = JSON.parse(record.body) as { correlationId?: unknown };
    if (typeof correlationId === 'string' && correlationId) return correlationId;
  } catch {
    // not JSON: fall through
  }
  return record.messageId;
}

/** The batch processor reports a failed record to SQS but logs nothing: say why before it is retried. */
async function handleLogged(handle: RecordHandler, record: SQSRecord): Promise<void> {
  try {
    await handle(record);
  } catch (error) {
    logger.error('message failed: it is retried, then moved to the DLQ', {
      receiveCount: Number(record.attributes.ApproximateReceiveCount),
      error: error as Error,
    });
    throw error;
  }
}

/**
 * The Lambda handler of a queue worker: partial batch failures (a failing record is retried alone, then goes
 * to the DLQ), every log line of a record tagged with its message's correlation id and message id, and the
 * invocation's metrics published. `forEachBatch` gives the record handler of one batch, given its records, so
 * records of a batch may share state (a listing read once, the items every record needs read at once).
 */
export function sqsWorker(
  forEachBatch: (records: readonly SQSRecord[]) => RecordHandler,
  options: { processInParallel?: boolean } = {},
) {
  const processor = new BatchProcessor(EventType.SQS);
  return middy(async (event: SQSEvent, context: Context) => {
    const handle = forEachBatch(event.Records);
    return processPartialResponse(
      event,
      (record: SQSRecord) =>
        withLogKeys({ correlationId: correlationIdOf(record), messageId: record.messageId }, () =>
          handleLogged(handle, record),
        ),
      processor,
      { context, ...options },
    );
  })
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(publishMetrics());
}
