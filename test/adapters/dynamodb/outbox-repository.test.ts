import '../../functions/helpers/env';
import { ConditionalCheckFailedException, ThrottlingException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventIdOfKey, outboxKey } from '../../../adapters/dynamodb/keys';
import {
  markOutboxSent,
  outboxPut,
  pendingOutbox,
  readOutbox,
  type OutboxEvent,
} from '../../../adapters/dynamodb/outbox-repository';
import { OUTBOX_STREAM, TABLE } from '../../../infra/resource-model';
import { TABLE_NAME } from '../../functions/helpers/env';
import { anEntry, NUMBER, QUEUED_AT } from '../../functions/event-relay/fixtures';

const ddb = mockClient(DynamoDBDocumentClient);
const NOW = '2027-08-20T03:00:06.000Z';

/** The entry of anEntry(index) as the repository answers it: without its keys, index keys and entity. */
function asEvent(index: number) {
  const { pk: _pk, sk: _sk, entity: _entity, gsi2pk: _g2pk, gsi2sk: _g2sk, ...event } = anEntry(index);
  return event;
}

beforeEach(() => {
  ddb.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('outbox repository', () => {
  it("E1: an event's entry is a Put for the change's transaction, created once per id, pending under its queue time", () => {
    // Prepare
    const { detailType, detail, occurredAt } = anEntry(0) as unknown as OutboxEvent;

    // Act
    const item = outboxPut({ detailType, detail, occurredAt });

    // Assess
    expect(item).toStrictEqual({
      Put: {
        TableName: TABLE_NAME,
        Item: {
          pk: `OUTBOX#${NUMBER}#0`,
          sk: '#EVENT',
          entity: 'OutboxEvent',
          gsi2pk: 'OUTBOX#PENDING',
          gsi2sk: `${NOW}#${NUMBER}#0`,
          eventId: `${NUMBER}#0`,
          detailType,
          detail,
          occurredAt,
          queuedAt: NOW,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    });
  });

  it('E2: the relay gets the inserts of outbox entries from the keys-only stream, and a record key names its event', () => {
    // Act
    const ids = [outboxKey(`${NUMBER}#3`).pk, `CERTIFICATE#${NUMBER}`, undefined].map(eventIdOfKey);

    // Assess
    expect(TABLE.streamView).toBe('KEYS_ONLY');
    expect(OUTBOX_STREAM.filter).toStrictEqual({
      eventName: ['INSERT'],
      dynamodb: { Keys: { pk: { S: [{ prefix: 'OUTBOX#' }] } } },
    });
    expect(ids).toStrictEqual([`${NUMBER}#3`, undefined, undefined]);
  });

  it('E3: reads entries by id in one strongly consistent BatchGetItem, answered in order without storage attributes', async () => {
    // Prepare
    ddb.on(BatchGetCommand).resolves({
      Responses: { [TABLE_NAME]: [{ ...anEntry(1), sentAt: NOW, expiresAt: 1_818_640_806 }, anEntry(0)] },
    });

    // Act
    const entries = await readOutbox([`${NUMBER}#0`, `${NUMBER}#9`, `${NUMBER}#1`]);

    // Assess
    expect(ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [
              { pk: `OUTBOX#${NUMBER}#0`, sk: '#EVENT' },
              { pk: `OUTBOX#${NUMBER}#9`, sk: '#EVENT' },
              { pk: `OUTBOX#${NUMBER}#1`, sk: '#EVENT' },
            ],
            ConsistentRead: true,
          },
        },
      },
    ]);
    expect(entries).toStrictEqual([asEvent(0), undefined, { ...asEvent(1), sentAt: NOW }]);
  });

  it('E4: marks an entry sent if it still exists, out of the pending index, expiring 30 days later', async () => {
    // Prepare
    ddb.on(UpdateCommand).resolves({});

    // Act
    await markOutboxSent(`${NUMBER}#0`);

    // Assess
    expect(ddb.commandCalls(UpdateCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Key: { pk: `OUTBOX#${NUMBER}#0`, sk: '#EVENT' },
        ConditionExpression: 'attribute_exists(pk)',
        UpdateExpression: 'SET #sentAt = :sentAt, #expiresAt = :expiresAt REMOVE #gsi2pk, #gsi2sk',
        ExpressionAttributeNames: {
          '#sentAt': 'sentAt',
          '#expiresAt': 'expiresAt',
          '#gsi2pk': 'gsi2pk',
          '#gsi2sk': 'gsi2sk',
        },
        ExpressionAttributeValues: {
          ':sentAt': NOW,
          ':expiresAt': Date.parse(NOW) / 1000 + 30 * 86_400,
        },
      },
    ]);
  });

  it('marking an entry that is gone (expired after an earlier send) succeeds without writing it back', async () => {
    // Prepare
    ddb.on(UpdateCommand).rejects(new ConditionalCheckFailedException({ message: 'gone', $metadata: {} }));

    // Act
    const marking = markOutboxSent(`${NUMBER}#0`);

    // Assess
    await expect(marking).resolves.toBeUndefined();
  });

  it('marking an entry sent throws any other DynamoDB error, so the relay retries it', async () => {
    // Prepare
    const throttled = new ThrottlingException({ message: 'Rate exceeded', $metadata: {} });
    ddb.on(UpdateCommand).rejects(throttled);

    // Act
    const marking = markOutboxSent(`${NUMBER}#0`);

    // Assess
    await expect(marking).rejects.toBe(throttled);
  });

  it('E5: queries the pending index for entries queued before the wait ended, oldest first, at most `limit`', async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({ Items: [anEntry(0), anEntry(1)] });
    const before = new Date(Date.parse(QUEUED_AT) + 60_000);

    // Act
    const pending = await pendingOutbox(before, 100);

    // Assess
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi2',
        KeyConditionExpression: '#pk = :pk AND #sk < :before',
        ExpressionAttributeNames: { '#pk': 'gsi2pk', '#sk': 'gsi2sk' },
        ExpressionAttributeValues: { ':pk': 'OUTBOX#PENDING', ':before': before.toISOString() },
        Limit: 100,
      },
    ]);
    expect(pending).toStrictEqual([asEvent(0), asEvent(1)]);
  });
});
