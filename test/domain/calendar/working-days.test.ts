import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NATIONAL_HOLIDAYS } from '../../../domain/calendar/holidays';
import {
  addWorkingDays,
  countWorkingDays,
  coveredYears,
  holidayOn,
  isWorkingDay,
  nonWorkingReason,
} from '../../../domain/calendar/working-days';
import { addDays, dayOfWeek, fromEpochDay, parseIsoDate, toEpochDay } from '../../../domain/shared/dates';
import { codesOf, d, valueOf } from '../shared/helpers';

const OFFICIAL_YEARS = [2019, 2025, 2026];

describe('holiday data (SKB 3 Menteri)', () => {
  it('covers 2019 and 2025-2027; 2027 is provisional until its SKB', () => {
    expect(coveredYears()).toEqual([2019, 2025, 2026, 2027]);
    expect(OFFICIAL_YEARS.map((y) => NATIONAL_HOLIDAYS[y]?.status)).toEqual(['RESMI', 'RESMI', 'RESMI']);
    expect(NATIONAL_HOLIDAYS[2027]?.status).toBe('PERKIRAAN');
  });

  it.each(coveredYears())('every %i entry is a real date of that year, listed once', (year) => {
    const entry = NATIONAL_HOLIDAYS[year]!;
    const dates = entry.holidays.map((h) => h.date);
    for (const date of dates) {
      expect(parseIsoDate(date).ok).toBe(true);
      expect(date.startsWith(`${year}-`)).toBe(true);
    }
    expect(new Set(dates).size).toBe(dates.length);
    expect(entry.source).toContain('SKB');
  });

  it.each(OFFICIAL_YEARS)('%i: every cuti bersama falls on a weekday', (year) => {
    for (const h of NATIONAL_HOLIDAYS[year]!.holidays.filter((x) => x.kind === 'CUTI_BERSAMA')) {
      expect([1, 2, 3, 4, 5]).toContain(dayOfWeek(d(h.date)));
    }
  });

  it('2025 lists the Idul Fitri cuti bersama 2-4 and 7 April', () => {
    const cuti = NATIONAL_HOLIDAYS[2025]!.holidays
      .filter((h) => h.kind === 'CUTI_BERSAMA')
      .map((h) => h.date);
    expect(cuti).toEqual(expect.arrayContaining(['2025-04-02', '2025-04-03', '2025-04-04', '2025-04-07']));
  });
});

describe('working days', () => {
  it.each([
    ['2025-07-07', true, null],
    ['2025-07-05', false, 'Sabtu'],
    ['2025-07-06', false, 'Minggu'],
    ['2025-08-18', false, 'Cuti bersama Hari Kemerdekaan Republik Indonesia'],
    ['2025-12-25', false, 'Kelahiran Yesus Kristus'],
    ['2019-04-17', false, 'Pemungutan suara Pemilihan Umum 2019'],
    ['2026-03-23', false, 'Cuti bersama Idul Fitri 1447 H'],
  ])('KAL-HARI-KERJA: %s is a working day = %s (%s)', (date, working, reason) => {
    expect(valueOf(isWorkingDay(d(date)))).toBe(working);
    const why = valueOf(nonWorkingReason(d(date)));
    expect(why?.name ?? null).toBe(reason);
  });

  it('KAL-DATA-LIBUR: a weekday in a year without holiday data is refused, not guessed', () => {
    expect(codesOf(isWorkingDay(d('2024-07-01')))).toEqual(['KAL-DATA-LIBUR']);
    expect(codesOf(holidayOn(d('2030-01-01')))).toEqual(['KAL-DATA-LIBUR']);
    expect(codesOf(addWorkingDays(d('2027-12-30'), 3))).toEqual(['KAL-DATA-LIBUR']);
    expect(codesOf(countWorkingDays(d('2027-12-30'), d('2028-01-05')))).toEqual(['KAL-DATA-LIBUR']);
  });

  it.each([
    ['2025-07-15', -6, '2025-07-07'],
    ['2025-04-08', -1, '2025-03-27'],
    ['2025-03-27', 1, '2025-04-08'],
    ['2025-07-04', 1, '2025-07-07'],
    ['2025-07-05', 0, '2025-07-05'],
    ['2019-06-10', -1, '2019-05-31'],
  ])('KAL-HARI-KERJA: addWorkingDays(%s, %i) = %s', (from, n, expected) => {
    expect(valueOf(addWorkingDays(d(from), n))).toBe(expected);
  });

  it.each([
    ['2025-07-07', '2025-07-15', 6],
    ['2025-03-27', '2025-04-08', 1],
    ['2025-07-15', '2025-07-07', 0],
  ])('countWorkingDays [%s, %s) = %i', (from, to, n) => {
    expect(valueOf(countWorkingDays(d(from), d(to)))).toBe(n);
  });

  const start = toEpochDay(d('2025-04-01'));
  const end = toEpochDay(d('2026-10-31'));
  const dateIn = fc.integer({ min: start, max: end }).map(fromEpochDay);

  it('KAL-HARI-KERJA property: addWorkingDays never lands on a weekend or a holiday', () => {
    fc.assert(
      fc.property(
        dateIn,
        fc.integer({ min: -40, max: 40 }).filter((n) => n !== 0),
        (date, n) => {
          const result = valueOf(addWorkingDays(date, n));
          expect(valueOf(isWorkingDay(result))).toBe(true);
          expect(valueOf(holidayOn(result))).toBeNull();
          expect([0, 6]).not.toContain(dayOfWeek(result));
        },
      ),
    );
  });

  it('KAL-HARI-KERJA property: addWorkingDays is strictly monotonic in n', () => {
    fc.assert(
      fc.property(dateIn, fc.integer({ min: -30, max: 30 }), (date, n) => {
        expect(valueOf(addWorkingDays(date, n + 1)) > valueOf(addWorkingDays(date, n))).toBe(true);
      }),
    );
  });

  it('KAL-HARI-KERJA property: from a working day, n working days forward are counted back as n, and back again', () => {
    fc.assert(
      fc.property(dateIn, fc.integer({ min: 0, max: 40 }), (date, n) => {
        fc.pre(valueOf(isWorkingDay(date)));
        const later = valueOf(addWorkingDays(date, n));
        expect(valueOf(countWorkingDays(date, later))).toBe(n);
        expect(valueOf(addWorkingDays(later, -n))).toBe(date);
      }),
    );
  });

  it('property: a span of working days is never shorter in calendar days', () => {
    fc.assert(
      fc.property(dateIn, fc.integer({ min: 1, max: 40 }), (date, n) => {
        const later = valueOf(addWorkingDays(date, n));
        expect(later >= addDays(date, n)).toBe(true);
      }),
    );
  });
});
