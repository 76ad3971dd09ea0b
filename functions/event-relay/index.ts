import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { logger, withLogKeys } from '../../runtime/logger';
import { relayEvent } from './relay';
import { eventIdOfKey } from '../../adapters/dynamodb/keys';

const processor = new BatchProcessor(EventType.DynamoDBStreams);

/** The outbox entry a stream record inserted (the event source's filter lets no other record through). */
async function relayRecord(record: DynamoDBRecord): Promise<void> {
  const eventId = eventIdOfKey(record.dynamodb?.Keys?.pk?.S);
  if (!eventId) return;
  await withLogKeys({ eventId }, async () => {
    try {
      await relayEvent(eventId);
    } catch (error) {
      logger.error('event not published: the stream retries it, the sweep catches it later', {
        error: error as Error,
      });
      throw error;
    }
  });
}

/**
 * The relay of the outbox: invoked with the table's stream records of new outbox entries (insertions only, by
 * the event source's filter), it publishes each on the event bus and marks it sent, one after another in
 * stream order. A failed record is reported so the stream retries from it (then the on-failure queue); the
 * entry stays pending, and functions/event-relay/sweep.ts publishes what the stream gave up on.
 */
export const handler = middy(async (event: DynamoDBStreamEvent, context: Context) =>
  processPartialResponse(event, relayRecord, processor, { context, processInParallel: false }),
).use(injectLambdaContext(logger, { resetKeys: true }));
