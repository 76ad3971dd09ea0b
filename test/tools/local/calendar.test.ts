import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CalendarError, LocalCalendar } from '../../../tools/local/calendar';

describe('the local business calendar', () => {
  const dirs: string[] = [];
  const tempFile = () => {
    const dir = mkdtempSync(join(tmpdir(), 'calendar-'));
    dirs.push(dir);
    return join(dir, 'calendar.json');
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('starts on the system time when nothing was saved', () => {
    const calendar = new LocalCalendar();
    expect(Math.abs(calendar.now().getTime() - Date.now())).toBeLessThan(1_000);
  });

  it('a date alone moves it to 08.00 WIB of that Jakarta date, and it runs on from there', async () => {
    const calendar = new LocalCalendar();
    calendar.move({ date: '2099-05-06' });
    expect(calendar.now().toISOString().slice(0, 16)).toBe('2099-05-06T01:00');
    const first = calendar.now().getTime();
    await new Promise((r) => setTimeout(r, 5));
    expect(calendar.now().getTime()).toBeGreaterThan(first);
  });

  it('an instant with its zone, and whole days ahead', () => {
    const calendar = new LocalCalendar();
    calendar.move({ at: '2099-05-06T23:30:00+07:00' });
    expect(calendar.now().toISOString().slice(0, 16)).toBe('2099-05-06T16:30');
    calendar.move({ advanceDays: 2 });
    expect(calendar.now().toISOString().slice(0, 16)).toBe('2099-05-08T16:30');
  });

  it('CLOCK_BACKWARDS: refuses to go back before what may already be recorded', () => {
    const calendar = new LocalCalendar();
    calendar.move({ date: '2099-05-06' });
    const refused = (() => {
      try {
        calendar.move({ date: '2099-05-05' });
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(CalendarError);
    expect((refused as CalendarError).code).toBe('CLOCK_BACKWARDS');
    expect(calendar.now().toISOString().slice(0, 10)).toBe('2099-05-06');
  });

  it.each([
    [{ date: '2099-02-30' }],
    [{ date: '6 Mei 2099' }],
    [{ at: '2099-05-06T08:00:00' }],
    [{ at: 'besok' }],
    [{ advanceDays: -1 }],
    [{ advanceDays: Number.NaN }],
    [{}],
  ])('CLOCK_INVALID: %j is refused and the calendar stays', (move) => {
    const calendar = new LocalCalendar();
    const before = calendar.now().getTime();
    expect(() => calendar.move(move as never)).toThrow(CalendarError);
    expect(calendar.now().getTime() - before).toBeLessThan(1_000);
  });

  it('tells its listeners the new time after each move', () => {
    const calendar = new LocalCalendar();
    const seen: string[] = [];
    calendar.onMove((now) => seen.push(now.toISOString().slice(0, 10)));
    calendar.move({ date: '2099-05-06' });
    calendar.move({ advanceDays: 1 });
    expect(seen).toEqual(['2099-05-06', '2099-05-07']);
  });

  it('is saved when moved and resumed by a calendar on the same file, the stopped time skipped', () => {
    const file = tempFile();
    const calendar = new LocalCalendar({ file });
    calendar.move({ date: '2099-05-06' });
    expect(JSON.parse(readFileSync(file, 'utf8')).at.slice(0, 10)).toBe('2099-05-06');
    const resumed = new LocalCalendar({ file });
    expect(Math.abs(resumed.now().getTime() - calendar.now().getTime())).toBeLessThan(1_000);
  });

  it('a fresh calendar may start in the past (a programme played on its 2019 dates) and resumes there', () => {
    const file = tempFile();
    expect(new LocalCalendar({ file, start: { date: '2019-04-05' } }).now().toISOString().slice(0, 10)).toBe(
      '2019-04-05',
    );
    expect(new LocalCalendar({ file }).now().toISOString().slice(0, 10)).toBe('2019-04-05');
  });

  it('CLOCK_BACKWARDS: a saved calendar cannot be started again before where it stood', () => {
    const file = tempFile();
    new LocalCalendar({ file, start: { date: '2019-05-06' } });
    expect(() => new LocalCalendar({ file, start: { date: '2019-04-05' } })).toThrow(/dimundurkan/);
    expect(new LocalCalendar({ file, start: { date: '2019-05-07' } }).now().toISOString().slice(0, 10)).toBe(
      '2019-05-07',
    );
  });
});
