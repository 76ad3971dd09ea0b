import type { SchemeCode } from '../reference/schemes';
import { addDays, type IsoDate } from '../shared/dates';
import { decide, defineRules, violation, type Decision, type RuleViolation } from '../shared/rule';

/**
 * Placing participants into cohorts (angkatan): by level, within capacity, one seat each, and only into cohorts
 * that have not begun (Perban BKN 7/2020 Pasal 17(1), 31(1)f; the 2019 letter's schedule of 50 cohorts of 30).
 */
export const PLACEMENT_RULES = defineRules({
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
});

export interface CohortState {
  number: number;
  scheme: SchemeCode;
  capacity: number;
  seatsTaken: number;
  /** ISO calendar date; compared as text, which orders ISO dates correctly. */
  startDate: string;
}

export interface PlacementSubject {
  scheme: SchemeCode;
  /** SET once the participant-setting session has fixed the participant (Pasal 31(1)f). */
  status: string;
  seatCohort: number | null;
}

const R = PLACEMENT_RULES;

/** Cohorts a participant may take a seat in, in the order to try them: earliest start first, then number. */
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
    .filter((c) => c.scheme === subject.scheme && c.seatsTaken < c.capacity && c.startDate > today)
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
