import { describe, expect, it } from 'vitest';
import type { CandidateProfile } from '../../../domain/eligibility/candidate';
import { REQUIRED_DOCUMENTS } from '../../../domain/eligibility/documents';
import {
  eligibilityForTestDates,
  testDateOf,
  testDatesMet,
  testDatesOf,
} from '../../../domain/eligibility/test-date';
import type { IsoDate } from '../../../domain/shared/dates';
import { d } from '../shared/helpers';

/** An eligible incumbent Administrator, tested in 2019, with the profile overridden per case. */
function candidate(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return {
    scheme: 'ADMINISTRATOR',
    route: 'UJI_LANGSUNG',
    position: { level: 3, isAsnManagement: true, meetsPositionRequirements: true, since: d('2016-01-02') },
    performance: [
      { year: 2017, rating: 'BAIK' },
      { year: 2018, rating: 'BAIK' },
      { year: 2019, rating: 'BAIK' },
    ],
    disciplinarySentences: [],
    supervisorRecommendation: { fromDirectSupervisor: true, recommended: true },
    leaves: [],
    documents: REQUIRED_DOCUMENTS.map((kind) => ({ kind, valid: true })),
    ...overrides,
  };
}
const since = (date: string) => ({ position: { ...candidate().position, since: d(date) } });
/** The 2019 Administrator cohorts of 29-30 July and 15-16 August. */
const TESTS = [d('2019-07-30'), d('2019-08-16')];

describe('testDateOf: a cohort is tested on its last day (Panduan Pusbang ASN BKN 2019, timeline)', () => {
  it('the cohorts of 6-7 May 2019 are tested on 7 May', () => {
    expect(testDateOf({ endDate: '2019-05-07' })).toBe('2019-05-07');
  });

  it('the distinct test dates of a level, ascending, optionally only of cohorts starting after a day', () => {
    const cohorts = [
      { scheme: 'ADMINISTRATOR', startDate: '2019-08-15', endDate: '2019-08-16' },
      { scheme: 'ADMINISTRATOR', startDate: '2019-07-29', endDate: '2019-07-30' },
      { scheme: 'ADMINISTRATOR', startDate: '2019-07-29', endDate: '2019-07-30' },
      { scheme: 'PENGAWAS', startDate: '2019-07-01', endDate: '2019-07-02' },
    ];
    expect(testDatesOf(cohorts, 'ADMINISTRATOR')).toEqual(['2019-07-30', '2019-08-16']);
    expect(testDatesOf(cohorts, 'ADMINISTRATOR', d('2019-07-29'))).toEqual(['2019-08-16']);
    expect(testDatesOf(cohorts, 'JPT_PRATAMA')).toEqual([]);
  });
});

describe('eligibilityForTestDates: the rules counted to the test, against each test date of the programme', () => {
  it.each<[string, Partial<CandidateProfile>, IsoDate, IsoDate[], boolean]>([
    ['12 months reached before both tests', since('2018-07-30'), d('2019-07-30'), TESTS, true],
    [
      '12 months reached between the two tests',
      since('2018-08-01'),
      d('2019-08-16'),
      [d('2019-08-16')],
      true,
    ],
    [
      '12 months reached exactly on the second test',
      since('2018-08-16'),
      d('2019-08-16'),
      [d('2019-08-16')],
      true,
    ],
    ['12 months reached the day after the last test', since('2018-08-17'), d('2019-07-30'), [], false],
    [
      'a heavy sentence of 2016-08-01 has completed its 3 years by the second test only',
      { disciplinarySentences: [{ level: 'BERAT', decidedOn: d('2016-08-01') }] },
      d('2019-08-16'),
      [d('2019-08-16')],
      true,
    ],
    [
      'a study leave that begins on 2019-08-01 bars the second test only',
      { leaves: [{ kind: 'TUGAS_BELAJAR', from: d('2019-08-01'), until: null }] },
      d('2019-07-30'),
      [d('2019-07-30')],
      true,
    ],
  ])('%s', (_case, overrides, evaluatedFor, eligibleOn, eligible) => {
    const found = eligibilityForTestDates(candidate(overrides), TESTS, d('2019-04-15'));
    expect(found.evaluatedFor).toBe(evaluatedFor);
    expect(found.eligibleTestDates).toEqual(eligibleOn);
    expect(found.report.eligible).toBe(eligible);
  });

  it('when no test date is met, the report of the closest one names what to fix', () => {
    const found = eligibilityForTestDates(candidate(since('2018-09-01')), TESTS, d('2019-04-15'));
    expect(found.report.violations.map((v) => v.code)).toEqual(['ELIG-MASA-JABATAN-12M']);
    expect(found.report.violations[0]!.message).toContain('2019-09-01');
  });

  it('without any test date (no cohort plan) it is the day given, and no test date is known to be met', () => {
    const found = eligibilityForTestDates(candidate(), [], d('2019-04-15'));
    expect(found).toMatchObject({ evaluatedFor: '2019-04-15', eligibleTestDates: [] });
    expect(found.report.eligible).toBe(true);
  });
});

describe('testDatesMet: the rules counted to the test only (setting session and placement)', () => {
  it.each<[string, Partial<CandidateProfile>, IsoDate[], string[]]>([
    ['met on both', {}, TESTS, []],
    ['12 months on the second only', since('2018-08-01'), [d('2019-08-16')], []],
    ['met on none: the violations of the closest date', since('2018-09-01'), [], ['ELIG-MASA-JABATAN-12M']],
    [
      'the 2018 rating is below baik: no 2019 test date is met',
      {
        performance: [
          { year: 2017, rating: 'BAIK' },
          { year: 2018, rating: 'CUKUP' },
        ],
      },
      [],
      ['ELIG-KINERJA-2Y'],
    ],
  ])('%s', (_case, overrides, eligible, codes) => {
    const met = testDatesMet(candidate(overrides), TESTS);
    expect(met.eligibleTestDates).toEqual(eligible);
    expect(met.violations.map((v) => v.code)).toEqual(codes);
  });

  it('a successor one level below is not held to the 12 months (Pasal 16(3)-(4))', () => {
    const successor = candidate({ ...since('2019-07-01'), route: 'PELATIHAN' });
    successor.position.level = 2;
    expect(testDatesMet(successor, TESTS).eligibleTestDates).toEqual(TESTS);
  });

  it('no test date left: nothing met, nothing to report', () => {
    expect(testDatesMet(candidate(), [])).toEqual({ eligibleTestDates: [], violations: [] });
  });
});
