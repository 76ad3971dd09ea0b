import { defineRules, violation, type RuleViolation } from '../shared/rule';

/**
 * A PIK graduate whose direct entry is recorded (domain/eligibility/pik-graduate.ts, entry UJI_LANGSUNG_PIK) is
 * certified "setelah mengikuti Uji Kompetensi Teknis" (Perban BKN 7/2020 Pasal 23(1)), by the test alone (16(1)):
 * the competency-based training of 16(2) is the other path to the evidence, which their recognised courses stand
 * for. So no training duty is asked of them and none is taken: the CV and action plan, the e-learning with its
 * modules and resumes, the review, the groups and the classroom days. A duty submitted for them is refused with
 * this code rather than accepted without counting, so nobody believes it counts. What stays: the proposal, the
 * pre-test consultation, the briefing (Pasal 31-33), the SP and the confirmation that they come to the test, and
 * the evaluation session (the test).
 */
export const PIK_TRAINING_RULES = /* @__PURE__ */ defineRules({
  'PIK-TANPA-PELATIHAN': {
    article: 'Perban BKN 7/2020 Pasal 23(1), 16(1), 16(2)',
    summary:
      'Lulusan PIK yang masuk uji langsung tidak mengikuti pelatihan: tugas pelatihan tidak diminta dan ditolak bila dikirim; pengarahan dan uji tetap.',
  },
});

/** The duties of the training a PIK graduate is excused from. */
export type TrainingDuty = 'CV' | 'RENCANA_TINDAK_LANJUT' | 'E_LEARNING' | 'REVIU' | 'KELOMPOK' | 'KLASIKAL';

const DUTY: Record<TrainingDuty, string> = {
  CV: 'CV',
  RENCANA_TINDAK_LANJUT: 'rencana tindak lanjut',
  E_LEARNING: 'e-learning',
  REVIU: 'reviu CV dan rencana tindak lanjut',
  KELOMPOK: 'kelompok pelatihan',
  KLASIKAL: 'pelatihan klasikal',
};

/**
 * The refusal of `duty` for a PIK graduate entering the test directly: none when they are not one. `nip` names
 * them where several participants are concerned (a group, a register).
 */
export function pikTrainingViolations(
  pikGraduate: boolean,
  duty: TrainingDuty,
  at?: { nip?: string; field?: string },
): RuleViolation[] {
  if (!pikGraduate) return [];
  const who = at?.nip ? `NIP ${at.nip} adalah lulusan PIK` : 'Peserta adalah lulusan PIK';
  return [
    violation(
      PIK_TRAINING_RULES['PIK-TANPA-PELATIHAN'],
      `${who} yang masuk uji langsung tanpa pelatihan (Pasal 23): ${DUTY[duty]} tidak berlaku baginya.`,
      at?.field,
    ),
  ];
}
