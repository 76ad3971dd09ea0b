/**
 * Which attempt a participant takes in a cohort and on which units: the first test (attempt 0) in the cohort
 * they are seated in, on every required unit of their qualification (Perban BKN 7/2020 Pasal 16(6), 19(1)); a
 * re-test n (1-2) in the cohort it was booked into, only on the units then not yet competent (Pasal 26).
 */
import {
  QUALIFICATIONS,
  qualificationsOfScheme,
  requiredUnitCodes,
  type QualificationCode,
} from '../reference/qualifications';
import type { SchemeCode } from '../reference/schemes';

/**
 * The units that must all be competent: those of the qualification the participant was pre-assessed on, or
 * the scheme's only qualification; none when the scheme has no units or several qualifications and none chosen.
 */
export function requiredUnitsFor(scheme: SchemeCode, qualification?: QualificationCode): readonly string[] {
  if (qualification !== undefined && QUALIFICATIONS[qualification].scheme === scheme) {
    return requiredUnitCodes(qualification);
  }
  const own = qualificationsOfScheme(scheme);
  return own.length === 1 ? requiredUnitCodes(own[0]!.code) : [];
}

export interface AttemptScope {
  attempt: number;
  unitCodes: readonly string[];
}

/** The attempt taken in `cohort`, or undefined when the participant is not tested there. */
export function attemptInCohort(
  cohort: number,
  seatCohort: number | undefined,
  requiredUnitCodes: readonly string[],
  retests: readonly { retestNumber: number; cohort: number; unitCodes: readonly string[] }[],
): AttemptScope | undefined {
  const retest = retests.find((r) => r.cohort === cohort);
  if (retest) return { attempt: retest.retestNumber, unitCodes: retest.unitCodes };
  return seatCohort === cohort ? { attempt: 0, unitCodes: requiredUnitCodes } : undefined;
}
