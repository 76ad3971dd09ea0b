import type { IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';
import { checkActionPlan, type ActionPlan } from './action-plan';
import { pikTrainingViolations } from './pik-exemption';

/**
 * The participant's online confirmation before the class: confirm attendance and upload the CV (Riwayat
 * Pekerjaan) and the action plan (Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 3-4; Metode: "peserta
 * diminta untuk mengunggah curriculum vitae (CV) secara online"). Only participants the participant-setting
 * session set and who hold a seat confirm (Perban BKN 7/2020 Pasal 31(1)f).
 */
export const CONFIRMATION_RULES = /* @__PURE__ */ defineRules({
  'KONFIRMASI-PESERTA': {
    article: 'Perban BKN 7/2020 Pasal 31(1)f; Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 4',
    summary:
      'Hanya peserta yang ditetapkan dan sudah memegang kursi di angkatan yang mengonfirmasi kehadiran.',
  },
  'KONFIRMASI-SEBELUM-KELAS': {
    article: 'Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 4 dan 7',
    summary: 'Konfirmasi kehadiran dilakukan sebelum hari pertama pelatihan klasikal angkatan.',
  },
  'KONFIRMASI-CV': {
    article: 'Panduan Pusbang ASN BKN 2019, Metode dan Timeline Pelatihan No 4',
    summary: 'Peserta yang hadir sudah mengunggah CV (Riwayat Pekerjaan) sebelum mengonfirmasi.',
  },
  'KONFIRMASI-RTL': {
    article: 'Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 4',
    summary: 'Peserta yang hadir menyertakan rencana tindak lanjut (action plan) pada konfirmasi.',
  },
});

const R = CONFIRMATION_RULES;

export interface ConfirmationInput {
  participantStatus: string;
  /** The cohort the participant sits in, null when none. */
  seat: { cohort: number; startDate: IsoDate } | null;
  today: IsoDate;
  attending: boolean;
  hasCv: boolean;
  actionPlan: ActionPlan | undefined;
  /** The participant's NIP, which their plan's mentor must not be. */
  nip?: string;
  /**
   * A PIK graduate entering the test directly confirms they come to the test, with no CV or action plan
   * (PIK-TANPA-PELATIHAN); a plan sent for them is refused.
   */
  pikGraduate?: boolean;
}

export function checkConfirmation(input: ConfirmationInput): Decision<void> {
  const violations: RuleViolation[] = [];
  if (input.participantStatus !== 'SET') {
    violations.push(violation(R['KONFIRMASI-PESERTA'], 'Anda belum ditetapkan sebagai peserta.'));
  }
  if (!input.seat) {
    violations.push(violation(R['KONFIRMASI-PESERTA'], 'Anda belum mendapat kursi di angkatan mana pun.'));
  } else if (input.today >= input.seat.startDate) {
    violations.push(
      violation(
        R['KONFIRMASI-SEBELUM-KELAS'],
        `Angkatan ${input.seat.cohort} sudah dimulai pada ${input.seat.startDate}; konfirmasi ditutup.`,
      ),
    );
  }
  if (input.attending && input.pikGraduate) {
    if (input.actionPlan) {
      violations.push(...pikTrainingViolations(true, 'RENCANA_TINDAK_LANJUT', { field: 'actionPlan' }));
    }
  } else if (input.attending) {
    if (!input.hasCv) {
      violations.push(violation(R['KONFIRMASI-CV'], 'CV (Riwayat Pekerjaan) belum diunggah.', 'cv'));
    }
    if (!input.actionPlan) {
      violations.push(
        violation(R['KONFIRMASI-RTL'], 'Rencana tindak lanjut (action plan) belum diisi.', 'actionPlan'),
      );
    } else {
      const plan = checkActionPlan(input.actionPlan, 'actionPlan', input.nip);
      if (!plan.ok) violations.push(...plan.violations);
    }
  }
  return decide(undefined, violations);
}
