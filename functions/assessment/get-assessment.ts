import type { routes } from '../../events/api/routes';
import { loadAssessment } from '../shared/data/assessment-repository';
import type { Operation } from '../shared/http/api-handler';
import { testContext } from './context';
import { mayReadCohort } from './tester';

/** Every unit tested in this cohort's attempt, with its evidence and latest recommendation. */
export const getAssessment: Operation<typeof routes.getAssessment> = async ({ params, principal }) => {
  const ctx = await testContext(params.programId, params.number, params.nip);
  mayReadCohort(principal, ctx.team);
  const units = await loadAssessment(params.programId, params.nip, ctx.scope.attempt);
  return {
    statusCode: 200,
    body: {
      programId: params.programId,
      nip: params.nip,
      cohort: ctx.cohort.number,
      attempt: ctx.scope.attempt,
      units: ctx.scope.unitCodes.map((unitCode) => ({
        unitCode,
        evidence: units.get(unitCode)?.evidence ?? [],
        recommendation: units.get(unitCode)?.recommendations.at(-1) ?? null,
      })),
    },
  };
};
