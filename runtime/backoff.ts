/**
 * Waiting before trying again after a lost race (a taken number, a conflicting transaction) or work DynamoDB left
 * undone (unprocessed keys): exponential backoff with full jitter, as the AWS Architecture Blog advises
 * ("Exponential Backoff And Jitter"), so that contenders spread out instead of colliding again, always bounded.
 *
 * Hand-written because it is three lines: the SDK's own retry strategy (`@smithy/core/retry`, a transitive
 * dependency) retries failed requests through a token bucket and does not expose its delay for retries of our own.
 */
export const BACKOFF = {
  /** The longest first wait. */
  baseMs: 10,
  /** No wait is longer, however many attempts came before. */
  capMs: 1_000,
  /** How many attempts a caller without a reason of its own makes in all before it gives up. */
  maxAttempts: 8,
} as const;

/**
 * How long to wait before retry number `retry` (0 for the first): a random time below min(cap, base·2^retry).
 * `random` answers in [0, 1), like Math.random.
 */
export const backoffDelay = (retry: number, random: () => number = Math.random): number =>
  random() * Math.min(BACKOFF.capMs, BACKOFF.baseMs * 2 ** retry);

/** Waits before retry number `retry` (0 for the first). */
export const pause = (retry: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, backoffDelay(retry)));
