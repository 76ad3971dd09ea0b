import { addWorkingDays } from '../../domain/calendar/working-days';
import { addDays, dateInWib, dayOfWeek, type IsoDate } from '../../domain/shared/dates';
import { CLOCK_PATH } from '../local/http-server';
import type { Progress } from './progress';
import type { DemoContext, ProgrammeCalendar } from './state';

/**
 * The day the demo's stack starts on: BKN prepares the 2019 programme the day before its proposal window opens.
 * The programme then runs on its real 2019 dates (domain/reference/cohorts-2019.ts) and holidays.
 */
export const DEMO_START = '2019-04-04' as IsoDate;

/** The stack's business date (WIB), as `GET /_local/clock` answers it. */
export async function clockToday(ctx: Pick<DemoContext, 'actors'>): Promise<IsoDate> {
  const admin = await ctx.actors.admin();
  return dateInWib(new Date((await admin('GET', CLOCK_PATH)).body.now as string));
}

/**
 * Moves the stack's business calendar to 08.00 WIB of `date` through the local admin route, as an operator of
 * the local stack would; a date already reached is left alone (the calendar never goes back).
 */
export async function moveClockTo(ctx: DemoContext, date: IsoDate): Promise<void> {
  if (date <= ctx.today) return;
  if (ctx.calendar) return ctx.calendar.moveTo(ctx, date);
  const admin = await ctx.actors.admin();
  await admin('PUT', CLOCK_PATH, { date });
  ctx.today = date;
}

/** The working day `n` working days from `date` (back when n < 0); the 2019 holidays are in the table. */
export function workingDaysFrom(date: IsoDate, n: number): IsoDate {
  const moved = addWorkingDays(date, n);
  if (!moved.ok) throw new Error(`no holiday table for ${date}: ${moved.violations[0]?.message}`);
  return moved.value;
}

/** `date` itself when it is a working day, else the next working day. */
export const workingDayOnOrAfter = (date: IsoDate): IsoDate => workingDaysFrom(addDays(date, -1), 1);

/**
 * `date` itself when it is Monday to Friday, else the next Monday: for the days after 2019, whose holidays the
 * table does not hold yet.
 */
export function weekdayOnOrAfter(date: IsoDate): IsoDate {
  let day = date;
  while (dayOfWeek(day) === 0 || dayOfWeek(day) === 6) day = addDays(day, 1);
  return day;
}

/** One thing the actors do on a day, named for the day's log line: what, and for whom (a cohort, a NIP). */
export interface Step {
  label: string;
  subject: string | number;
  run: () => Promise<void>;
}

/**
 * The programme's work by date: each day in turn, the calendar moved to it first, then its lanes (a cohort, a
 * job) in parallel, the steps of a lane one after another. A step may put work on a later day (a re-test booked
 * into a later session); never on a day already played.
 */
export class Agenda {
  private readonly days = new Map<IsoDate, Map<string, Step[]>>();
  private playing: IsoDate | undefined;

  at(date: IsoDate, lane: string, step: Step): void {
    if (this.playing && date <= this.playing)
      throw new Error(`${step.label} put on ${date}, a day already played (${this.playing})`);
    const lanes = this.days.get(date) ?? new Map<string, Step[]>();
    lanes.set(lane, [...(lanes.get(lane) ?? []), step]);
    this.days.set(date, lanes);
  }

  /** Whether a lane already has work on a day. */
  has(date: IsoDate, lane: string): boolean {
    return this.days.get(date)?.has(lane) ?? false;
  }

  async play(ctx: DemoContext, progress: Progress): Promise<void> {
    progress.restart(this.days.size, 'hari');
    while (this.days.size > 0) {
      const date = [...this.days.keys()].sort()[0]!;
      const lanes = this.days.get(date)!;
      this.days.delete(date);
      this.playing = date;
      progress.total = progress.done + 1 + this.days.size;
      await moveClockTo(ctx, date);
      const subjects = new Map<string, (string | number)[]>();
      for (const step of [...lanes.values()].flat())
        subjects.set(step.label, [...(subjects.get(step.label) ?? []), step.subject]);
      ctx.log(`  ${date}: ${[...subjects].map(([label, of]) => `${label} (${of.join(', ')})`).join('; ')}`);
      await Promise.all(
        [...lanes.values()].map(async (steps) => {
          for (const step of steps) await step.run();
        }),
      );
      progress.tick();
    }
  }
}

/**
 * The one business calendar of programmes played at the same time, each by a context of its own (national.ts).
 * A context moving to a date waits until every context playing has asked for a date or finished its stage; the
 * calendar then moves to the earliest date asked and the contexts that asked for it go on: every programme's
 * work of a day is done on that day, whichever context gets there first. A scheduled job runs once a day, as
 * EventBridge fires it, whichever context fires it first.
 */
export class SharedCalendar implements ProgrammeCalendar {
  private readonly playing = new Set<DemoContext>();
  private readonly asked = new Map<
    DemoContext,
    { date: IsoDate; go: () => void; fail: (e: unknown) => void }
  >();
  private readonly jobs = new Map<string, Promise<unknown>>();
  private moving = false;

  constructor(
    public today: IsoDate,
    private readonly move: (date: IsoDate) => Promise<void>,
  ) {}

  /** Plays `stage` for every context at once on this calendar; the contexts keep it for their later stages. */
  async together(
    contexts: readonly DemoContext[],
    stage: (ctx: DemoContext) => Promise<void>,
  ): Promise<void> {
    for (const ctx of contexts) {
      ctx.calendar = this;
      this.playing.add(ctx);
    }
    await Promise.all(
      contexts.map(async (ctx) => {
        try {
          await stage(ctx);
        } finally {
          this.playing.delete(ctx);
          this.advance();
        }
      }),
    );
  }

  moveTo(ctx: DemoContext, date: IsoDate): Promise<void> {
    if (date < this.today)
      return Promise.reject(new Error(`${date} asked for, the shared calendar is already on ${this.today}`));
    if (date === this.today) {
      ctx.today = date;
      return Promise.resolve();
    }
    return new Promise((go, fail) => {
      this.asked.set(ctx, { date, go, fail });
      this.advance();
    });
  }

  /** The job `name` run once on the calendar's day, its answer shared by every context that fires it that day. */
  fireOnce(name: string, fire: () => Promise<unknown>): Promise<unknown> {
    const key = `${name} ${this.today}`;
    if (!this.jobs.has(key)) this.jobs.set(key, fire());
    return this.jobs.get(key)!;
  }

  private advance(): void {
    if (this.moving || this.asked.size === 0) return;
    if ([...this.playing].some((ctx) => !this.asked.has(ctx))) return;
    const date = [...this.asked.values()].map((a) => a.date).sort()[0]!;
    this.moving = true;
    this.move(date).then(
      () => {
        this.today = date;
        this.moving = false;
        for (const [ctx, asked] of this.asked)
          if (asked.date === date) {
            this.asked.delete(ctx);
            ctx.today = date;
            asked.go();
          }
        // Contexts that asked or finished while it moved.
        this.advance();
      },
      (error: unknown) => {
        this.moving = false;
        for (const asked of this.asked.values()) asked.fail(error);
        this.asked.clear();
      },
    );
  }
}
