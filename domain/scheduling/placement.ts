import { testDateOf } from '../eligibility/test-date';
import type { SchemeCode } from '../reference/schemes';
import { addDays, type IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';

/**
 * Placing participants into cohorts (angkatan): by level, within capacity, one seat each, and only into cohorts
 * that have not begun (Perban BKN 7/2020 Pasal 17(1), 31(1)f; the 2019 letter's schedule of 50 cohorts of 30).
 */
export const PLACEMENT_RULES = /* @__PURE__ */ defineRules({
  'ANGKATAN-PESERTA-DITETAPKAN': {
    article: 'Perban BKN 7/2020 Pasal 31(1)f',
    summary: 'Hanya peserta yang ditetapkan dalam sidang penetapan peserta yang dijadwalkan ke angkatan.',
  },
  'ANGKATAN-JENJANG': {
    article: 'Perban BKN 7/2020 Pasal 17(1); Surat Pusbang ASN BKN 2019, Lampiran I',
    summary: 'Peserta hanya ditempatkan pada angkatan sejenjang dengan skema sertifikasinya.',
  },
  'ANGKATAN-KAPASITAS': {
    article: 'Surat Pusbang ASN BKN 2019, Lampiran I (jumlah peserta per angkatan)',
    summary: 'Angkatan tidak pernah menampung lebih dari kapasitasnya.',
  },
  'ANGKATAN-SATU-KURSI': {
    article: 'Perban BKN 7/2020 Pasal 31(1)f',
    summary: 'Setiap peserta memegang paling banyak satu kursi dalam satu program.',
  },
  'ANGKATAN-BELUM-MULAI': {
    article: 'Perban BKN 7/2020 Pasal 17(1)',
    summary: 'Peserta ditempatkan atau dipindahkan hanya ke angkatan yang belum dimulai.',
  },
  'ANGKATAN-TANGGAL-UJI-LAYAK': {
    article: 'Perban BKN 7/2020 Pasal 16(4), 31(2)b, 31(2)c, 31(2)e',
    summary:
      'Peserta ditempatkan atau dipindahkan hanya ke angkatan yang pada tanggal ujinya ia memenuhi syarat yang dihitung sampai hari uji.',
  },
});

export interface CohortState {
  number: number;
  scheme: SchemeCode;
  capacity: number;
  seatsTaken: number;
  /** ISO calendar dates; compared as text, which orders ISO dates correctly. */
  startDate: string;
  /** The last day, on which the cohort is tested (domain/eligibility/test-date.ts). */
  endDate: string;
}

export interface PlacementSubject {
  scheme: SchemeCode;
  /** SET once the participant-setting session has fixed the participant (Pasal 31(1)f). */
  status: string;
  seatCohort: number | null;
  /**
   * The test dates on which the participant meets the rules counted to the test, as the participant-setting
   * session found them; undefined for a participant set before they were recorded (no restriction).
   */
  eligibleTestDates?: readonly string[] | undefined;
}

/** Whether the participant meets the rules counted to the test on the cohort's test date. */
const testDateFits = (subject: PlacementSubject, cohort: CohortState) =>
  subject.eligibleTestDates === undefined || subject.eligibleTestDates.includes(testDateOf(cohort));

const R = PLACEMENT_RULES;

/**
 * Cohorts a participant may take a seat in, in the order to try them: earliest start first, then number. Only
 * those of their level with a free seat, not yet begun, and on whose test date they meet the rules counted to
 * the test.
 */
export function placementChoices<C extends CohortState>(
  subject: PlacementSubject,
  cohorts: readonly C[],
  today: IsoDate,
): Decision<C[]> {
  const violations: RuleViolation[] = [];
  if (subject.status !== 'SET') {
    violations.push(
      violation(R['ANGKATAN-PESERTA-DITETAPKAN'], 'Peserta belum ditetapkan dalam sidang penetapan.'),
    );
  }
  if (subject.seatCohort !== null) {
    violations.push(
      violation(R['ANGKATAN-SATU-KURSI'], `Peserta sudah memegang kursi di angkatan ${subject.seatCohort}.`),
    );
  }
  const choices = cohorts
    .filter(
      (c) =>
        c.scheme === subject.scheme &&
        c.seatsTaken < c.capacity &&
        c.startDate > today &&
        testDateFits(subject, c),
    )
    .sort((a, b) => (a.startDate === b.startDate ? a.number - b.number : a.startDate < b.startDate ? -1 : 1));
  return decide(choices, violations);
}

/** Whether a BKN admin may move a seated participant from one cohort to another. */
export function checkMove(
  subject: PlacementSubject,
  from: CohortState,
  to: CohortState,
  today: IsoDate,
): Decision<void> {
  const violations: RuleViolation[] = [];
  if (subject.seatCohort !== from.number) {
    violations.push(
      violation(R['ANGKATAN-SATU-KURSI'], `Peserta tidak memegang kursi di angkatan ${from.number}.`, 'from'),
    );
  }
  if (to.scheme !== subject.scheme) {
    violations.push(
      violation(
        R['ANGKATAN-JENJANG'],
        `Angkatan ${to.number} berjenjang ${to.scheme}, bukan ${subject.scheme}.`,
        'to',
      ),
    );
  }
  if (!testDateFits(subject, to)) {
    violations.push(
      violation(
        R['ANGKATAN-TANGGAL-UJI-LAYAK'],
        `Pada tanggal uji angkatan ${to.number} (${testDateOf(to)}) peserta belum memenuhi syarat yang dihitung sampai hari uji.`,
        'to',
      ),
    );
  }
  if (to.seatsTaken >= to.capacity) {
    violations.push(violation(R['ANGKATAN-KAPASITAS'], `Angkatan ${to.number} sudah penuh.`, 'to'));
  }
  for (const [cohort, field] of [
    [from, 'from'],
    [to, 'to'],
  ] as const) {
    if (cohort.startDate <= today) {
      violations.push(
        violation(R['ANGKATAN-BELUM-MULAI'], `Angkatan ${cohort.number} sudah dimulai.`, field),
      );
    }
  }
  return decide(undefined, violations);
}

/**
 * The day a cohort's registration opens: when invitations go out. In 2019 the invitations were sent on 22 April
 * for the cohorts of 6 May (Surat Pusbang ASN BKN 2019, jadwal langkah 3), two weeks ahead.
 */
export const REGISTRATION_LEAD_DAYS = 14;

export function registrationOpensOn(startDate: IsoDate): IsoDate {
  return addDays(startDate, -REGISTRATION_LEAD_DAYS);
}

/**
 * The earliest opening day of a cohort whose registration can still open on `today`: that of a cohort starting
 * tomorrow. A cohort left unopened past its start (no verified test site in time) is tested without invitations
 * or not at all, so the job reads the cohorts due from this day only, a window of REGISTRATION_LEAD_DAYS days,
 * rather than every cohort ever left behind.
 */
export function earliestOpeningStillDue(today: IsoDate): IsoDate {
  return registrationOpensOn(addDays(today, 1));
}
