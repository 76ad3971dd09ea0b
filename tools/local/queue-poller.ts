import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { QueueModel, WorkerFunctionName } from '../../infra/resource-model';
import { lambdaContext } from './lambda-context';
import type { LocalQueue } from './provision';

export type SqsHandlerFn = (
  event: SQSEvent,
  context: ReturnType<typeof lambdaContext>,
) => Promise<SQSBatchResponse | void>;

export interface PollerOptions {
  client: SQSClient;
  queue: LocalQueue;
  model: QueueModel;
  worker: WorkerFunctionName;
  handler: SqsHandlerFn;
  /** Parallel pollers, like Lambda's concurrent batches. */
  concurrency?: number;
  /**
   * Seconds before a failed message is visible again. AWS waits for the queue's visibility timeout; locally a
   * short delay keeps the retry → DLQ path quick. The receive count and redrive policy apply either way.
   */
  retryDelaySeconds?: number;
  /**
   * While this answers true the poller receives nothing: a dependency of the worker is down (e.g. DynamoDB Local
   * being restarted), and a batch would only fail and spend its receive count towards the DLQ.
   */
  paused?: () => boolean;
}

function toRecord(message: Message, queue: LocalQueue): SQSRecord {
  const attributes = message.Attributes ?? {};
  return {
    messageId: message.MessageId!,
    receiptHandle: message.ReceiptHandle!,
    body: message.Body ?? '',
    attributes: {
      ApproximateReceiveCount: attributes.ApproximateReceiveCount ?? '1',
      SentTimestamp: attributes.SentTimestamp ?? String(Date.now()),
      SenderId: attributes.SenderId ?? 'local',
      ApproximateFirstReceiveTimestamp: attributes.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
    },
    messageAttributes: Object.fromEntries(
      Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
        name,
        {
          stringValue: value.StringValue,
          dataType: value.DataType ?? 'String',
          stringListValues: [],
          binaryListValues: [],
        },
      ]),
    ),
    md5OfBody: message.MD5OfBody ?? '',
    eventSource: 'aws:sqs',
    eventSourceARN: queue.arn,
    awsRegion: 'ap-southeast-3',
  };
}

/**
 * Polls a queue and hands batches to its worker the way Lambda's SQS event source does with
 * ReportBatchItemFailures: successes are deleted, reported failures (or the whole batch when the handler
 * throws) stay on the queue to be retried until the redrive policy moves them to the DLQ.
 */
export function startPoller(options: PollerOptions): { stop(): Promise<void> } {
  let running = true;
  const { client, queue, model } = options;

  async function settle(messages: Message[], failedIds: Set<string>) {
    const succeeded = messages.filter((m) => !failedIds.has(m.MessageId!));
    const failed = messages.filter((m) => failedIds.has(m.MessageId!));
    if (succeeded.length) {
      await client.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queue.url,
          Entries: succeeded.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
        }),
      );
    }
    if (failed.length && options.retryDelaySeconds !== undefined) {
      await client.send(
        new ChangeMessageVisibilityBatchCommand({
          QueueUrl: queue.url,
          Entries: failed.map((m, i) => ({
            Id: String(i),
            ReceiptHandle: m.ReceiptHandle!,
            VisibilityTimeout: options.retryDelaySeconds,
          })),
        }),
      );
    }
  }

  async function loop() {
    while (running) {
      if (options.paused?.()) {
        await new Promise((r) => setTimeout(r, 200));
        continue;
      }
      try {
        const { Messages = [] } = await client.send(
          new ReceiveMessageCommand({
            QueueUrl: queue.url,
            MaxNumberOfMessages: Math.min(model.batchSize, 10),
            WaitTimeSeconds: 1,
            MessageSystemAttributeNames: ['All'],
            MessageAttributeNames: ['All'],
          }),
        );
        if (!Messages.length) continue;
        let failedIds: Set<string>;
        try {
          const response = await options.handler(
            { Records: Messages.map((m) => toRecord(m, queue)) },
            lambdaContext(options.worker),
          );
          failedIds = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
        } catch (error) {
          // The records' own errors are the worker's to log; one line here says the batch will be retried.
          console.error(
            `[local worker ${options.worker}] batch of ${Messages.length} failed: ${(error as Error).message}`,
          );
          failedIds = new Set(Messages.map((m) => m.MessageId!));
        }
        await settle(Messages, failedIds);
      } catch (error) {
        if (running) {
          console.error(`[local poller ${queue.name}]`, error);
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    }
  }

  const loops = Array.from({ length: options.concurrency ?? 1 }, () => loop());
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}
