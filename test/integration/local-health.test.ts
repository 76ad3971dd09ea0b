import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLocalStack, type LocalStack } from '../../tools/local/local-stack';
import {
  announcementBody,
  callerFor,
  eventually,
  processesMatching,
  programBody,
  type Caller,
} from './helpers';

/**
 * Issue 14 point 7: the local stack notices when DynamoDB Local dies. `/health` and the API say so (503, never a
 * handler's 500 behind a green health check), the console says so, and the java is started again on the same
 * data folder and port.
 */
describe('a local stack whose DynamoDB Local dies', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sertifikasi-health-'));
  const consoleLines: string[] = [];
  let stack: LocalStack;
  let stopped = false;
  let admin: Caller;
  let anonymous: Caller;

  beforeAll(async () => {
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map(String).join(' '));
    });
    stack = await startLocalStack({
      dataDir,
      prefix: 'health',
      schedules: false,
      // A restart is held 3 s, so that the test sees the stack while DynamoDB Local is down.
      restarts: { delayMs: () => 3_000 },
    });
    admin = await callerFor(stack, 'admin-bkn');
    anonymous = await callerFor(stack);
  });
  afterAll(async () => {
    if (!stopped) await stack?.stop();
    vi.restoreAllMocks();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers /health 200, then 503 LOCAL_SERVICE_DOWN on /health and the API once the java is killed, then restarts it on the same data and port', async () => {
    const healthy = await anonymous('GET', '/health');
    expect([healthy.status, healthy.body.services]).toEqual([200, { dynamodb: 'up', sqs: 'up', s3: 'up' }]);
    const created = await admin('POST', '/programs', programBody(86_400_000, 2 * 86_400_000, 'Sebelum mati'));
    expect(created.status).toBe(201);
    const pid = stack.dynamodbPid()!;
    const port = new URL(stack.endpoints.dynamodb).port;
    expect(processesMatching(`-port ${port}`)).toContain(pid);

    process.kill(pid, 'SIGKILL');

    const down = await eventually(async () => {
      const health = await anonymous('GET', '/health');
      return health.status === 503 ? health : undefined;
    }, '/health to report DynamoDB Local down');
    expect(down.body).toMatchObject({
      status: 'unavailable',
      code: 'LOCAL_SERVICE_DOWN',
      services: { dynamodb: 'down', sqs: 'up', s3: 'up' },
    });
    expect(down.headers.get('retry-after')).toBe('1');
    const refused = await admin('GET', `/programs/${created.body.id}`);
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ code: 'LOCAL_SERVICE_DOWN', details: { down: ['dynamodb'] } });
    expect(refused.body.message).toContain('DynamoDB Local');
    expect(consoleLines.join('\n')).toMatch(/DynamoDB Local mati \(sinyal SIGKILL\)/);

    const up = await eventually(
      async () => {
        const health = await anonymous('GET', '/health');
        return health.status === 200 ? health : undefined;
      },
      '/health to report DynamoDB Local up again',
      60_000,
    );
    expect(up.body).toMatchObject({ status: 'ok', services: { dynamodb: 'up', sqs: 'up', s3: 'up' } });
    expect(consoleLines.join('\n')).toContain(`DynamoDB Local menyala lagi di http://127.0.0.1:${port}`);
    const restarted = stack.dynamodbPid()!;
    expect(restarted).not.toBe(pid);
    expect(processesMatching(`-port ${port}`)).toContain(restarted);

    const read = await admin('GET', `/programs/${created.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.name).toBe('Sebelum mati');
    // The workers, held while it was down, serve again: a letter rendered through its queue into S3.
    expect(
      (await admin('POST', `/programs/${created.body.id}/announcement`, announcementBody())).status,
    ).toBe(202);
    await eventually(async () => {
      const letter = await admin('GET', `/programs/${created.body.id}/announcement`);
      return letter.status === 200 ? letter : undefined;
    }, 'the announcement letter after the restart');
  }, 120_000);

  it('stops without restarting anything when stopped on purpose, leaving no java behind', async () => {
    const before = consoleLines.length;

    await stack.stop();
    stopped = true;

    expect(consoleLines.slice(before).join('\n')).not.toMatch(/mati|menyalakan ulang/i);
    expect(processesMatching(join(dataDir, 'dynamodb'))).toEqual([]);
  });
});
