import { randomUUID } from 'node:crypto';
import { decideUnit } from '../../domain/assessment/decision';
import { authorizeExpertAction } from '../../domain/assessment/expert';
import { dateInWib } from '../../domain/program/program';
import type { UnitRecommendation } from '../../events/api/assessment';
import type { routes } from '../../events/api/routes';
import { loadAssessment, saveRecommendation } from '../shared/data/assessment-repository';
import type { Operation } from '../shared/http/api-handler';
import { rulesNotMet } from '../shared/http/http-error';
import { testContext } from './context';
import { testerFor } from './tester';
import { evidenceItems, unitInScope } from './units';

/**
 * The assessor recommends a unit competent or not yet competent (Perban BKN 7/2020 Pasal 30(2)i). An expert
 * never may (Pasal 30(4)j); competent needs at least 2 distinct methods (Pasal 22(1)) and evidence meeting
 * Pasal 21 judged sufficient. Each recommendation is a new record; the latest counts.
 */
export const recommendUnit: Operation<typeof routes.recommendUnit> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const ctx = await testContext(params.programId, params.number, params.nip);
  unitInScope(ctx, params.unitCode);
  const member = testerFor(principal, ctx, dateInWib(now));
  if (member.role === 'pakar') {
    const verdict = authorizeExpertAction('MEMUTUSKAN_KOMPETEN', true);
    if (!verdict.ok) throw rulesNotMet(verdict.violations);
  }
  const units = await loadAssessment(params.programId, params.nip, ctx.scope.attempt);
  const evidence = evidenceItems(units.get(params.unitCode));
  const methods = [...new Set(evidence.map((e) => e.method))];
  if (body.recommendation === 'KOMPETEN') {
    const unit = decideUnit({
      unitCode: params.unitCode,
      methods,
      evidence,
      evidenceSufficient: body.evidenceSufficient,
      recommendation: 'KOMPETEN',
      decidedBy: { role: 'asesor', id: principal.username },
    });
    if (!unit.competent) throw rulesNotMet(unit.reasons);
  }
  const recommendation: UnitRecommendation = {
    programId: params.programId,
    nip: params.nip,
    cohort: ctx.cohort.number,
    attempt: ctx.scope.attempt,
    unitCode: params.unitCode,
    recommendation: body.recommendation,
    evidenceSufficient: body.evidenceSufficient,
    methods,
    ...(body.notes ? { notes: body.notes } : {}),
    recommendedBy: principal.username,
    recommendedAt: now.toISOString(),
  };
  await saveRecommendation(recommendation, randomUUID().slice(0, 8));
  return { statusCode: 201, body: recommendation };
};
