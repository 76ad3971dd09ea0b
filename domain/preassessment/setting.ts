import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';

/**
 * What the participant-setting session needs from the pre-test consultation: only a candidate whose complete
 * self-assessment an assessor last recommended fit is set as a participant (Perban BKN 7/2020 Pasal 31(1)e-f).
 * Kept apart from the self-assessment rules so the seating stage does not carry the qualification tables.
 */
export const SETTING_RULES = defineRules({
  'PRA-PENETAPAN-LAYAK': {
    article: 'Perban BKN 7/2020 Pasal 31(1)f',
    summary:
      'Hanya calon yang rekomendasi terakhir asesornya layak (FIT), atas penilaian mandiri yang lengkap, yang ditetapkan sebagai peserta.',
  },
});

const R = SETTING_RULES;

export interface SettingInput {
  decision: 'SET' | 'NOT_SET';
  /** Whether the candidate's self-assessment is complete; undefined when none was filled. */
  selfAssessmentComplete: boolean | undefined;
  /** The latest recommendation, if any (only assessors record one). */
  recommendation: { outcome: 'FIT' | 'NOT_FIT' } | undefined;
}

/** Whether the session may SET the candidate; not setting a candidate needs no recommendation. */
export function checkSetting(input: SettingInput): Decision<void> {
  if (input.decision === 'NOT_SET') return decide(undefined, []);
  const violations: RuleViolation[] = [];
  if (input.selfAssessmentComplete !== true) {
    violations.push(
      violation(
        R['PRA-PENETAPAN-LAYAK'],
        input.selfAssessmentComplete === undefined
          ? 'Calon belum mengisi penilaian mandiri.'
          : 'Penilaian mandiri calon belum lengkap.',
        'selfAssessment',
      ),
    );
  }
  if (!input.recommendation) {
    violations.push(
      violation(R['PRA-PENETAPAN-LAYAK'], 'Asesor belum memberikan rekomendasi kelayakan.', 'recommendation'),
    );
  } else if (input.recommendation.outcome !== 'FIT') {
    violations.push(
      violation(
        R['PRA-PENETAPAN-LAYAK'],
        'Rekomendasi terakhir asesor menyatakan calon belum layak.',
        'recommendation',
      ),
    );
  }
  return decide(undefined, violations);
}
