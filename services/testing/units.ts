import type { UnitAssessment } from '../../domain/assessment/decision';
import type { EvidenceItem } from '../../domain/assessment/evidence';
import { distinctMethods } from '../../domain/assessment/methods';
import type { RuleViolation } from '../../domain/shared/rule';
import type { EvidenceRecord } from '../../events/api/assessment';
import type { UnitRecord } from '../../adapters/dynamodb/assessment-repository';
import { HttpError } from '../../runtime/http/http-error';
import type { TestContext } from './test-context';

/**
 * Why `unitCode` may not be recorded in this attempt, or undefined when it is tested in it: every required unit
 * at the first test (Pasal 16(6), 19(1)), only the units then not yet competent in a re-test (Pasal 26(2)).
 */
export function unitNotTested(
  ctx: TestContext,
  unitCode: string,
  field = 'unitCode',
): RuleViolation | undefined {
  if (ctx.scope.unitCodes.includes(unitCode)) return undefined;
  return {
    code: 'UNIT_NOT_TESTED',
    article: `Perban BKN 7/2020 ${ctx.scope.attempt === 0 ? 'Pasal 16(6), 19(1)' : 'Pasal 26(2)'}`,
    message: `Unit ${unitCode} tidak termasuk unit yang diuji peserta pada angkatan ini.`,
    field,
  };
}

/** 404 unless the unit is tested in this attempt. */
export function unitInScope(ctx: TestContext, unitCode: string): void {
  const notTested = unitNotTested(ctx, unitCode);
  if (notTested) throw new HttpError(404, notTested.code, notTested.message);
}

/** Evidence as the decision rules see it: the method and the Pasal 21 qualities judged. */
export const evidenceItems = (records: readonly EvidenceRecord[]): EvidenceItem[] =>
  records.map(
    ({
      evidenceId,
      method,
      relevant,
      realWork,
      demonstratesCompetency,
      verifiable,
      valid,
      authentic,
      current,
    }) => ({
      id: evidenceId,
      method,
      relevant,
      realWork,
      demonstratesCompetency,
      verifiable,
      valid,
      authentic,
      current,
    }),
  );

/** The distinct methods of a unit's evidence, in the order first used (Pasal 22(1)). */
export const methodsOf = (evidence: readonly EvidenceItem[]) =>
  distinctMethods(evidence.map((e) => e.method));

/**
 * A unit as the decision rules see it: the latest recommendation, the evidence collected and the distinct
 * methods it used (Pasal 22(1)); undefined when no assessor has recommended yet.
 */
export function unitAssessmentOf(unitCode: string, unit: UnitRecord | undefined): UnitAssessment | undefined {
  const latest = unit?.recommendations.at(-1);
  if (!unit || !latest) return undefined;
  const evidence = evidenceItems(unit.evidence);
  return {
    unitCode,
    methods: methodsOf(evidence),
    evidence,
    evidenceSufficient: latest.evidenceSufficient,
    recommendation: latest.recommendation,
    decidedBy: { role: 'asesor', id: latest.recommendedBy },
  };
}
