import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../tools/local/local-stack';
import { captureOutput } from '../functions/helpers/output';
import { announcementBody, callerFor, eventually, programBody, startTestStack, type Caller } from './helpers';

describe('a correlation id follows a request through its queue messages', () => {
  let stack: LocalStack;
  let admin: Caller;

  beforeAll(async () => {
    stack = await startTestStack();
    admin = await callerFor(stack, 'admin-bkn');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it("the caller's x-correlation-id reaches the queue worker's log lines", async () => {
    // Prepare
    const program = (await admin('POST', '/programs', programBody(3_600_000, 7_200_000))).body as {
      id: string;
    };
    const output = captureOutput();

    // Act
    try {
      const accepted = await admin('POST', `/programs/${program.id}/announcement`, announcementBody(), {
        'x-correlation-id': 'portal-7f3a9c',
      });
      expect(accepted.status).toBe(202);
      await eventually(async () => {
        const response = await admin('GET', `/programs/${program.id}`);
        return response.body.announcement?.status === 'READY' ? true : undefined;
      }, 'the announcement letter');
    } finally {
      output.restore();
    }

    // Assess
    expect(output.logs('announcement letter rendered')).toEqual([
      expect.objectContaining({ programId: program.id, correlationId: 'portal-7f3a9c' }),
    ]);
  });
});
