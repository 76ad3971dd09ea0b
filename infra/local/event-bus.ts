import { appendFileSync, mkdirSync } from 'node:fs';
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
  /** Everything published since the bus started, oldest first. */
  events(): readonly PublishedEvent[];
  stop(): Promise<void>;
}

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
 * per entry, as EventBridge does.
 */
export async function startLocalEventBus(options: { file?: string } = {}): Promise<LocalEventBus> {
  const published: PublishedEvent[] = [];
  if (options.file) mkdirSync(dirname(options.file), { recursive: true });
  let counter = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const target = request.headers['x-amz-target'];
      if (target !== 'AWSEvents.PutEvents') {
        response.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
        response.end(JSON.stringify({ __type: 'UnknownOperationException', message: String(target) }));
        return;
      }
      const { Entries = [] } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        Entries?: PutEventsEntry[];
      };
      const results = Entries.map((entry) => {
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
        published.push(event);
        if (options.file) appendFileSync(options.file, `${JSON.stringify(event)}\n`);
        return { EventId: event.id };
      });
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
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
