import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import type { QueueName } from '../../infra/resource-model';
import type { LocalStack } from '../local/local-stack';

/** Messages on a queue: waiting, in a worker's hands (not visible until deleted) or delayed. */
export async function queueDepth(stack: LocalStack, url: string): Promise<number> {
  const { Attributes = {} } = await stack.clients.sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: [
        'ApproximateNumberOfMessages',
        'ApproximateNumberOfMessagesNotVisible',
        'ApproximateNumberOfMessagesDelayed',
      ],
    }),
  );
  return Object.values(Attributes).reduce((sum, n) => sum + Number(n), 0);
}

/**
 * Waits until the workers have emptied the queues: nothing waiting and nothing in flight, twice in a row (a
 * worker may queue more while it finishes). A failing message retries and so keeps its queue busy until it
 * reaches the DLQ, which the invariants then report.
 */
export async function waitForQueues(
  stack: LocalStack,
  queues: readonly QueueName[],
  timeoutMs: number,
  onPoll: (remaining: number) => void = () => undefined,
  pollMs = 100,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 2) {
    const counts = await Promise.all(queues.map((q) => queueDepth(stack, stack.resources.queues[q].url)));
    onPoll(counts.reduce((a, b) => a + b, 0));
    quiet = counts.every((n) => n === 0) ? quiet + 1 : 0;
    if (quiet >= 2) return;
    if (Date.now() > deadline) {
      throw new Error(
        `queues still busy after ${timeoutMs} ms: ${queues.map((q, i) => `${q} ${counts[i]}`).join(', ')}`,
      );
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/** Messages on each work queue (`url`) or left in each dead-letter queue (`dlqUrl`). */
async function depths(stack: LocalStack, which: 'url' | 'dlqUrl'): Promise<Record<QueueName, number>> {
  const names = Object.keys(stack.resources.queues) as QueueName[];
  const counts = await Promise.all(names.map((q) => queueDepth(stack, stack.resources.queues[q][which])));
  return Object.fromEntries(names.map((q, i) => [q, counts[i]!])) as Record<QueueName, number>;
}

/** Messages left in each dead-letter queue. */
export const deadLetters = (stack: LocalStack) => depths(stack, 'dlqUrl');

/** Messages on each work queue: waiting, in a worker's hands or delayed. */
export const workQueueDepths = (stack: LocalStack) => depths(stack, 'url');

/**
 * Waits until the system has nothing left to do: the relay has published the outbox and the workers have emptied
 * every work queue, twice over, since a worker's change may put an event in the outbox (a certificate issued) whose
 * rules queue more work (its e-mail, its credential), which raises no event in turn.
 */
export async function settled(stack: LocalStack, timeoutMs = 900_000): Promise<void> {
  const queues = Object.keys(stack.resources.queues) as QueueName[];
  for (let pass = 0; pass < 2; pass++) {
    await stack.eventsSettled();
    await waitForQueues(stack, queues, timeoutMs);
  }
}
