import { decreeServing } from '../../domain/assessment/test-team';
import type { TeamMember } from '../../events/api/assessment';
import type { MechanismProposal } from '../../events/api/test-mechanism';
import { teamMechanismProposals } from '../../adapters/dynamodb/test-mechanism-repository';

/**
 * The test mechanism proposals of one cohort (Perban BKN 7/2020 Pasal 30(2)a), read from the partition of the
 * team formed by decree that serves it (`teamId` undefined: no decree, no proposals).
 */
export async function cohortMechanisms(
  programId: string,
  cohort: number,
  team: readonly TeamMember[],
): Promise<{ teamId: string | undefined; proposals: MechanismProposal[] }> {
  const teamId = decreeServing(team);
  if (teamId === undefined) return { teamId, proposals: [] };
  const proposals = (await teamMechanismProposals(teamId)).filter(
    (p) => p.programId === programId && p.cohort === cohort,
  );
  return { teamId, proposals };
}
