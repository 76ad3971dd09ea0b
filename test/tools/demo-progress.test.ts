import { describe, expect, it } from 'vitest';
import type { HttpClient } from '../../tools/demo/http';
import { emptyUsage, type Meter } from '../../tools/local/metering';
import { StageRunner, type StageTiming } from '../../tools/demo/progress';

describe('the demo stage runner', () => {
  it("keeps each stage's timing in the caller's array, the stage that stopped the run included", async () => {
    // Prepare: a client whose request counter a stage moves
    const client = { requests: 0 } as HttpClient;
    const timings: StageTiming[] = [];
    const runner = new StageRunner(client, () => {}, { intervalMs: 60_000, timings });

    // Act
    await runner.run('1 played', () => {
      client.requests += 3;
      return Promise.resolve();
    });
    const stopped = runner.run('2 stopped', () => {
      client.requests += 2;
      return Promise.reject(new Error('queue wait gave up'));
    });

    // Assert
    await expect(stopped).rejects.toThrow('queue wait gave up');
    expect(timings.map((t) => [t.name, t.requests])).toEqual([
      ['1 played', 3],
      ['2 stopped', 2],
    ]);
    expect(runner.timings).toBe(timings);
  });

  it('counts the work a stage set off in that stage: its usage is read once the stack has settled', async () => {
    // Prepare: a stage that queues work a worker does only later, metered by a counter
    const client = { requests: 0 } as HttpClient;
    let worked = 0;
    let queued = 0;
    const meter = {
      reading: () => ({ functions: { placementWorker: { ...emptyUsage(), invocations: worked } }, keys: {} }),
    } as unknown as Meter;
    const runner = new StageRunner(client, () => {}, {
      intervalMs: 60_000,
      meter,
      settle: async () => {
        await Promise.resolve();
        worked += queued;
        queued = 0;
      },
    });

    // Act
    await runner.run('1 queues work', () => {
      queued = 5;
      return Promise.resolve();
    });

    // Assert: the worker's share is in the stage that queued it
    expect(runner.timings[0]!.usage?.functions.placementWorker?.invocations).toBe(5);
  });
});
