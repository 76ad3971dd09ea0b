import { assessedCandidate } from '../../domain/preassessment/assessor';
import { checkRecommendation } from '../../domain/preassessment/recommendation';
import { completenessOf } from '../../domain/preassessment/self-assessment';
import { dateInWib } from '../../domain/shared/dates';
import type { Recommendation } from '../../events/api/preassessment';
import type { routes } from '../../events/api/routes';
import { recordRecommendation } from '../../adapters/dynamodb/preassessment-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { assessorProfile, candidateState, orRefused, preAssessmentView } from './context';

/**
 * The assessor BKN assigned to the candidate reviews the complete self-assessment and recommends the candidate
 * fit or not fit, with notes when not (Perban BKN 7/2020 Pasal 30(1)b-c). Any other assessor is refused
 * (422 PRA-ASESOR-DITUGASKAN): the candidate exists for every assessor (they read every pre-assessment), so the
 * refusal names its rule instead of hiding the candidate. Each recommendation is kept; the latest one counts.
 * Written only while the assignment, the self-assessment and the candidate are still as read.
 */
export const recommendCandidate: Operation<typeof routes.recommendCandidate> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const { candidate, record, participant } = await candidateState(params);
  const self = record.selfAssessment;
  const assigned = record.assessor;
  const verdict = checkRecommendation({
    actorRoles: principal.roles,
    actorUsername: principal.username,
    assigned: assigned
      ? { username: assigned.username, profile: assessorProfile(assigned.profile, assigned.assessorNip) }
      : undefined,
    candidate: assessedCandidate(candidate),
    today: dateInWib(now),
    candidateStatus: candidate.status,
    completeness: self ? completenessOf(self) : undefined,
    outcome: body.outcome,
    ...(body.notes ? { notes: body.notes } : {}),
    ...(participant ? { participantStatus: participant.status } : {}),
  });
  if (!verdict.ok || !self || !assigned) throw rulesNotMet(verdict.ok ? [] : verdict.violations);
  const recommendation: Recommendation = {
    outcome: body.outcome,
    ...(body.notes ? { notes: body.notes } : {}),
    selfAssessmentVersion: self.version,
    recommendedBy: principal.username,
    recommendedAt: now.toISOString(),
  };
  orRefused(await recordRecommendation(params, params.nip, recommendation, assigned));
  return {
    statusCode: 200,
    body: preAssessmentView(candidate, {
      ...record,
      selfAssessment: { ...self, recommendation },
      history: [...record.history, recommendation],
    }),
  };
};
