import { describe, expect, it } from 'vitest';
import { fundingViolations, type Funding } from '../../../domain/program/funding';
import { d } from '../shared/helpers';

const JABAR = { instansiCode: '3200', name: 'Pemerintah Provinsi Jawa Barat' };
const AGREEMENT = {
  reference: '800/12/BKD/2027',
  agreedOn: d('2027-02-10'),
  scheduleFrom: d('2027-05-01'),
  scheduleUntil: d('2027-06-30'),
};
const cohort = (startDate: string, endDate: string, number = 1) => ({
  number,
  startDate: d(startDate),
  endDate: d(endDate),
});
const codes = (funding: Funding, cohorts = [cohort('2027-05-10', '2027-05-11')]) =>
  fundingViolations(funding, cohorts).map((v) => v.code);

describe('fundingViolations (Perban BKN 7/2020 Pasal 8, 16(8))', () => {
  it.each<[string, Funding, string[]]>([
    ["BKN's own APBN needs neither funder nor agreement", { source: 'APBN' }, []],
    [
      'APBD of a province with its funder and agreement',
      { source: 'APBD_PROVINSI', funder: JABAR, agreement: AGREEMENT },
      [],
    ],
    [
      'DANA-PENYANDANG: APBD without a funder (and so no agreement asked)',
      { source: 'APBD_PROVINSI' },
      ['DANA-PENYANDANG'],
    ],
    [
      'DANA-PENYANDANG: APBD of a funder named without its instansi code',
      { source: 'APBD_KABUPATEN_KOTA', funder: { name: 'Pemerintah Kota Bandung' }, agreement: AGREEMENT },
      ['DANA-PENYANDANG'],
    ],
    [
      'another lawful source names its funder, no instansi code needed',
      { source: 'LAINNYA', funder: { name: 'Yayasan Pengembangan ASN' }, agreement: AGREEMENT },
      [],
    ],
    ['DANA-PENYANDANG: another source without a funder', { source: 'LAINNYA' }, ['DANA-PENYANDANG']],
    [
      'DANA-KESEPAKATAN: a funder without the agreed schedule',
      { source: 'APBD_PROVINSI', funder: JABAR },
      ['DANA-KESEPAKATAN'],
    ],
    [
      'DANA-KESEPAKATAN: APBN paid by another instansi (8(2)) needs the agreement too',
      { source: 'APBN', funder: { instansiCode: '4011', name: 'Kementerian Dalam Negeri' } },
      ['DANA-KESEPAKATAN'],
    ],
  ])('%s', (_, funding, expected) => {
    expect(codes(funding)).toStrictEqual(expected);
  });

  it.each([
    ['the first agreed day', '2027-05-01', '2027-05-02', []],
    ['the last agreed day', '2027-06-29', '2027-06-30', []],
    ['DANA-JADWAL: a day before the agreed period', '2027-04-30', '2027-05-01', ['DANA-JADWAL']],
    ['DANA-JADWAL: ending a day after it', '2027-06-30', '2027-07-01', ['DANA-JADWAL']],
  ])('a cohort on %s', (_, start, end, expected) => {
    expect(
      codes({ source: 'APBD_PROVINSI', funder: JABAR, agreement: AGREEMENT }, [cohort(start, end)]),
    ).toStrictEqual(expected);
  });

  it('DANA-JADWAL: names every cohort outside the period, and a period that ends before it starts', () => {
    const violations = fundingViolations(
      {
        source: 'APBD_PROVINSI',
        funder: JABAR,
        agreement: { ...AGREEMENT, scheduleFrom: d('2027-07-01'), scheduleUntil: d('2027-06-01') },
      },
      [cohort('2027-05-10', '2027-05-11', 1), cohort('2027-06-10', '2027-06-11', 2)],
    );
    expect(violations.map((v) => [v.code, v.field])).toStrictEqual([
      ['DANA-JADWAL', 'funding.agreement.scheduleUntil'],
      ['DANA-JADWAL', 'cohortPlan.0'],
      ['DANA-JADWAL', 'cohortPlan.1'],
    ]);
  });
});
