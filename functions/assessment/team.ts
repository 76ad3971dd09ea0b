import { cohortNotFound } from '../../runtime/http/not-found';
import { mayAssignOneByOne } from '../../domain/assessment/test-team';
import type { TeamMember } from '../../events/api/assessment';
import type { routes } from '../../events/api/routes';
import { saveTeamMember, teamOf } from '../../adapters/dynamodb/assessment-repository';
import { findCohort } from '../../adapters/dynamodb/seating-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { ConcurrentChangeError } from '../../adapters/dynamodb/table';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { checkMember, testedIn } from '../../services/testing/team-members';
import { dateInWib } from '../../domain/shared/dates';
import { testDateOf } from '../../domain/eligibility/test-date';

/**
 * BKN assigns an assessor (Perban BKN 7/2020 Pasal 28) or an expert (Pasal 29) to a cohort. The requirements
 * of the person refuse the assignment; a conflict of interest with, or a rank below, one participant of the
 * cohort only excludes that participant (the member may test the others). A cohort served by a team formed by
 * decree (functions/test-teams) takes its members from the decree only, also when the decree is recorded while
 * this assignment is processed (409: the write is conditioned on the decree marker). One by one is the 2019 way:
 * a cohort or re-test session tested from 14 April 2020 has its team by decree only (Pasal 19(2), 37).
 */
export const assignTeamMember: Operation<typeof routes.assignTeamMember> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const [cohort, team] = await Promise.all([
    findCohort(params.programId, params.number),
    teamOf(params.programId, params.number),
  ]);
  if (!cohort) throw cohortNotFound();
  const allowed = mayAssignOneByOne(team, testDateOf(cohort));
  const { role, username, name, nip, ...rest } = body;
  const participants = await testedIn(params.programId, params.number);
  const { general, excluded } = checkMember(role, { ...rest, nip }, participants, dateInWib(now));
  const violations = [...(allowed.ok ? [] : allowed.violations), ...general];
  if (violations.length > 0) throw rulesNotMet(violations);
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
  try {
    await saveTeamMember(member);
  } catch (error) {
    if (error instanceof ConcurrentChangeError) {
      throw new HttpError(
        409,
        'TEST_TEAM_CHANGED',
        'Angkatan mulai dilayani tim uji berdasarkan keputusan selama permintaan diproses; tidak ada yang dicatat.',
      );
    }
    throw error;
  }
  return { statusCode: 200, body: member };
};

/** A cohort's team; an assessor or expert sees only their own cohort's (the route's scope read it). */
export const listTeam: Operation<typeof routes.listTeam> = async ({ scoped }) => ({
  statusCode: 200,
  body: { items: scoped.team },
});
