import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseIsoDate } from '../../domain/shared/dates';
import type { Clock } from '../../runtime/clock';

/** What `PUT /_local/clock` and `npm start -- --date` accept: an instant, a Jakarta date (08.00 WIB), or days ahead. */
export type CalendarMove = { at: string } | { date: string } | { advanceDays: number };

export class CalendarError extends Error {
  constructor(
    readonly code: 'CLOCK_BACKWARDS' | 'CLOCK_INVALID',
    message: string,
  ) {
    super(message);
  }
}

/** An ISO instant that says its zone: a local time without one would depend on the machine's. */
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The local stack's business clock (runtime/clock.ts): it runs at the speed of the system clock from
 * wherever it was set, so records written one after another keep their order, and it only moves forward —
 * records already written must never lie in its future. Saved to a file (the stack's data folder) whenever it
 * is moved and when the stack stops: a restarted stack resumes where the calendar stood, the time it was
 * stopped skipped.
 */
export class LocalCalendar implements Clock {
  /** Business time minus system time, in milliseconds. */
  private offsetMs = 0;
  private readonly listeners: ((now: Date) => void)[] = [];
  private readonly file: string | undefined;

  /**
   * `file`: where the calendar is saved (the stack's data folder); `start`: where it starts, anywhere on a fresh
   * calendar, only forward of where a saved one stood.
   */
  constructor(options: { file?: string | undefined; start?: CalendarMove | undefined } = {}) {
    this.file = options.file;
    const saved = this.file ? savedAt(this.file) : undefined;
    if (saved) this.offsetMs = saved.getTime() - Date.now();
    if (options.start) {
      const target = targetOf(options.start, this.now());
      if (saved) this.refuseBackwards(target);
      this.offsetMs = target.getTime() - Date.now();
      this.save();
    }
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves the calendar forward and tells the listeners (the local schedules); refuses going back. */
  move(move: CalendarMove): Date {
    const target = targetOf(move, this.now());
    this.refuseBackwards(target);
    this.offsetMs = target.getTime() - Date.now();
    this.save();
    for (const listener of this.listeners) listener(target);
    return target;
  }

  /** Called after each move, with the new time. */
  onMove(listener: (now: Date) => void): void {
    this.listeners.push(listener);
  }

  private refuseBackwards(target: Date): void {
    if (target.getTime() < this.now().getTime()) {
      throw new CalendarError(
        'CLOCK_BACKWARDS',
        `Kalender lokal tidak dapat dimundurkan ke ${target.toISOString()}: sekarang ${this.now().toISOString()}.`,
      );
    }
  }

  save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify({ at: this.now().toISOString() }));
  }
}

function savedAt(file: string): Date | undefined {
  try {
    const at = new Date((JSON.parse(readFileSync(file, 'utf8')) as { at: string }).at);
    return Number.isNaN(at.getTime()) ? undefined : at;
  } catch {
    return undefined; // nothing saved yet
  }
}

function targetOf(move: CalendarMove, now: Date): Date {
  if ('advanceDays' in move) {
    if (typeof move.advanceDays !== 'number' || !Number.isFinite(move.advanceDays) || move.advanceDays < 0) {
      throw new CalendarError('CLOCK_INVALID', 'advanceDays harus bilangan tidak negatif.');
    }
    return new Date(now.getTime() + move.advanceDays * DAY_MS);
  }
  if ('date' in move) {
    if (typeof move.date !== 'string' || !parseIsoDate(move.date).ok) {
      throw new CalendarError(
        'CLOCK_INVALID',
        `Tanggal "${String(move.date)}" tidak sah: gunakan YYYY-MM-DD.`,
      );
    }
    // A date alone is the start of BKN's working day in Jakarta (WIB, UTC+7, no daylight saving).
    return new Date(`${move.date}T08:00:00+07:00`);
  }
  const instant = typeof move.at === 'string' && ZONED.test(move.at) ? new Date(move.at) : undefined;
  if (!instant || Number.isNaN(instant.getTime())) {
    throw new CalendarError(
      'CLOCK_INVALID',
      `Waktu "${String(move.at)}" tidak sah: gunakan ISO 8601 dengan zona waktu, mis. 2019-05-06T08:00:00+07:00.`,
    );
  }
  return instant;
}
