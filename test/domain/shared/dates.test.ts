import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dateParts,
  daysBetween,
  dayOfWeek,
  fromEpochDay,
  fullMonthsBetween,
  hariOf,
  isOnOrAfter,
  isOnOrBefore,
  isValidDate,
  isWithinPeriod,
  makeDate,
  parseIsoDate,
  toEpochDay,
} from '../../../domain/shared/dates';
import { codesOf, d } from './helpers';

const dateArb = fc
  .record({
    year: fc.integer({ min: 1900, max: 2100 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => makeDate(year, month, Math.min(day, 28)))
  .filter((x) => x !== null)
  .map((x) => x!);

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2025-02-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-04-31', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['0999-01-01', false],
    ['2025-1-01', false],
    ['not a date', false],
  ])('TANGGAL-VALID: %s is valid = %s', (text, valid) => {
    const parsed = parseIsoDate(text);
    expect(parsed.ok).toBe(valid);
    if (!valid) expect(codesOf(parsed)).toEqual(['TANGGAL-VALID']);
  });

  it('rejects non-integer parts', () => {
    expect(isValidDate(2025.5, 1, 1)).toBe(false);
  });

  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-03-15', 12, '2025-03-15'],
    ['2025-03-15', -12, '2024-03-15'],
    ['2025-01-15', -1, '2024-12-15'],
    ['2024-02-29', 12, '2025-02-28'],
  ])('addMonths(%s, %i) = %s (end of month clamped)', (from, n, expected) => {
    expect(addMonths(d(from), n)).toBe(expected);
  });

  it('addYears on 29 February falls back to 28 February', () => {
    expect(addYears(d('2024-02-29'), 1)).toBe('2025-02-28');
  });

  it('clamps arithmetic to the supported year range', () => {
    expect(addMonths(d('9999-12-01'), 1)).toBe('9999-12-31');
    expect(addMonths(d('1000-01-15'), -1)).toBe('1000-01-01');
    expect(fromEpochDay(toEpochDay(d('1000-01-01')) - 1)).toBe('1000-01-01');
    expect(fromEpochDay(toEpochDay(d('9999-12-31')) + 1)).toBe('9999-12-31');
  });

  it.each([
    ['2024-03-15', '2025-03-14', 11],
    ['2024-03-15', '2025-03-15', 12],
    ['2024-01-31', '2024-02-29', 1],
    ['2025-03-15', '2024-03-15', 0],
  ])('fullMonthsBetween(%s, %s) = %i', (a, b, n) => {
    expect(fullMonthsBetween(d(a), d(b))).toBe(n);
  });

  it.each([
    ['1970-01-01', 4, 'Kamis'],
    ['2025-08-17', 0, 'Minggu'],
    ['2025-08-18', 1, 'Senin'],
    ['2019-04-17', 3, 'Rabu'],
    ['1969-12-31', 3, 'Rabu'],
  ])('dayOfWeek(%s) = %i (%s)', (date, dow, hari) => {
    expect(dayOfWeek(d(date))).toBe(dow);
    expect(hariOf(d(date))).toBe(hari);
  });

  it('compares and measures dates', () => {
    expect(compareDates(d('2025-01-01'), d('2025-01-02'))).toBe(-1);
    expect(compareDates(d('2025-01-02'), d('2025-01-01'))).toBe(1);
    expect(compareDates(d('2025-01-01'), d('2025-01-01'))).toBe(0);
    expect(isOnOrBefore(d('2025-01-01'), d('2025-01-01'))).toBe(true);
    expect(isOnOrAfter(d('2025-01-01'), d('2025-01-02'))).toBe(false);
    expect(daysBetween(d('2024-02-28'), d('2024-03-01'))).toBe(2);
    expect(dateParts(d('2025-08-17'))).toEqual({ year: 2025, month: 8, day: 17 });
  });

  it.each([
    ['2025-01-01', '2025-01-01', null, true],
    ['2025-01-01', '2025-06-30', '2025-06-30', true],
    ['2025-01-01', '2025-07-01', '2025-06-30', false],
    ['2025-01-01', '2024-12-31', null, false],
  ])('isWithinPeriod: from %s, date %s, until %s -> %s', (from, date, until, expected) => {
    expect(isWithinPeriod(d(date), { from: d(from), until: until === null ? null : d(until) })).toBe(
      expected,
    );
  });

  it('property: epoch day round-trips and addDays is consistent with daysBetween', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        expect(fromEpochDay(toEpochDay(date))).toBe(date);
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });

  it('property: consecutive days advance the weekday by one', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        expect(dayOfWeek(addDays(date, 1))).toBe((dayOfWeek(date) + 1) % 7);
      }),
    );
  });

  it('property: date + n months is after exactly n full months', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 240 }), (date, n) => {
        const later = addMonths(date, n);
        expect(fullMonthsBetween(date, later)).toBe(n);
        expect(later >= date).toBe(true);
      }),
    );
  });
});
