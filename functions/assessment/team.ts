import { cohortNotFound } from '../../runtime/http/not-found';
import {
  checkAssessor,
  type AssessedParticipant,
  type AssessorProfile,
} from '../../domain/assessment/assessor';
import { checkExpert, type ExpertProfile } from '../../domain/assessment/expert';
import type { RuleViolation } from '../../domain/shared/rule';
import type { TeamMember } from '../../events/api/assessment';
import type { Participant } from '../../events/api/participant';
import type { routes } from '../../events/api/routes';
import { saveTeamMember } from '../../adapters/dynamodb/assessment-repository';
import { retestsIn } from '../../adapters/dynamodb/retest-repository';
import { findCohort, findParticipant, seatsOf } from '../../adapters/dynamodb/seating-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { assessedParticipant } from './tester';
import { dateInWib } from '../../domain/shared/dates';

/** The rules that concern one participant only: they exclude that participant instead of refusing the member. */
const PER_PARTICIPANT = new Set([
  'ASESOR-BEBAS-KEPENTINGAN',
  'ASESOR-PANGKAT-SETARA-PESERTA',
  'PAKAR-BEBAS-KEPENTINGAN',
]);

/** Someone nobody is in conflict with and every rank reaches: what the general requirements are checked against. */
const NOBODY: AssessedParticipant = { nip: '', directSupervisorNip: null, golongan: 'I/a' };

/** Who a test session tests: the cohort's seated participants and the re-tests booked into it, any programme. */
async function testedIn(programId: string, number: number): Promise<Participant[]> {
  const [seated, retests] = await Promise.all([seatsOf(programId, number), retestsIn(programId, number)]);
  const others = await Promise.all(retests.map((r) => findParticipant(r.programId, r.nip)));
  return [...seated, ...others.filter((p): p is Participant => p !== undefined)];
}

/**
 * BKN assigns an assessor (Perban BKN 7/2020 Pasal 28) or an expert (Pasal 29) to a cohort. The requirements
 * of the person refuse the assignment; a conflict of interest with, or a rank below, one participant of the
 * cohort only excludes that participant (the member may test the others).
 */
export const assignTeamMember: Operation<typeof routes.assignTeamMember> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const cohort = await findCohort(params.programId, params.number);
  if (!cohort) throw cohortNotFound();
  const today = dateInWib(now);
  const { role, username, name, nip, ...rest } = body;
  const profile = { ...rest, nip };
  const check = (participant: AssessedParticipant): RuleViolation[] => {
    const verdict =
      role === 'asesor'
        ? checkAssessor(profile as unknown as AssessorProfile, participant, today)
        : checkExpert(profile as unknown as ExpertProfile, participant);
    return verdict.ok ? [] : verdict.violations;
  };
  const general = check(NOBODY).filter((v) => !PER_PARTICIPANT.has(v.code));
  if (general.length > 0) throw rulesNotMet(general);
  const participants = await testedIn(params.programId, params.number);
  const excluded = participants
    .map((p) => ({ nip: p.nip, codes: [...new Set(check(assessedParticipant(p)).map((v) => v.code))] }))
    .filter((x) => x.codes.length > 0);
  const member: TeamMember = {
    programId: params.programId,
    cohort: cohort.number,
    username,
    role,
    nip,
    name,
    profile: rest,
    excluded,
    assignedBy: principal.username,
    assignedAt: now.toISOString(),
  };
  await saveTeamMember(member);
  return { statusCode: 200, body: member };
};

/** A cohort's team; an assessor or expert sees only their own cohort's (the route's scope read it). */
export const listTeam: Operation<typeof routes.listTeam> = async ({ scoped }) => ({
  statusCode: 200,
  body: { items: scoped.team },
});
