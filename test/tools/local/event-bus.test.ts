import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLocalEventBus } from '../../../tools/local/event-bus';

const dir = mkdtempSync(join(tmpdir(), 'event-bus-'));
const file = join(dir, 'events.jsonl');

async function put(endpoint: string, entries: { type: string; detail: unknown }[]) {
  const client = new EventBridgeClient({
    endpoint,
    region: 'ap-southeast-3',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    return await client.send(
      new PutEventsCommand({
        Entries: entries.map((e) => ({
          Source: 'id.go.bkn.sertifikasi',
          DetailType: e.type,
          Detail: JSON.stringify(e.detail),
        })),
      }),
    );
  } finally {
    client.destroy();
  }
}

describe('the local event bus (EventBridge with a subscriber that drops repeated event ids)', () => {
  beforeAll(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterAll(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps each event id once, accepts and drops a repeat (kept aside, logged), and remembers the ids of its file after a restart', async () => {
    // Prepare
    const first = await startLocalEventBus({ file });

    // Act
    const answer = await put(first.endpoint, [
      { type: 'CertificateIssued', detail: { eventId: 'N#0' } },
      { type: 'CertificateIssued', detail: { eventId: 'N#0' } },
      { type: 'CertificateRevoked', detail: { eventId: 'N#1' } },
    ]);
    await first.stop();
    const second = await startLocalEventBus({ file });
    await put(second.endpoint, [
      { type: 'CertificateRevoked', detail: { eventId: 'N#1' } },
      { type: 'CertificateReinstated', detail: { eventId: 'N#2' } },
    ]);
    await second.stop();

    // Assess
    expect(answer.FailedEntryCount).toBe(0);
    const ids = (events: readonly { detail: unknown }[]) =>
      events.map((e) => (e.detail as { eventId: string }).eventId);
    expect(ids(first.events())).toStrictEqual(['N#0', 'N#1']);
    expect(ids(first.repeats())).toStrictEqual(['N#0']);
    expect(ids(second.events())).toStrictEqual(['N#2']);
    expect(ids(second.repeats())).toStrictEqual(['N#1']);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).detail.eventId)).toStrictEqual(['N#0', 'N#1', 'N#2']);
    expect(console.warn).toHaveBeenCalledWith(
      '[local event bus] dropped a repeat of event N#0 (CertificateIssued)',
    );
  });

  it('delivers the events a rule matches (source and detail type) to its subscriber; a failed delivery fails the entry, for the publisher to publish again', async () => {
    // Prepare
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bus = await startLocalEventBus();
    const delivered: string[] = [];
    let failNext = true;
    bus.subscribe({ source: 'id.go.bkn.sertifikasi', detailTypes: ['CertificateIssued'] }, async (event) => {
      if (failNext) {
        failNext = false;
        throw new Error('queue unavailable');
      }
      delivered.push(`${event['detail-type']} ${(event.detail as { eventId: string }).eventId}`);
    });

    // Act
    const refused = await put(bus.endpoint, [{ type: 'CertificateIssued', detail: { eventId: 'M#0' } }]);
    const accepted = await put(bus.endpoint, [
      { type: 'CertificateIssued', detail: { eventId: 'M#0' } },
      { type: 'CertificateRevoked', detail: { eventId: 'M#1' } },
    ]);
    await bus.stop();

    // Assess
    expect([refused.FailedEntryCount, accepted.FailedEntryCount]).toEqual([1, 0]);
    expect(delivered).toEqual(['CertificateIssued M#0']);
    expect(bus.events().map((e) => e.detail)).toEqual([{ eventId: 'M#0' }, { eventId: 'M#1' }]);
  });
});
