import { checkAssessor, type AssessorProfile } from '../../domain/assessment/assessor';
import { checkExpert, type ExpertProfile } from '../../domain/assessment/expert';
import { isGolonganRuang } from '../../domain/identity/rank';
import type { IsoDate } from '../../domain/shared/dates';
import type { Decision } from '../../domain/shared/rule';
import type { TeamMember } from '../../events/api/assessment';
import type { Participant } from '../../events/api/participant';
import { HttpError } from '../../runtime/http/http-error';
import type { TestContext } from '../../services/testing/test-context';

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

/**
 * The team member, once they may test this participant: meeting the assessor or expert rules for this
 * participant now, conflicts of interest included (422 otherwise).
 */
export function testerFor(member: TeamMember, ctx: TestContext, today: IsoDate): TeamMember {
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
