import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../runtime/one-at-a-time';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('oneAtATime', () => {
  it('never lets two calls run at once, and answers each with its own result', async () => {
    let running = 0;
    let most = 0;
    const take = oneAtATime(async (n: number) => {
      running++;
      most = Math.max(most, running);
      await tick();
      running--;
      return n * 10;
    });

    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => take(n)));

    expect(results).toEqual([10, 20, 30, 40, 50]);
    expect(most).toBe(1);
  });

  it('goes on with the next call after one fails, and fails only the caller of the failed one', async () => {
    const take = oneAtATime(async (n: number) => {
      await tick();
      if (n === 2) throw new Error('register busy');
      return n;
    });

    const results = await Promise.allSettled([1, 2, 3].map((n) => take(n)));

    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[2] as PromiseFulfilledResult<number>).value).toBe(3);
  });
});
