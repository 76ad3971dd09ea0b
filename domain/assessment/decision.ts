/**
 * The decision of a competency test, per unit and overall.
 *
 * A unit is competent only when an assessor recommends it (Pasal 30(2)i) on at least 2 methods
 * (Pasal 22(1)) and on evidence that meets Pasal 21; an expert may help collect evidence but never
 * decides (Pasal 30(4)j). The participant is competent only when every required unit of the scheme is
 * (Pasal 16(6)); the units not yet competent are the scope of a re-test (Pasal 26(2)).
 */
import type { Role } from '../access/roles';
import { defineRules, violation, type RuleViolation } from '../shared/rule';
import { unitEvidenceViolations, type EvidenceItem } from './evidence';
import { METHOD_RULES, unitMethodViolations, type AssessmentMethod } from './methods';

export const DECISION_RULES = /* @__PURE__ */ defineRules({
  'UJI-KEPUTUSAN-ASESOR': {
    article: 'Perban BKN 7/2020 Pasal 30(2)i',
    summary: 'Rekomendasi kompeten/belum kompeten per unit diberikan oleh asesor.',
  },
  'UJI-PAKAR-TIDAK-MEMUTUSKAN': {
    article: 'Perban BKN 7/2020 Pasal 30(4)j',
    summary: 'Pakar/praktisi penguji tidak berwenang memberikan keputusan kompeten.',
  },
  'UJI-BELUM-KOMPETEN': {
    article: 'Perban BKN 7/2020 Pasal 25a, 30(2)i',
    summary: 'Unit yang direkomendasikan belum kompeten oleh asesor dinyatakan belum kompeten.',
  },
  'UJI-KOMPETEN-SELURUH-UNIT': {
    article: 'Perban BKN 7/2020 Pasal 16(6)',
    summary: 'Peserta kompeten hanya bila seluruh unit yang dipersyaratkan skema dinyatakan kompeten.',
  },
});

export type Recommendation = 'KOMPETEN' | 'BELUM_KOMPETEN';

export interface UnitAssessment {
  unitCode: string;
  methods: readonly AssessmentMethod[];
  evidence: readonly EvidenceItem[];
  /** The assessor's judgement that the evidence is enough to decide (Pasal 21e angka 4). */
  evidenceSufficient: boolean;
  recommendation: Recommendation;
  /** Who gave the recommendation. */
  decidedBy: { role: Role; id: string };
}

export interface UnitDecision {
  unitCode: string;
  competent: boolean;
  /** Why the unit is not competent; empty when it is. */
  reasons: RuleViolation[];
}

/** The decision for one unit; every reason it is not competent is listed. */
export function decideUnit(a: UnitAssessment, field = `units.${a.unitCode}`): UnitDecision {
  const reasons: RuleViolation[] = [];
  if (a.decidedBy.role === 'pakar') {
    reasons.push(
      violation(
        DECISION_RULES['UJI-PAKAR-TIDAK-MEMUTUSKAN'],
        `Keputusan unit ${a.unitCode} diberikan oleh pakar ${a.decidedBy.id}; pakar tidak berwenang memutuskan kompeten.`,
        `${field}.decidedBy`,
      ),
    );
  } else if (a.decidedBy.role !== 'asesor') {
    reasons.push(
      violation(
        DECISION_RULES['UJI-KEPUTUSAN-ASESOR'],
        `Keputusan unit ${a.unitCode} harus diberikan oleh asesor, bukan ${a.decidedBy.role}.`,
        `${field}.decidedBy`,
      ),
    );
  }
  if (a.recommendation === 'BELUM_KOMPETEN') {
    reasons.push(
      violation(
        DECISION_RULES['UJI-BELUM-KOMPETEN'],
        `Unit ${a.unitCode} direkomendasikan belum kompeten oleh asesor.`,
        `${field}.recommendation`,
      ),
    );
  } else {
    reasons.push(...unitMethodViolations(a.unitCode, a.methods, `${field}.methods`));
    reasons.push(...unitEvidenceViolations(a.unitCode, a.evidence, a.evidenceSufficient, field));
  }
  return { unitCode: a.unitCode, competent: reasons.length === 0, reasons };
}

export interface OverallDecision {
  outcome: Recommendation;
  units: UnitDecision[];
  competentUnits: string[];
  /** Required units not competent or not assessed: the scope of a re-test (Pasal 26(2)). */
  notYetCompetentUnits: string[];
  reasons: RuleViolation[];
}

/**
 * The overall decision: KOMPETEN only when every unit in `requiredUnitCodes` has exactly one
 * assessment and it is competent. Assessments of units outside the scheme are reported and ignored.
 */
export function decideOverall(
  requiredUnitCodes: readonly string[],
  assessments: readonly UnitAssessment[],
): OverallDecision {
  const reasons: RuleViolation[] = [];
  const units: UnitDecision[] = [];
  assessments.forEach((a, i) => {
    if (!requiredUnitCodes.includes(a.unitCode)) {
      reasons.push(
        violation(
          METHOD_RULES['UJI-RENCANA-UNIT'],
          `Unit ${a.unitCode} bukan unit kompetensi skema ini.`,
          `units.${i}`,
        ),
      );
    } else if (assessments.findIndex((b) => b.unitCode === a.unitCode) !== i) {
      reasons.push(
        violation(
          METHOD_RULES['UJI-RENCANA-UNIT'],
          `Unit ${a.unitCode} dinilai lebih dari sekali.`,
          `units.${i}`,
        ),
      );
    }
  });
  const competentUnits: string[] = [];
  const notYetCompetentUnits: string[] = [];
  for (const code of requiredUnitCodes) {
    const own = assessments.filter((a) => a.unitCode === code);
    const decision: UnitDecision =
      own.length === 1
        ? decideUnit(own[0] as UnitAssessment)
        : {
            unitCode: code,
            competent: false,
            reasons: [
              violation(
                DECISION_RULES['UJI-KOMPETEN-SELURUH-UNIT'],
                own.length === 0
                  ? `Unit ${code} belum dinilai.`
                  : `Unit ${code} memiliki lebih dari satu penilaian; keputusan tidak dapat ditetapkan.`,
                `units.${code}`,
              ),
            ],
          };
    units.push(decision);
    (decision.competent ? competentUnits : notYetCompetentUnits).push(code);
    reasons.push(...decision.reasons);
  }
  if (requiredUnitCodes.length === 0) {
    reasons.push(
      violation(
        DECISION_RULES['UJI-KOMPETEN-SELURUH-UNIT'],
        'Skema tidak memuat unit kompetensi yang dipersyaratkan.',
      ),
    );
  }
  if (notYetCompetentUnits.length > 0) {
    reasons.push(
      violation(
        DECISION_RULES['UJI-KOMPETEN-SELURUH-UNIT'],
        `Belum kompeten pada ${notYetCompetentUnits.length} dari ${requiredUnitCodes.length} unit: ${notYetCompetentUnits.join(', ')}.`,
      ),
    );
  }
  return {
    outcome:
      requiredUnitCodes.length > 0 && notYetCompetentUnits.length === 0 ? 'KOMPETEN' : 'BELUM_KOMPETEN',
    units,
    competentUnits,
    notYetCompetentUnits,
    reasons,
  };
}
