import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { sqs } from '../../runtime/clients';

/** SQS takes at most ten entries per SendMessageBatch. */
const ENTRIES_PER_BATCH = 10;

/**
 * Sends the message bodies to a queue, ten per SendMessageBatch (each entry's `id`, unique within its batch),
 * the batches side by side; throws when SQS refuses any entry, naming each by its `label` (else its id) and SQS's
 * code, so the caller's retry sends them all again (every consumer treats a duplicate as harmless).
 */
export async function sendInBatches(
  queueUrl: string,
  messages: readonly { id: string; label?: string; body: string }[],
  queueName: string,
): Promise<void> {
  const batches: { Id: string; MessageBody: string }[][] = [];
  messages.forEach((message, i) => {
    if (i % ENTRIES_PER_BATCH === 0) batches.push([]);
    batches.at(-1)!.push({ Id: message.id, MessageBody: message.body });
  });
  const byId = new Map(messages.map((message) => [message.id, message.label ?? message.id]));
  const answers = await Promise.all(
    batches.map((Entries) => sqs().send(new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries }))),
  );
  const refused = answers.flatMap((answer) => answer.Failed ?? []);
  if (refused.length > 0) {
    const named = refused.map((entry) => `${byId.get(entry.Id ?? '')} (${entry.Code})`);
    throw new Error(`${queueName} refused ${refused.length} of ${messages.length}: ${named.join(', ')}`);
  }
}
