import type { Role } from '../../domain/access/roles';
import { completenessOf } from '../../domain/preassessment/self-assessment';
import { requiredUnitCodes, type QualificationCode } from '../../domain/reference/qualifications';
import type { PreAssessment } from '../../events/api/preassessment';
import type { Candidate } from '../../events/api/proposal';
import type { PreAssessmentRecord } from '../shared/data/preassessment-repository';
import { ConcurrentChangeError, findCandidate } from '../shared/data/proposal-repository';
import { HttpError } from '../shared/http/http-error';
import type { Principal } from '../shared/http/principal';
import { instansiInScope } from '../shared/http/scope';

export interface CandidateRef {
  programId: string;
  instansiCode: string;
  nip: string;
}

/**
 * The candidate a pre-assessment route names, once the caller may see it: BKN and assessors any candidate,
 * instansi and Kanreg operators those of their scope (checked before any read of the candidate), a participant
 * only their own NIP. Only the roles the route allows count.
 */
export async function candidateInScope(
  principal: Principal,
  params: CandidateRef,
  allowed: readonly Role[],
): Promise<Candidate> {
  const roles = principal.roles.filter((role) => allowed.includes(role));
  const bkn = roles.includes('admin-bkn') || roles.includes('asesor');
  const operator = roles.includes('instansi') || roles.includes('kanreg');
  if (!bkn && !operator && principal.nip !== params.nip) {
    throw new HttpError(
      403,
      'AKSES-PESERTA-SENDIRI',
      'Peserta hanya dapat melihat dan mengisi datanya sendiri.',
    );
  }
  if (!bkn && operator) await instansiInScope(principal, params.instansiCode);
  const candidate = await findCandidate(params, params.nip);
  if (!candidate)
    throw new HttpError(404, 'CANDIDATE_NOT_FOUND', 'Calon dengan NIP ini tidak ada dalam usulan.');
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
