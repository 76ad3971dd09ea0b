import { randomBytes } from 'node:crypto';
import {
  CreateTableCommand,
  DeleteTableCommand,
  PutItemCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { forEachLimit } from './progress';

/** The machine's figure a run's wall times are read against (issue 19 point 5): see `calibrate`. */
export interface Calibration {
  /** PutItems a second DynamoDB Local took from one Node client, `concurrency` at once. */
  putItemsPerSecond: number;
  items: number;
  itemBytes: number;
  concurrency: number;
}

/**
 * DynamoDB Local's raw PutItem rate on this machine, measured on a table of its own before the demo starts: the
 * work the demo is made of (nearly every request is a few DynamoDB calls through the SDK), without the system's
 * code. Runs on different machines, or on one machine under different loads, compare by it: a run twice as long
 * beside a rate half as high is the same code.
 */
export async function calibrate(
  client: DynamoDBClient,
  { items = 3000, itemBytes = 1000, concurrency = 16 } = {},
): Promise<Calibration> {
  const table = `calibration-${randomBytes(4).toString('hex')}`;
  await client.send(
    new CreateTableCommand({
      TableName: table,
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  try {
    const payload = 'x'.repeat(itemBytes);
    const put = async (i: number) => {
      await client.send(
        new PutItemCommand({ TableName: table, Item: { pk: { S: `item#${i}` }, payload: { S: payload } } }),
      );
    };
    // A first pass warms the JVM's compiler and the sockets; the second is the one measured.
    await forEachLimit([...Array(items).keys()], concurrency, put);
    const started = performance.now();
    await forEachLimit([...Array(items).keys()], concurrency, put);
    const seconds = (performance.now() - started) / 1000;
    return { putItemsPerSecond: Math.round(items / seconds), items, itemBytes, concurrency };
  } finally {
    await client.send(new DeleteTableCommand({ TableName: table }));
  }
}
