import type { AssessorProfile } from '../../domain/assessment/assessor';
import { completenessOf } from '../../domain/preassessment/self-assessment';
import { requiredUnitCodes, type QualificationCode } from '../../domain/reference/qualifications';
import type { PreAssessment, PreAssessor, PreAssessorSummary } from '../../events/api/preassessment';
import type { Candidate } from '../../events/api/proposal';
import {
  loadPreAssessment,
  type PreAssessmentRecord,
  type PreAssessmentWrite,
} from '../../adapters/dynamodb/preassessment-repository';
import { participantRead } from '../../adapters/dynamodb/seating-repository';
import { candidateRead } from '../../adapters/dynamodb/proposal-repository';
import { readItems } from '../../adapters/dynamodb/table';
import { HttpError } from '../../runtime/http/http-error';
import { candidateNotFound } from '../../runtime/http/not-found';

export interface CandidateRef {
  programId: string;
  instansiCode: string;
  nip: string;
}

/**
 * What the assessor's assignment and recommendation rest on: the candidate the route names (404 when none), their
 * pre-assessment and the participant-setting decision, if any. The candidate and the participant are read in one
 * strongly consistent BatchGetItem (A5), beside the pre-assessment's Query.
 */
export async function candidateState(params: CandidateRef) {
  const [[candidate, participant], record] = await Promise.all([
    readItems(candidateRead(params, params.nip), participantRead(params.programId, params.nip)),
    loadPreAssessment(params, params.nip),
  ]);
  if (!candidate) throw candidateNotFound();
  return { candidate, record, participant };
}

export const changedMeanwhile = () =>
  new HttpError(
    409,
    'PREASSESSMENT_CHANGED',
    'Penilaian mandiri, status calon atau penetapannya berubah saat permintaan diproses; tidak ada yang dicatat. Muat ulang lalu coba lagi.',
  );

/** Answers a refused conditional write with 409: the assignment changed meanwhile, or anything else it rests on. */
export function orRefused(outcome: PreAssessmentWrite): void {
  if (outcome === 'WRITTEN') return;
  if (outcome === 'ASSESSOR_CHANGED') {
    throw new HttpError(
      409,
      'PREASSESSMENT_ASSESSOR_CHANGED',
      'Asesor konsultasi pra uji calon ini diganti saat permintaan diproses; tidak ada yang dicatat. Muat ulang lalu coba lagi.',
    );
  }
  throw changedMeanwhile();
}

/** The Pasal 28 data of an assessor as the API carries it (dates as strings), for the rules to check. */
export const assessorProfile = (profile: object, nip: string): AssessorProfile =>
  ({ ...profile, nip }) as unknown as AssessorProfile;

/** An assignment as the candidate's side sees it: who, and who assigned them when. */
export const summaryOf = (a: PreAssessor): PreAssessorSummary => ({
  assignment: a.assignment,
  username: a.username,
  name: a.name,
  assignedBy: a.assignedBy,
  assignedAt: a.assignedAt,
});

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
    assessor: record.assessor ? summaryOf(record.assessor) : null,
    assessorHistory: record.assessorHistory.map(summaryOf),
  };
}
