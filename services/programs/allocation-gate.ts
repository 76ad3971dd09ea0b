import { chargeDetermined, chargeProposed, findTally } from '../../adapters/dynamodb/allocation-repository';
import type { TransactItem } from '../../adapters/dynamodb/table';
import { checkDeterminedWithin, checkProposedWithin } from '../../domain/program/allocation';
import { checkRegionalOrigin } from '../../domain/program/regional';
import type { RuleViolation } from '../../domain/shared/rule';
import type { Program } from '../../events/api/program';
import type { CandidateStatus } from '../../events/api/proposal';

/**
 * What a proposal costs its Kanreg's allocation (Perban BKN 7/2020 Pasal 11a): the rules it breaks as things were
 * read, else the counter update to write in the same transaction as the change, whose condition holds the
 * allocation at commit. A programme with no allocation and no regional origin costs nothing. (A determination,
 * Pasal 11f, needs no read first: determinationCharge below.)
 */
export interface AllocationCharge {
  violations: RuleViolation[];
  items: TransactItem[];
}

/** A submission adding `adding` candidates from an instansi of `kanreg` (null: a central instansi). */
export async function proposalCharge(
  program: Program,
  kanreg: string | null,
  adding: number,
): Promise<AllocationCharge> {
  const origin =
    program.origin?.kind === 'DAERAH' ? checkRegionalOrigin(program.origin.kanreg, kanreg) : undefined;
  const violations = origin && !origin.ok ? [...origin.violations] : [];
  if (!program.allocatedPerKanreg || kanreg === null || adding === 0) return { violations, items: [] };
  const tally = await findTally(program.id, kanreg);
  const within = checkProposedWithin(kanreg, tally, adding);
  if (!within.ok) return { violations: [...violations, ...within.violations], items: [] };
  return { violations, items: [chargeProposed(program.id, kanreg, adding, tally.allocated!)] };
}

const determinationDelta = (previous: CandidateStatus, outcome: CandidateStatus) =>
  (outcome === 'ACCEPTED' ? 1 : 0) - (previous === 'ACCEPTED' ? 1 : 0);

/**
 * An eligibility-session decision moving a candidate of `kanreg`'s region from `previous` to `outcome`: the
 * counter update to write with it, unread. Its condition holds the allocation at commit, so the tally is read only
 * when the transaction fails, by determinationRefusal, to say whether the allocation was why.
 */
export function determinationCharge(
  program: Program,
  kanreg: string | null,
  previous: CandidateStatus,
  outcome: CandidateStatus,
): TransactItem[] {
  const delta = determinationDelta(previous, outcome);
  if (!program.allocatedPerKanreg || kanreg === null || delta === 0) return [];
  return [chargeDetermined(program.id, kanreg, delta > 0 ? 1 : -1)];
}

/** Why a decision's transaction failed, if it was the allocation: the rules the tally as it now stands breaks. */
export async function determinationRefusal(
  program: Program,
  kanreg: string | null,
  previous: CandidateStatus,
  outcome: CandidateStatus,
): Promise<RuleViolation[]> {
  // Giving a place back cannot break the allocation.
  if (!program.allocatedPerKanreg || kanreg === null || determinationDelta(previous, outcome) <= 0) return [];
  const within = checkDeterminedWithin(kanreg, await findTally(program.id, kanreg));
  return within.ok ? [] : within.violations;
}
