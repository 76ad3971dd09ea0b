import { describe, expect, it } from 'vitest';
import {
  COHORTS_2019,
  cohort2019,
  cohorts2019OfLevel,
  totalSeats,
} from '../../../domain/reference/cohorts-2019';
import { PROGRAMME_2019 } from '../../../domain/reference/programme-2019';

const MONTHS: Readonly<Record<string, string>> = { Mei: '05', Jul: '07', Ags: '08' };

/** Reads a date cell of the seed table ("6-7 Mei", "31 Jul-1 Ags") into ISO start and end dates. */
function parseDateCell(text: string): [string, string] {
  const iso = (day: string, month: string) => `2019-${MONTHS[month]}-${day.padStart(2, '0')}`;
  const sameMonth = /^(\d+)-(\d+) (\w+)$/.exec(text);
  if (sameMonth) return [iso(sameMonth[1]!, sameMonth[3]!), iso(sameMonth[2]!, sameMonth[3]!)];
  const twoMonths = /^(\d+) (\w+)-(\d+) (\w+)$/.exec(text);
  if (twoMonths) return [iso(twoMonths[1]!, twoMonths[2]!), iso(twoMonths[3]!, twoMonths[4]!)];
  throw new Error(`unreadable date cell ${text}`);
}

const DAY_MS = 86_400_000;

describe('the 50 cohorts of 2019 (Surat Pusbang ASN BKN 2019, Lampiran I)', () => {
  it('has 50 cohorts numbered 1 to 50 in order', () => {
    expect(COHORTS_2019.map((c) => c.number)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('offers 1500 seats, 30 in every cohort, each over 2 days', () => {
    expect(totalSeats(COHORTS_2019)).toBe(1500);
    expect(COHORTS_2019.every((c) => c.capacity === 30 && c.trainingDays === 2)).toBe(true);
    expect(COHORTS_2019).toHaveLength(PROGRAMME_2019.cohortCount);
  });

  it.each([
    ['JPT_PRATAMA', 3, 1, 3],
    ['PENGAWAS', 15, 4, 18],
    ['ADMINISTRATOR', 32, 19, 50],
  ] as const)('the 2019 plan has %s in %i cohorts of 30 (angkatan %i-%i)', (level, count, first, last) => {
    const cohorts = cohorts2019OfLevel(level);

    expect(cohorts).toHaveLength(count);
    expect(totalSeats(cohorts)).toBe(count * 30);
    expect(cohorts.map((c) => c.number)).toEqual(Array.from({ length: count }, (_, i) => first + i));
    expect(cohorts.at(-1)?.number).toBe(last);
  });

  it.each(COHORTS_2019.map((c) => [c.number, c.dateText, c.startDate, c.endDate] as const))(
    'cohort %i ("%s") runs %s to %s, two consecutive days, as the table cell reads',
    (_number, dateText, startDate, endDate) => {
      expect(parseDateCell(dateText)).toEqual([startDate, endDate]);
      expect(Date.parse(endDate) - Date.parse(startDate)).toBe(DAY_MS);
    },
  );

  it.each([
    [1, '2019-05-06', '2019-05-07'],
    [4, '2019-07-01', '2019-07-02'],
    [18, '2019-07-05', '2019-07-06'],
    [19, '2019-07-29', '2019-07-30'],
    [25, '2019-07-31', '2019-08-01'],
    [42, '2019-08-08', '2019-08-09'],
    [43, '2019-08-13', '2019-08-14'],
    [50, '2019-08-15', '2019-08-16'],
  ])('cohort %i trains from %s to %s', (number, startDate, endDate) => {
    expect(cohort2019(number)).toMatchObject({ startDate, endDate });
  });

  it('runs at most three cohorts on the same dates', () => {
    const perDates = new Map<string, number>();
    for (const c of COHORTS_2019) perDates.set(c.dateText, (perDates.get(c.dateText) ?? 0) + 1);
    expect(Math.max(...perDates.values())).toBe(3);
    expect(perDates.get('15-16 Ags')).toBe(2);
  });

  it('trains the jenjang one after another: JPT Pratama in May, Pengawas in early July, Administrator from late July', () => {
    const last = (level: 'JPT_PRATAMA' | 'PENGAWAS') => cohorts2019OfLevel(level).at(-1)!.endDate;
    const first = (level: 'PENGAWAS' | 'ADMINISTRATOR') => cohorts2019OfLevel(level)[0]!.startDate;

    expect(last('JPT_PRATAMA') < first('PENGAWAS')).toBe(true);
    expect(last('PENGAWAS') < first('ADMINISTRATOR')).toBe(true);
  });

  it('names each cohort as the table does', () => {
    expect(cohort2019(1)?.name).toBe('Pelatihan Teknis Kepegawaian dan Sertifikasi Akt 1 (JPT Pratama)');
    expect(cohort2019(18)?.name).toBe('Pelatihan Teknis Kepegawaian dan Sertifikasi Akt 18 (Pengawas)');
    expect(cohort2019(50)?.name).toBe('Pelatihan Teknis Kepegawaian dan Sertifikasi Akt 50 (Administrator)');
    expect(cohort2019(50)?.source).toBe('Surat Pusbang ASN BKN 2019, Lampiran I, No 50');
  });

  it.each([0, 51, 2.5])('has no cohort number %d', (number) => {
    expect(cohort2019(number)).toBeUndefined();
  });
});
