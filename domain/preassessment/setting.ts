import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';

/**
 * What the participant-setting session needs from the pre-test consultation: only a candidate whose complete
 * self-assessment an assessor last recommended fit is set as a participant (Perban BKN 7/2020 Pasal 31(1)e-f).
 * Kept apart from the self-assessment rules so the seating stage does not carry the qualification tables.
 */
export const SETTING_RULES = /* @__PURE__ */ defineRules({
  'PRA-PENETAPAN-LAYAK': {
    article: 'Perban BKN 7/2020 Pasal 31(1)f',
    summary:
      'Hanya calon yang rekomendasi terakhir asesornya layak (FIT), atas penilaian mandiri yang lengkap, yang ditetapkan sebagai peserta.',
  },
  'PRA-PENETAPAN-TANGGAL-UJI': {
    article: 'Perban BKN 7/2020 Pasal 31(1)f, 16(4), 31(2)b, 31(2)c, 31(2)e',
    summary:
      'Calon ditetapkan sebagai peserta hanya bila pada paling sedikit satu tanggal uji angkatan sejenjang yang belum dimulai ia memenuhi syarat yang dihitung sampai hari uji.',
  },
});

const R = SETTING_RULES;

export interface SettingInput {
  decision: 'SET' | 'NOT_SET';
  /** Whether the candidate's self-assessment is complete; undefined when none was filled. */
  selfAssessmentComplete: boolean | undefined;
  /** The latest recommendation, if any (only assessors record one). */
  recommendation: { outcome: 'FIT' | 'NOT_FIT' } | undefined;
  /**
   * The rules counted to the test against the test dates of the cohorts of the candidate's level not yet begun
   * (domain/eligibility/test-date.ts#testDatesMet): the dates met, or the violations of the closest one.
   */
  testDates: {
    remaining: readonly string[];
    eligible: readonly string[];
    violations: readonly RuleViolation[];
  };
}

/**
 * Whether the session may SET the candidate, with every unmet rule; not setting a candidate needs no
 * recommendation and no test date.
 */
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
  const { remaining, eligible } = input.testDates;
  if (eligible.length === 0) {
    violations.push(
      violation(
        R['PRA-PENETAPAN-TANGGAL-UJI'],
        remaining.length === 0
          ? 'Tidak ada lagi angkatan sejenjang yang belum dimulai dalam program ini.'
          : `Pada tanggal uji angkatan sejenjang yang tersisa (${remaining.join(', ')}) calon belum memenuhi syarat yang dihitung sampai hari uji.`,
        'testDates',
      ),
      ...input.testDates.violations,
    );
  }
  return decide(undefined, violations);
}
