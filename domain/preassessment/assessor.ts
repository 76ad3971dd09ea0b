import { checkAssessor, type AssessedParticipant, type AssessorProfile } from '../assessment/assessor';
import type { GolonganRuang } from '../identity/rank';
import type { IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';
import { SELF_ASSESSMENT_RULES } from './self-assessment';

/**
 * The assessor of a candidate's pre-test consultation (konsultasi pra uji): the Uji Kompetensi Teknis team
 * formed after the candidate-setting session consults the candidates (Perban BKN 7/2020 Pasal 31(1)d-e), and
 * its assessors review the self-assessment and recommend (Pasal 30(1)b-c). BKN assigns one assessor to each
 * candidate, who must meet Pasal 28 for that candidate, conflicts of interest included (the very check of a
 * cohort's team, `checkAssessor`); only that assessor recommends.
 */
export const PRE_ASSESSOR_RULES = /* @__PURE__ */ defineRules({
  'PRA-ASESOR-DITUGASKAN': {
    article: 'Perban BKN 7/2020 Pasal 30(1)c, 31(1)e',
    summary:
      'Rekomendasi kelayakan calon hanya diberikan oleh asesor yang ditugaskan BKN pada konsultasi pra uji calon tersebut.',
  },
  'PRA-ASESOR-SEBELUM-PENETAPAN': {
    article: 'Perban BKN 7/2020 Pasal 31(1)e-f',
    summary: 'Asesor konsultasi pra uji ditugaskan atau diganti sebelum calon ditetapkan sebagai peserta.',
  },
});

const R = PRE_ASSESSOR_RULES;

/**
 * The candidate as the assessor rules see them: their NIP, rank and proposing instansi (no direct supervisor is
 * recorded for a candidate).
 */
export const assessedCandidate = (candidate: {
  nip: string;
  instansiCode: string;
  position: { rank: GolonganRuang };
}): AssessedParticipant => ({
  nip: candidate.nip,
  directSupervisorNip: null,
  golongan: candidate.position.rank,
  instansiCode: candidate.instansiCode,
});

export interface PreAssessorInput {
  assessor: AssessorProfile;
  candidate: AssessedParticipant;
  candidateStatus: string;
  /** The participant-setting decision already taken for the candidate, if any. */
  participantStatus?: string;
  today: IsoDate;
}

/**
 * Whether BKN may assign `assessor` to the candidate's pre-test consultation today: Pasal 28 for this candidate
 * (rank at least theirs, no conflict of interest, not of the instansi that proposed them), a candidate accepted
 * and not yet set; every reason listed.
 */
export function checkPreAssessor(input: PreAssessorInput): Decision<AssessorProfile> {
  const qualified = checkAssessor(input.assessor, input.candidate, input.today);
  const violations: RuleViolation[] = qualified.ok ? [] : [...qualified.violations];
  if (input.candidateStatus !== 'ACCEPTED') {
    violations.push(
      violation(
        SELF_ASSESSMENT_RULES['PRA-CALON-DITERIMA'],
        'Calon belum diterima dalam sidang penetapan calon peserta.',
      ),
    );
  }
  if (input.participantStatus === 'SET') {
    violations.push(
      violation(
        R['PRA-ASESOR-SEBELUM-PENETAPAN'],
        'Calon sudah ditetapkan sebagai peserta; konsultasi pra uji telah selesai.',
      ),
    );
  }
  return decide(input.assessor, violations);
}

/** The assessor BKN assigned to a candidate, as the recommendation rules need them. */
export interface AssignedAssessor {
  username: string;
  profile: AssessorProfile;
}

/**
 * Whether the caller is the candidate's assigned assessor (by user name, in the assessor role) and still meets
 * Pasal 28 for the candidate today; every reason listed.
 */
export function assignedAssessorViolations(
  actor: { username: string; isAssessor: boolean },
  assigned: AssignedAssessor | undefined,
  candidate: AssessedParticipant,
  today: IsoDate,
): RuleViolation[] {
  if (!assigned) {
    return [
      violation(
        R['PRA-ASESOR-DITUGASKAN'],
        'BKN belum menugaskan asesor konsultasi pra uji untuk calon ini.',
        'assessor',
      ),
    ];
  }
  if (!actor.isAssessor || actor.username !== assigned.username) {
    return [
      violation(
        R['PRA-ASESOR-DITUGASKAN'],
        'Anda bukan asesor yang ditugaskan BKN pada konsultasi pra uji calon ini.',
        'assessor',
      ),
    ];
  }
  const still = checkAssessor(assigned.profile, candidate, today);
  return still.ok ? [] : still.violations;
}
