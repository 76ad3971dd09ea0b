import { checkUnitTestPlan, unitsOfScheme } from '../../domain/assessment/instrument';
import { acceptedMechanism, planMechanismViolations } from '../../domain/assessment/test-mechanism';
import { testDateOf } from '../../domain/eligibility/test-date';
import { dateInWib } from '../../domain/shared/dates';
import type { routes } from '../../events/api/routes';
import type { UnitTestPlan } from '../../events/api/test-instruments';
import {
  cohortTestPlans,
  programInstruments,
  saveUnitTestPlan,
} from '../../adapters/dynamodb/test-instrument-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { cohortMechanisms } from '../../services/testing/mechanism';
import { instrumentFacts } from './instruments';

/**
 * An assessor of the cohort's team plans the test of one unit (Perban BKN 7/2020 Pasal 30(2)c-d): its methods
 * and the programme's instruments used, checked against Pasal 19(7)-(8), 22(1); a new plan replaces the old.
 * For a cohort a decree serves, the plan is based on the mechanism its leader accepted for the unit (30(2)a).
 */
export const planUnitTest: Operation<typeof routes.planUnitTest> = async ({
  params,
  body,
  scoped,
  principal,
  now,
}) => {
  const [stored, mechanisms] = await Promise.all([
    programInstruments(params.programId),
    cohortMechanisms(params.programId, scoped.cohort.number, scoped.team),
  ]);
  const instruments = new Map([...stored].map(([id, records]) => [id, instrumentFacts(records)]));
  const verdict = checkUnitTestPlan(
    { unitCode: params.unitCode, methods: body.methods, instruments: body.instruments },
    { schemeUnits: unitsOfScheme(scoped.cohort.scheme), instruments, today: dateInWib(now) },
  );
  const accepted = acceptedMechanism(params.unitCode, mechanisms.proposals);
  const violations = [
    ...(verdict.ok ? [] : verdict.violations),
    ...planMechanismViolations(
      testDateOf(scoped.cohort),
      mechanisms.teamId !== undefined,
      params.unitCode,
      body.methods,
      accepted,
    ),
  ];
  if (!verdict.ok || violations.length > 0) throw rulesNotMet(violations);
  const plan: UnitTestPlan = {
    programId: params.programId,
    cohort: scoped.cohort.number,
    unitCode: params.unitCode,
    methods: [...new Set(body.methods)],
    instruments: body.instruments,
    dimensions: verdict.value.dimensions,
    ...(body.notes ? { notes: body.notes } : {}),
    ...(accepted ? { mechanismProposalId: accepted.proposalId } : {}),
    plannedBy: principal.username,
    plannedAt: now.toISOString(),
  };
  await saveUnitTestPlan(plan);
  return { statusCode: 200, body: plan };
};

/** The cohort's test plan, one per unit planned. */
export const getTestPlan: Operation<typeof routes.getTestPlan> = async ({ params, scoped }) => ({
  statusCode: 200,
  body: { items: await cohortTestPlans(params.programId, scoped.cohort.number) },
});
