import { usageBetween, type Meter, type MeterReading } from '../local/metering';
import { cpuBetween, type CpuSeconds } from './cpu';
import type { HttpClient } from './http';

/** Runs `fn` on every item with at most `limit` running at once; stops taking new items after a failure. */
export async function forEachLimit<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        await fn(items[index]!, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  });
  await Promise.all(lanes);
}

/** What a running stage has done so far, for its progress lines. */
export class Progress {
  done = 0;
  constructor(
    public total: number,
    public unit: string,
  ) {}

  tick(n = 1): void {
    this.done += n;
  }

  /** Starts counting something else within the same stage. */
  restart(total: number, unit: string): void {
    this.total = total;
    this.unit = unit;
    this.done = 0;
  }

  private parts: Progress[] = [];

  /** One progress for each of `n` programmes playing the stage at once (national.ts); the stage's line adds them. */
  split(n: number): Progress[] {
    this.parts = Array.from({ length: n }, () => new Progress(0, ''));
    return this.parts;
  }

  /** What is done of what, in what: this progress's own, or its parts' added up. */
  counted(): { done: number; total: number; unit: string } {
    if (this.parts.length === 0) return { done: this.done, total: this.total, unit: this.unit };
    const sum = (pick: (p: Progress) => number) => this.parts.reduce((n, p) => n + pick(p), 0);
    return { done: sum((p) => p.done), total: sum((p) => p.total), unit: this.parts[0]!.unit };
  }
}

export interface StageTiming {
  name: string;
  seconds: number;
  requests: number;
  /** What the functions asked of AWS during the stage, when the stack is metered. */
  usage?: MeterReading;
  /** CPU seconds each side of the machine spent on the stage (cpu.ts), when measured. */
  cpu?: CpuSeconds;
}

export interface StageRunnerOptions {
  intervalMs?: number;
  meter?: Meter;
  cpu?: () => CpuSeconds;
  /** Each stage's timing as it ends: the caller's array keeps what a run measured even when it stops early. */
  timings?: StageTiming[];
  /**
   * Awaited when a stage's own work is done, before its usage is read: the queues and the event relay emptied, so
   * the work a stage set off (placements, certificates, e-mails) is counted in that stage, not in whichever stage
   * happens to run when the workers get to it. Left out where work is meant to be in flight between stages (a
   * restart of the stack).
   */
  settle?: () => Promise<void>;
}

/** Runs the stages one after another, printing progress every `intervalMs` and keeping each stage's wall time. */
export class StageRunner {
  readonly timings: StageTiming[];
  private readonly intervalMs: number;

  constructor(
    private readonly client: HttpClient,
    private readonly log: (line: string) => void,
    private readonly options: StageRunnerOptions = {},
  ) {
    this.timings = options.timings ?? [];
    this.intervalMs = options.intervalMs ?? 2_000;
  }

  async run<T>(name: string, fn: (progress: Progress) => Promise<T>): Promise<T> {
    const progress = new Progress(0, '');
    const started = performance.now();
    const requestsBefore = this.client.requests;
    const { meter, cpu: cpuNow, settle } = this.options;
    const usageBefore = meter?.reading();
    const cpuBefore = cpuNow?.();
    const line = () => {
      const seconds = (performance.now() - started) / 1000;
      const requests = this.client.requests - requestsBefore;
      const { done, total, unit } = progress.counted();
      const share = total > 0 ? ` ${done}/${total} ${unit}` : '';
      return `${name}:${share} · ${seconds.toFixed(1)} s · ${requests} permintaan (${(requests / Math.max(seconds, 0.001)).toFixed(0)}/s)`;
    };
    this.log(`▶ ${name}`);
    const timer = setInterval(() => this.log(`  ${line()}`), this.intervalMs);
    timer.unref();
    try {
      const result = await fn(progress);
      await settle?.();
      return result;
    } finally {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      const usage = usageBefore && usageBetween(usageBefore, meter!.reading());
      const cpu = cpuBefore && cpuBetween(cpuBefore, cpuNow!());
      this.timings.push({
        name,
        seconds,
        requests: this.client.requests - requestsBefore,
        ...(usage && { usage }),
        ...(cpu && { cpu }),
      });
      this.log(`✓ ${line()}`);
    }
  }
}

/** Asks `probe` every `intervalMs` until it answers true; fails naming `what` after `timeoutMs`. */
export async function pollUntil(
  probe: () => Promise<boolean>,
  what: string,
  timeoutMs: number,
  intervalMs = 200,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
