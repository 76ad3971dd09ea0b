import { mayTestCohort } from '../../../domain/access/scope';
import { findTestTeam } from '../../../adapters/dynamodb/test-team-repository';
import { testTeamNotFound } from '../not-found';
import type { ScopeResolver } from '../scope';
import { param } from './holder-scope';

/**
 * `test-team-leader`: the team of the path; an assessor or expert who does not lead it gets the 404 of a team
 * that does not exist (the leader is the one member of the team it lists, Pasal 30(1)d).
 */
export const testTeamLeaderScope: ScopeResolver<'test-team-leader'> = async (params, actor) => {
  const [team, who] = await Promise.all([findTestTeam(param(params, 'teamId')), actor]);
  if (!team) throw testTeamNotFound();
  const leader = team.members.flatMap((m) =>
    m.leader && m.role !== 'pengelola-administrasi' ? [{ ...m, role: m.role }] : [],
  );
  if (who.restricted && !mayTestCohort(who, leader).ok) throw testTeamNotFound();
  return { team };
};
