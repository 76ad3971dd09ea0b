import '../helpers/env';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  QueryCommand,
  UpdateCommand,
  type BatchGetCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/event-relay/index';
import { handler as sweep, SWEEP_AFTER_MINUTES } from '../../../functions/event-relay/sweep';
import { lambdaContext } from '../helpers/context';
import { queriesOf } from '../helpers/queries';
import { writesOf } from '../helpers/writes';
import { TABLE_NAME } from '../helpers/env';
import { streamEvent, streamRecord } from '../helpers/stream-event';
import { anEntry, NUMBER } from './fixtures';
import { certificateKey, outboxKey } from '../../../adapters/dynamodb/keys';

const EVENT_BUS = 'sertifikasi-events-test';
process.env.EVENT_BUS_NAME = EVENT_BUS;

const ddb = mockClient(DynamoDBDocumentClient);
const bus = mockClient(EventBridgeClient);
const context = lambdaContext('event-relay');
const NOW = '2027-08-20T03:00:06.000Z';

/** The outbox as BatchGetItem reads it: these entries, by key. */
function serveOutbox(entries: Record<string, unknown>[]) {
  ddb.on(BatchGetCommand).callsFake((input: BatchGetCommandInput) => ({
    Responses: {
      [TABLE_NAME]: entries.filter((entry) =>
        input.RequestItems![TABLE_NAME]!.Keys!.some((k) => k.pk === entry.pk && k.sk === entry.sk),
      ),
    },
  }));
}

const published = () => bus.commandCalls(PutEventsCommand).map((c) => c.args[0].input.Entries![0]!);

beforeEach(() => {
  ddb.reset();
  bus.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
  ddb.on(UpdateCommand).resolves({});
  bus.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e-1' }] });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('event relay (stream of new outbox entries)', () => {
  it('publishes each new entry with its stable event id and its business time, then marks it sent', async () => {
    // Prepare
    serveOutbox([anEntry(0)]);

    // Act
    const result = await handler(streamEvent(streamRecord(outboxKey(`${NUMBER}#0`), '100')), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(bus.commandCalls(PutEventsCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        Entries: [
          {
            EventBusName: EVENT_BUS,
            Source: 'id.go.bkn.sertifikasi',
            DetailType: 'CertificateIssued',
            Detail: JSON.stringify(anEntry(0).detail),
            Time: new Date('2027-08-20T03:00:04.000Z'),
          },
        ],
      },
    ]);
    expect(JSON.parse(published()[0]!.Detail!).eventId).toBe(`${NUMBER}#0`);
    expect(writesOf(ddb)).toStrictEqual([
      { op: 'Update', pk: outboxKey(`${NUMBER}#0`).pk, sk: outboxKey(`${NUMBER}#0`).sk },
    ]);
  });

  it('does not publish again an entry already marked sent (a replayed stream record)', async () => {
    // Prepare
    serveOutbox([anEntry(0, { sentAt: NOW })]);

    // Act
    const result = await handler(streamEvent(streamRecord(outboxKey(`${NUMBER}#0`), '100')), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(bus.commandCalls(PutEventsCommand)).toHaveLength(0);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it("reads a batch's entries in one strongly consistent BatchGetItem (E3), then relays each in stream order", async () => {
    // Prepare
    serveOutbox([anEntry(0), anEntry(1, { sentAt: NOW }), anEntry(2)]);

    // Act
    const result = await handler(
      streamEvent(
        streamRecord(outboxKey(`${NUMBER}#0`), '100'),
        streamRecord(outboxKey(`${NUMBER}#1`), '101'),
        streamRecord(outboxKey(`${NUMBER}#2`), '102'),
      ),
      context,
    );

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [0, 1, 2].map((i) => outboxKey(`${NUMBER}#${i}`)),
            ConsistentRead: true,
          },
        },
      },
    ]);
    expect(published().map((entry) => JSON.parse(entry.Detail!).eventId)).toStrictEqual([
      `${NUMBER}#0`,
      `${NUMBER}#2`,
    ]);
    expect(ddb.commandCalls(UpdateCommand).map((c) => c.args[0].input.Key)).toStrictEqual([
      outboxKey(`${NUMBER}#0`),
      outboxKey(`${NUMBER}#2`),
    ]);
  });

  it('ignores a stream record that is not an outbox entry', async () => {
    // Act
    const result = await handler(streamEvent(streamRecord(certificateKey(NUMBER), '100')), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(BatchGetCommand)).toHaveLength(0);
    expect(bus.commandCalls(PutEventsCommand)).toHaveLength(0);
  });

  it('an event the bus refuses fails its record (the stream retries from it) and stays unsent; the others go on', async () => {
    // Prepare
    serveOutbox([anEntry(0), anEntry(1)]);
    bus
      .on(PutEventsCommand)
      .resolvesOnce({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'x' }] })
      .resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e-2' }] });

    // Act
    const result = await handler(
      streamEvent(
        streamRecord(outboxKey(`${NUMBER}#0`), '100'),
        streamRecord(outboxKey(`${NUMBER}#1`), '101'),
      ),
      context,
    );

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: '100' }] });
    expect(ddb.commandCalls(UpdateCommand).map((c) => c.args[0].input.Key)).toStrictEqual([
      outboxKey(`${NUMBER}#1`),
    ]);
  });

  it('a crash after publishing but before marking sent fails the record; its retry publishes the same event id again (never a new one)', async () => {
    // Prepare
    serveOutbox([anEntry(0)]);
    ddb.on(UpdateCommand).rejectsOnce(new Error('network lost')).resolves({});
    const record = streamRecord(outboxKey(`${NUMBER}#0`), '100');

    // Act
    await expect(handler(streamEvent(record), context)).rejects.toThrow(/All records failed/);
    await handler(streamEvent(record), context);

    // Assess
    const ids = published().map((entry) => JSON.parse(entry.Detail!).eventId);
    expect(ids).toStrictEqual([`${NUMBER}#0`, `${NUMBER}#0`]);
  });
});

describe('outbox sweep (scheduled)', () => {
  const pending = (items: Record<string, unknown>[]) =>
    ddb.on(QueryCommand, { IndexName: 'gsi2' }).resolves({ Items: items });

  it(`publishes the entries still unsent ${SWEEP_AFTER_MINUTES} minutes after they were written, and marks them sent`, async () => {
    // Prepare
    pending([anEntry(0)]);
    serveOutbox([anEntry(0)]);

    // Act
    const result = await sweep({}, context);

    // Assess
    expect(queriesOf(ddb)).toStrictEqual([
      {
        index: 'gsi2',
        pk: 'OUTBOX#PENDING',
        sk: new Date(Date.parse(NOW) - SWEEP_AFTER_MINUTES * 60_000).toISOString(),
        limit: 100,
      },
    ]);
    expect(result).toStrictEqual({ published: [`${NUMBER}#0`], failed: [] });
    expect(published()).toHaveLength(1);
    expect(writesOf(ddb)).toStrictEqual([
      { op: 'Update', pk: outboxKey(`${NUMBER}#0`).pk, sk: outboxKey(`${NUMBER}#0`).sk },
    ]);
  });

  it('an entry that fails again stays pending for the next run and does not stop the others', async () => {
    // Prepare
    pending([anEntry(0), anEntry(1)]);
    serveOutbox([anEntry(0), anEntry(1)]);
    bus
      .on(PutEventsCommand)
      .rejectsOnce(new Error('bus unavailable'))
      .resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e-2' }] });

    // Act
    const result = await sweep({}, context);

    // Assess
    expect(result).toStrictEqual({ published: [`${NUMBER}#1`], failed: [`${NUMBER}#0`] });
    expect(ddb.commandCalls(UpdateCommand).map((c) => c.args[0].input.Key)).toStrictEqual([
      outboxKey(`${NUMBER}#1`),
    ]);
  });
});
