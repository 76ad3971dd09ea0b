import type { StructuralCandidate } from '../../events/api/structural';
import { findStructuralCandidate } from '../../adapters/dynamodb/structural-candidate-repository';
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
  return determined && findStructuralReport(candidate.instansiCode, determined.positionCode, candidate.nip);
}
