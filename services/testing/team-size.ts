import { decreeServing, sizeAtUse } from '../../domain/assessment/test-team';
import { findTestTeam } from '../../adapters/dynamodb/test-team-repository';
import { rulesNotMet } from '../../runtime/http/http-error';
import type { TestContext } from './test-context';
import { testedIn } from './team-members';

/**
 * 422 TIM-UJI-UKURAN when the team formed by decree that serves the session's cohort is used there (evidence, a
 * sheet) after the cohort's participants grew beyond what the team can test at its ratio (Perban BKN 7/2020
 * Pasal 19(3)). A cohort whose members were assigned one by one reads nothing.
 */
export async function requireTeamSize(ctx: TestContext): Promise<void> {
  const teamId = decreeServing(ctx.team);
  if (teamId === undefined) return;
  const { programId, number } = ctx.cohort;
  const [team, tested] = await Promise.all([findTestTeam(teamId), testedIn(programId, number)]);
  if (!team) return;
  const violations = sizeAtUse(team, { programId, number, participants: tested.length });
  if (violations.length > 0) throw rulesNotMet(violations);
}
