import { checkAssessor, type AssessorProfile } from '../../domain/assessment/assessor';
import { checkExpert, type ExpertProfile } from '../../domain/assessment/expert';
import { isGolonganRuang } from '../../domain/identity/rank';
import type { IsoDate } from '../../domain/shared/dates';
import type { Decision } from '../../domain/shared/rule';
import type { TeamMember } from '../../events/api/assessment';
import type { Participant } from '../../events/api/participant';
import { HttpError } from '../shared/http/http-error';
import type { Principal } from '../shared/http/principal';
import type { TestContext } from './context';

/** What the eligibility rules see of a participant. */
export function assessedParticipant(participant: Participant) {
  const rank = participant.position.rank;
  return {
    nip: participant.nip,
    directSupervisorNip: null,
    golongan: isGolonganRuang(rank) ? rank : ('I/a' as const),
  };
}

/** Whether a team member may test `participant` on `today`, by the assessor or expert rules. */
export function memberMayTest(
  member: TeamMember,
  participant: Participant,
  today: IsoDate,
): Decision<unknown> {
  const who = assessedParticipant(participant);
  return member.role === 'asesor'
    ? checkAssessor({ ...member.profile, nip: member.nip } as unknown as AssessorProfile, who, today)
    : checkExpert({ ...member.profile, nip: member.nip } as unknown as ExpertProfile, who);
}

/** The member of `team` the caller is, in a role they act in; 403 when they are not on the cohort's team. */
export function teamMemberOf(principal: Principal, team: readonly TeamMember[]): TeamMember {
  const member = team.find((m) => m.username === principal.username && principal.roles.includes(m.role));
  if (!member) {
    throw new HttpError(
      403,
      'TIM_UJI_TIDAK_DITUGASKAN',
      'Anda tidak ditugaskan sebagai asesor atau pakar pada angkatan ini.',
    );
  }
  return member;
}

/**
 * What a cohort's test results and team are to an assessor or expert: their own cohort's only (Pasal 28-30 give
 * them the participants they test, not the programme). BKN and the committee see every cohort.
 */
export function mayReadCohort(principal: Principal, team: readonly TeamMember[]): void {
  const overseer = principal.roles.some((role) => role === 'admin-bkn' || role === 'komite');
  if (!overseer) teamMemberOf(principal, team);
}

/**
 * The team member the caller is, once they may test this participant: assigned to the cohort in the role they
 * act in (403 otherwise), and meeting the assessor or expert rules for this participant now, conflicts of
 * interest included (422 otherwise).
 */
export function testerFor(principal: Principal, ctx: TestContext, today: IsoDate): TeamMember {
  const member = teamMemberOf(principal, ctx.team);
  const verdict = memberMayTest(member, ctx.participant, today);
  if (!verdict.ok) {
    throw new HttpError(
      422,
      verdict.violations.length === 1 ? verdict.violations[0]!.code : 'RULES_NOT_MET',
      'Anda tidak dapat menguji peserta ini.',
      verdict.violations,
    );
  }
  return member;
}
