import type { routes } from '../../events/api/routes';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { attemptUnits, testContext } from '../../services/testing/test-context';
import { record, recommendationRecord, recommendationRefusals, recorderOf } from './recording';
import { evidenceItems, unitInScope } from '../../services/testing/units';

/**
 * The assessor recommends a unit competent or not yet competent (Perban BKN 7/2020 Pasal 30(2)i). An expert
 * never may (Pasal 30(4)j); competent needs at least 2 distinct methods (Pasal 22(1)) and evidence meeting
 * Pasal 21 judged sufficient. Each recommendation is a new record; the latest counts.
 */
export const recommendUnit: Operation<typeof routes.recommendUnit> = async ({
  params,
  body,
  scoped,
  now,
}) => {
  const ctx = await testContext(params.programId, params.number, params.nip, scoped);
  unitInScope(ctx, params.unitCode);
  const recorder = recorderOf(ctx, scoped.member, now);
  const evidence = evidenceItems(attemptUnits(ctx).get(params.unitCode)?.evidence ?? []);
  const refused = recommendationRefusals(recorder, params.unitCode, evidence, body);
  if (refused.length > 0) throw rulesNotMet(refused);
  const recommendation = recommendationRecord(recorder, params.unitCode, body, evidence);
  await record([], [recommendation]);
  return { statusCode: 201, body: recommendation.recommendation };
};
