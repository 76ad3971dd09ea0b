import type { RuleViolation } from '../../domain/shared/rule';
import type { EvidenceRecord } from '../../events/api/assessment';
import type { routes } from '../../events/api/routes';
import type { NewRecommendation, UnitRecord } from '../../adapters/dynamodb/assessment-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { requireBriefed } from '../../services/testing/briefing';
import { attemptUnits, testContext } from '../../services/testing/test-context';
import { participantAssessment } from './get-assessment';
import {
  evidenceRecord,
  evidenceRefusals,
  record,
  recommendationRecord,
  recommendationRefusals,
  recorderOf,
} from './recording';
import { evidenceItems, unitNotTested } from '../../services/testing/units';
import { requireTestPlan } from '../../services/testing/test-plan-gate';
import { requireTeamSize } from '../../services/testing/team-size';

/** A refusal of a sheet: the rule, and the member of the body it refuses (`units.<i>.unitCode`, …). */
type SheetViolation = RuleViolation & { path: string };

const at = (path: string, violations: readonly RuleViolation[]): SheetViolation[] =>
  violations.map((v) => ({ ...v, path }));

function unitOf(units: Map<string, UnitRecord>, unitCode: string): UnitRecord {
  const unit = units.get(unitCode) ?? { evidence: [], recommendations: [] };
  units.set(unitCode, unit);
  return unit;
}

/**
 * An assessor records a participant's assessment sheet at once: evidence and recommendations of several units,
 * by exactly the rules of the one-unit routes (recordEvidence, recommendUnit), each recommendation judged on the
 * unit's recorded evidence and the evidence this sheet adds to it. Everything is checked before anything is
 * written: any refusal answers 422 with all of them; otherwise the whole sheet is written as one new item.
 */
export const recordAssessmentSheet: Operation<typeof routes.recordAssessmentSheet> = async ({
  params,
  body,
  scoped,
  now,
}) => {
  const ctx = await testContext(params.programId, params.number, params.nip, scoped);
  await requireTestPlan(
    ctx,
    body.units.map((u, i) => ({ unitCode: u.unitCode, field: `units.${i}.unitCode` })),
    body.units.flatMap((u, i) =>
      u.evidence.map((e, k) => ({
        unitCode: u.unitCode,
        method: e.method,
        field: `units.${i}.evidence.${k}.method`,
      })),
    ),
  );
  await requireBriefed(ctx);
  await requireTeamSize(ctx);
  const recorder = recorderOf(ctx, scoped.member, now);
  const units = attemptUnits(ctx);
  const evidenceRefused = evidenceRefusals(recorder);
  const violations: SheetViolation[] = [];
  const evidence: EvidenceRecord[] = [];
  const recommendations: NewRecommendation[] = [];
  body.units.forEach((unit, i) => {
    const notTested = unitNotTested(ctx, unit.unitCode, `units.${i}.unitCode`);
    if (notTested) {
      violations.push(...at(`units.${i}.unitCode`, [notTested]));
      return;
    }
    const added = unit.evidence.map((e, k) =>
      evidenceRecord(recorder, unit.unitCode, e, evidence.length + k),
    );
    if (added.length > 0) violations.push(...at(`units.${i}.evidence`, evidenceRefused));
    evidence.push(...added);
    if (unit.recommendation) {
      const items = evidenceItems([...(units.get(unit.unitCode)?.evidence ?? []), ...added]);
      const field = `units.${i}.recommendation`;
      violations.push(
        ...at(field, recommendationRefusals(recorder, unit.unitCode, items, unit.recommendation, field)),
      );
      recommendations.push(recommendationRecord(recorder, unit.unitCode, unit.recommendation, items));
    }
  });
  if (violations.length > 0) throw rulesNotMet(violations);

  await record(evidence, recommendations);
  for (const e of evidence) unitOf(units, e.unitCode).evidence.push(e);
  for (const r of recommendations)
    unitOf(units, r.recommendation.unitCode).recommendations.push(r.recommendation);
  return { statusCode: 201, body: participantAssessment(ctx, units) };
};
