/**
 * The measuring loop of a benchmark child process: `make(n)` for 50 unmeasured warm-up items, then `count`
 * measured ones, printed as one JSON line (timings in ms, wall seconds, bytes made, peak resident memory) for
 * the parent (tools/bench/certificates.ts) to read.
 */
export async function timedRun(count: number, make: (n: number) => Promise<Uint8Array>): Promise<void> {
  const warmUp = 50;
  for (let i = 0; i < warmUp; i++) await make(100_000 + i);
  const timings: number[] = [];
  let bytes = 0;
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const made = await make(i);
    timings.push(performance.now() - start);
    bytes += made.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(JSON.stringify({ timings, seconds, bytes, maxRssKiB: process.resourceUsage().maxRSS }));
}
