import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, PutBucketVersioningCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import {
  BUCKETS,
  QUEUES,
  TABLE,
  localQueueName,
  type BucketName,
  type QueueName,
} from '../../infra/resource-model';

export interface LocalQueue {
  name: string;
  url: string;
  arn: string;
  dlqUrl: string;
  dlqArn: string;
}

export interface LocalResources {
  table: string;
  buckets: Record<BucketName, string>;
  queues: Record<QueueName, LocalQueue>;
}

export interface LocalClients {
  dynamodb: DynamoDBClient;
  sqs: SQSClient;
  s3: S3Client;
}

const STREAM = { StreamEnabled: true, StreamViewType: TABLE.streamView };

async function ensureTable(client: DynamoDBClient, name: string): Promise<void> {
  const attributes = new Set<string>([TABLE.partitionKey, TABLE.sortKey]);
  for (const index of TABLE.indexes) attributes.add(index.partitionKey).add(index.sortKey);
  try {
    await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [...attributes].map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: TABLE.indexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
        StreamSpecification: STREAM,
      }),
    );
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: name,
        TimeToLiveSpecification: { AttributeName: TABLE.timeToLiveAttribute, Enabled: true },
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  const { Table } = await client.send(new DescribeTableCommand({ TableName: name }));
  // A table kept in `.local/` from before the outbox had no stream.
  if (!Table?.StreamSpecification?.StreamEnabled) {
    await client.send(new UpdateTableCommand({ TableName: name, StreamSpecification: STREAM }));
  }
}

async function ensureQueue(
  client: SQSClient,
  name: string,
  queue: (typeof QUEUES)[QueueName],
): Promise<LocalQueue> {
  const arnOf = async (url: string) => {
    const { Attributes } = await client.send(
      new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }),
    );
    return Attributes!.QueueArn!;
  };
  const dlq = await client.send(
    new CreateQueueCommand({ QueueName: `${name}-dlq`, Attributes: { MessageRetentionPeriod: '1209600' } }),
  );
  const dlqArn = await arnOf(dlq.QueueUrl!);
  const main = await client.send(
    new CreateQueueCommand({
      QueueName: name,
      Attributes: {
        VisibilityTimeout: String(queue.visibilityTimeoutSeconds),
        RedrivePolicy: JSON.stringify({
          deadLetterTargetArn: dlqArn,
          maxReceiveCount: queue.maxReceiveCount,
        }),
      },
    }),
  );
  return { name, url: main.QueueUrl!, arn: await arnOf(main.QueueUrl!), dlqUrl: dlq.QueueUrl!, dlqArn };
}

/**
 * Creates the model's table, buckets and queues (each work queue with its DLQ and redrive policy) if they do
 * not exist yet, and turns on versioning where reads name a version (the S3 layer of s3-versioning.ts keeps
 * it for as long as it runs). `prefix` keeps separate stacks (e.g. parallel test files) apart on one emulator.
 */
export async function provisionResources(clients: LocalClients, prefix: string): Promise<LocalResources> {
  const table = `${prefix}-table`;
  await ensureTable(clients.dynamodb, table);
  const buckets = {} as Record<BucketName, string>;
  for (const bucket of Object.keys(BUCKETS) as BucketName[]) {
    buckets[bucket] = `${prefix}-${bucket}`;
    await clients.s3.send(new CreateBucketCommand({ Bucket: buckets[bucket] }));
    if (BUCKETS[bucket].pinnedVersions) {
      await clients.s3.send(
        new PutBucketVersioningCommand({
          Bucket: buckets[bucket],
          VersioningConfiguration: { Status: 'Enabled' },
        }),
      );
    }
  }
  const queues = {} as Record<QueueName, LocalQueue>;
  for (const [key, queue] of Object.entries(QUEUES) as [QueueName, (typeof QUEUES)[QueueName]][]) {
    queues[key] = await ensureQueue(clients.sqs, localQueueName(prefix, key), queue);
  }
  return { table, buckets, queues };
}
