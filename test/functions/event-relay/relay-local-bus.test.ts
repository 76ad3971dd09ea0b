import '../helpers/env';
import { BatchGetCommand, DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/event-relay/index';
import { startLocalEventBus, type LocalEventBus } from '../../../tools/local/event-bus';
import { lambdaContext } from '../helpers/context';
import { TABLE_NAME } from '../helpers/env';
import { streamEvent, streamRecord } from '../helpers/stream-event';
import { anEntry, NUMBER } from './fixtures';
import { outboxKey } from '../../../adapters/dynamodb/keys';

/*
 * The relay against the real local event bus (its PutEvents goes over HTTP), with DynamoDB mocked so the mark
 * can fail: what a subscriber that keeps the ids it has seen receives.
 */
const ddb = mockClient(DynamoDBDocumentClient);

describe('event relay and the local event bus', () => {
  let bus: LocalEventBus;

  beforeAll(async () => {
    bus = await startLocalEventBus();
    process.env.AWS_ENDPOINT_URL_EVENTBRIDGE = bus.endpoint;
    process.env.EVENT_BUS_NAME = 'sertifikasi-events-test';
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  afterAll(async () => {
    delete process.env.AWS_ENDPOINT_URL_EVENTBRIDGE;
    vi.restoreAllMocks();
    await bus.stop();
  });

  it('a crash after publishing but before marking sent, then the retry: at most one event per id on the bus, the repeat dropped', async () => {
    // Prepare: the entry stays unsent because its mark fails once, as if the relay died after PutEvents.
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [anEntry(0)] } });
    ddb.on(UpdateCommand).rejectsOnce(new Error('relay died before marking sent')).resolves({});
    const record = streamRecord(outboxKey(`${NUMBER}#0`), '100');

    // Act
    await expect(handler(streamEvent(record), lambdaContext('event-relay'))).rejects.toThrow(
      /All records failed/,
    );
    const retried = await handler(streamEvent(record), lambdaContext('event-relay'));

    // Assess
    expect(retried).toStrictEqual({ batchItemFailures: [] });
    const ids = bus.events().map((e) => (e.detail as { eventId: string }).eventId);
    expect(ids).toStrictEqual([`${NUMBER}#0`]);
    expect(bus.repeats().map((e) => (e.detail as { eventId: string }).eventId)).toStrictEqual([
      `${NUMBER}#0`,
    ]);
    expect(bus.events()[0]).toMatchObject({
      source: 'id.go.bkn.sertifikasi',
      'detail-type': 'CertificateIssued',
      time: '2027-08-20T03:00:04.000Z',
    });
  });
});
