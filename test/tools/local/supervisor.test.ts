import { describe, expect, it, vi } from 'vitest';
import type { ChildService } from '../../../tools/local/dynamodb-local';
import {
  describeEvent,
  supervise,
  type RestartPolicy,
  type SupervisorEvent,
} from '../../../tools/local/supervisor';

interface FakeProcess extends ChildService {
  /** Ends the process as a crash or a kill would. */
  die(reason?: string): void;
  stop: ReturnType<typeof vi.fn<() => Promise<void>>>;
}

let nextPid = 1000;

/** A child process that ends when the test says so, or when stopped. */
function fakeProcess(): FakeProcess {
  let end!: (reason: string) => void;
  const ended = new Promise<string>((resolve) => (end = resolve));
  return {
    endpoint: 'http://127.0.0.1:8000',
    pid: nextPid++,
    ended,
    die: (reason = 'sinyal SIGKILL') => end(reason),
    stop: vi.fn(async () => end('sinyal SIGTERM')),
  };
}

const policy = (overrides: Partial<RestartPolicy> = {}): RestartPolicy => ({
  maxRestarts: 2,
  windowMs: 60_000,
  delayMs: () => 0,
  ...overrides,
});

/** A supervised fake whose restarts start fresh fakes (kept in `started`), reporting into `events`. */
function supervisedFake(options: { policy?: RestartPolicy; now?: () => number } = {}) {
  const first = fakeProcess();
  const started: FakeProcess[] = [];
  const events: SupervisorEvent[] = [];
  const restart = vi.fn(async () => {
    const next = fakeProcess();
    started.push(next);
    return next;
  });
  const supervised = supervise({
    name: 'DynamoDB Local',
    first,
    restart,
    policy: options.policy ?? policy(),
    report: (event) => events.push(event),
    now: options.now,
  });
  return { first, started, events, restart, supervised };
}

const kinds = (events: SupervisorEvent[]) => events.map((event) => event.kind);

/** Whether `promise` has settled once pending callbacks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  const pending = Symbol('pending');
  return (await Promise.race([promise, new Promise((r) => setTimeout(() => r(pending), 20))])) !== pending;
}

describe('the supervisor of a child process the local stack depends on', () => {
  it('starts a process that died on its own again, and reports it down until the new one is up', async () => {
    // Prepare
    const { first, started, events, supervised } = supervisedFake();
    expect(supervised.pid()).toBe(first.pid);

    // Act
    first.die();

    // Assess
    await vi.waitFor(() => expect(kinds(events)).toEqual(['died', 'restarting', 'restarted']));
    expect(supervised.state()).toBe('up');
    expect(events[0]).toEqual({ kind: 'died', reason: 'sinyal SIGKILL' });
    expect(supervised.pid()).toBe(started[0]!.pid);
    await supervised.stop();
  });

  it('is down (restarting) from the death until the restart is up, with no pid to kill meanwhile', async () => {
    // Prepare
    const { first, supervised } = supervisedFake({ policy: policy({ delayMs: () => 50 }) });

    // Act
    first.die();

    // Assess
    await vi.waitFor(() => expect(supervised.state()).toBe('restarting'));
    expect(supervised.pid()).toBeUndefined();
    await vi.waitFor(() => expect(supervised.pid()).toBeDefined());
    expect(supervised.state()).toBe('up');
    await supervised.stop();
  });

  it('waits longer before each restart of the window, as the policy says', async () => {
    // Prepare
    const delayMs = vi.fn((restart: number) => restart);
    const { first, started, supervised } = supervisedFake({ policy: policy({ delayMs }) });

    // Act
    first.die();
    await vi.waitFor(() => expect(started).toHaveLength(1));
    started[0]!.die();
    await vi.waitFor(() => expect(started).toHaveLength(2));

    // Assess
    expect(delayMs.mock.calls).toEqual([[0], [1]]);
    await supervised.stop();
  });

  it('gives up when the process dies again after the restarts the window allows: failed, failure settled', async () => {
    // Prepare
    const { first, started, events, restart, supervised } = supervisedFake();

    // Act
    first.die();
    await vi.waitFor(() => expect(started).toHaveLength(1));
    started[0]!.die();
    await vi.waitFor(() => expect(started).toHaveLength(2));
    started[1]!.die();
    const failure = await supervised.failure;

    // Assess
    expect(failure.message).toBe('DynamoDB Local died with no restart left (2 allowed within 60 s)');
    expect(supervised.state()).toBe('failed');
    expect(restart).toHaveBeenCalledTimes(2);
    expect(events.at(-1)).toEqual({
      kind: 'gave-up',
      reason: 'too-many-restarts',
      restarts: 2,
      windowMs: 60_000,
    });
    await supervised.stop();
  });

  it('counts only the restarts within the window: deaths far apart are restarted each time', async () => {
    // Prepare
    let now = 0;
    const { first, started, supervised } = supervisedFake({ now: () => now });

    // Act
    let dying: FakeProcess = first;
    for (let death = 0; death < 4; death++) {
      dying.die();
      await vi.waitFor(() => expect(started).toHaveLength(death + 1));
      dying = started[death]!;
      now += 60_000;
    }

    // Assess
    expect(supervised.state()).toBe('up');
    expect(await settled(supervised.failure)).toBe(false);
    await supervised.stop();
  });

  it('counts a restart that fails to start, and gives up when none can start', async () => {
    // Prepare
    const events: SupervisorEvent[] = [];
    const first = fakeProcess();
    const restart = vi.fn(async (): Promise<ChildService> => {
      throw new Error('DynamoDB Local failed to start: port taken\nstack');
    });
    const supervised = supervise({
      name: 'DynamoDB Local',
      first,
      restart,
      policy: policy(),
      report: (e) => events.push(e),
    });

    // Act
    first.die();
    await supervised.failure;

    // Assess
    expect(restart).toHaveBeenCalledTimes(2);
    expect(kinds(events)).toEqual([
      'died',
      'restarting',
      'restart-failed',
      'restarting',
      'restart-failed',
      'gave-up',
    ]);
    expect(describeEvent('DynamoDB Local', events[2]!)).toBe(
      'DynamoDB Local gagal dinyalakan ulang: DynamoDB Local failed to start: port taken',
    );
  });

  it('gives up at the first death when the process keeps its data in memory (nothing to restart on)', async () => {
    // Prepare
    const events: SupervisorEvent[] = [];
    const first = fakeProcess();
    const supervised = supervise({ name: 'DynamoDB Local', first, report: (e) => events.push(e) });

    // Act
    first.die();
    const failure = await supervised.failure;

    // Assess
    expect(failure.message).toContain('cannot start again on the same data');
    expect(events).toEqual([
      { kind: 'died', reason: 'sinyal SIGKILL' },
      { kind: 'gave-up', reason: 'no-data-dir' },
    ]);
    expect(supervised.state()).toBe('failed');
  });

  it('restarts nothing after an intended stop: the process it stops ends quietly', async () => {
    // Prepare
    const { first, events, restart, supervised } = supervisedFake();

    // Act
    await supervised.stop();

    // Assess
    expect(first.stop).toHaveBeenCalledTimes(1);
    expect(await settled(first.ended)).toBe(true);
    expect(events).toEqual([]);
    expect(restart).not.toHaveBeenCalled();
    expect(await settled(supervised.failure)).toBe(false);
  });

  it('starts no restart when stopped while waiting to restart', async () => {
    // Prepare
    const { first, restart, supervised } = supervisedFake({ policy: policy({ delayMs: () => 10_000 }) });
    first.die();
    await vi.waitFor(() => expect(supervised.state()).toBe('restarting'));

    // Act
    await supervised.stop();

    // Assess
    expect(restart).not.toHaveBeenCalled();
  });

  it('stops a restart under way as soon as it is up when stopped meanwhile', async () => {
    // Prepare
    const first = fakeProcess();
    const next = fakeProcess();
    let up!: () => void;
    const restart = vi.fn(() => new Promise<ChildService>((resolve) => (up = () => resolve(next))));
    const supervised = supervise({ name: 'DynamoDB Local', first, restart, policy: policy() });
    first.die();
    await vi.waitFor(() => expect(restart).toHaveBeenCalled());

    // Act
    const stopping = supervised.stop();
    up();
    await stopping;

    // Assess
    expect(next.stop).toHaveBeenCalledTimes(1);
    expect(supervised.state()).toBe('restarting');
  });

  it.each<[string, SupervisorEvent, string]>([
    [
      'a death',
      { kind: 'died', reason: 'sinyal SIGKILL' },
      'DynamoDB Local mati (sinyal SIGKILL); permintaan API dijawab 503 LOCAL_SERVICE_DOWN sampai ia menyala lagi.',
    ],
    [
      'a restart coming',
      { kind: 'restarting', restart: 1, of: 3, delayMs: 500 },
      'Menyalakan ulang DynamoDB Local pada data dan port yang sama dalam 0,5 detik (percobaan 1 dari 3).',
    ],
    [
      'a restart done',
      { kind: 'restarted', endpoint: 'http://127.0.0.1:8000' },
      'DynamoDB Local menyala lagi di http://127.0.0.1:8000, dengan data yang sama.',
    ],
    [
      'giving up after the restarts allowed',
      { kind: 'gave-up', reason: 'too-many-restarts', restarts: 3, windowMs: 60_000 },
      'DynamoDB Local tidak dinyalakan ulang lagi: batas 3 kali dalam 60 detik sudah tercapai. Sistem lokal menyerah.',
    ],
    [
      'giving up on data kept in memory',
      { kind: 'gave-up', reason: 'no-data-dir' },
      'DynamoDB Local menyimpan datanya di memori dan tidak dapat dinyalakan ulang dengan data yang sama.',
    ],
  ])('tells the console of %s in Bahasa Indonesia', (_what, event, line) => {
    expect(describeEvent('DynamoDB Local', event)).toBe(line);
  });
});
