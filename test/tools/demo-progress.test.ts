import { describe, expect, it } from 'vitest';
import type { HttpClient } from '../../tools/demo/http';
import { StageRunner, type StageTiming } from '../../tools/demo/progress';

describe('the demo stage runner', () => {
  it("keeps each stage's timing in the caller's array, the stage that stopped the run included", async () => {
    // Prepare: a client whose request counter a stage moves
    const client = { requests: 0 } as HttpClient;
    const timings: StageTiming[] = [];
    const runner = new StageRunner(client, () => {}, 60_000, undefined, undefined, timings);

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
});
