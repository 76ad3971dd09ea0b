import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';

/** What the local stack's handlers need answering: DynamoDB Local, and fauxqs for SQS and for S3. */
export type Dependency = 'dynamodb' | 'sqs' | 's3';
export type DependencyStates = Record<Dependency, 'up' | 'down'>;

const LABELS: Record<Dependency, string> = {
  dynamodb: 'DynamoDB Local',
  sqs: 'SQS (fauxqs)',
  s3: 'S3 (fauxqs)',
};

/** The code of every answer the local stack gives while a dependency is down, instead of a handler's 500. */
export const LOCAL_SERVICE_DOWN = 'LOCAL_SERVICE_DOWN';

export interface Dependencies {
  /** Those known to be down without asking (a dead process being restarted, or given up on). */
  down(): Dependency[];
  /** Each dependency asked now, with a short timeout: down when it does not answer, or is known to be down. */
  probe(): Promise<DependencyStates>;
  close(): void;
}

export const downIn = (states: DependencyStates): Dependency[] =>
  (Object.keys(states) as Dependency[]).filter((name) => states[name] === 'down');

/** The API error body of a request the stack could not serve because `down` did not answer. */
export function serviceDown(down: readonly Dependency[]) {
  return {
    code: LOCAL_SERVICE_DOWN,
    message: `Layanan lokal tidak tersedia: ${down.map((name) => LABELS[name]).join(', ')} tidak menjawab. Coba lagi sebentar lagi.`,
    details: { down },
  };
}

/** A probe request gets one try: a dependency that does not answer within this is reported down. */
const PROBE_TIMEOUT_MS = 2_000;

/**
 * The stack's dependencies, asked the way its handlers use them: its table described, one of its queues' attributes
 * read, one of its buckets' head read through the S3 layer (so the layer is checked with fauxqs behind it).
 */
export function localDependencies(options: {
  endpoints: { dynamodb: string; fauxqs: string; s3: string };
  asked: { table: string; queueUrl: string; bucket: string };
  knownDown: () => Dependency[];
}): Dependencies {
  const config = {
    region: 'ap-southeast-3',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  };
  const dynamodb = new DynamoDBClient({ ...config, endpoint: options.endpoints.dynamodb });
  const sqs = new SQSClient({ ...config, endpoint: options.endpoints.fauxqs });
  const s3 = new S3Client({ ...config, endpoint: options.endpoints.s3, forcePathStyle: true });
  const { table, queueUrl, bucket } = options.asked;
  const probes: Record<Dependency, (abortSignal: AbortSignal) => Promise<unknown>> = {
    dynamodb: (abortSignal) => dynamodb.send(new DescribeTableCommand({ TableName: table }), { abortSignal }),
    sqs: (abortSignal) =>
      sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['QueueArn'] }), {
        abortSignal,
      }),
    s3: (abortSignal) => s3.send(new HeadBucketCommand({ Bucket: bucket }), { abortSignal }),
  };

  return {
    down: options.knownDown,
    async probe() {
      const known = options.knownDown();
      const names = Object.keys(probes) as Dependency[];
      const answers = await Promise.all(
        names.map(async (name) => {
          if (known.includes(name)) return 'down';
          try {
            await probes[name](AbortSignal.timeout(PROBE_TIMEOUT_MS));
            return 'up';
          } catch {
            return 'down';
          }
        }),
      );
      return Object.fromEntries(names.map((name, i) => [name, answers[i]])) as DependencyStates;
    },
    close() {
      for (const client of [dynamodb, sqs, s3]) client.destroy();
    },
  };
}
