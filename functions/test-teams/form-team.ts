import { randomUUID } from 'node:crypto';
import { checkTestTeam, type Period } from '../../domain/assessment/test-team';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { RuleViolation } from '../../domain/shared/rule';
import type { TeamMember } from '../../events/api/assessment';
import type { routes } from '../../events/api/routes';
import type { TeamAmendmentRequest, TestTeam, TestTeamRequest } from '../../events/api/test-team';
import { teamOf } from '../../adapters/dynamodb/assessment-repository';
import { findCohort } from '../../adapters/dynamodb/seating-repository';
import { ConcurrentChangeError } from '../../adapters/dynamodb/table';
import { findTestTeam, findTestTeamRatio, saveTestTeam } from '../../adapters/dynamodb/test-team-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { cohortNotFound, testTeamNotFound } from '../../runtime/http/not-found';
import { checkMember, testedIn } from '../../services/testing/team-members';

type Member = TestTeamRequest['members'][number];
type Assessing = Extract<Member, { role: 'asesor' | 'pakar' }>;

/** The requirements a member was checked on, as the cohort's TeamMember keeps them. */
export function profileOf(m: Omit<Assessing, 'leader'> & { leader?: boolean }): Record<string, unknown> {
  const { role: _role, username: _u, name: _n, nip: _nip, origin: _o, leader: _l, ...profile } = m;
  return profile;
}

/** Reads each cohort the team would serve: the cohort, its team so far and who is tested there. */
export async function cohortsOf(body: Pick<TestTeamRequest, 'cohorts'>) {
  const read = await Promise.all(
    body.cohorts.map(async ({ programId, number }) => {
      const [cohort, team, tested] = await Promise.all([
        findCohort(programId, number),
        teamOf(programId, number),
        testedIn(programId, number),
      ]);
      if (!cohort) throw cohortNotFound();
      return { cohort, team, tested };
    }),
  );
  return read;
}

/**
 * The cohort entries of a decree's assessing members (administrative staff do not assess): each member placed on
 * every cohort the team serves, checked there as a one-by-one assignment would be (Pasal 19(6)); the general
 * violations are reported once, at the member's place in the request.
 */
export function placedMembers(
  requested: readonly (Member | TeamAmendmentRequest['members'][number])[],
  cohorts: Awaited<ReturnType<typeof cohortsOf>>,
  today: IsoDate,
  stamp: Pick<TeamMember, 'teamId' | 'period' | 'assignedBy' | 'assignedAt'>,
): { members: TeamMember[]; violations: RuleViolation[] } {
  const members: TeamMember[] = [];
  const violations: RuleViolation[] = [];
  requested.forEach((m, i) => {
    if (m.role === 'pengelola-administrasi') return;
    const profile = profileOf(m);
    for (const { cohort, tested } of cohorts) {
      const { general, excluded } = checkMember(m.role, { ...profile, nip: m.nip }, tested, today);
      if (cohort === cohorts[0]!.cohort) {
        violations.push(...general.map((v) => ({ ...v, field: `members.${i}.${v.field ?? ''}` })));
      }
      members.push({
        programId: cohort.programId,
        cohort: cohort.number,
        username: m.username,
        role: m.role,
        nip: m.nip,
        name: m.name,
        profile,
        excluded,
        ...stamp,
        leader: 'leader' in m ? m.leader : false,
        origin: m.origin,
      });
    }
  });
  return { members, violations };
}

/**
 * The head of BKN's decree forms a test team (Perban BKN 7/2020 Pasal 19(2)-(6)): checked whole (decree, period,
 * composition, size at BKN's ratio, each assessing member as a one-by-one assignment would be), then written
 * with its assessing members on the team of every cohort it serves, all or nothing.
 */
export const formTestTeam: Operation<typeof routes.formTestTeam> = async ({ body, principal, now }) => {
  const today = dateInWib(now);
  const [ratio, cohorts] = await Promise.all([findTestTeamRatio(), cohortsOf(body)]);
  const period = body.period as Period;
  const size = checkTestTeam({
    decree: { date: body.decree.date as IsoDate },
    period,
    difficulty: body.difficulty,
    members: body.members,
    cohorts: cohorts.map(({ cohort, team, tested }) => ({
      number: cohort.number,
      testDay: cohort.endDate as IsoDate,
      participants: tested.length,
      team,
    })),
    ratio: ratio?.participantsPerAssessor,
    today,
  });
  const violations: RuleViolation[] = size.ok ? [] : [...size.violations];
  const teamId = `tim_${randomUUID()}`;
  const at = now.toISOString();
  const placed = placedMembers(body.members, cohorts, today, {
    teamId,
    period,
    assignedBy: principal.username,
    assignedAt: at,
  });
  violations.push(...placed.violations);
  const members = placed.members;
  if (violations.length > 0 || !size.ok) throw rulesNotMet(violations);
  const leader = body.members.find((m) => m.leader)!;
  const team: TestTeam = {
    teamId,
    decree: body.decree,
    period,
    difficulty: body.difficulty,
    participantsPerAssessor: size.value.participantsPerAssessor,
    participants: size.value.participants,
    assessorsNeeded: size.value.assessorsNeeded,
    cohorts: cohorts.map(({ cohort, tested }) => ({
      programId: cohort.programId,
      number: cohort.number,
      participants: tested.length,
    })),
    members: body.members.map(({ role, username, nip, name, origin, leader }) => ({
      role,
      username,
      nip,
      name,
      origin,
      leader,
    })),
    leader: leader.username,
    formedBy: principal.username,
    formedAt: at,
  };
  try {
    await saveTestTeam(team, members);
  } catch (error) {
    if (error instanceof ConcurrentChangeError) {
      throw new HttpError(
        409,
        'TEST_TEAM_CHANGED',
        'Angkatan dilayani tim lain atau diberi anggota selama permintaan diproses; tidak ada yang dicatat, silakan ulangi.',
      );
    }
    throw error;
  }
  return { statusCode: 201, body: team };
};

/** A team formed by decree. */
export const getTestTeam: Operation<typeof routes.getTestTeam> = async ({ params }) => {
  const team = await findTestTeam(params.teamId);
  if (!team) throw testTeamNotFound();
  return { statusCode: 200, body: team };
};
