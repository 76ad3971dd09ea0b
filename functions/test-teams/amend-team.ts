import { checkTeamAmendment } from '../../domain/assessment/test-team';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { RuleViolation } from '../../domain/shared/rule';
import type { routes } from '../../events/api/routes';
import type { TestTeam } from '../../events/api/test-team';
import { ConcurrentChangeError } from '../../adapters/dynamodb/table';
import { amendTestTeam as saveAmendment, findTestTeam } from '../../adapters/dynamodb/test-team-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { testTeamNotFound } from '../../runtime/http/not-found';
import { cohortsOf, placedMembers } from './form-team';

/**
 * An amending decree of the head of BKN adds assessing members to a team (Perban BKN 7/2020 Pasal 19(2)-(3)), e.g.
 * when its cohorts' participants grew: each checked as at forming, the participants counted again, the team then
 * large enough at the ratio it was formed with; the new members are placed on every cohort it serves.
 */
export const amendTestTeam: Operation<typeof routes.amendTestTeam> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const team = await findTestTeam(params.teamId);
  if (!team) throw testTeamNotFound();
  const today = dateInWib(now);
  const cohorts = await cohortsOf(team);
  const counted = cohorts.map(({ cohort, tested }) => ({
    programId: cohort.programId,
    number: cohort.number,
    participants: tested.length,
  }));
  const size = checkTeamAmendment(team, {
    decree: { date: body.decree.date as IsoDate },
    members: body.members,
    cohorts: counted,
    today,
  });
  const violations: RuleViolation[] = size.ok ? [] : [...size.violations];
  const at = now.toISOString();
  const placed = placedMembers(body.members, cohorts, today, {
    teamId: team.teamId,
    period: team.period,
    assignedBy: principal.username,
    assignedAt: at,
  });
  violations.push(...placed.violations);
  const added = placed.members;
  if (violations.length > 0 || !size.ok) throw rulesNotMet(violations);
  const amended: TestTeam = {
    ...team,
    participants: size.value.participants,
    assessorsNeeded: size.value.assessorsNeeded,
    cohorts: counted,
    members: [
      ...team.members,
      ...body.members.map(({ role, username, nip, name, origin }) => ({
        role,
        username,
        nip,
        name,
        origin,
        leader: false,
      })),
    ],
    amendments: [
      ...(team.amendments ?? []),
      {
        decree: { number: body.decree.number, date: body.decree.date },
        members: body.members.map((m) => m.username),
        amendedBy: principal.username,
        amendedAt: at,
      },
    ],
  };
  try {
    await saveAmendment(amended, team.members.length, added);
  } catch (error) {
    if (error instanceof ConcurrentChangeError) {
      throw new HttpError(
        409,
        'TEST_TEAM_CHANGED',
        'Tim diubah atau angkatannya diberi anggota ini selama permintaan diproses; tidak ada yang dicatat, silakan ulangi.',
      );
    }
    throw error;
  }
  return { statusCode: 200, body: amended };
};
