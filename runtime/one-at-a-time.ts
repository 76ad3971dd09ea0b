/**
 * `fn`, with calls made through the result run one after another in this process (each starts when the
 * previous one settled). For the step of a worker that takes the next number from a shared register: the rest
 * of each record (reads, rendering, storage) still runs in parallel, and contention for the counter stays
 * between Lambda invocations, which the queue's `maxConcurrency` bounds.
 */
export function oneAtATime<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  let last: Promise<unknown> = Promise.resolve();
  return (...args: A) => {
    const run = last.then(
      () => fn(...args),
      () => fn(...args),
    );
    last = run.catch(() => undefined);
    return run;
  };
}
