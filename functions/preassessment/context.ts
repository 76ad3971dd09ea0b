import { completenessOf } from '../../domain/preassessment/self-assessment';
import { requiredUnitCodes, type QualificationCode } from '../../domain/reference/qualifications';
import type { PreAssessment } from '../../events/api/preassessment';
import type { Candidate } from '../../events/api/proposal';
import type { PreAssessmentRecord } from '../shared/data/preassessment-repository';
import { ConcurrentChangeError, findCandidate } from '../shared/data/proposal-repository';
import { HttpError } from '../shared/http/http-error';
import { candidateNotFound } from '../shared/http/not-found';

export interface CandidateRef {
  programId: string;
  instansiCode: string;
  nip: string;
}

/** The candidate a route without a scope names (an assessor's recommendation), or 404. */
export async function existingCandidate(params: CandidateRef): Promise<Candidate> {
  const candidate = await findCandidate(params, params.nip);
  if (!candidate) throw candidateNotFound();
  return candidate;
}

export const changedMeanwhile = () =>
  new HttpError(
    409,
    'PREASSESSMENT_CHANGED',
    'Penilaian mandiri berubah saat permintaan diproses. Muat ulang lalu coba lagi.',
  );

export async function orChangedMeanwhile<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ConcurrentChangeError) throw changedMeanwhile();
    throw error;
  }
}

/**
 * The pre-assessment as the API shows it; before any is filled, measured against the candidate's qualification
 * (`qualificationFor`: their scheme, and whether their instansi is BKN).
 */
export function preAssessmentView(
  candidate: Candidate,
  record: PreAssessmentRecord,
  qualification?: QualificationCode,
): PreAssessment {
  const self = record.selfAssessment;
  const units = qualification ? requiredUnitCodes(qualification) : [];
  const completeness = self
    ? completenessOf(self)
    : { complete: false, missingUnits: [...units], claimed: 0, required: units.length };
  return {
    programId: candidate.programId,
    instansiCode: candidate.instansiCode,
    nip: candidate.nip,
    selfAssessment: self
      ? {
          qualification: self.qualification,
          units: self.units,
          version: self.version,
          filledBy: self.filledBy,
          filledAt: self.filledAt,
        }
      : null,
    completeness,
    recommendation: record.history.at(-1) ?? null,
    history: record.history,
  };
}
