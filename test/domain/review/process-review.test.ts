import { describe, expect, it } from 'vitest';
import {
  findingViolations,
  improvementChangeViolations,
  isOverdue,
  type AvailableBasis,
  type FindingInput,
} from '../../../domain/review/process-review';
import type { IsoDate } from '../../../domain/shared/dates';

const TEST_DATE = '2027-07-30' as IsoDate;
const ALL: AvailableBasis = { UMPAN_BALIK: 3, LAPORAN_ASESOR: 1, BERITA_ACARA: 2 };
const plan = (dueDate: string) => ({
  action: 'Dua ruang wawancara.',
  owner: 'Koordinator TUK',
  dueDate: dueDate as IsoDate,
});
const finding = (overrides: Partial<FindingInput> = {}): FindingInput => ({
  principle: 'UJI_ADIL',
  met: false,
  basis: ['UMPAN_BALIK'],
  improvements: [plan('2027-08-30')],
  ...overrides,
});
const codes = (f: FindingInput, today: string, available = ALL) =>
  findingViolations(f, available, TEST_DATE, today as IsoDate).map((v) => [v.code, v.field ?? null]);

describe("BKN's review of the test process (Perban BKN 7/2020 Pasal 24g)", () => {
  it.each([
    ['on the test day', finding(), '2027-07-30', ALL, []],
    [
      'the day before the test day',
      finding({ improvements: [plan('2027-08-30')] }),
      '2027-07-29',
      ALL,
      [['TINJAUAN-SETELAH-UJI', null]],
    ],
    ['no basis named', finding({ basis: [] }), '2027-08-01', ALL, [['TINJAUAN-DASAR-ADA', 'basis']]],
    [
      'a basis the session does not have',
      finding({ basis: ['UMPAN_BALIK', 'LAPORAN_ASESOR'] }),
      '2027-08-01',
      { ...ALL, LAPORAN_ASESOR: 0 },
      [['TINJAUAN-DASAR-ADA', 'basis.1']],
    ],
    [
      'a principle unmet without improvement',
      finding({ improvements: [] }),
      '2027-08-01',
      ALL,
      [['TINJAUAN-PERBAIKAN-TEMUAN', 'improvements']],
    ],
    ['a principle met needs no improvement', finding({ met: true, improvements: [] }), '2027-08-01', ALL, []],
    ['due today', finding({ improvements: [plan('2027-08-01')] }), '2027-08-01', ALL, []],
    [
      'due yesterday',
      finding({ improvements: [plan('2027-07-31')] }),
      '2027-08-01',
      ALL,
      [['PERBAIKAN-TENGGAT', 'improvements.0.dueDate']],
    ],
    [
      'every reason at once',
      finding({ basis: ['BERITA_ACARA'], improvements: [] }),
      '2027-07-29',
      { ...ALL, BERITA_ACARA: 0 },
      [
        ['TINJAUAN-SETELAH-UJI', null],
        ['TINJAUAN-DASAR-ADA', 'basis.0'],
        ['TINJAUAN-PERBAIKAN-TEMUAN', 'improvements'],
      ],
    ],
  ] as const)('a finding %s', (_c, f, today, available, expected) => {
    expect(codes(f, today, available)).toEqual(expected);
  });

  const change = (
    current: 'TERBUKA' | 'DIKERJAKAN' | 'SELESAI',
    to: 'TERBUKA' | 'DIKERJAKAN' | 'SELESAI',
    extra = {},
  ) =>
    improvementChangeViolations(current, { status: to, ...extra }, '2027-08-10' as IsoDate).map(
      (v) => v.code,
    );

  it.each([
    ['TERBUKA', 'DIKERJAKAN', {}, []],
    ['TERBUKA', 'TERBUKA', { owner: 'Kabid Penilaian' }, []],
    ['DIKERJAKAN', 'DIKERJAKAN', { note: 'Jadwal disusun.' }, []],
    ['TERBUKA', 'SELESAI', { note: 'Dua ruang dipakai.' }, []],
    ['DIKERJAKAN', 'SELESAI', {}, ['PERBAIKAN-SELESAI-HASIL']],
    ['DIKERJAKAN', 'TERBUKA', {}, ['PERBAIKAN-STATUS-MAJU']],
    ['SELESAI', 'SELESAI', { note: 'Lagi.' }, ['PERBAIKAN-STATUS-MAJU']],
    ['SELESAI', 'DIKERJAKAN', {}, ['PERBAIKAN-STATUS-MAJU']],
    ['TERBUKA', 'DIKERJAKAN', { dueDate: '2027-08-10' }, []],
    ['TERBUKA', 'DIKERJAKAN', { dueDate: '2027-08-09' }, ['PERBAIKAN-TENGGAT']],
  ] as const)(
    'PERBAIKAN-STATUS-MAJU, PERBAIKAN-SELESAI-HASIL, PERBAIKAN-TENGGAT: %s to %s %j',
    (current, to, extra, expected) => {
      expect(change(current, to, extra)).toEqual(expected);
    },
  );

  it.each([
    ['TERBUKA', '2027-08-10', '2027-08-10', false],
    ['TERBUKA', '2027-08-10', '2027-08-11', true],
    ['DIKERJAKAN', '2027-08-10', '2027-08-11', true],
    ['SELESAI', '2027-08-10', '2027-09-01', false],
  ] as const)('an item %s due %s is overdue on %s: %s', (status, dueDate, today, expected) => {
    expect(isOverdue({ status, dueDate: dueDate as IsoDate }, today as IsoDate)).toBe(expected);
  });
});
