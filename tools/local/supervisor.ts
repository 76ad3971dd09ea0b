import { setTimeout as sleep } from 'node:timers/promises';
import type { ChildService, RunningService } from './dynamodb-local';

/** How often a dependency that dies is started again before the stack gives up on it. */
export interface RestartPolicy {
  /** Restarts allowed within `windowMs`; a death after that many in the window is given up on. */
  maxRestarts: number;
  windowMs: number;
  /** The wait before a restart, `restart` counting the restarts already made in the window (0 for the first). */
  delayMs: (restart: number) => number;
}

/**
 * Three restarts a minute, after 0.5 s, 1 s and 2 s: a crash now and then is survived, while a JVM that cannot
 * start again (a taken port, a broken data file) ends the stack within seconds instead of looping.
 */
export const RESTART_POLICY: RestartPolicy = {
  maxRestarts: 3,
  windowMs: 60_000,
  delayMs: (restart) => 500 * 2 ** restart,
};

export type SupervisorEvent =
  | { kind: 'died'; reason: string }
  | { kind: 'restarting'; restart: number; of: number; delayMs: number }
  | { kind: 'restarted'; endpoint: string }
  | { kind: 'restart-failed'; error: Error }
  | { kind: 'gave-up'; reason: 'no-data-dir' }
  | { kind: 'gave-up'; reason: 'too-many-restarts'; restarts: number; windowMs: number };

export type SupervisedState = 'up' | 'restarting' | 'failed';

export interface Supervised extends RunningService {
  /** `up` serving; `restarting` dead and being started again; `failed` given up on. */
  state(): SupervisedState;
  /** The pid of the process serving now (a new one after each restart); none while it is down. */
  pid(): number | undefined;
  /** Settles when the supervisor gives up on the service, with why; never rejects. */
  failure: Promise<Error>;
}

export interface SuperviseOptions {
  /** For the console and the failure, e.g. `DynamoDB Local`. */
  name: string;
  /** The process started first. */
  first: ChildService;
  /** Starts the service again on the same data and endpoint; absent when it has no data to come back to. */
  restart?: () => Promise<ChildService>;
  policy?: RestartPolicy;
  report?: (event: SupervisorEvent) => void;
  /** The time restarts are counted in (tests move it). */
  now?: () => number;
}

/**
 * Watches a child process the stack depends on: when it ends without being stopped, it is started again on the
 * same data and endpoint within the policy's bounds, or given up on (`failure`). `stop()` is an intended end:
 * nothing is restarted after it, and a restart under way is stopped as soon as it is up.
 */
export function supervise(options: SuperviseOptions): Supervised {
  const policy = options.policy ?? RESTART_POLICY;
  const report = options.report ?? (() => undefined);
  const now = options.now ?? Date.now;
  const cancel = new AbortController();
  let current: ChildService | undefined = options.first;
  let state: SupervisedState = 'up';
  let recovering: Promise<void> | undefined;
  const restarts: number[] = [];
  let giveUp!: (error: Error) => void;
  const failure = new Promise<Error>((resolve) => (giveUp = resolve));

  const stopped = () => cancel.signal.aborted;

  function watch(service: ChildService) {
    void service.ended.then((reason) => {
      if (stopped() || current !== service) return;
      current = undefined;
      state = 'restarting';
      report({ kind: 'died', reason });
      recovering = recover();
    });
  }

  function fail(event: Extract<SupervisorEvent, { kind: 'gave-up' }>) {
    state = 'failed';
    report(event);
    giveUp(
      new Error(
        event.reason === 'no-data-dir'
          ? `${options.name} died and kept its data in memory: it cannot start again on the same data`
          : `${options.name} died with no restart left (${event.restarts} allowed within ${event.windowMs / 1000} s)`,
      ),
    );
  }

  async function recover(): Promise<void> {
    if (!options.restart) return fail({ kind: 'gave-up', reason: 'no-data-dir' });
    while (!stopped()) {
      while (restarts.length && restarts[0]! <= now() - policy.windowMs) restarts.shift();
      if (restarts.length >= policy.maxRestarts) {
        const { maxRestarts, windowMs } = policy;
        return fail({ kind: 'gave-up', reason: 'too-many-restarts', restarts: maxRestarts, windowMs });
      }
      const delayMs = policy.delayMs(restarts.length);
      report({ kind: 'restarting', restart: restarts.length + 1, of: policy.maxRestarts, delayMs });
      try {
        await sleep(delayMs, undefined, { signal: cancel.signal });
      } catch {
        return; // stopped while waiting
      }
      restarts.push(now());
      let service: ChildService;
      try {
        service = await options.restart();
      } catch (error) {
        report({ kind: 'restart-failed', error: error as Error });
        continue;
      }
      if (stopped()) return service.stop();
      current = service;
      state = 'up';
      report({ kind: 'restarted', endpoint: service.endpoint });
      watch(service);
      return;
    }
  }

  watch(options.first);
  return {
    endpoint: options.first.endpoint,
    state: () => state,
    pid: () => current?.pid,
    failure,
    async stop() {
      cancel.abort();
      await recovering;
      await current?.stop();
    },
  };
}

/** Seconds as Indonesian writes them (`0,5`). */
const seconds = (ms: number) => (ms / 1000).toLocaleString('id-ID');

/** The console's line for an event of the service `name`, in Bahasa Indonesia like the rest of `npm start`. */
export function describeEvent(name: string, event: SupervisorEvent): string {
  switch (event.kind) {
    case 'died':
      return `${name} mati (${event.reason}); permintaan API dijawab 503 LOCAL_SERVICE_DOWN sampai ia menyala lagi.`;
    case 'restarting':
      return `Menyalakan ulang ${name} pada data dan port yang sama dalam ${seconds(event.delayMs)} detik (percobaan ${event.restart} dari ${event.of}).`;
    case 'restarted':
      return `${name} menyala lagi di ${event.endpoint}, dengan data yang sama.`;
    case 'restart-failed':
      return `${name} gagal dinyalakan ulang: ${event.error.message.split('\n')[0]}`;
    case 'gave-up':
      return event.reason === 'no-data-dir'
        ? `${name} menyimpan datanya di memori dan tidak dapat dinyalakan ulang dengan data yang sama.`
        : `${name} tidak dinyalakan ulang lagi: batas ${event.restarts} kali dalam ${seconds(event.windowMs)} detik sudah tercapai. Sistem lokal menyerah.`;
  }
}
