/**
 * Calendar dates without time or zone (`YYYY-MM-DD`), and the arithmetic the rules need:
 * "12 bulan setelah menduduki jabatan", "3 tahun terakhir", "paling cepat 6 bulan", "berlaku 2 tahun".
 *
 * Dates are plain day counts (proleptic Gregorian, days since 1970-01-01), so nothing here depends on
 * the host's time zone or reads the clock: callers pass `now` as a date.
 */
import { accept, defineRules, reject, violation, type Decision } from './rule';

export const DATE_RULES = /* @__PURE__ */ defineRules({
  'TANGGAL-VALID': {
    article: 'ISO 8601 (format tanggal sistem)',
    summary: 'Tanggal ditulis YYYY-MM-DD dan merupakan tanggal yang ada (tahun 1000-9999).',
  },
});

/** A valid calendar date `YYYY-MM-DD` (year 1000-9999). Obtain one with {@link parseIsoDate}. */
export type IsoDate = string & { readonly __isoDate: unique symbol };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether year/month/day name a real date in the supported range. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Builds a date from its parts; `null` when they do not name a real date. */
export function makeDate(year: number, month: number, day: number): IsoDate | null {
  return isValidDate(year, month, day)
    ? (`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate)
    : null;
}

/** Parses `YYYY-MM-DD`, rejecting impossible dates such as 2025-02-30 or 2025-13-01. */
export function parseIsoDate(text: string, field = 'date'): Decision<IsoDate> {
  const match = ISO_DATE.exec(text);
  const date = match ? makeDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  return date === null
    ? reject([
        violation(
          DATE_RULES['TANGGAL-VALID'],
          `Tanggal "${text}" tidak valid; gunakan format YYYY-MM-DD dengan tanggal yang ada.`,
          field,
        ),
      ])
    : accept(date);
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function dateParts(date: IsoDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date `epochDay` days after 1970-01-01, clamped to the supported range. */
export function fromEpochDay(epochDay: number): IsoDate {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < MIN_YEAR) return `${pad(MIN_YEAR, 4)}-01-01` as IsoDate;
  if (year > MAX_YEAR) return `${pad(MAX_YEAR, 4)}-12-31` as IsoDate;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Adds calendar months; a day that does not exist in the target month is clamped to its last day
 * (2024-01-31 + 1 month = 2024-02-29), as in counting "bulan" in personnel administration.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (y < MIN_YEAR) return `${pad(MIN_YEAR, 4)}-01-01` as IsoDate;
  if (y > MAX_YEAR) return `${pad(MAX_YEAR, 4)}-12-31` as IsoDate;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(day, daysInMonth(y, m)), 2)}` as IsoDate;
}

/** Adds calendar years (29 February + 1 year = 28 February). */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Negative when a is before b, 0 when equal, positive when after. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const isBefore = (a: IsoDate, b: IsoDate): boolean => a < b;
export const isAfter = (a: IsoDate, b: IsoDate): boolean => a > b;
export const isOnOrBefore = (a: IsoDate, b: IsoDate): boolean => a <= b;
export const isOnOrAfter = (a: IsoDate, b: IsoDate): boolean => a >= b;

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * Whole calendar months completed from `from` to `to`: the largest n with from + n months <= to
 * (0 when `to` is not after `from`).
 */
export function fullMonthsBetween(from: IsoDate, to: IsoDate): number {
  if (to <= from) return 0;
  const a = dateParts(from);
  const b = dateParts(to);
  const estimate = (b.year - a.year) * 12 + (b.month - a.month);
  return addMonths(from, estimate) <= to ? estimate : estimate - 1;
}

/** Day of the week, 0 = Minggu (Sunday) ... 6 = Sabtu (Saturday). */
export function dayOfWeek(date: IsoDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

export const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
export type Hari = (typeof HARI)[number];

/** The Indonesian name of the day of `date`. */
export function hariOf(date: IsoDate): Hari {
  return HARI[dayOfWeek(date)] as Hari;
}

/** Whether `date` lies in the period [from, until]; an open `until` means the period has not ended. */
export function isWithinPeriod(date: IsoDate, period: { from: IsoDate; until?: IsoDate | null }): boolean {
  return date >= period.from && (period.until == null || date <= period.until);
}

/** Jakarta's offset from UTC: WIB is UTC+7 all year (Indonesia keeps no daylight saving time). */
const WIB_OFFSET_MS = 7 * 3_600_000;

/**
 * The Asia/Jakarta calendar date of an instant: BKN runs the programme on Jakarta time. The only place a date
 * is taken from a timestamp (the UTC date of an instant is not Jakarta's between 17.00 and 24.00 UTC).
 */
export function dateInWib(instant: Date): IsoDate {
  return new Date(instant.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10) as IsoDate;
}
