import { milestoneId, missingParts } from '../../domain/training/action-plan';
import type { ActionPlanRecord } from '../../events/api/monev';
import type { ActionPlan, Confirmation } from '../../events/api/training';

/** The plan's milestones with the ids Monev answers name them by (M1, M2, ... in the plan's order). */
export const milestonesWithIds = (plan: ActionPlan) =>
  plan.milestones.map((milestone, i) => ({ id: milestoneId(i), ...milestone }));

/** The action plan of a confirmation as it is read: milestone ids, and the parts of the form still missing. */
export function planRecord(confirmation: Confirmation & { actionPlan: ActionPlan }): ActionPlanRecord {
  const plan = confirmation.actionPlan;
  return {
    programId: confirmation.programId,
    nip: confirmation.nip,
    instansiCode: confirmation.instansiCode,
    cohort: confirmation.cohort,
    actionPlan: { ...plan, milestones: milestonesWithIds(plan) },
    missing: missingParts(plan),
    confirmedAt: confirmation.confirmedAt,
    version: confirmation.version,
  };
}
