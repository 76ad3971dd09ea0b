import { Cron } from 'croner';
import type { ScheduleModel } from '../../infra/resource-model';

const UNIT_MS: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/**
 * EventBridge schedule expressions run locally: `rate(N unit)` as an interval, `cron(m h dom mon dow year)`
 * through croner (EventBridge's `?` becomes `*`; the year field is dropped). Times are UTC, as in EventBridge.
 */
export function startSchedule(schedule: ScheduleModel, fire: () => Promise<unknown>): { stop(): void } {
  const run = () => {
    fire().catch((error) => console.error(`[local schedule ${schedule.target}]`, error));
  };
  const rate = /^rate\((\d+) (minute|hour|day)s?\)$/.exec(schedule.expression);
  if (rate) {
    const timer = setInterval(run, Number(rate[1]) * UNIT_MS[rate[2]!]!);
    return { stop: () => clearInterval(timer) };
  }
  const cron = /^cron\((.+)\)$/.exec(schedule.expression);
  if (cron) {
    const fields = cron[1]!
      .trim()
      .split(/\s+/)
      .slice(0, 5)
      .map((f) => f.replace('?', '*'));
    const job = new Cron(fields.join(' '), { timezone: 'UTC' }, run);
    return { stop: () => job.stop() };
  }
  throw new Error(`Unsupported schedule expression: ${schedule.expression}`);
}
