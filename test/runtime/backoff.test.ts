import { describe, expect, it } from 'vitest';
import { BACKOFF, backoffDelay } from '../../runtime/backoff';
import { FUNCTIONS } from '../../infra/resource-model';

// The ceiling of each wait: what `random` would give at its (unreachable) top.
const ceiling = (retry: number) => backoffDelay(retry, () => 1);

describe('backoffDelay: exponential backoff with full jitter, capped', () => {
  it.each([
    { retry: 0, ceiling: 10 },
    { retry: 1, ceiling: 20 },
    { retry: 2, ceiling: 40 },
    { retry: 5, ceiling: 320 },
    { retry: 6, ceiling: 640 },
    { retry: 7, ceiling: 1_000 },
    { retry: 8, ceiling: 1_000 },
    { retry: 100, ceiling: 1_000 },
  ])('before retry $retry waits below $ceiling ms', ({ retry, ceiling: expected }) => {
    expect(ceiling(retry)).toBe(expected);
  });

  it.each([
    { random: 0, retry: 3, delay: 0 },
    { random: 0.25, retry: 3, delay: 20 },
    { random: 0.5, retry: 0, delay: 5 },
    { random: 0.5, retry: 9, delay: 500 },
  ])('draws the whole range from zero: random $random before retry $retry waits $delay ms', (c) => {
    expect(backoffDelay(c.retry, () => c.random)).toBe(c.delay);
  });

  it('bounds the waits of a loop of BACKOFF.maxAttempts attempts well inside the shortest API timeout', () => {
    const retries = Array.from({ length: BACKOFF.maxAttempts - 1 }, (_, retry) => ceiling(retry));
    const worstWaitMs = retries.reduce((sum, wait) => sum + wait, 0);
    const shortestApiTimeoutMs = Math.min(
      ...Object.values(FUNCTIONS)
        .filter((fn) => fn.kind === 'api')
        .map((fn) => fn.timeoutSeconds * 1_000),
    );

    expect(BACKOFF.maxAttempts).toBeGreaterThan(1);
    expect(worstWaitMs).toBeLessThan(shortestApiTimeoutMs / 2);
  });
});
