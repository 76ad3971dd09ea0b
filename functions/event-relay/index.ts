import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { logger, withLogKeys } from '../../runtime/logger';
import { relayEvent } from './relay';
import { readOutbox, type StoredOutboxEvent } from '../../adapters/dynamodb/outbox-repository';
import { eventIdOfKey } from '../../adapters/dynamodb/keys';

const processor = new BatchProcessor(EventType.DynamoDBStreams);

/** The outbox entry a stream record inserted (the event source's filter lets no other record through). */
const eventIdOf = (record: DynamoDBRecord) => eventIdOfKey(record.dynamodb?.Keys?.pk?.S);

/** BatchGetItem's limit of keys per call (the event source's batch is smaller). */
const BATCH = 100;

/**
 * The entries of a batch's records, read at once (E3): one BatchGetItem instead of one per record. A failed
 * read fails every record that awaits it, as its own read would have.
 */
function readEntries(eventIds: string[]): Promise<Map<string, StoredOutboxEvent | undefined>> {
  const reads = [];
  for (let i = 0; i < eventIds.length; i += BATCH) reads.push(readOutbox(eventIds.slice(i, i + BATCH)));
  const read = Promise.all(reads).then(
    (parts) => new Map(parts.flat().map((entry, i) => [eventIds[i]!, entry])),
  );
  read.catch(() => undefined); // awaited by each record, which fails with it
  return read;
}

async function relayRecord(
  record: DynamoDBRecord,
  entries: Promise<Map<string, StoredOutboxEvent | undefined>>,
): Promise<void> {
  const eventId = eventIdOf(record);
  if (!eventId) return;
  await withLogKeys({ eventId }, async () => {
    try {
      const read = await entries;
      // Each read serves one record: a second record of the same entry reads it again, as it did before.
      const known = read.has(eventId) ? { entry: read.get(eventId) } : undefined;
      read.delete(eventId);
      await relayEvent(eventId, known);
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
 * the event source's filter), it reads their entries at once, publishes each on the event bus and marks it
 * sent, one after another in stream order. A failed record is reported so the stream retries from it (then the
 * on-failure queue); the entry stays pending, and functions/event-relay/sweep.ts publishes what the stream gave
 * up on.
 */
export const handler = middy(async (event: DynamoDBStreamEvent, context: Context) => {
  const eventIds = [...new Set(event.Records.flatMap((record) => eventIdOf(record) ?? []))];
  const entries = eventIds.length
    ? readEntries(eventIds)
    : Promise.resolve(new Map<string, StoredOutboxEvent | undefined>());
  return processPartialResponse(event, (record: DynamoDBRecord) => relayRecord(record, entries), processor, {
    context,
    processInParallel: false,
  });
}).use(injectLambdaContext(logger, { resetKeys: true }));
