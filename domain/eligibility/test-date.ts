/**
 * Eligibility counted to the day of the test. The rules of Pasal 16(4) and 31(2)b, c, e look at the day the
 * candidate is tested, not the day they are proposed: 12 months in position may be reached between the
 * proposal and a cohort in August, a heavy sentence may leave its 3 years, a study leave may begin. A candidate
 * is screened against the test dates the programme offers their level, and checked again against the remaining
 * ones at the participant-setting session and against their cohort's at placement.
 */
import { isAfter, type IsoDate } from '../shared/dates';
import type { RuleViolation } from '../shared/rule';
import {
  evaluateEligibility,
  testDateViolations,
  type CandidateProfile,
  type EligibilityReport,
  type TestDateProfile,
} from './candidate';

/**
 * The day a cohort's participants are tested: its last day. The 2019 programme trains for two days and tests on
 * the second ("Evaluasi/Uji Kompetensi Teknis Manajemen ASN (6 JP)", 7 May for the cohorts of 6-7 May: Panduan
 * Pusbang ASN BKN 2019, Timeline Pelatihan).
 */
export const testDateOf = (cohort: { endDate: string }): IsoDate => cohort.endDate as IsoDate;

/** The distinct test dates of the cohorts of `scheme` (all of them, or those starting after `after`), ascending. */
export function testDatesOf(
  cohorts: readonly { scheme: string; startDate: string; endDate: string }[],
  scheme: string,
  after?: IsoDate,
): IsoDate[] {
  const dates = cohorts
    .filter((c) => c.scheme === scheme && (after === undefined || isAfter(c.startDate as IsoDate, after)))
    .map(testDateOf);
  return [...new Set(dates)].sort();
}

export interface TestDateEligibility {
  report: EligibilityReport;
  /** The test date the report was evaluated for. */
  evaluatedFor: IsoDate;
  /** The test dates on which every rule is met. */
  eligibleTestDates: IsoDate[];
}

/** Of several reports, the one with the fewest unmet rules; the earliest of those. */
function closest<T extends { violations: readonly unknown[] }>(
  reports: readonly [IsoDate, T][],
): [IsoDate, T] {
  return reports.reduce((best, next) =>
    next[1].violations.length < best[1].violations.length ? next : best,
  );
}

/**
 * The candidate's eligibility against the programme's test dates of their level: the report for the first date
 * on which they are eligible, or, when there is none, for the date that comes closest (fewest unmet rules,
 * earliest of those), so the instansi sees what to fix. Without any test date (a programme without a cohort
 * plan yet) it is evaluated for `otherwise` (the day of submission) and no test date is known to be met.
 */
export function eligibilityForTestDates(
  profile: CandidateProfile,
  testDates: readonly IsoDate[],
  otherwise: IsoDate,
): TestDateEligibility {
  const dates = testDates.length > 0 ? testDates : [otherwise];
  const reports = dates.map(
    (date) => [date, evaluateEligibility(profile, date)] as [IsoDate, EligibilityReport],
  );
  const eligible = reports.filter(([, report]) => report.eligible);
  const [evaluatedFor, report] = eligible[0] ?? closest(reports);
  return {
    report,
    evaluatedFor,
    eligibleTestDates: testDates.length > 0 ? eligible.map(([date]) => date) : [],
  };
}

/**
 * The rules counted to the test against each of `testDates`: the dates on which they are all met, or, when none,
 * the violations of the date that comes closest (what the participant-setting session refuses with).
 */
export function testDatesMet(
  profile: TestDateProfile,
  testDates: readonly IsoDate[],
): { eligibleTestDates: IsoDate[]; violations: RuleViolation[] } {
  if (testDates.length === 0) return { eligibleTestDates: [], violations: [] };
  const checked = testDates.map((date) => [date, { violations: testDateViolations(profile, date) }] as const);
  const eligibleTestDates = checked.filter(([, c]) => c.violations.length === 0).map(([date]) => date);
  return {
    eligibleTestDates,
    violations: eligibleTestDates.length > 0 ? [] : closest(checked.map(([d, c]) => [d, c]))[1].violations,
  };
}
