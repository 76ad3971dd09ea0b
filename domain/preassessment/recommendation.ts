import type { Role } from '../access/roles';
import type { AssessedParticipant } from '../assessment/assessor';
import type { IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';
import { assignedAssessorViolations, type AssignedAssessor } from './assessor';
import { incompleteness, SELF_ASSESSMENT_RULES, type Completeness } from './self-assessment';

/**
 * The assessor's recommendation in the pre-test consultation: the assessor BKN assigned to the candidate checks
 * the self-assessment and recommends whether the candidate is fit to go on (Perban BKN 7/2020 Pasal 30(1)b-c,
 * 31(1)e; the assignment: `assessor.ts`). What the participant-setting session needs from it is in `setting.ts`.
 */
export const RECOMMENDATION_RULES = /* @__PURE__ */ defineRules({
  'PRA-REKOMENDASI-ASESOR': {
    article: 'Perban BKN 7/2020 Pasal 30(1)c',
    summary: 'Hanya asesor yang memberikan rekomendasi kelayakan calon.',
  },
  'PRA-REKOMENDASI-SETELAH-PENILAIAN': {
    article: 'Perban BKN 7/2020 Pasal 30(1)b-c, 31(1)e',
    summary: 'Rekomendasi diberikan setelah penilaian mandiri calon lengkap untuk setiap unit kualifikasi.',
  },
  'PRA-REKOMENDASI-CATATAN': {
    article: 'Perban BKN 7/2020 Pasal 30(1)c-d',
    summary: 'Rekomendasi belum layak disertai catatan asesor.',
  },
  'PRA-REKOMENDASI-SEBELUM-PENETAPAN': {
    article: 'Perban BKN 7/2020 Pasal 31(1)f',
    summary: 'Rekomendasi tidak dapat diubah setelah calon ditetapkan sebagai peserta.',
  },
});

const R = RECOMMENDATION_RULES;

export const RECOMMENDATION_OUTCOMES = ['FIT', 'NOT_FIT'] as const;
/** FIT: layak mengikuti tahapan selanjutnya; NOT_FIT: belum layak. */
export type RecommendationOutcome = (typeof RECOMMENDATION_OUTCOMES)[number];

export interface RecommendationInput {
  actorRoles: readonly Role[];
  actorUsername: string;
  /** The assessor BKN assigned to the candidate's pre-test consultation, if any. */
  assigned: AssignedAssessor | undefined;
  candidate: AssessedParticipant;
  today: IsoDate;
  candidateStatus: string;
  completeness: Completeness | undefined;
  outcome: RecommendationOutcome;
  notes?: string;
  /** The participant-setting decision already taken for the candidate, if any. */
  participantStatus?: string;
}

/**
 * Whether the caller may record this recommendation now: an assessor, the one assigned to the candidate and
 * still meeting Pasal 28 for them; every unmet rule is listed.
 */
export function checkRecommendation(input: RecommendationInput): Decision<void> {
  const violations: RuleViolation[] = [];
  const isAssessor = input.actorRoles.includes('asesor');
  if (!isAssessor) {
    violations.push(
      violation(R['PRA-REKOMENDASI-ASESOR'], 'Rekomendasi kelayakan hanya diberikan oleh asesor.'),
    );
  }
  violations.push(
    ...assignedAssessorViolations(
      { username: input.actorUsername, isAssessor },
      input.assigned,
      input.candidate,
      input.today,
    ),
  );
  if (input.candidateStatus !== 'ACCEPTED') {
    violations.push(
      violation(
        SELF_ASSESSMENT_RULES['PRA-CALON-DITERIMA'],
        'Calon belum diterima dalam sidang penetapan calon peserta.',
      ),
    );
  }
  if (!input.completeness) {
    violations.push(
      violation(R['PRA-REKOMENDASI-SETELAH-PENILAIAN'], 'Calon belum mengisi penilaian mandiri.', 'units'),
    );
  } else if (!input.completeness.complete) {
    violations.push(
      ...incompleteness(input.completeness).map((v) =>
        violation(R['PRA-REKOMENDASI-SETELAH-PENILAIAN'], v.message, v.field),
      ),
    );
  }
  if (input.outcome === 'NOT_FIT' && !input.notes?.trim()) {
    violations.push(
      violation(R['PRA-REKOMENDASI-CATATAN'], 'Catatan asesor wajib diisi bila calon belum layak.', 'notes'),
    );
  }
  if (input.participantStatus === 'SET') {
    violations.push(
      violation(
        R['PRA-REKOMENDASI-SEBELUM-PENETAPAN'],
        'Calon sudah ditetapkan sebagai peserta; rekomendasi tidak dapat diubah.',
      ),
    );
  }
  return decide(undefined, violations);
}
