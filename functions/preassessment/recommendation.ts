import { checkRecommendation } from '../../domain/preassessment/recommendation';
import { completenessOf } from '../../domain/preassessment/self-assessment';
import type { Recommendation } from '../../events/api/preassessment';
import type { routes } from '../../events/api/routes';
import { loadPreAssessment, recordRecommendation } from '../shared/data/preassessment-repository';
import { findParticipant } from '../shared/data/seating-repository';
import type { Operation } from '../shared/http/api-handler';
import { rulesNotMet } from '../shared/http/http-error';
import { existingCandidate, orChangedMeanwhile, preAssessmentView } from './context';

/**
 * An assessor reviews the complete self-assessment and recommends the candidate fit or not fit, with notes
 * when not (Perban BKN 7/2020 Pasal 30(1)b-c). Each recommendation is kept; the latest one counts.
 */
export const recommendCandidate: Operation<typeof routes.recommendCandidate> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const candidate = await existingCandidate(params);
  const [record, participant] = await Promise.all([
    loadPreAssessment(params, params.nip),
    findParticipant(params.programId, params.nip),
  ]);
  const self = record.selfAssessment;
  const verdict = checkRecommendation({
    actorRoles: principal.roles,
    candidateStatus: candidate.status,
    completeness: self ? completenessOf(self) : undefined,
    outcome: body.outcome,
    ...(body.notes ? { notes: body.notes } : {}),
    ...(participant ? { participantStatus: participant.status } : {}),
  });
  if (!verdict.ok || !self) throw rulesNotMet(verdict.ok ? [] : verdict.violations);
  const recommendation: Recommendation = {
    outcome: body.outcome,
    ...(body.notes ? { notes: body.notes } : {}),
    selfAssessmentVersion: self.version,
    recommendedBy: principal.username,
    recommendedAt: now.toISOString(),
  };
  await orChangedMeanwhile(() => recordRecommendation(params, params.nip, recommendation));
  return {
    statusCode: 200,
    body: preAssessmentView(candidate, {
      selfAssessment: { ...self, recommendation },
      history: [...record.history, recommendation],
    }),
  };
};
