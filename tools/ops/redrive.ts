import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ListQueuesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SQSClient,
  type Message,
  type MessageAttributeValue,
  type SendMessageBatchRequestEntry,
} from '@aws-sdk/client-sqs';
import { LOCAL_PREFIX } from '../local/paths';
import {
  QUEUES,
  STACK_NAME,
  localQueueName,
  queueConstructId,
  type QueueName,
} from '../../infra/resource-model';

/*
 * Moves the messages of a work queue's DLQ back to the queue, once the cause of their failure is fixed:
 * receive from the DLQ, send to the queue, and only then delete from the DLQ. Works on AWS and on the local
 * stack's fauxqs alike (StartMessageMoveTask would not run locally).
 */

/** How long a received DLQ message stays hidden while it is moved; it reappears if the run dies. */
const VISIBILITY_SECONDS = 120;

export interface RedriveQueues {
  sourceUrl: string;
  dlqUrl: string;
}

export interface RedrivenMessage {
  /** Id of the message in the DLQ. */
  messageId: string;
  /** Id of the copy sent to the queue (absent in a dry run). */
  newMessageId?: string;
  correlationId?: string;
  type?: string;
}

export interface RedriveResult {
  moved: RedrivenMessage[];
  /** Sent, but the send or the DLQ delete failed: left in the DLQ (a failed delete may leave a duplicate). */
  failed: (RedrivenMessage & { reason: string })[];
  dryRun: boolean;
}

export interface RedriveOptions extends RedriveQueues {
  sqs: SQSClient;
  /** Most messages to move (all by default). */
  max?: number;
  /** Lists what would move, and leaves every message where it is. */
  dryRun?: boolean;
}

function summarize(message: Message): RedrivenMessage {
  const described: RedrivenMessage = { messageId: message.MessageId! };
  try {
    const body = JSON.parse(message.Body ?? '') as { correlationId?: unknown; type?: unknown };
    if (typeof body.correlationId === 'string') described.correlationId = body.correlationId;
    if (typeof body.type === 'string') described.type = body.type;
  } catch {
    // a body that is not JSON is moved as it is
  }
  return described;
}

/** The message as it was sent: body, message attributes and the X-Ray trace header, if any. */
function resendEntry(message: Message, id: string): SendMessageBatchRequestEntry {
  const attributes = Object.fromEntries(
    Object.entries(message.MessageAttributes ?? {}).map(([name, value]): [string, MessageAttributeValue] => [
      name,
      { DataType: value.DataType, StringValue: value.StringValue, BinaryValue: value.BinaryValue },
    ]),
  );
  const trace = message.Attributes?.AWSTraceHeader;
  return {
    Id: id,
    MessageBody: message.Body,
    ...(Object.keys(attributes).length ? { MessageAttributes: attributes } : {}),
    ...(trace
      ? { MessageSystemAttributes: { AWSTraceHeader: { DataType: 'String', StringValue: trace } } }
      : {}),
  };
}

/**
 * Moves up to `max` messages from the DLQ to its source queue. A message is deleted from the DLQ only after
 * the queue accepted its copy. Each DLQ message is moved at most once per run: one received again (its delete
 * failed) is only deleted, and one that failed again after being moved (it is back with the id of its copy)
 * stays in the DLQ. Messages the run keeps in the DLQ are made visible again when it ends.
 */
export async function redrive(options: RedriveOptions): Promise<RedriveResult> {
  const { sqs, sourceUrl, dlqUrl, dryRun = false } = options;
  const max = options.max ?? Number.POSITIVE_INFINITY;
  const result: RedriveResult = { moved: [], failed: [], dryRun };
  const sentFromDlq = new Map<string, string>();
  const copies = new Set<string>();
  const kept: Message[] = [];
  try {
    while (result.moved.length + result.failed.length < max) {
      const wanted = Math.min(10, max - result.moved.length - result.failed.length);
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: dlqUrl,
          MaxNumberOfMessages: wanted,
          WaitTimeSeconds: 1,
          VisibilityTimeout: VISIBILITY_SECONDS,
          MessageSystemAttributeNames: ['AWSTraceHeader'],
          MessageAttributeNames: ['All'],
        }),
      );
      if (Messages.length === 0) break;
      const again = Messages.filter((m) => copies.has(m.MessageId!));
      kept.push(...again);
      const fresh = Messages.filter((m) => !copies.has(m.MessageId!));
      if (fresh.length === 0) break;
      if (dryRun) {
        kept.push(...fresh);
        result.moved.push(...fresh.map(summarize));
        continue;
      }
      try {
        await moveBatch(sqs, sourceUrl, dlqUrl, fresh, { sentFromDlq, copies, kept, result });
      } catch (error) {
        // What was not sent is made visible again at once; a sent one's original reappears by itself.
        kept.push(...fresh.filter((m) => !sentFromDlq.has(m.MessageId!)));
        throw error;
      }
    }
  } finally {
    await release(sqs, dlqUrl, kept);
  }
  return result;
}

async function moveBatch(
  sqs: SQSClient,
  sourceUrl: string,
  dlqUrl: string,
  messages: Message[],
  run: { sentFromDlq: Map<string, string>; copies: Set<string>; kept: Message[]; result: RedriveResult },
): Promise<void> {
  // A message already sent earlier in this run (its delete failed) is not sent twice.
  const toSend = messages.filter((m) => !run.sentFromDlq.has(m.MessageId!));
  const sent = toSend.length
    ? await sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: sourceUrl,
          Entries: toSend.map((m, i) => resendEntry(m, String(i))),
        }),
      )
    : { Successful: [], Failed: [] };
  for (const failure of sent.Failed ?? []) {
    const message = toSend[Number(failure.Id)]!;
    run.kept.push(message);
    run.result.failed.push({
      ...summarize(message),
      reason: `send: ${failure.Code} ${failure.Message ?? ''}`,
    });
  }
  for (const success of sent.Successful ?? []) {
    const message = toSend[Number(success.Id)]!;
    run.sentFromDlq.set(message.MessageId!, success.MessageId!);
    run.copies.add(success.MessageId!);
  }
  const toDelete = messages.filter((m) => run.sentFromDlq.has(m.MessageId!));
  if (toDelete.length === 0) return;
  const deleted = await sqs.send(
    new DeleteMessageBatchCommand({
      QueueUrl: dlqUrl,
      Entries: toDelete.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
    }),
  );
  for (const failure of deleted.Failed ?? []) {
    const message = toDelete[Number(failure.Id)]!;
    run.result.failed.push({
      ...summarize(message),
      newMessageId: run.sentFromDlq.get(message.MessageId!),
      reason: `delete: ${failure.Code} ${failure.Message ?? ''}`,
    });
  }
  for (const success of deleted.Successful ?? []) {
    const message = toDelete[Number(success.Id)]!;
    // A delete that failed earlier in the run has now succeeded.
    run.result.failed = run.result.failed.filter((f) => f.messageId !== message.MessageId);
    run.result.moved.push({ ...summarize(message), newMessageId: run.sentFromDlq.get(message.MessageId!) });
  }
}

/** Makes the messages the run kept visible in the DLQ again, ten at a time. */
async function release(sqs: SQSClient, dlqUrl: string, messages: Message[]): Promise<void> {
  for (let i = 0; i < messages.length; i += 10) {
    await sqs.send(
      new ChangeMessageVisibilityBatchCommand({
        QueueUrl: dlqUrl,
        Entries: messages.slice(i, i + 10).map((m, j) => ({
          Id: String(j),
          ReceiptHandle: m.ReceiptHandle!,
          VisibilityTimeout: 0,
        })),
      }),
    );
  }
}

export type QueueLocation = { queueUrl: string } | { localPrefix: string } | { stack: string };

/**
 * Finds a work queue and its DLQ: by URL, by the local stack's name for it, or by the name CloudFormation
 * gave it in the deployed stack. The DLQ is always the one the queue's redrive policy names.
 */
export async function findQueues(
  sqs: SQSClient,
  queue: QueueName,
  location: QueueLocation,
): Promise<RedriveQueues> {
  const sourceUrl = await sourceQueueUrl(sqs, queue, location);
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: sourceUrl, AttributeNames: ['RedrivePolicy'] }),
  );
  if (!Attributes?.RedrivePolicy) throw new Error(`${sourceUrl} has no redrive policy, so no DLQ`);
  const { deadLetterTargetArn } = JSON.parse(Attributes.RedrivePolicy) as { deadLetterTargetArn: string };
  // arn:aws:sqs:<region>:<account>:<name>
  const [, , , , account, name] = deadLetterTargetArn.split(':');
  const { QueueUrl } = await sqs.send(
    new GetQueueUrlCommand({ QueueName: name, QueueOwnerAWSAccountId: account }),
  );
  return { sourceUrl, dlqUrl: QueueUrl! };
}

async function sourceQueueUrl(sqs: SQSClient, queue: QueueName, location: QueueLocation): Promise<string> {
  if ('queueUrl' in location) return location.queueUrl;
  if ('localPrefix' in location) {
    const { QueueUrl } = await sqs.send(
      new GetQueueUrlCommand({ QueueName: localQueueName(location.localPrefix, queue) }),
    );
    return QueueUrl!;
  }
  const prefix = `${location.stack}-${queueConstructId(queue)}`;
  const { QueueUrls = [] } = await sqs.send(new ListQueuesCommand({ QueueNamePrefix: prefix }));
  if (QueueUrls.length !== 1) {
    throw new Error(`Expected one queue named ${prefix}…, found ${QueueUrls.length}: pass --queue-url`);
  }
  return QueueUrls[0]!;
}

const USAGE = `Usage: tsx tools/ops/redrive.ts <${Object.keys(QUEUES).join('|')}> [--max N] [--dry-run]
         [--queue-url URL | --prefix LOCAL_PREFIX | --stack STACK]

Moves the messages of the queue's DLQ back to the queue. The queue is found by --queue-url, --prefix or
--stack, else by $<QUEUE>_QUEUE_URL, else by name: on the local stack (AWS_ENDPOINT_URL_SQS set, e.g. to
the fauxqs endpoint that npm start prints) as <prefix>-<queue> (prefix ${LOCAL_PREFIX}), otherwise in the
deployed stack ${STACK_NAME}. The DLQ is the one named by the queue's redrive policy.`;

function locationFrom(
  queue: QueueName,
  flags: { 'queue-url'?: string; prefix?: string; stack?: string },
  env: NodeJS.ProcessEnv,
): QueueLocation {
  if (flags['queue-url']) return { queueUrl: flags['queue-url'] };
  if (flags.prefix) return { localPrefix: flags.prefix };
  if (flags.stack) return { stack: flags.stack };
  const fromEnv = env[QUEUES[queue].envVar];
  if (fromEnv) return { queueUrl: fromEnv };
  return env.AWS_ENDPOINT_URL_SQS ? { localPrefix: LOCAL_PREFIX } : { stack: STACK_NAME };
}

/**
 * A client for AWS, or for the emulator AWS_ENDPOINT_URL_SQS names. The endpoint is given explicitly so the
 * SDK does not send requests to the host of the emulator's queue URLs (sqs.<region>.127.0.0.1 is no URL), and
 * the emulator accepts any credentials, which a shell pointed at it usually lacks.
 */
function clientFor(env: NodeJS.ProcessEnv): SQSClient {
  const endpoint = env.AWS_ENDPOINT_URL_SQS;
  const anonymous = Boolean(endpoint) && !env.AWS_ACCESS_KEY_ID && !env.AWS_PROFILE;
  return new SQSClient({
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'ap-southeast-3',
    ...(endpoint ? { endpoint } : {}),
    ...(anonymous ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
}

/** The command line: prints one line per message and a summary; exit code 1 when a message failed. */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      max: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'queue-url': { type: 'string' },
      prefix: { type: 'string' },
      stack: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const queue = positionals[0] as QueueName | undefined;
  const max = values.max === undefined ? undefined : Number(values.max);
  if (
    values.help ||
    !queue ||
    !Object.hasOwn(QUEUES, queue) ||
    positionals.length > 1 ||
    (max !== undefined && !(Number.isInteger(max) && max > 0))
  ) {
    if (values.help) console.log(USAGE);
    else console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const sqs = clientFor(env);
  try {
    const queues = await findQueues(sqs, queue, locationFrom(queue, values, env));
    console.log(`DLQ ${queues.dlqUrl} → ${queues.sourceUrl}${values['dry-run'] ? ' (dry run)' : ''}`);
    const result = await redrive({ sqs, ...queues, max, dryRun: values['dry-run'] });
    const verb = result.dryRun ? 'would move' : 'moved';
    for (const m of result.moved) {
      console.log(
        `${verb} ${m.messageId}${m.newMessageId ? ` → ${m.newMessageId}` : ''} ${m.type ?? '?'} correlationId=${m.correlationId ?? '?'}`,
      );
    }
    for (const m of result.failed)
      console.error(`FAILED ${m.messageId} correlationId=${m.correlationId ?? '?'}: ${m.reason}`);
    console.log(`${result.moved.length} ${verb}, ${result.failed.length} failed`);
    return result.failed.length ? 1 : 0;
  } finally {
    sqs.destroy();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
