import { mayTestCohort } from '../../../domain/access/scope';
import { loadSessionUnderTest } from '../../../adapters/dynamodb/test-record-repository';
import { cohortNotFound } from '../not-found';
import type { ScopeResolver } from '../scope';
import { param } from './holder-scope';

/**
 * `test-team`: the cohort of the path and its team; an assessor or expert the team does not list gets the 404 of
 * a cohort that does not exist, one it lists their place on it (`member`).
 */
export const testTeamScope: ScopeResolver<'test-team'> = async (params, actor) => {
  const programId = param(params, 'programId');
  const number = Number(params.number);
  // The cohort and its team in one Query (TR2).
  const [{ cohort, team }, who] = await Promise.all([loadSessionUnderTest(programId, number), actor]);
  if (!cohort) throw cohortNotFound();
  if (!who.restricted) return { cohort, team, member: undefined };
  const decision = mayTestCohort(who, team);
  if (!decision.ok) throw cohortNotFound();
  return { cohort, team, member: decision.value };
};
