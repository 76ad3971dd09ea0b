import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RestartableStack } from '../../tools/demo/demo';
import { processesMatching } from './helpers';

/**
 * A test that gives up on a run (a hook timeout) closes its stack while the run may be restarting it: the start
 * under way must not leave a DynamoDB Local behind, and no later start may run.
 */
describe('a restartable stack closed mid-start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sertifikasi-closing-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stops the stack that was starting as soon as it is up, and refuses any later start', async () => {
    const stack = new RestartableStack({ dataDir, prefix: 'closing', workers: false, schedules: false });
    const starting = stack.start();

    await stack.close();

    await expect(starting).rejects.toThrow('the local stack was closed while it started');
    expect(processesMatching(join(dataDir, 'dynamodb'))).toEqual([]);
    await expect(stack.start()).rejects.toThrow('the local stack was closed');
  }, 120_000);
});
