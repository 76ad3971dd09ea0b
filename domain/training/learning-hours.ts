import { COHORT_TRAINING_STEPS_2019 } from '../reference/registration-timeline-2019';
import { jpOf, sumJp, TOTAL_JP_2019 } from '../reference/training-hours';
import { daysBetween, isAfter, type IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';
import { pikTrainingViolations } from './pik-exemption';
import { RULES_OF_CONDUCT_RULES } from './rules-of-conduct';

/**
 * What a participant earns of the 21 lesson hours (JP) of a 2019 cohort: 3 JP e-learning before the class,
 * 12 JP classroom (9 on day 1, 3 on day 2) and 6 JP evaluation on day 2 (Panduan Pusbang ASN BKN 2019, Metode
 * and Timeline Pelatihan No 6-9; domain/reference/training-hours.ts, registration-timeline-2019.ts). BKN records
 * e-learning completion and each session's attendance; the JP earned follow from them, never more than 21.
 */
export const LEARNING_RULES = /* @__PURE__ */ defineRules({
  'ELEARNING-PESERTA': {
    article: 'Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 4 dan 6',
    summary:
      'E-learning dicatat untuk peserta yang memegang kursi di angkatan dan telah mengonfirmasi hadir di angkatan itu.',
  },
  'ELEARNING-SEBELUM-KELAS': {
    article: 'Panduan Pusbang ASN BKN 2019, Metode ("sebelum peserta mengikuti pelatihan di kelas")',
    summary: 'E-learning diselesaikan sebelum hari pertama klasikal angkatan.',
  },
  'ELEARNING-TANGGAL-BELUM-TIBA': {
    article: 'Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 6',
    summary:
      'Tanggal selesai e-learning yang dicatat tidak sesudah hari ini (WIB): yang belum terjadi tidak dicatat.',
  },
  'ELEARNING-RESUME-LENGKAP': {
    article: 'Panduan Pusbang ASN BKN 2019, Metode (e-learning 3 JP); Timeline Pelatihan No 6',
    summary:
      'Pada angkatan yang e-learning modulnya ditetapkan, 3 JP e-learning diperoleh (dan penyelesaiannya dicatat) hanya bila resume setiap modul sudah masuk.',
  },
  'PELATIHAN-HARI-ANGKATAN': {
    article:
      'Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 7-9; Surat Pusbang ASN BKN 2019, Lampiran I',
    summary:
      'Kehadiran dicatat hanya pada hari pelatihan angkatan (hari ke-1 atau ke-2 di antara tanggal angkatan); sesi uji ulang BKN hanya pada hari ujinya.',
  },
  'PELATIHAN-EVALUASI-HARI': {
    article: 'Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 9',
    summary:
      'Sesi evaluasi/uji kompetensi (6 JP) hanya pada hari uji: hari ke-2 angkatan; sesi uji ulang BKN hanya memiliki sesi evaluasi.',
  },
  'PELATIHAN-PESERTA-ANGKATAN': {
    article: 'Perban BKN 7/2020 Pasal 31(1)f, 25c, 26; Surat Pusbang ASN BKN 2019, Lampiran I',
    summary:
      'Peserta yang dicatat hadir duduk di angkatan tersebut saat dicatat; pada sesi evaluasi juga peserta yang dijadwalkan uji ulang di sesi uji itu.',
  },
  'PELATIHAN-TANGGAL-BELUM-TIBA': {
    article: 'Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 7-9',
    summary:
      'Daftar hadir tidak dicatat untuk tanggal sesudah hari ini (WIB): kehadiran yang belum terjadi ditolak.',
  },
});

const R = LEARNING_RULES;

export type Session = 'KLASIKAL' | 'EVALUASI';

export interface CohortDates {
  number: number;
  startDate: IsoDate;
  endDate: IsoDate;
  /** PELATIHAN (the default): a training cohort; UJI_ULANG: one of BKN's re-test sessions, a test day only. */
  kind?: 'PELATIHAN' | 'UJI_ULANG';
}

/** The training days of the 2019 pattern (1 and 2). */
const PATTERN_DAYS = [...new Set(COHORT_TRAINING_STEPS_2019.map((step) => step.day))];

const jpOnDay = (day: number, mode: 'KLASIKAL' | 'EVALUASI') =>
  COHORT_TRAINING_STEPS_2019.filter((step) => step.day === day && step.mode === mode).reduce(
    (total, step) => total + (step.jp ?? 0),
    0,
  );

/** Which day of the cohort's training `date` is (1 or 2), or null when it is none of them. */
export function trainingDayOf(
  cohort: Pick<CohortDates, 'startDate' | 'endDate'>,
  date: IsoDate,
): number | null {
  if (date < cohort.startDate || date > cohort.endDate) return null;
  const day = daysBetween(cohort.startDate, date) + 1;
  return PATTERN_DAYS.includes(day as 1 | 2) ? day : null;
}

export interface AttendanceInput {
  cohort: CohortDates;
  date: IsoDate;
  session: Session;
  present: readonly string[];
  /** NIPs seated in the cohort. */
  seated: readonly string[];
  /** NIPs booked for a re-test into the cohort's test session (any programme): they sit its evaluation. */
  retested?: readonly string[];
  /** Today in WIB: a register records what has happened. */
  today: IsoDate;
  /** NIPs of the seated who are PIK graduates entering the test directly: no classroom (PIK-TANPA-PELATIHAN). */
  pikGraduates?: readonly string[];
  /**
   * Where BKN published the cohort's rules of conduct: the NIPs who acknowledged them, the only ones a
   * classroom session lists (TATA-TERTIB-DIAKUI). Undefined for a cohort without them (the 2019 programme).
   */
  rulesOfConduct?: { acknowledged: readonly string[] };
}

/** The day of a session, and the violation when the cohort has no such session on that date. */
function sessionDay(input: AttendanceInput): { day: number | null; violation?: RuleViolation } {
  const { cohort, date, session } = input;
  const notADay = violation(
    R['PELATIHAN-HARI-ANGKATAN'],
    cohort.kind === 'UJI_ULANG'
      ? `Sesi uji ulang ${cohort.number} hanya berlangsung pada ${cohort.startDate}, bukan ${date}.`
      : `Tanggal ${date} bukan hari pelatihan angkatan ${cohort.number} (${cohort.startDate} s.d. ${cohort.endDate}).`,
    'date',
  );
  if (cohort.kind === 'UJI_ULANG') {
    if (date !== cohort.startDate) return { day: null, violation: notADay };
    if (session === 'KLASIKAL') {
      return {
        day: 1,
        violation: violation(
          R['PELATIHAN-EVALUASI-HARI'],
          `Sesi uji ulang ${cohort.number} tidak memiliki pelatihan klasikal; hanya sesi evaluasi/uji kompetensi.`,
          'evaluation',
        ),
      };
    }
    return { day: 1 };
  }
  const day = trainingDayOf(cohort, date);
  if (day === null) return { day, violation: notADay };
  if (session === 'EVALUASI' && jpOnDay(day, 'EVALUASI') === 0) {
    return {
      day,
      violation: violation(
        R['PELATIHAN-EVALUASI-HARI'],
        `Evaluasi/uji kompetensi angkatan ${cohort.number} berlangsung pada hari ke-2, bukan hari ke-${day}.`,
        'evaluation',
      ),
    };
  }
  return { day };
}

/**
 * Whether a session's attendance list may be recorded today; the day it falls on when it may. Who may be listed:
 * those seated in the cohort and, at its evaluation (the test), those booked for a re-test into its test session.
 */
export function checkAttendance(input: AttendanceInput): Decision<{ day: number }> {
  const violations: RuleViolation[] = [];
  if (isAfter(input.date, input.today)) {
    violations.push(
      violation(
        R['PELATIHAN-TANGGAL-BELUM-TIBA'],
        `Tanggal ${input.date} belum tiba (hari ini ${input.today}); kehadiran dicatat setelah sesi berlangsung.`,
        'date',
      ),
    );
  }
  const { day, violation: dayViolation } = sessionDay(input);
  if (dayViolation) violations.push(dayViolation);
  const allowed = new Set([...input.seated, ...(input.session === 'EVALUASI' ? (input.retested ?? []) : [])]);
  const classroom = input.session === 'KLASIKAL';
  input.present.forEach((nip, i) => {
    if (!allowed.has(nip)) {
      violations.push(
        violation(
          R['PELATIHAN-PESERTA-ANGKATAN'],
          `NIP ${nip} bukan peserta angkatan ${input.cohort.number}${input.session === 'EVALUASI' ? ' dan tidak dijadwalkan uji ulang di sesi uji ini' : ''}.`,
          `present.${i}`,
        ),
      );
      return;
    }
    if (!classroom) return;
    const pik = input.pikGraduates?.includes(nip) ?? false;
    violations.push(...pikTrainingViolations(pik, 'KLASIKAL', { nip, field: `present.${i}` }));
    if (!pik && input.rulesOfConduct && !input.rulesOfConduct.acknowledged.includes(nip)) {
      violations.push(
        violation(
          RULES_OF_CONDUCT_RULES['TATA-TERTIB-DIAKUI'],
          `NIP ${nip} belum menyatakan telah membaca dan menaati tata tertib angkatan ${input.cohort.number}; kehadiran di kelas dicatat sesudahnya.`,
          `present.${i}`,
        ),
      );
    }
  });
  return decide({ day: day ?? 0 }, violations);
}

export interface ELearningInput {
  seat: { cohort: number; startDate: IsoDate } | null;
  /** The participant's latest confirmation, for the cohort it was given for. */
  confirmation: { cohort: number; attending: boolean } | null;
  completedOn: IsoDate;
  today: IsoDate;
  /** The cohort's e-learning modules and the participant's resumes, when BKN set the cohort's e-learning. */
  modules?: ELearningModules;
  /** A PIK graduate entering the test directly has no e-learning (PIK-TANPA-PELATIHAN). */
  pikGraduate?: boolean;
}

/** The modules of a cohort's e-learning as BKN set them, and the modules whose resume the participant gave. */
export interface ELearningModules {
  modules: readonly string[];
  resumed: readonly string[];
}

/** Whether BKN may record a participant's e-learning as completed on `completedOn`. */
export function checkELearning(input: ELearningInput): Decision<void> {
  const violations: RuleViolation[] = [...pikTrainingViolations(input.pikGraduate ?? false, 'E_LEARNING')];
  const { seat, confirmation } = input;
  if (!seat) {
    violations.push(violation(R['ELEARNING-PESERTA'], 'Peserta belum memegang kursi di angkatan mana pun.'));
  }
  if (!confirmation?.attending) {
    violations.push(violation(R['ELEARNING-PESERTA'], 'Peserta belum mengonfirmasi kehadiran.'));
  } else if (seat && confirmation.cohort !== seat.cohort) {
    violations.push(
      violation(
        R['ELEARNING-PESERTA'],
        `Konfirmasi kehadiran peserta untuk angkatan ${confirmation.cohort}, bukan angkatan ${seat.cohort} tempat kursinya kini; peserta mengonfirmasi ulang.`,
      ),
    );
  }
  if (isAfter(input.completedOn, input.today)) {
    violations.push(
      violation(
        R['ELEARNING-TANGGAL-BELUM-TIBA'],
        `Tanggal selesai ${input.completedOn} belum tiba (hari ini ${input.today}).`,
        'completedOn',
      ),
    );
  }
  if (seat && input.completedOn >= seat.startDate) {
    violations.push(
      violation(
        R['ELEARNING-SEBELUM-KELAS'],
        `E-learning harus selesai sebelum klasikal angkatan ${seat.cohort} dimulai (${seat.startDate}).`,
        'completedOn',
      ),
    );
  }
  if (input.modules) violations.push(...missingResumes(input.modules.modules, input.modules.resumed));
  return decide(undefined, violations);
}

/** The modules of a set e-learning whose resume is not in yet, in the cohort's order. */
export function modulesWithoutResume(modules: readonly string[], resumed: readonly string[]): string[] {
  return modules.filter((code) => !resumed.includes(code));
}

/** RESUME-LENGKAP as a violation when some module's resume is missing, for recording the completion. */
export function missingResumes(modules: readonly string[], resumed: readonly string[]): RuleViolation[] {
  const missing = modulesWithoutResume(modules, resumed);
  return missing.length === 0
    ? []
    : [
        violation(
          R['ELEARNING-RESUME-LENGKAP'],
          `Resume modul belum masuk: ${missing.join(', ')}; e-learning selesai setelah resume setiap modul diunggah.`,
        ),
      ];
}

export interface LearningInput {
  cohort: Pick<CohortDates, 'startDate' | 'endDate'> | null;
  eLearningCompleted: boolean;
  /**
   * When BKN set the cohort's e-learning modules: the 3 JP follow from the resumes alone, earned once every
   * module's resume is in (ELEARNING-RESUME-LENGKAP); `eLearningCompleted` then counts for nothing. Cohorts
   * without it (programmes run before modules were attached) keep the recorded completion.
   */
  eLearningModules?: ELearningModules;
  /** The sessions the participant was recorded present at. */
  attended: readonly { date: IsoDate; session: Session }[];
}

export interface LearningHours {
  eLearning: number;
  classroom: { date: IsoDate; day: number; jp: number }[];
  evaluation: { date: IsoDate; jp: number } | null;
  total: number;
  max: number;
}

/**
 * The JP a participant has earned: 3 for completed e-learning (every module's resume in, where the cohort's
 * modules are set), each attended classroom day's JP, 6 for the
 * evaluation; a session outside the cohort's days, or counted twice, earns nothing; never more than 21.
 */
export function learningHours(input: LearningInput): LearningHours {
  const done = input.eLearningModules
    ? modulesWithoutResume(input.eLearningModules.modules, input.eLearningModules.resumed).length === 0
    : input.eLearningCompleted;
  const eLearning = done ? jpOf('E_LEARNING') : 0;
  const classroom = new Map<number, { date: IsoDate; day: number; jp: number }>();
  let evaluation: LearningHours['evaluation'] = null;
  for (const session of input.attended) {
    const day = input.cohort ? trainingDayOf(input.cohort, session.date) : null;
    if (day === null) continue;
    if (session.session === 'KLASIKAL' && !classroom.has(day)) {
      classroom.set(day, { date: session.date, day, jp: jpOnDay(day, 'KLASIKAL') });
    }
    if (session.session === 'EVALUASI' && !evaluation && jpOnDay(day, 'EVALUASI') > 0) {
      evaluation = { date: session.date, jp: jpOnDay(day, 'EVALUASI') };
    }
  }
  const days = [...classroom.values()].sort((a, b) => a.day - b.day);
  const total = Math.min(TOTAL_JP_2019, eLearning + sumJp(days) + (evaluation?.jp ?? 0));
  return { eLearning, classroom: days, evaluation, total, max: TOTAL_JP_2019 };
}
