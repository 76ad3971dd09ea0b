import { assessedCandidate, checkPreAssessor } from '../../domain/preassessment/assessor';
import { dateInWib } from '../../domain/shared/dates';
import type { PreAssessor } from '../../events/api/preassessment';
import type { routes } from '../../events/api/routes';
import { assignPreAssessor as saveAssignment } from '../../adapters/dynamodb/preassessment-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { assessorProfile, candidateState, orRefused, summaryOf } from './context';

/**
 * BKN assigns the assessor of a candidate's pre-test consultation (Perban BKN 7/2020 Pasal 30(1), 31(1)d-e):
 * one who meets Pasal 28 for this candidate, a rank at least theirs and no conflict of interest with them
 * (`checkAssessor`, as for a cohort's team), while the candidate is accepted and not yet set as participant.
 * A new assignment replaces the assessor and names the one it replaces; every assignment stays in the history.
 */
export const assignPreAssessor: Operation<typeof routes.assignPreAssessor> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const { candidate, record, participant } = await candidateState(params);
  const { username, name, nip, ...profile } = body;
  const verdict = checkPreAssessor({
    assessor: assessorProfile(profile, nip),
    candidate: assessedCandidate(candidate),
    candidateStatus: candidate.status,
    ...(participant ? { participantStatus: participant.status } : {}),
    today: dateInWib(now),
  });
  if (!verdict.ok) throw rulesNotMet(verdict.violations);
  const previous = record.assessor;
  const assignment: PreAssessor = {
    programId: params.programId,
    instansiCode: params.instansiCode,
    nip: params.nip,
    assignment: (previous?.assignment ?? 0) + 1,
    username,
    assessorNip: nip,
    name,
    profile,
    assignedBy: principal.username,
    assignedAt: now.toISOString(),
    ...(previous ? { replaces: summaryOf(previous) } : {}),
  };
  orRefused(await saveAssignment(assignment, previous?.assignment));
  return { statusCode: 200, body: assignment };
};
