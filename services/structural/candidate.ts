import type { NominationState } from '../../domain/assessment/structural/nomination-release';
import type { IsoDate } from '../../domain/shared/dates';
import type { StructuralCandidate } from '../../events/api/structural';
import {
  findEarlierNomination,
  findStructuralCandidate,
} from '../../adapters/dynamodb/structural-candidate-repository';
import {
  findStructuralReport,
  type StoredStructuralReport,
} from '../../adapters/dynamodb/structural-report-repository';
import { conflict } from '../../runtime/http/http-error';
import { structuralCandidateNotFound } from '../../runtime/http/not-found';

/*
 * The structural-assessment candidate as the stages that act on it (functions/structural-assessment,
 * functions/structural-notices) read it.
 */

/** A candidate of the instansi, or the 404 of one it never recorded. */
export async function candidateOf(instansiCode: string, nip: string): Promise<StructuralCandidate> {
  const candidate = await findStructuralCandidate(instansiCode, nip);
  if (!candidate) throw structuralCandidateNotFound();
  return candidate;
}

/**
 * One nomination of the candidate (1 = the first): the current one when `nomination` is absent or its number, an
 * earlier one as it stood when replaced (SA15); none when the instansi never recorded it (each route its own 404).
 */
export async function nominationOf(
  current: StructuralCandidate,
  nomination: number | undefined,
): Promise<StructuralCandidate | undefined> {
  if (nomination === undefined || nomination === (current.nomination ?? 1)) return current;
  return nomination < (current.nomination ?? 1)
    ? findEarlierNomination(current.instansiCode, current.nip, nomination)
    : undefined;
}

/** The `nomination` field of what a nomination records (its results, report, reads, letters): none for the first. */
export const ofNomination = ({ nomination }: Pick<StructuralCandidate, 'nomination'>) =>
  nomination === undefined ? {} : { nomination };

/** A candidate's state moved between reading it and writing the step: the caller reads again. */
export const changedMeanwhile = () =>
  conflict('STRUCTURAL_CANDIDATE_CHANGED', 'Status calon berubah saat diproses; muat ulang dan coba lagi.');

type Determined = Extract<NonNullable<StructuralCandidate['determination']>, { decision: 'DITETAPKAN' }>;

/** The PPK's determination of the candidate for a position, when it determined them. */
export const determinedOf = (candidate: StructuralCandidate): Determined | undefined =>
  candidate.determination?.decision === 'DITETAPKAN' ? candidate.determination : undefined;

/** The report sent on the candidate's assessment, under the position they were determined for; none yet. */
export async function reportOf(candidate: StructuralCandidate): Promise<StoredStructuralReport | undefined> {
  const determined = determinedOf(candidate);
  return (
    determined &&
    findStructuralReport(candidate.instansiCode, determined.positionCode, candidate.nip, candidate.nomination)
  );
}

/** What decides whether the candidate's nomination ended (PK-PENCALONAN-BERAKHIR): its status, its report's date. */
export async function nominationStateOf(candidate: StructuralCandidate): Promise<NominationState> {
  // A report needs a plan: without one there is nothing to read.
  const report = candidate.plan && (await reportOf(candidate));
  return { status: candidate.status, ...(report && { reportDate: report.reportDate as IsoDate }) };
}
