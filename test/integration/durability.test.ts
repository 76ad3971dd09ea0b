import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_START } from '../../tools/demo/calendar';
import { RestartableStack, runDemo, type DemoRun } from '../../tools/demo/demo';
import type { LocalStack, LocalStackOptions } from '../../tools/local/local-stack';
import type { QueueName } from '../../infra/resource-model';
import { processesMatching, startTestStack } from './helpers';

/** The queue whose work each restart interrupts: placements after stage 4, certificates after stage 6. */
const INTERRUPTED: Record<string, QueueName> = { '4': 'placement', '6': 'certificate' };
/**
 * What the stack comes back without after a stage, so the next stage's work stays queued: all its workers after
 * stage 3 (stage 4 queues the placements), the certificate worker after stage 5 (the cohorts' result sessions,
 * re-tests and appeal queue the certificates while the other workers run).
 */
const HELD_BACK: Record<string, Partial<LocalStackOptions>> = {
  '3': { workers: false },
  '5': { pausedQueues: ['certificate'] },
};

/** Messages fauxqs kept on disk while the stack was down: all of them, and those a worker had received. */
function persistedMessages(dataDir: string): { total: number; received: number } {
  const db = new DatabaseSync(join(dataDir, 'fauxqs', 'fauxqs.db'), { readOnly: true });
  try {
    const row = db
      .prepare(
        `SELECT count(*) AS total, count(receipt_handle) AS received FROM sqs_messages
         WHERE queue_name NOT LIKE '%-dlq'`,
      )
      .get() as { total: number; received: number };
    return { total: row.total, received: row.received };
  } finally {
    db.close();
  }
}

const dynamodbPort = (stack: LocalStack) => new URL(stack.endpoints.dynamodb).port;

/** What each stop left behind: the messages a dying worker held, the queues on disk, any java still running. */
interface Stop {
  after: string;
  held: number;
  persisted: { total: number; received: number };
  javaLeft: number[];
}

/**
 * Issue 7: the local stack stopped in the middle of the programme and started again, and the run finishes with
 * nothing lost and nothing duplicated. The small demo is played twice: once never stopped (on the shared
 * emulators), once on a stack of its own with its data on disk, stopped four times:
 *
 * - after stage 3, a quiet moment; it comes back without its workers, so the placements stage 4 queues stay
 *   queued (the workers would otherwise take them all at once, and a stop lets them finish what they hold);
 * - after stage 5 it comes back without its certificate worker, so the certificates of the cohorts' result
 *   sessions, re-tests and appeal stay queued through stage 6 (the cohorts on their 2019 days);
 * - after stage 4, the 16 placements just queued, and after stage 6, the certificates; it comes back with its
 *   workers, which must do that work once.
 * Each restart resumes the calendar where it stood.
 *
 * Before those two stops a worker "dies" holding two messages (received, never deleted: they are handed out
 * again when their visibility timeout ends), and each of those is sent a second time, as SQS may deliver it and
 * as happens when a worker dies between its work and the delete.
 */
describe('the demo programme, stopped and started again mid-run', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sertifikasi-durability-'));
  const stack = new RestartableStack({
    dataDir,
    keyFile: join(dataDir, 'auth', 'signing-key.json'),
    prefix: 'durability',
    calendarStart: { date: DEMO_START },
    schedules: false,
    retryDelaySeconds: 1,
    workerConcurrency: 4,
  });
  const lines: string[] = [];
  const dynamodbPorts: string[] = [];
  const stops: Stop[] = [];
  let uninterrupted: DemoRun;
  let interrupted: DemoRun;

  /** A worker took two messages and died: they come back 3 s later; each is also delivered a second time. */
  async function workerDiesHolding(running: LocalStack, after: string): Promise<void> {
    const queue = INTERRUPTED[after];
    let held = 0;
    if (queue) {
      const QueueUrl = running.resources.queues[queue].url;
      const { Messages = [] } = await running.clients.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl,
          MaxNumberOfMessages: 2,
          VisibilityTimeout: 3,
          MessageAttributeNames: ['All'],
        }),
      );
      for (const message of Messages) {
        await running.clients.sqs.send(
          new SendMessageCommand({
            QueueUrl,
            MessageBody: message.Body,
            MessageAttributes: message.MessageAttributes,
          }),
        );
      }
      held = Messages.length;
    }
    stops.push({ after, held, persisted: { total: 0, received: 0 }, javaLeft: [] });
  }

  beforeAll(async () => {
    const reference = await startTestStack({ workerConcurrency: 4, calendarStart: { date: DEMO_START } });
    try {
      uninterrupted = await runDemo(reference, { scale: 'small', concurrency: 16, log: () => undefined });
    } finally {
      await reference.stop();
    }

    dynamodbPorts.push(dynamodbPort(await stack.start()));
    interrupted = await runDemo(stack.current, {
      scale: 'small',
      concurrency: 16,
      log: (line) => lines.push(line),
      restarts: {
        after: ['3', '4', '5', '6'],
        beforeStop: workerDiesHolding,
        restart: async (after) => {
          const restarted = await stack.restart(() => {
            const stop = stops.at(-1)!;
            stop.javaLeft = processesMatching(`-port ${dynamodbPorts.at(-1)}`);
            stop.persisted = persistedMessages(dataDir);
          }, HELD_BACK[after] ?? {});
          dynamodbPorts.push(dynamodbPort(restarted));
          return restarted;
        },
      },
    });
  }, 400_000);
  afterAll(async () => {
    await stack.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops with the placements, then the certificates, queued and two of each in a dead worker’s hands', () => {
    expect(stops.map((s) => s.after)).toEqual(['3', '4', '5', '6']);
    const [, placements, , certificates] = stops;
    // The 16 placements plus the second deliveries of the two held, all on disk while the stack was down.
    expect(placements).toMatchObject({ held: 2, persisted: { total: 18, received: 2 } });
    expect(interrupted.restarts[1]!.inFlight.placement).toBe(18);
    // One certificate message per decision: the result sessions' 15, the 2 re-tests' and the upheld appeal's,
    // plus the two second deliveries.
    expect(certificates).toMatchObject({ held: 2, persisted: { total: 20, received: 2 } });
    expect(interrupted.restarts[3]!.inFlight.certificate).toBe(20);
    expect(lines.filter((l) => l.startsWith('✓ ↻'))).toHaveLength(4);
  });

  it('finishes with every invariant: nobody lost, no seat or certificate twice, numbers gap-free, no DLQ', () => {
    expect(interrupted.invariants.filter((i) => !i.ok)).toEqual([]);
    expect(interrupted.ok).toBe(true);
  });

  it('ends exactly as the run that was never stopped', () => {
    expect(uninterrupted.ok).toBe(true);
    expect(interrupted.counts).toEqual(uninterrupted.counts);
    expect(interrupted.cohorts).toEqual(uninterrupted.cohorts);
    expect(interrupted.certificates).toEqual(uninterrupted.certificates);
  });

  it('leaves no DynamoDB Local behind, at any stop', async () => {
    await stack.stop();
    expect(new Set(dynamodbPorts).size).toBe(5);
    expect(stops.flatMap((s) => s.javaLeft)).toEqual([]);
    expect(dynamodbPorts.flatMap((port) => processesMatching(`-port ${port}`))).toEqual([]);
  });
});
