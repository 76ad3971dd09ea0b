import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import type { InitializeHandlerArguments, MiddlewareStack } from '@smithy/types';
import type { FunctionName } from '../../infra/resource-model';

/*
 * What the local stack's functions ask of AWS, counted per function (issue 19: cost per participant measured, not
 * guessed). Every handler call runs in the function's context (AsyncLocalStorage) and every SDK call the shared
 * clients (runtime/clients.ts) make passes one middleware that counts it there. DynamoDB calls ask for their
 * consumed capacity (ReturnConsumedCapacity), which DynamoDB Local computes as DynamoDB does for single items
 * (4 KB read units, half for eventually consistent reads; 1 KB write units) but not doubled for transactions:
 * that doubling is applied here. Calls made outside any handler (the demo's own reads, the pollers) are not
 * counted: on AWS they are Lambda's event-source polling or not part of the system.
 */

export interface Usage {
  invocations: number;
  /** Wall milliseconds inside the handler, what Lambda bills as duration (before rounding to 1 ms). */
  handlerMs: number;
  /** SQS messages handed to this function by its queue (Lambda's event-source mapping polls for them). */
  messagesReceived: number;
  /** `refusedWrites`: writes refused by their condition, counted in `calls` and `writeUnits` too (see `Meter`). */
  dynamodb: { calls: number; readUnits: number; writeUnits: number; refusedWrites: number };
  sqs: { requests: number; messagesSent: number };
  /** S3 requests by price tier: PUT, COPY, POST, LIST (`write`) and GET and the rest (`read`). */
  s3: { write: number; read: number };
  kms: { sign: number; other: number };
  ses: { emails: number };
  /** Integration events put on the event bus (PutEvents entries). */
  events: { published: number };
}

/** Read and write units that landed on one partition key (`<index>:<value>` for an index's partition). */
export interface KeyLoad {
  readUnits: number;
  writeUnits: number;
}

export interface MeterReading {
  functions: Partial<Record<FunctionName, Usage>>;
  keys: Record<string, KeyLoad>;
}

export type MeteredService = 'dynamodb' | 'sqs' | 's3' | 'kms' | 'ses' | 'eventbridge';

/** Storage reads made as presigned HTTP requests, not through the S3 client (adapters/s3/presign.ts). */
type StorageHttp = Record<string, (...args: never[]) => Promise<unknown>>;

/** A function's usage before it is called. */
export const emptyUsage = (): Usage => ({
  invocations: 0,
  handlerMs: 0,
  messagesReceived: 0,
  dynamodb: { calls: 0, readUnits: 0, writeUnits: 0, refusedWrites: 0 },
  sqs: { requests: 0, messagesSent: 0 },
  s3: { write: 0, read: 0 },
  kms: { sign: 0, other: 0 },
  ses: { emails: 0 },
  events: { published: 0 },
});

const DYNAMODB_WRITES = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'BatchWriteItemCommand',
  'TransactWriteItemsCommand',
]);
const DYNAMODB_TRANSACTIONS = new Set(['TransactWriteItemsCommand', 'TransactGetItemsCommand']);
/** The errors of a write its condition refused: DynamoDB charges the write units all the same. */
const REFUSED_WRITES = new Set(['ConditionalCheckFailedException', 'TransactionCanceledException']);
const S3_WRITE_TIER = /^(Put|Copy|Create|Complete|Upload|List)/;

/** The command of an SDK call, whatever client sent it (lib-dynamodb's `PutCommand` runs `PutItemCommand`). */
const commandOf = (context: { commandName?: string }) => context.commandName ?? 'UnknownCommand';

type Item = Record<string, unknown>;

/** A key attribute's value as the document client or the raw client writes it (`{ S: '…' }`). */
function keyValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { S?: unknown }).S === 'string') {
    return (value as { S: string }).S;
  }
  return undefined;
}

/** One item a DynamoDB request loads: its partition key, and its weight in the request's consumed units. */
export interface PartitionLoad {
  key: string;
  weight: number;
}

/**
 * An item written whole weighs its size in kilobytes (DynamoDB charges a write unit per KB, twice in a
 * transaction), estimated from its JSON; any other item (an update, a delete, a condition check, a read) weighs
 * what `knownSize` last saw of it (the meter remembers the items it saw written or read), or 1; an update in a
 * transaction at least the kilobytes of the values it sets. A transaction's
 * units, which DynamoDB reports for the table only, are then shared by weight, so a counter updated beside a large
 * record takes about its own 2 units, not half the transaction.
 */
export const kilobytesOf = (item: unknown) =>
  Math.max(1, Math.ceil(Buffer.byteLength(JSON.stringify(item)) / 1024));

/** An item's full key (partition and sort key), in either client's form. */
export function itemKeyOf(item: unknown): string | undefined {
  const pk = keyValue((item as Item | undefined)?.pk);
  return pk === undefined ? undefined : `${pk}\u0000${keyValue((item as Item).sk) ?? ''}`;
}

/** The partition keys a DynamoDB request touches, one entry per item, each with its weight. */
export function partitionLoadsOf(
  command: string,
  input: Item,
  knownSize: (itemKey: string) => number | undefined = () => undefined,
): PartitionLoad[] {
  const pkOf = (item: unknown) => keyValue((item as Item | undefined)?.pk);
  const loadOf = (key: unknown, item?: unknown, values?: unknown): PartitionLoad[] => {
    const pk = pkOf(key) ?? pkOf(item);
    if (!pk) return [];
    const itemKey = itemKeyOf(key);
    // An update is charged by the item's size after it, at least what it sets (e.g. a letter added to a record).
    const weight =
      item !== undefined
        ? kilobytesOf(item)
        : Math.max(
            (itemKey ? knownSize(itemKey) : undefined) ?? 1,
            values === undefined ? 1 : kilobytesOf(values),
          );
    return [{ key: pk, weight }];
  };
  if (input.Key || input.Item) return loadOf(input.Key, input.Item);
  if (command === 'QueryCommand') {
    const expression = String(input.KeyConditionExpression ?? '');
    const names = (input.ExpressionAttributeNames ?? {}) as Record<string, string>;
    const values = (input.ExpressionAttributeValues ?? {}) as Item;
    for (const [, name, placeholder] of expression.matchAll(/([#\w]+)\s*=\s*(:\w+)/g)) {
      const attribute = names[name!] ?? name!;
      if (!/pk$/.test(attribute)) continue;
      const value = keyValue(values[placeholder!]);
      if (value !== undefined)
        return [{ key: input.IndexName ? `${String(input.IndexName)}:${value}` : value, weight: 1 }];
    }
    return [];
  }
  if (Array.isArray(input.TransactItems)) {
    return (input.TransactItems as Item[]).flatMap((entry) => {
      const action = Object.values(entry)[0] as Item | undefined;
      return loadOf(action?.Key, action?.Item, entry.Update ? action?.ExpressionAttributeValues : undefined);
    });
  }
  if (input.RequestItems && typeof input.RequestItems === 'object') {
    return Object.values(input.RequestItems as Record<string, unknown>).flatMap((requests) => {
      if (Array.isArray(requests)) {
        return (requests as Item[]).flatMap((request) =>
          loadOf(
            (request.DeleteRequest as Item | undefined)?.Key,
            (request.PutRequest as Item | undefined)?.Item,
          ),
        );
      }
      return (((requests as Item).Keys ?? []) as Item[]).flatMap((key) => loadOf(key));
    });
  }
  return [];
}

/** The capacity units a response reports, whether one entry or one per table. */
function unitsOf(consumed: unknown): number {
  const entries = Array.isArray(consumed) ? consumed : consumed ? [consumed] : [];
  return entries.reduce((sum: number, entry) => sum + Number((entry as Item).CapacityUnits ?? 0), 0);
}

export class Meter {
  readonly #current = new AsyncLocalStorage<FunctionName>();
  readonly #usage = new Map<FunctionName, Usage>();
  readonly #keys = new Map<string, KeyLoad>();
  /** Kilobytes of the items above 1 KB last seen written whole or read, by full key: an update's weight. */
  readonly #sizes = new Map<string, number>();

  #of(name: FunctionName): Usage {
    let usage = this.#usage.get(name);
    if (!usage) this.#usage.set(name, (usage = emptyUsage()));
    return usage;
  }

  /** A handler that counts its invocations, its milliseconds and the SDK calls made while it runs. */
  wrap<E, C, R>(name: FunctionName, handler: (event: E, context: C) => Promise<R>) {
    return async (event: E, context: C): Promise<R> => {
      const usage = this.#of(name);
      usage.invocations += 1;
      const records = (event as { Records?: { eventSource?: string }[] } | undefined)?.Records;
      if (Array.isArray(records)) {
        usage.messagesReceived += records.filter((record) => record.eventSource === 'aws:sqs').length;
      }
      const started = performance.now();
      try {
        return await this.#current.run(name, () => handler(event, context));
      } finally {
        usage.handlerMs += performance.now() - started;
      }
    };
  }

  /** Counts every call `client` makes inside a metered handler; DynamoDB calls also report their capacity. */
  instrument<I extends object, O extends object>(
    client: { middlewareStack: MiddlewareStack<I, O> },
    service: MeteredService,
  ): void {
    client.middlewareStack.add(
      (next, context) => async (args: InitializeHandlerArguments<I>) => {
        const name = this.#current.getStore();
        if (!name) return next(args);
        const command = commandOf(context);
        const usage = this.#of(name);
        const input = args.input as Item;
        if (service !== 'dynamodb') {
          this.#count(usage, service, command, input);
          return next(args);
        }
        let result: Awaited<ReturnType<typeof next>>;
        try {
          result = await next({ ...args, input: { ...input, ReturnConsumedCapacity: 'TOTAL' } as I });
        } catch (error) {
          if (DYNAMODB_WRITES.has(command) && REFUSED_WRITES.has((error as Error).name)) {
            this.#countRefusedWrite(usage, command, input);
          }
          throw error;
        }
        this.#countDynamoDb(usage, command, input, unitsOf((result.output as Item).ConsumedCapacity));
        this.#remember(command, input, result.output as Item);
        return result;
      },
      { step: 'initialize', name: 'localMeter', override: true },
    );
  }

  /** Counts the presigned HEAD and GET requests a metered handler makes to storage, as S3 read-tier requests. */
  instrumentStorage(http: StorageHttp): void {
    for (const [method, call] of Object.entries(http)) {
      const unwrapped = (call as { unmetered?: typeof call }).unmetered ?? call;
      const metered = (...args: never[]) => {
        const name = this.#current.getStore();
        if (name) this.#of(name).s3.read += 1;
        return unwrapped(...args);
      };
      http[method] = Object.assign(metered, { unmetered: unwrapped });
    }
  }

  #count(usage: Usage, service: Exclude<MeteredService, 'dynamodb'>, command: string, input: Item): void {
    switch (service) {
      case 'sqs':
        usage.sqs.requests += 1;
        if (command === 'SendMessageCommand') usage.sqs.messagesSent += 1;
        if (command === 'SendMessageBatchCommand') {
          usage.sqs.messagesSent += (input.Entries as unknown[] | undefined)?.length ?? 0;
        }
        return;
      case 's3':
        usage.s3[S3_WRITE_TIER.test(command) ? 'write' : 'read'] += 1;
        return;
      case 'kms':
        usage.kms[command === 'SignCommand' ? 'sign' : 'other'] += 1;
        return;
      case 'ses':
        if (command === 'SendEmailCommand') usage.ses.emails += 1;
        return;
      case 'eventbridge':
        usage.events.published += (input.Entries as unknown[] | undefined)?.length ?? 0;
        return;
    }
  }

  #countDynamoDb(usage: Usage, command: string, input: Item, reported: number): void {
    // DynamoDB charges two units per item unit in a transaction; DynamoDB Local reports one.
    const units = DYNAMODB_TRANSACTIONS.has(command) ? reported * 2 : reported;
    const write = DYNAMODB_WRITES.has(command);
    usage.dynamodb.calls += 1;
    usage.dynamodb[write ? 'writeUnits' : 'readUnits'] += units;
    const loads = partitionLoadsOf(command, input, (key) => this.#sizes.get(key));
    const total = loads.reduce((sum, { weight }) => sum + weight, 0);
    for (const { key, weight } of loads) {
      let load = this.#keys.get(key);
      if (!load) this.#keys.set(key, (load = { readUnits: 0, writeUnits: 0 }));
      load[write ? 'writeUnits' : 'readUnits'] += (units * weight) / total;
    }
  }

  /**
   * A write its condition refused answers with an error and no consumed capacity, but DynamoDB charges it: a
   * single write by the item's size (at least 1 unit), a cancelled transaction (an upper estimate) as if it had
   * written every item. The sizes are the meter's own estimate (`partitionLoadsOf`), not DynamoDB's figure.
   */
  #countRefusedWrite(usage: Usage, command: string, input: Item): void {
    const loads = partitionLoadsOf(command, input, (key) => this.#sizes.get(key));
    const units = Math.max(
      1,
      loads.reduce((sum, { weight }) => sum + weight, 0),
    );
    usage.dynamodb.refusedWrites += 1;
    this.#countDynamoDb(usage, command, input, units);
  }

  /** Notes the size of every item a request wrote whole or a response returned. */
  #remember(command: string, input: Item, output: Item): void {
    const note = (item: unknown) => {
      const key = itemKeyOf(item);
      if (!key) return;
      const kilobytes = kilobytesOf(item);
      if (kilobytes > 1) this.#sizes.set(key, kilobytes);
      else this.#sizes.delete(key);
    };
    if (input.Item) note(input.Item);
    if (Array.isArray(input.TransactItems)) {
      for (const entry of input.TransactItems as Item[]) note((entry.Put as Item | undefined)?.Item);
    }
    if (output.Item) note(output.Item);
    for (const item of (output.Items as unknown[] | undefined) ?? []) note(item);
    for (const items of Object.values((output.Responses as Record<string, unknown[]> | undefined) ?? {})) {
      // BatchGetItem answers per table; TransactGetItems one `{ Item }` per key.
      for (const entry of Array.isArray(items) ? items : [items]) note((entry as Item)?.Item ?? entry);
    }
    if (command === 'DeleteItemCommand' && input.Key) this.#sizes.delete(itemKeyOf(input.Key) ?? '');
  }

  /** A copy of everything counted so far. */
  reading(): MeterReading {
    return {
      functions: Object.fromEntries([...this.#usage].map(([name, usage]) => [name, structuredClone(usage)])),
      keys: Object.fromEntries([...this.#keys].map(([key, load]) => [key, { ...load }])),
    };
  }
}

const subtract = (after: Usage, before: Usage | undefined): Usage => {
  if (!before) return structuredClone(after);
  const minus = <T extends Record<string, number>>(a: T, b: T) =>
    Object.fromEntries(Object.entries(a).map(([key, value]) => [key, value - b[key]!])) as T;
  return {
    invocations: after.invocations - before.invocations,
    handlerMs: after.handlerMs - before.handlerMs,
    messagesReceived: after.messagesReceived - before.messagesReceived,
    dynamodb: minus(after.dynamodb, before.dynamodb),
    sqs: minus(after.sqs, before.sqs),
    s3: minus(after.s3, before.s3),
    kms: minus(after.kms, before.kms),
    ses: minus(after.ses, before.ses),
    events: minus(after.events, before.events),
  };
};

/** What was counted between two readings of one meter (e.g. one stage of the demo). */
export function usageBetween(before: MeterReading, after: MeterReading): MeterReading {
  return {
    functions: Object.fromEntries(
      Object.entries(after.functions).map(([name, usage]) => [
        name,
        subtract(usage, before.functions[name as FunctionName]),
      ]),
    ),
    keys: Object.fromEntries(
      Object.entries(after.keys).map(([key, load]) => [
        key,
        {
          readUnits: load.readUnits - (before.keys[key]?.readUnits ?? 0),
          writeUnits: load.writeUnits - (before.keys[key]?.writeUnits ?? 0),
        },
      ]),
    ),
  };
}
