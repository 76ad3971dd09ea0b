import {
  checkAssessor,
  type AssessedParticipant,
  type AssessorProfile,
} from '../../domain/assessment/assessor';
import { checkExpert, type ExpertProfile } from '../../domain/assessment/expert';
import {
  decreeTeamViolations,
  expertRankReaches,
  mayTestOn,
  type Period,
} from '../../domain/assessment/test-team';
import { isGolonganRuang, type GolonganRuang } from '../../domain/identity/rank';
import type { IsoDate } from '../../domain/shared/dates';
import { decide, type Decision, type RuleViolation } from '../../domain/shared/rule';
import type { TeamMember } from '../../events/api/assessment';
import type { Participant } from '../../events/api/participant';
import { retestsIn } from '../../adapters/dynamodb/retest-repository';
import { findParticipant, seatsOf } from '../../adapters/dynamodb/seating-repository';

/*
 * Who may sit on a cohort's test team and test whom: the assessor (Pasal 28) and expert (Pasal 29) requirements,
 * the rank rule of Pasal 19(6) for every member who assesses, and the period of a team formed by decree (19(5)).
 * Shared by the member-by-member assignment (functions/assessment) and the team formed by decree
 * (functions/test-teams).
 */

/** The rules that concern one participant only: they exclude that participant instead of refusing the member. */
const PER_PARTICIPANT = new Set([
  'ASESOR-BEBAS-KEPENTINGAN',
  'ASESOR-PANGKAT-SETARA-PESERTA',
  'PAKAR-BEBAS-KEPENTINGAN',
  'TIM-UJI-PANGKAT-SETARA',
]);

/** Someone nobody is in conflict with and every rank reaches: what the general requirements are checked against. */
const NOBODY: AssessedParticipant = { nip: '', directSupervisorNip: null, golongan: 'I/a' };

/** What the eligibility rules see of a participant. */
export function assessedParticipant(participant: Participant): AssessedParticipant {
  const rank = participant.position.rank;
  return {
    nip: participant.nip,
    directSupervisorNip: null,
    golongan: isGolonganRuang(rank) ? rank : ('I/a' as const),
  };
}

/** A member's requirements as recorded (`profile` with the NIP), checked against one participant. */
function memberViolations(
  role: 'asesor' | 'pakar',
  profile: Record<string, unknown>,
  participant: AssessedParticipant,
  today: IsoDate,
): RuleViolation[] {
  if (role === 'asesor') {
    const verdict = checkAssessor(profile as unknown as AssessorProfile, participant, today);
    return verdict.ok ? [] : verdict.violations;
  }
  const verdict = checkExpert(profile as unknown as ExpertProfile, participant);
  const rank = expertRankReaches(
    profile as { assesses?: boolean; golongan?: GolonganRuang },
    participant.golongan,
  );
  return [...(verdict.ok ? [] : verdict.violations), ...rank];
}

export interface MemberVerdict {
  /** Requirements of the person: they refuse the member. */
  general: RuleViolation[];
  /** Participants the member may not test (conflict of interest, rank below theirs), with the codes why. */
  excluded: { nip: string; codes: string[] }[];
}

/** Checks a member against the general requirements and against every participant of the cohort. */
export function checkMember(
  role: 'asesor' | 'pakar',
  profile: Record<string, unknown>,
  participants: readonly Participant[],
  today: IsoDate,
): MemberVerdict {
  const general = memberViolations(role, profile, NOBODY, today).filter((v) => !PER_PARTICIPANT.has(v.code));
  const excluded = participants
    .map((p) => ({
      nip: p.nip,
      codes: [...new Set(memberViolations(role, profile, assessedParticipant(p), today).map((v) => v.code))],
    }))
    .filter((x) => x.codes.length > 0);
  return { general, excluded };
}

/** Who a test session tests: the cohort's seated participants and the re-tests booked into it, any programme. */
export async function testedIn(programId: string, number: number): Promise<Participant[]> {
  const [seated, retests] = await Promise.all([seatsOf(programId, number), retestsIn(programId, number)]);
  const others = await Promise.all(retests.map((r) => findParticipant(r.programId, r.nip)));
  return [...seated, ...others.filter((p): p is Participant => p !== undefined)];
}

/**
 * Whether a team member may test `participant` on `today` in a session tested on `testDay`: the assessor or
 * expert rules (an expert who assesses at the rank of Pasal 19(6)), for a member placed by decree the team's
 * period, and for one assigned one by one a test day before Perban BKN 7/2020 (a member assigned so before the
 * rule existed does not test a later session: TIM-UJI-SK-WAJIB).
 */
export function memberMayTest(
  member: TeamMember,
  participant: Participant,
  today: IsoDate,
  testDay: IsoDate,
): Decision<TeamMember> {
  const period = mayTestOn(member.period as Period | undefined, today);
  return decide(member, [
    ...memberViolations(
      member.role,
      { ...member.profile, nip: member.nip },
      assessedParticipant(participant),
      today,
    ),
    ...(period.ok ? [] : period.violations),
    ...(member.teamId === undefined ? decreeTeamViolations(testDay) : []),
  ]);
}
