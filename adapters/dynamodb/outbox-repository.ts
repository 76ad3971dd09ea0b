import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { IntegrationEventDetail, IntegrationEventType } from '../../events/messages/integration-events';
import { dynamo } from '../../runtime/clients';
import { systemTime } from '../../runtime/clock';
import {
  GSI2,
  isConditionalCheckFailure,
  readItems,
  tableName,
  type TransactItem,
  withoutKeys,
} from './table';
import { OUTBOX_PENDING, outboxKey } from './keys';

/*
 * The outbox of integration events. An event is written in the same transaction as the change it announces;
 * the relay (functions/event-relay) puts it on the bus and marks it sent. Key shapes:
 *  - an event:             pk OUTBOX#<eventId>, sk #EVENT (its insert is what the table's stream relays)
 *  - the ones not yet sent: gsi2 OUTBOX#PENDING / <queuedAt>#<eventId> (removed once sent)
 */

/** How long a sent event stays readable before DynamoDB's TTL removes it. */
const SENT_RETENTION_SECONDS = 30 * 86_400;

/** An integration event (certificate stage, scheme register); its id is `detail.eventId`, stable across every publication. */
export interface OutboxEvent {
  detailType: IntegrationEventType;
  detail: IntegrationEventDetail<IntegrationEventType>;
  /** Business time of the change: the event's time on the bus. */
  occurredAt: string;
}

export type StoredOutboxEvent = OutboxEvent & {
  eventId: string;
  /** System time of the write, which orders the pending ones for the sweep. */
  queuedAt: string;
  sentAt?: string;
};

/** The id an event is known by: the certificate (or subject) and the entry of its history it announces. */
export const eventIdOf = (subject: string, historyIndex: number) => `${subject}#${historyIndex}`;

/** The outbox entry of `event`, for the transaction of the change it announces; created once per id. */
export function outboxPut(event: OutboxEvent): TransactItem {
  const queuedAt = systemTime().toISOString();
  const eventId = event.detail.eventId;
  return {
    Put: {
      TableName: tableName(),
      Item: {
        ...outboxKey(eventId),
        entity: 'OutboxEvent',
        [GSI2.pk]: OUTBOX_PENDING,
        [GSI2.sk]: `${queuedAt}#${eventId}`,
        eventId,
        ...event,
        queuedAt,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

const asEvent = (item: Record<string, unknown>) => withoutKeys<StoredOutboxEvent>(item, ['expiresAt']);

/** The outbox entries of `eventIds` (at most 100), strongly consistent, in order; undefined when absent. */
export async function readOutbox(eventIds: readonly string[]): Promise<(StoredOutboxEvent | undefined)[]> {
  return readItems(...eventIds.map((id) => ({ key: outboxKey(id), from: asEvent })));
}

/** Marks an entry published: it leaves the pending index and expires after the retention period. */
export async function markOutboxSent(eventId: string): Promise<void> {
  const sentAt = systemTime();
  try {
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: outboxKey(eventId),
        ConditionExpression: 'attribute_exists(pk)',
        UpdateExpression: 'SET #sentAt = :sentAt, #expiresAt = :expiresAt REMOVE #gsi2pk, #gsi2sk',
        ExpressionAttributeNames: {
          '#sentAt': 'sentAt',
          '#expiresAt': 'expiresAt',
          '#gsi2pk': GSI2.pk,
          '#gsi2sk': GSI2.sk,
        },
        ExpressionAttributeValues: {
          ':sentAt': sentAt.toISOString(),
          ':expiresAt': Math.floor(sentAt.getTime() / 1000) + SENT_RETENTION_SECONDS,
        },
      }),
    );
  } catch (error) {
    // Gone already (expired after an earlier send): nothing left to mark.
    if (!isConditionalCheckFailure(error)) throw error;
  }
}

/** The entries not yet sent that were queued before `queuedBefore` (system time), oldest first. */
export async function pendingOutbox(queuedBefore: Date, limit: number): Promise<StoredOutboxEvent[]> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: GSI2.name,
      KeyConditionExpression: '#pk = :pk AND #sk < :before',
      ExpressionAttributeNames: { '#pk': GSI2.pk, '#sk': GSI2.sk },
      ExpressionAttributeValues: { ':pk': OUTBOX_PENDING, ':before': queuedBefore.toISOString() },
      Limit: limit,
    }),
  );
  return Items.map(asEvent);
}
