import { testPlanRequired, unplannedMethods, unplannedUnits } from '../../domain/assessment/instrument';
import type { AssessmentMethod } from '../../domain/assessment/methods';
import { testDateOf } from '../../domain/eligibility/test-date';
import { cohortTestPlans } from '../../adapters/dynamodb/test-instrument-repository';
import { rulesNotMet } from '../../runtime/http/http-error';
import type { TestContext } from './test-context';

/**
 * 422 UJI-RENCANA-WAJIB unless every unit of `units` has a test plan of the session's cohort covering the
 * dimensions a-e (Perban BKN 7/2020 Pasal 19(7)-(8), 30(2)c): no evidence is collected for an unplanned unit;
 * and UJI-METODE-RENCANA for each piece of `evidence` by a method its unit's plan does not name (22(2)).
 * A session held before the Perban (the 2019 programme) reads nothing; a unit the attempt does not test is left to
 * its own refusal (UNIT_NOT_TESTED).
 */
export async function requireTestPlan(
  ctx: TestContext,
  units: readonly { unitCode: string; field: string }[],
  evidence: readonly { unitCode: string; method: AssessmentMethod; field: string }[],
): Promise<void> {
  const testDate = testDateOf(ctx.cohort);
  if (!testPlanRequired(testDate)) return;
  const plans = await cohortTestPlans(ctx.cohort.programId, ctx.cohort.number);
  const tested = units.filter((u) => ctx.scope.unitCodes.includes(u.unitCode));
  const violations = [
    ...unplannedUnits(testDate, tested, plans),
    ...unplannedMethods(
      testDate,
      evidence.filter((e) => ctx.scope.unitCodes.includes(e.unitCode)),
      plans,
    ),
  ];
  if (violations.length > 0) throw rulesNotMet(violations);
}
