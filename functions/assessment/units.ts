import type { UnitAssessment } from '../../domain/assessment/decision';
import type { EvidenceItem } from '../../domain/assessment/evidence';
import type { UnitRecord } from '../shared/data/assessment-repository';
import { HttpError } from '../shared/http/http-error';
import type { TestContext } from './context';

/** 404 unless the unit is tested in this attempt (every required unit at first, the failed ones in a re-test). */
export function unitInScope(ctx: TestContext, unitCode: string): void {
  if (!ctx.scope.unitCodes.includes(unitCode)) {
    throw new HttpError(
      404,
      'UNIT_NOT_TESTED',
      `Unit ${unitCode} tidak termasuk unit yang diuji peserta pada angkatan ini.`,
    );
  }
}

export const evidenceItems = (unit: UnitRecord | undefined): EvidenceItem[] =>
  (unit?.evidence ?? []).map(
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

/**
 * A unit as the decision rules see it: the latest recommendation, the evidence collected and the distinct
 * methods it used (Pasal 22(1)); undefined when no assessor has recommended yet.
 */
export function unitAssessmentOf(unitCode: string, unit: UnitRecord | undefined): UnitAssessment | undefined {
  const latest = unit?.recommendations.at(-1);
  if (!latest) return undefined;
  const evidence = evidenceItems(unit);
  return {
    unitCode,
    methods: [...new Set(evidence.map((e) => e.method))],
    evidence,
    evidenceSufficient: latest.evidenceSufficient,
    recommendation: latest.recommendation,
    decidedBy: { role: 'asesor', id: latest.recommendedBy },
  };
}
