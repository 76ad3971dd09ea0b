import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  type MessageAttributeValue,
} from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnouncementRequested } from '../../events/messages/announcement-requested';
import { insertProgram } from '../../adapters/dynamodb/program-repository';
import type { LocalStack } from '../../tools/local/local-stack';
import { PROJECT_ROOT } from '../../tools/local/paths';
import { provisionResources, type LocalQueue } from '../../tools/local/provision';
import { findQueues, redrive } from '../../tools/ops/redrive';
import { QUEUES } from '../../infra/resource-model';
import { aLetterDetails, aProgram } from '../functions/helpers/programs';
import { callerFor, eventually, programBody, startTestStack, type Caller } from './helpers';

const announcement = (programId: string, correlationId: string): AnnouncementRequested => ({
  type: 'AnnouncementRequested',
  version: 2,
  programId,
  letter: aLetterDetails(),
  requestedBy: 'admin-bkn-1',
  requestedAt: new Date().toISOString(),
  correlationId,
});

describe('redriving a DLQ back to its work queue', () => {
  const prefix = `it-${randomUUID().slice(0, 8)}`;
  let stack: LocalStack;
  let admin: Caller;
  /** Queues of the same model that no worker polls, to look at what the redrive leaves where. */
  let idle: LocalQueue;

  beforeAll(async () => {
    stack = await startTestStack({ prefix });
    admin = await callerFor(stack, 'admin-bkn');
    idle = (await provisionResources(stack.clients, `${prefix}-idle`)).queues.announcement;
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const sqs = () => stack.clients.sqs;

  const count = async (url: string) => {
    const { Attributes } = await sqs().send(
      new GetQueueAttributesCommand({
        QueueUrl: url,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    return {
      visible: Number(Attributes!.ApproximateNumberOfMessages),
      hidden: Number(Attributes!.ApproximateNumberOfMessagesNotVisible),
    };
  };

  const send = (url: string, body: unknown, attributes?: Record<string, MessageAttributeValue>) =>
    sqs().send(
      new SendMessageCommand({
        QueueUrl: url,
        MessageBody: JSON.stringify(body),
        MessageAttributes: attributes,
      }),
    );

  /** Fails a message on an idle queue as a worker would: received, never deleted, until the DLQ takes it. */
  async function deadLetter(
    queue: LocalQueue,
    body: unknown,
    attributes: Record<string, MessageAttributeValue>,
  ) {
    await send(queue.url, body, attributes);
    for (let receive = 0; receive <= QUEUES.announcement.maxReceiveCount; receive++) {
      await sqs().send(new ReceiveMessageCommand({ QueueUrl: queue.url, VisibilityTimeout: 0 }));
    }
    expect(await count(queue.dlqUrl)).toEqual({ visible: 1, hidden: 0 });
  }

  it('moves a dead message back to its queue with its body and attributes, and only then deletes it', async () => {
    // Prepare
    const body = announcement(`prg_${randomUUID()}`, 'corr-redrive-1');
    const attributes = { origin: { DataType: 'String', StringValue: 'portal' } };
    await deadLetter(idle, body, attributes);

    // Act
    const queues = await findQueues(sqs(), 'announcement', { localPrefix: `${prefix}-idle` });
    const result = await redrive({ sqs: sqs(), ...queues });

    // Assess
    expect(queues).toEqual({ sourceUrl: idle.url, dlqUrl: idle.dlqUrl });
    expect(result).toEqual({
      dryRun: false,
      failed: [],
      moved: [
        {
          messageId: expect.any(String),
          newMessageId: expect.any(String),
          type: 'AnnouncementRequested',
          correlationId: 'corr-redrive-1',
        },
      ],
    });
    expect(await count(idle.dlqUrl)).toEqual({ visible: 0, hidden: 0 });
    const { Messages = [] } = await sqs().send(
      new ReceiveMessageCommand({ QueueUrl: idle.url, MessageAttributeNames: ['All'], WaitTimeSeconds: 1 }),
    );
    expect(Messages).toHaveLength(1);
    expect(Messages[0]!.MessageId).toBe(result.moved[0]!.newMessageId);
    expect(JSON.parse(Messages[0]!.Body!)).toEqual(body);
    expect(Messages[0]!.MessageAttributes).toMatchObject(attributes);
  });

  it('in a dry run lists the messages and leaves them in the DLQ; --max moves only that many', async () => {
    // Prepare: a fresh idle pair, three dead messages
    const queue = (await provisionResources(stack.clients, `${prefix}-max`)).queues.announcement;
    for (const n of [1, 2, 3]) await send(queue.dlqUrl, announcement(`prg_${randomUUID()}`, `corr-max-${n}`));
    const queues = { sourceUrl: queue.url, dlqUrl: queue.dlqUrl };

    // Act
    const dry = await redrive({ sqs: sqs(), ...queues, dryRun: true });
    const afterDry = await count(queue.dlqUrl);
    const two = await redrive({ sqs: sqs(), ...queues, max: 2 });

    // Assess
    expect(dry.moved.map((m) => m.correlationId).sort()).toEqual(['corr-max-1', 'corr-max-2', 'corr-max-3']);
    expect(dry.moved.every((m) => m.newMessageId === undefined)).toBe(true);
    expect(afterDry).toEqual({ visible: 3, hidden: 0 });
    expect(two.moved).toHaveLength(2);
    expect(await count(queue.dlqUrl)).toEqual({ visible: 1, hidden: 0 });
    expect((await count(queue.url)).visible).toBe(2);
  });

  it('keeps the message in the DLQ, visible, when the queue cannot take it', async () => {
    // Prepare
    const queue = (await provisionResources(stack.clients, `${prefix}-gone`)).queues.announcement;
    await send(queue.dlqUrl, announcement(`prg_${randomUUID()}`, 'corr-gone'));
    const missing = queue.url.replace(/announcement$/, 'no-such-queue');

    // Act
    const run = redrive({ sqs: sqs(), sourceUrl: missing, dlqUrl: queue.dlqUrl });

    // Assess
    await expect(run).rejects.toThrow();
    expect(await count(queue.dlqUrl)).toEqual({ visible: 1, hidden: 0 });
  });

  it('once the cause is fixed, a message that failed into the DLQ is processed after the redrive', async () => {
    // Prepare: an announcement for a programme that does not exist yet fails until the DLQ takes it
    const queue = stack.resources.queues.announcement;
    const programId = `prg_${randomUUID()}`;
    await send(queue.url, announcement(programId, 'corr-fixed'));
    await eventually(
      async () => ((await count(queue.dlqUrl)).visible === 1 ? true : undefined),
      'the message in the DLQ',
      30_000,
    );
    await insertProgram(aProgram({ id: programId }));

    // Act
    const result = await redrive({ sqs: sqs(), sourceUrl: queue.url, dlqUrl: queue.dlqUrl });

    // Assess
    expect(result.moved.map((m) => m.correlationId)).toEqual(['corr-fixed']);
    const program = await eventually(async () => {
      const response = await admin('GET', `/programs/${programId}`);
      return response.body.announcement?.status === 'READY' ? response.body : undefined;
    }, 'the redriven announcement to be rendered');
    expect(program.announcement.documentKey).toBe(`programs/${programId}/pengumuman.pdf`);
    expect(await count(queue.dlqUrl)).toEqual({ visible: 0, hidden: 0 });
  });

  it('as a command: `tsx tools/ops/redrive.ts announcement --prefix <stack prefix>` on the local stack', async () => {
    // Prepare: a valid message that sits in the DLQ
    const program = (await admin('POST', '/programs', programBody(3_600_000, 7_200_000))).body as {
      id: string;
    };
    const queue = stack.resources.queues.announcement;
    await send(queue.dlqUrl, announcement(program.id, 'corr-cli'));

    // Act: the stack's process environment points the SDK at fauxqs, as `npm start` output says to
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(
        join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
        ['tools/ops/redrive.ts', 'announcement', '--prefix', prefix],
        { cwd: PROJECT_ROOT, env: process.env },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

    // Assess
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`DLQ ${queue.dlqUrl} → ${queue.url}`);
    expect(run.stdout).toMatch(/moved \S+ → \S+ AnnouncementRequested correlationId=corr-cli/);
    expect(run.stdout).toContain('1 moved, 0 failed');
    await eventually(async () => {
      const response = await admin('GET', `/programs/${program.id}`);
      return response.body.announcement?.status === 'READY' ? true : undefined;
    }, 'the redriven announcement to be rendered');
  });
});
