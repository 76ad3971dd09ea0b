import type { CandidateProfile, TestDateProfile } from '../../domain/eligibility/candidate';
import type { RequiredDocument } from '../../domain/eligibility/documents';
import type { IsoDate } from '../../domain/shared/dates';
import type { Candidate } from '../../events/api/proposal';

/** The documents a candidate's proposal holds. */
export const documentsOf = (candidate: Pick<Candidate, 'documents'>) =>
  Object.keys(candidate.documents) as RequiredDocument[];

/** What the rules counted to the test see of a proposed candidate (submission, setting, placement). */
export function testDateProfileOf(candidate: Candidate): TestDateProfile {
  return {
    scheme: candidate.scheme,
    position: { level: candidate.position.level, since: candidate.position.since as IsoDate },
    performance: candidate.performance,
    disciplinarySentences: candidate.disciplinarySentences.map((s) => ({
      ...s,
      decidedOn: s.decidedOn as IsoDate,
    })),
    leaves: candidate.leaves.map((l) => ({
      ...l,
      from: l.from as IsoDate,
      until: l.until as IsoDate | null,
    })),
  };
}

/** What the eligibility rules see of a proposed candidate, its documents as held in the proposal. */
export function candidateProfileOf(candidate: Candidate): CandidateProfile {
  const timed = testDateProfileOf(candidate);
  return {
    ...timed,
    route: candidate.route,
    position: { ...candidate.position, since: timed.position.since },
    supervisorRecommendation: candidate.supervisorRecommendation,
    documents: documentsOf(candidate).map((kind) => ({ kind, valid: true })),
  };
}
