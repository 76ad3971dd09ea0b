import {
  markOutboxSent,
  readOutbox,
  type StoredOutboxEvent,
} from '../../adapters/dynamodb/outbox-repository';
import { publishEvent } from '../../adapters/eventbridge/bus';
import { logger } from '../../runtime/logger';

export type RelayOutcome = 'PUBLISHED' | 'ALREADY_SENT';

/**
 * Puts one outbox entry on the event bus, then marks it sent. An entry already marked is not published again
 * (a replayed stream record, the sweep meeting one the stream relayed). When the publication succeeds and the
 * mark fails, the caller's retry publishes it once more with the same event id, which subscribers drop: the
 * guarantee is at least once, each time with the id of the change. `known`: the entry as this invocation has
 * just read it (the stream relay reads its batch at once); otherwise it is read here.
 */
export async function relayEvent(
  eventId: string,
  known?: { entry: StoredOutboxEvent | undefined },
): Promise<RelayOutcome> {
  const entry = known ? known.entry : (await readOutbox([eventId]))[0];
  // An entry the table no longer holds expired after it was sent.
  if (!entry || entry.sentAt) return 'ALREADY_SENT';
  await publishEvent(entry.detailType, entry.detail, new Date(entry.occurredAt));
  await markOutboxSent(eventId);
  logger.info('event published', { eventId, detailType: entry.detailType });
  return 'PUBLISHED';
}
