import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import type { StreamModel, WorkerFunctionName } from '../../infra/resource-model';
import { lambdaContext } from './lambda-context';

export type StreamHandlerFn = (
  event: DynamoDBStreamEvent,
  context: ReturnType<typeof lambdaContext>,
) => Promise<DynamoDBBatchResponse | void>;

export interface StreamPollerOptions {
  client: DynamoDBClient;
  /** DynamoDB Local's endpoint, which also serves the Streams API. */
  endpoint: string;
  table: string;
  model: StreamModel;
  worker: WorkerFunctionName;
  handler: StreamHandlerFn;
  /** Pause when the stream has nothing new. */
  idleMs?: number;
  /** Pause before a failed batch is handed over again. */
  retryDelayMs?: number;
  /** While this answers true the stream is not read: DynamoDB Local is down (being restarted). */
  paused?: () => boolean;
}

/** How often the list of shards is read again (a new shard opens when one closes, or after hours). */
const DESCRIBE_EVERY_MS = 5_000;

interface Shard {
  ShardId: string;
  ParentShardId?: string;
}

/**
 * One call of the DynamoDB Streams API (JSON 1.0 protocol). The project carries no Streams client, and DynamoDB
 * Local accepts any credentials, so a plain request does.
 */
async function streams<T>(endpoint: string, operation: string, input: unknown): Promise<T> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': `DynamoDBStreams_20120810.${operation}`,
      authorization:
        'AWS4-HMAC-SHA256 Credential=local/20000101/ap-southeast-3/dynamodb/aws4_request, SignedHeaders=host, Signature=local',
    },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as T & { __type?: string; message?: string };
  if (!response.ok) throw Object.assign(new Error(`${operation}: ${body.message}`), { code: body.__type });
  return body;
}

/**
 * Whether `value` matches a Lambda event filter pattern, for the forms the resource model uses: objects of
 * fields, arrays of allowed values, and `{ prefix }`.
 */
export function matchesFilter(pattern: unknown, value: unknown): boolean {
  if (Array.isArray(pattern)) {
    return pattern.some((allowed) =>
      typeof allowed === 'object' && allowed !== null && 'prefix' in allowed
        ? typeof value === 'string' && value.startsWith(String((allowed as { prefix: unknown }).prefix))
        : value === allowed,
    );
  }
  if (typeof pattern === 'object' && pattern !== null) {
    return Object.entries(pattern).every(
      ([field, sub]) =>
        typeof value === 'object' &&
        value !== null &&
        matchesFilter(sub, (value as Record<string, unknown>)[field]),
    );
  }
  return value === pattern;
}

/**
 * Reads a table's stream from DynamoDB Local and hands the matching records to their consumer as Lambda's
 * DynamoDB event source mapping does: from the start of the stream (TRIM_HORIZON), parent shards before their
 * children, at most `batchSize` records per invocation, in order. A batch that throws, or the part of it from
 * the first record the consumer reports failed, is handed over again up to `retryAttempts` times, then
 * given up (logged here, as the on-failure destination would keep it). Positions live in memory: a restarted
 * stack reads its stream again from the start, and the consumer skips what it has done.
 */
export function startStreamPoller(options: StreamPollerOptions): { stop(): Promise<void> } {
  const { endpoint, model } = options;
  const idleMs = options.idleMs ?? 200;
  const retryDelayMs = options.retryDelayMs ?? 1000;
  let running = true;
  const closed = new Set<string>();
  const iterators = new Map<string, string>();
  let shards: Shard[] | undefined;
  let describedAt = 0;
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function deliver(streamArn: string, records: DynamoDBRecord[]): Promise<void> {
    let pending = records;
    for (let attempt = 0; running && pending.length > 0; attempt++) {
      let failedFrom: number;
      try {
        const response = await options.handler(
          { Records: pending.map((r) => ({ ...r, eventSourceARN: streamArn })) },
          lambdaContext(options.worker),
        );
        const failed = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
        failedFrom = pending.findIndex((r) => failed.has(r.dynamodb?.SequenceNumber ?? ''));
      } catch (error) {
        console.error(`[local stream ${options.worker}] batch failed: ${(error as Error).message}`);
        failedFrom = 0;
      }
      if (failedFrom < 0) return;
      pending = pending.slice(failedFrom);
      if (attempt >= model.retryAttempts) {
        console.error(
          `[local stream ${options.worker}] gave up ${pending.length} records from ${pending[0]!.dynamodb?.SequenceNumber}`,
        );
        return;
      }
      await pause(retryDelayMs);
    }
  }

  async function readShard(streamArn: string, shard: Shard): Promise<number> {
    let iterator = iterators.get(shard.ShardId);
    if (!iterator) {
      ({ ShardIterator: iterator } = await streams<{ ShardIterator: string }>(endpoint, 'GetShardIterator', {
        StreamArn: streamArn,
        ShardId: shard.ShardId,
        ShardIteratorType: 'TRIM_HORIZON',
      }));
    }
    const { Records = [], NextShardIterator } = await streams<{
      Records?: DynamoDBRecord[];
      NextShardIterator?: string;
    }>(endpoint, 'GetRecords', { ShardIterator: iterator, Limit: 1000 });
    const matching = Records.filter((record) => matchesFilter(model.filter, record));
    for (let i = 0; i < matching.length; i += model.batchSize) {
      await deliver(streamArn, matching.slice(i, i + model.batchSize));
    }
    if (NextShardIterator) iterators.set(shard.ShardId, NextShardIterator);
    else {
      iterators.delete(shard.ShardId);
      closed.add(shard.ShardId);
      // Its children are in the stream's description from now on.
      shards = undefined;
    }
    return Records.length;
  }

  async function loop() {
    const { Table } = await options.client.send(new DescribeTableCommand({ TableName: options.table }));
    const streamArn = Table?.LatestStreamArn;
    if (!streamArn) throw new Error(`Table ${options.table} has no stream`);
    while (running) {
      if (options.paused?.()) {
        await pause(idleMs);
        continue;
      }
      try {
        if (!shards || Date.now() - describedAt > DESCRIBE_EVERY_MS) {
          const { StreamDescription } = await streams<{ StreamDescription: { Shards: Shard[] } }>(
            endpoint,
            'DescribeStream',
            { StreamArn: streamArn },
          );
          shards = StreamDescription.Shards;
          describedAt = Date.now();
        }
        const known = new Set(shards.map((s) => s.ShardId));
        // A child shard is read once its parent is finished (or gone from the stream).
        const readable = shards.filter(
          (s) =>
            !closed.has(s.ShardId) &&
            (!s.ParentShardId || closed.has(s.ParentShardId) || !known.has(s.ParentShardId)),
        );
        let read = 0;
        for (const shard of readable) read += await readShard(streamArn, shard);
        if (read === 0) await pause(idleMs);
      } catch (error) {
        if (!running) return;
        const code = (error as { code?: string }).code ?? '';
        // An iterator past its life, or behind the trimmed data: start the shard again from what is kept.
        if (/ExpiredIterator|TrimmedDataAccess/.test(code)) iterators.clear();
        else console.error(`[local stream ${options.worker}]`, error);
        await pause(500);
      }
    }
  }

  const done = loop().catch((error) => console.error(`[local stream ${options.worker}]`, error));
  return {
    async stop() {
      running = false;
      await done;
    },
  };
}
