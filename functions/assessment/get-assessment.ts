import type { ParticipantAssessment } from '../../events/api/assessment';
import type { routes } from '../../events/api/routes';
import type { UnitRecord } from '../../adapters/dynamodb/assessment-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { attemptUnits, testContext, type TestContext } from '../../services/testing/test-context';

/** Every unit tested in the context's attempt, with its evidence and latest recommendation. */
export function participantAssessment(
  ctx: TestContext,
  units: ReadonlyMap<string, UnitRecord>,
): ParticipantAssessment {
  return {
    programId: ctx.participant.programId,
    nip: ctx.participant.nip,
    cohort: ctx.cohort.number,
    attempt: ctx.scope.attempt,
    units: ctx.scope.unitCodes.map((unitCode) => ({
      unitCode,
      evidence: units.get(unitCode)?.evidence ?? [],
      recommendation: units.get(unitCode)?.recommendations.at(-1) ?? null,
    })),
  };
}

/** A participant's assessment in a cohort; an assessor or expert reads only their own cohort's (its scope). */
export const getAssessment: Operation<typeof routes.getAssessment> = async ({ params, scoped }) => {
  const ctx = await testContext(params.programId, params.number, params.nip, scoped);
  return { statusCode: 200, body: participantAssessment(ctx, attemptUnits(ctx)) };
};
