import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';

/** One event as EventBridge would deliver it to a rule's target. */
export interface PublishedEvent {
  id: string;
  source: string;
  'detail-type': string;
  time: string;
  detail: unknown;
  eventBusName: string;
}

export interface LocalEventBus {
  endpoint: string;
  /** Everything published since the bus started, oldest first, each event id once. */
  events(): readonly PublishedEvent[];
  /** Publications of an event id the bus had already received, dropped, oldest first. */
  repeats(): readonly PublishedEvent[];
  /**
   * A rule, as EventBridge's (infra/resource-model.ts EVENT_RULES): every event later published with this source
   * and one of these detail types is handed to `deliver` (e.g. sent to a queue) before PutEvents answers. A
   * failed delivery fails the entry, so the publisher publishes it again, where EventBridge would retry itself.
   */
  subscribe(rule: { source: string; detailTypes: readonly string[] }, deliver: Delivery): void;
  stop(): Promise<void>;
}

/** The stable id an integration event carries in its detail (events/messages/certificate-events.ts). */
const eventIdOf = (detail: unknown): string | undefined => {
  const id = (detail as { eventId?: unknown } | null)?.eventId;
  return typeof id === 'string' ? id : undefined;
};

/** The event ids already in the bus's file, so a restarted stack still drops a repeat of an earlier event. */
function idsInFile(file: string | undefined): Set<string> {
  if (!file || !existsSync(file)) return new Set();
  const ids = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => eventIdOf((JSON.parse(line) as PublishedEvent).detail));
  return new Set(ids.filter((id) => id !== undefined));
}

export type Delivery = (event: PublishedEvent) => Promise<void>;

interface PutEventsEntry {
  Source?: string;
  DetailType?: string;
  Detail?: string;
  EventBusName?: string;
  Time?: number | string;
}

/**
 * A stand-in for EventBridge's PutEvents (the only call the functions make), so `npm start` runs without an
 * AWS account: events are kept in memory for tests and, with a file, appended as JSON lines for operators to
 * follow (`tail -f .local/events.jsonl`). Entries missing a source, detail type or JSON detail are refused
 * per entry, as EventBridge does. EventBridge itself would deliver a repeated publication again; this bus
 * stands for it together with a subscriber that keeps the ids it has seen (as ours must): an entry whose
 * `detail.eventId` it already holds is accepted and dropped, kept aside in `repeats()` and logged.
 */
export async function startLocalEventBus(options: { file?: string } = {}): Promise<LocalEventBus> {
  const published: PublishedEvent[] = [];
  const repeated: PublishedEvent[] = [];
  if (options.file) mkdirSync(dirname(options.file), { recursive: true });
  const seen = idsInFile(options.file);
  const rules: { source: string; detailTypes: readonly string[]; deliver: Delivery }[] = [];
  const deliver = (event: PublishedEvent) =>
    Promise.all(
      rules
        .filter((r) => r.source === event.source && r.detailTypes.includes(event['detail-type']))
        .map((r) => r.deliver(event)),
    );
  let counter = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const target = request.headers['x-amz-target'];
      if (target !== 'AWSEvents.PutEvents') {
        response.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
        response.end(JSON.stringify({ __type: 'UnknownOperationException', message: String(target) }));
        return;
      }
      const { Entries = [] } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        Entries?: PutEventsEntry[];
      };
      const accept = async (entry: PutEventsEntry) => {
        let detail: unknown;
        try {
          detail = JSON.parse(entry.Detail ?? '');
        } catch {
          return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is not valid JSON' };
        }
        if (!entry.Source || !entry.DetailType)
          return { ErrorCode: 'InvalidArgument', ErrorMessage: 'Source and DetailType are required' };
        const event: PublishedEvent = {
          id: `local-${Date.now()}-${++counter}`,
          source: entry.Source,
          'detail-type': entry.DetailType,
          time: new Date(entry.Time ? Number(entry.Time) * 1000 : Date.now()).toISOString(),
          detail,
          eventBusName: entry.EventBusName ?? 'default',
        };
        const eventId = eventIdOf(detail);
        if (eventId !== undefined && seen.has(eventId)) {
          repeated.push(event);
          console.warn(`[local event bus] dropped a repeat of event ${eventId} (${event['detail-type']})`);
          return { EventId: event.id };
        }
        try {
          await deliver(event);
        } catch (error) {
          console.error(`[local event bus] delivery of ${event['detail-type']} failed`, error);
          return { ErrorCode: 'InternalFailure', ErrorMessage: 'A rule could not deliver the event' };
        }
        if (eventId !== undefined) seen.add(eventId);
        published.push(event);
        if (options.file) appendFileSync(options.file, `${JSON.stringify(event)}\n`);
        return { EventId: event.id };
      };
      const results = [];
      // In order, as one publisher's entries: a rule's queue gets them in the order they were put.
      for (const entry of Entries) results.push(await accept(entry));
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      response.end(
        JSON.stringify({
          FailedEntryCount: results.filter((r) => 'ErrorCode' in r).length,
          Entries: results,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    events: () => published,
    repeats: () => repeated,
    subscribe: (rule, delivery) => rules.push({ ...rule, deliver: delivery }),
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
