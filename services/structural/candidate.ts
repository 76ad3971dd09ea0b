import type { StructuralCandidate } from '../../events/api/structural';
import { findStructuralCandidate } from '../../adapters/dynamodb/structural-candidate-repository';
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
