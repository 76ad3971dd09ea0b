/**
 * The programme briefing (pengarahan program), Perban BKN 7/2020 Pasal 33: every candidate found eligible for the
 * test is briefed before it, by an official at JPT Pratama level or one designated, held by BKN's training unit or
 * with the Kanreg when the test is held in the region; a participant who was not briefed is not tested.
 */
import { isAfter, isBefore, type IsoDate } from '../shared/dates';
import {
  decide,
  defineRules,
  reject,
  accept,
  violation,
  type Decision,
  type RuleViolation,
} from '../shared/rule';

export const BRIEFING_RULES = /* @__PURE__ */ defineRules({
  'PENGARAHAN-PEJABAT': {
    article: 'Perban BKN 7/2020 Pasal 33(3)',
    summary:
      'Pengarahan program dilakukan pejabat setingkat JPT Pratama (atau lebih tinggi) atau pejabat yang ditunjuk dengan surat penunjukan.',
  },
  'PENGARAHAN-PENYELENGGARA': {
    article: 'Perban BKN 7/2020 Pasal 33(2)',
    summary:
      'Pengarahan diselenggarakan unit pelatihan BKN; bersama Kanreg hanya bila uji dilaksanakan di daerah (TUK angkatan di wilayah Kanreg itu).',
  },
  'PENGARAHAN-SEBELUM-UJI': {
    article: 'Perban BKN 7/2020 Pasal 33(1)',
    summary:
      'Pengarahan dicatat setelah dilaksanakan (tidak sesudah hari ini) dan paling lambat pada hari terakhir angkatan.',
  },
  'PENGARAHAN-PESERTA-LAYAK': {
    article: 'Perban BKN 7/2020 Pasal 33(1)',
    summary: 'Kehadiran pengarahan dicatat untuk peserta yang ditetapkan dan duduk di angkatan itu.',
  },
  'PENGARAHAN-WAJIB': {
    article: 'Perban BKN 7/2020 Pasal 33(1)',
    summary:
      'Peserta yang belum mengikuti pengarahan program tidak dapat diuji: bukti dan lembar penilaiannya ditolak.',
  },
});

const R = BRIEFING_RULES;

/**
 * Perban BKN 7/2020 took effect on the day it was promulgated (Pasal 37; diundangkan 14 April 2020). Participants whose own
 * test session started earlier (the 2019 programme) were tested before Pasal 33 existed, so the gate does not
 * apply to them, nor to their re-tests.
 */
export const BRIEFING_REQUIRED_FROM = '2020-04-14' as IsoDate;

/** The officials' levels (Pasal 33(3)): JPT Pratama and above may brief on their own authority. */
export const OFFICIAL_LEVELS = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'LAINNYA',
] as const;
export type OfficialLevel = (typeof OFFICIAL_LEVELS)[number];
const JPT_LEVELS: readonly OfficialLevel[] = ['JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA'];

export interface BriefingPlan {
  heldOn: IsoDate;
  official: {
    level: OfficialLevel;
    /** The letter designating an official below JPT Pratama (pejabat yang ditunjuk). */
    designation: { letterNumber: string; issuedOn: IsoDate } | null;
  };
  /** The Kanreg BKN's training unit holds the briefing with, if any. */
  withKanreg: string | null;
}

export interface BriefedCohort {
  endDate: IsoDate;
  /** Where the cohort is tested: the region of its designated test site (`PUSAT` or a Kanreg), when known. */
  testRegion: string | null;
}

/** Whether a briefing may be recorded for the cohort as planned; every unmet rule. */
export function checkBriefing(
  plan: BriefingPlan,
  cohort: BriefedCohort,
  today: IsoDate,
): Decision<BriefingPlan> {
  const v: RuleViolation[] = [];
  const { level, designation } = plan.official;
  if (!JPT_LEVELS.includes(level)) {
    if (designation === null) {
      v.push(
        violation(
          R['PENGARAHAN-PEJABAT'],
          'Pejabat di bawah JPT Pratama hanya dapat memberi pengarahan bila ditunjuk: sebutkan surat penunjukannya.',
          'official.designation',
        ),
      );
    } else if (isAfter(designation.issuedOn, plan.heldOn)) {
      v.push(
        violation(
          R['PENGARAHAN-PEJABAT'],
          `Surat penunjukan bertanggal ${designation.issuedOn}, sesudah pengarahan ${plan.heldOn}.`,
          'official.designation.issuedOn',
        ),
      );
    }
  }
  if (plan.withKanreg !== null && cohort.testRegion !== plan.withKanreg) {
    v.push(
      violation(
        R['PENGARAHAN-PENYELENGGARA'],
        cohort.testRegion === null
          ? `Angkatan belum memiliki TUK yang ditetapkan dengan wilayahnya; pengarahan bersama Kanreg ${plan.withKanreg} hanya bila uji dilaksanakan di wilayahnya.`
          : `Uji angkatan ini dilaksanakan di ${cohort.testRegion === 'PUSAT' ? 'pusat' : `wilayah Kanreg ${cohort.testRegion}`}, bukan di wilayah Kanreg ${plan.withKanreg}.`,
        'withKanreg',
      ),
    );
  }
  if (isAfter(plan.heldOn, today)) {
    v.push(
      violation(
        R['PENGARAHAN-SEBELUM-UJI'],
        `Pengarahan dicatat setelah dilaksanakan; ${plan.heldOn} belum tiba (hari ini ${today}).`,
        'heldOn',
      ),
    );
  }
  if (isAfter(plan.heldOn, cohort.endDate)) {
    v.push(
      violation(
        R['PENGARAHAN-SEBELUM-UJI'],
        `Pengarahan ${plan.heldOn} sesudah hari terakhir angkatan ${cohort.endDate}: peserta harus diarahkan sebelum diuji.`,
        'heldOn',
      ),
    );
  }
  return decide(plan, v);
}

export interface AttendeeCandidate {
  nip: string;
  /** Found eligible (SET) and seated in the cohort of the briefing. */
  seatedHere: boolean;
}

/** Attendance is recorded only for participants set and seated in the cohort; every other NIP is refused. */
export function checkAttendees(attendees: readonly AttendeeCandidate[]): RuleViolation[] {
  return attendees.flatMap((a, i) =>
    a.seatedHere
      ? []
      : [
          violation(
            R['PENGARAHAN-PESERTA-LAYAK'],
            `NIP ${a.nip} bukan peserta yang ditetapkan dan duduk di angkatan ini.`,
            `attendees.${i}.nip`,
          ),
        ],
  );
}

/** What the gate knows of the participant tested: when their own test session started, and their attendance. */
export interface BriefingGateInput {
  nip: string;
  /** The start of the participant's own cohort (their first attempt's session). */
  ownSessionStart: IsoDate;
  /** Their recorded attendance at the briefing, if any. */
  attended: boolean | null;
}

/** Whether Pasal 33 binds a participant whose own test session started on `ownSessionStart`. */
export const briefingRequired = (ownSessionStart: IsoDate): boolean =>
  !isBefore(ownSessionStart, BRIEFING_REQUIRED_FROM);

/** A participant may be tested once briefed; before Pasal 33 took effect nobody had to be. */
export function checkBriefed(input: BriefingGateInput): Decision<true> {
  if (!briefingRequired(input.ownSessionStart) || input.attended === true) return accept(true);
  return reject([
    violation(
      R['PENGARAHAN-WAJIB'],
      input.attended === false
        ? `Peserta ${input.nip} tercatat tidak hadir pada pengarahan program; peserta belum dapat diuji.`
        : `Peserta ${input.nip} belum tercatat mengikuti pengarahan program; peserta belum dapat diuji.`,
      'nip',
    ),
  ]);
}
