/**
 * Working days (hari kerja) of Indonesian government offices: Monday to Friday, except national holidays
 * and cuti bersama (data in ./holidays, from the yearly SKB 3 Menteri). Used for the notice of Perka
 * BKN 11/2008 Lampiran III.2.a.4) ("selambat-lambatnya 6 hari kerja sebelum").
 *
 * Every function takes the holiday data as a parameter (the built-in list by default) and refuses, with
 * `KAL-DATA-LIBUR`, to count through a year it has no data for, rather than silently treating that
 * year's holidays as working days.
 */
import { addDays, dateParts, dayOfWeek, type IsoDate } from '../shared/dates';
import { accept, defineRules, reject, violation, type Decision } from '../shared/rule';
import { NATIONAL_HOLIDAYS, type Holiday, type HolidayYear } from './holidays';

export const CALENDAR_RULES = /* @__PURE__ */ defineRules({
  'KAL-HARI-KERJA': {
    article:
      'Perka BKN 11/2008 Lampiran III.2.a.4); SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama',
    summary: 'Hari kerja adalah Senin-Jumat yang bukan hari libur nasional dan bukan cuti bersama.',
  },
  'KAL-DATA-LIBUR': {
    article: 'SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama',
    summary: 'Hari kerja hanya dihitung pada tahun yang data libur nasional dan cuti bersamanya tersedia.',
  },
});

export type HolidayData = Readonly<Record<number, HolidayYear>>;

/** Why a date is not a working day: the weekend or a holiday of the data. */
export type NonWorkingReason = { kind: 'AKHIR_PEKAN'; name: 'Sabtu' | 'Minggu' } | Holiday;

function coverage(date: IsoDate, data: HolidayData): Decision<HolidayYear> {
  const { year } = dateParts(date);
  const entry = data[year];
  return entry
    ? accept(entry)
    : reject([
        violation(
          CALENDAR_RULES['KAL-DATA-LIBUR'],
          `Data hari libur nasional dan cuti bersama tahun ${year} belum tersedia; hari kerja tidak dapat dihitung.`,
        ),
      ]);
}

/** The years the data covers, ascending. */
export function coveredYears(data: HolidayData = NATIONAL_HOLIDAYS): number[] {
  return Object.keys(data)
    .map(Number)
    .sort((a, b) => a - b);
}

/** The holiday on `date`, if any (or a rejection when the year has no data). */
export function holidayOn(date: IsoDate, data: HolidayData = NATIONAL_HOLIDAYS): Decision<Holiday | null> {
  const year = coverage(date, data);
  if (!year.ok) return year;
  return accept(year.value.holidays.find((h) => h.date === date) ?? null);
}

/** Why `date` is not a working day, or `null` when it is one. */
export function nonWorkingReason(
  date: IsoDate,
  data: HolidayData = NATIONAL_HOLIDAYS,
): Decision<NonWorkingReason | null> {
  const dow = dayOfWeek(date);
  if (dow === 0) return accept({ kind: 'AKHIR_PEKAN', name: 'Minggu' });
  if (dow === 6) return accept({ kind: 'AKHIR_PEKAN', name: 'Sabtu' });
  return holidayOn(date, data);
}

export function isWorkingDay(date: IsoDate, data: HolidayData = NATIONAL_HOLIDAYS): Decision<boolean> {
  const reason = nonWorkingReason(date, data);
  return reason.ok ? accept(reason.value === null) : reason;
}

/**
 * Moves `n` working days from `date`: forward when n > 0, backward when n < 0. The result is always a
 * working day, different from `date`; `n = 0` returns `date` unchanged.
 */
export function addWorkingDays(
  date: IsoDate,
  n: number,
  data: HolidayData = NATIONAL_HOLIDAYS,
): Decision<IsoDate> {
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(Math.trunc(n));
  let current = date;
  while (remaining > 0) {
    current = addDays(current, step);
    const working = isWorkingDay(current, data);
    if (!working.ok) return working;
    if (working.value) remaining -= 1;
  }
  return accept(current);
}

/** The number of working days in [from, to): from inclusive, to exclusive; 0 when to <= from. */
export function countWorkingDays(
  from: IsoDate,
  to: IsoDate,
  data: HolidayData = NATIONAL_HOLIDAYS,
): Decision<number> {
  let count = 0;
  for (let day = from; day < to; day = addDays(day, 1)) {
    const working = isWorkingDay(day, data);
    if (!working.ok) return working;
    if (working.value) count += 1;
  }
  return accept(count);
}
