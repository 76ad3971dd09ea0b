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

/**
 * The attempt taken in test session `cohort` of programme `sessionProgramId`, or undefined when the participant
 * is not tested there: the first test in the cohort they sit in (of their own programme), or a re-test booked into
 * that session, which may be another programme's.
 */
export function attemptInCohort(
  session: { programId: string; number: number },
  participant: { programId: string; seatCohort: number | undefined },
  requiredUnitCodes: readonly string[],
  retests: readonly {
    retestNumber: number;
    cohort: number;
    session?: { programId: string } | undefined;
    unitCodes: readonly string[];
  }[],
): AttemptScope | undefined {
  const retest = retests.find(
    (r) =>
      r.cohort === session.number && (r.session?.programId ?? participant.programId) === session.programId,
  );
  if (retest) return { attempt: retest.retestNumber, unitCodes: retest.unitCodes };
  const seatedHere = participant.programId === session.programId && participant.seatCohort === session.number;
  return seatedHere ? { attempt: 0, unitCodes: requiredUnitCodes } : undefined;
}

/** The decision in force: the latest one not superseded (decision ids sort by time). */
export function currentDecision<D extends { decisionId: string; supersededBy?: string | undefined }>(
  decisions: readonly D[],
): D | undefined {
  return [...decisions]
    .filter((d) => d.supersededBy === undefined)
    .sort((a, b) => (a.decisionId < b.decisionId ? -1 : 1))
    .at(-1);
}
