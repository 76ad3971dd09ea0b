import type { Cohort2019 } from './cohorts-2019';
import type { Programme2019Level } from './programme-2019';
import type { LearningMode } from './training-hours';

/**
 * The 2019 registration and training timeline (Panduan Pusbang ASN BKN 2019, "Timeline Pelatihan"). The
 * handbook prints one nine-step table per jenjang. Steps 1-6 (notice to e-learning) carry the same dates
 * in all three, so they are one shared registration timeline here. Steps 7-9 are the two training days;
 * all three tables print them as 6-May-19 / 7-May-19, which are the dates of cohorts 1-3 only (the
 * Pengawas and Administrator cohorts train in July and August, Lampiran I), and the Administrator table
 * prints step 7 as 3 JP instead of 9 JP. So steps 7-9 are kept as a per-cohort pattern (day 1: 9 JP
 * classroom; day 2: 3 JP classroom and 6 JP test), dated from each cohort's own dates by
 * `cohortTimeline2019`; for cohorts 1-3 that reproduces the printed dates exactly.
 */
export const TIMELINE_STEP_CODES = [
  'PEMBERITAHUAN',
  'USULAN',
  'UNDANGAN',
  'PENDAFTARAN',
  'REVIEW',
  'E_LEARNING',
  'KLASIKAL_HARI_1',
  'KLASIKAL_HARI_2',
  'UJI_KOMPETENSI',
] as const;

export type TimelineStepCode = (typeof TIMELINE_STEP_CODES)[number];

export interface TimelineStep {
  /** The step number ("No") in the handbook's tables. */
  readonly no: number;
  readonly code: TimelineStepCode;
  /** ISO date. */
  readonly date: string;
  /** Nama Kegiatan as printed (the link markup of step 5 reduced to its text). */
  readonly activity: string;
  /** Lesson hours the step carries, null for the administrative steps. */
  readonly jp: number | null;
  /** Which part of the 21 JP split the step belongs to, null for the administrative steps. */
  readonly mode: LearningMode | null;
  readonly source: string;
}

export interface RegistrationStep extends TimelineStep {
  /** The date exactly as printed ("Tanggal"), e.g. "5-Apr-19". */
  readonly dateText: string;
}

/** A training step of a cohort, on the first or the second of its two days. */
export interface CohortTrainingStep extends Omit<TimelineStep, 'date'> {
  readonly day: 1 | 2;
}

const TIMELINE = 'Panduan Pusbang ASN BKN 2019, Timeline Pelatihan JPT Pratama Angkatan 1-3';
const ACTION_PLAN = 'Riwayat Pekerjaan & Rencana Tindak Lanjut (Action Plan)';

/** Steps 1-6, identical in the three printed tables. */
export const REGISTRATION_TIMELINE_2019: readonly RegistrationStep[] = [
  {
    no: 1,
    code: 'PEMBERITAHUAN',
    date: '2019-04-05',
    dateText: '5-Apr-19',
    activity: 'Pemberitahuan Pelaksanaan Jadwal Sertifikasi',
    jp: null,
    mode: null,
    source: `${TIMELINE}, No 1`,
  },
  {
    no: 2,
    code: 'USULAN',
    date: '2019-04-15',
    dateText: '15-Apr-19',
    activity: 'Penerimaan Surat Usulan Data peserta K/L BKD/ BKPSDM dan BKN',
    jp: null,
    mode: null,
    source: `${TIMELINE}, No 2`,
  },
  {
    no: 3,
    code: 'UNDANGAN',
    date: '2019-04-22',
    dateText: '22-Apr-19',
    activity: `Undangan peserta, terlampir formulir ${ACTION_PLAN}`,
    jp: null,
    mode: null,
    source: `${TIMELINE}, No 3`,
  },
  {
    no: 4,
    code: 'PENDAFTARAN',
    date: '2019-04-25',
    dateText: '25-Apr-19',
    activity: `Konfirmasi dan Pendaftaran Peserta secara online dengan mengunggah ${ACTION_PLAN}`,
    jp: null,
    mode: null,
    source: `${TIMELINE}, No 4`,
  },
  {
    no: 5,
    code: 'REVIEW',
    date: '2019-04-26',
    dateText: '26-Apr-19',
    activity:
      'Review Riwayat Pekerjaan & rencana tindak lanjut (Action Plan) serta pengumuman kelompok/rumpun Peserta di www.pusbangasn.bkn.go.id',
    jp: null,
    mode: null,
    source: `${TIMELINE}, No 5`,
  },
  {
    no: 6,
    code: 'E_LEARNING',
    date: '2019-04-29',
    dateText: '29-Apr-19',
    activity:
      'E-Learning (3 JP) berupa, mengunduh materi modul, belajar mandiri, forum diskusi dan mengunggah resume per modul',
    jp: 3,
    mode: 'E_LEARNING',
    source: `${TIMELINE}, No 6`,
  },
];

/** Steps 7-9 as the JPT Pratama table prints them (6-May-19 is day 1, 7-May-19 day 2 of cohorts 1-3). */
export const COHORT_TRAINING_STEPS_2019: readonly CohortTrainingStep[] = [
  {
    no: 7,
    code: 'KLASIKAL_HARI_1',
    day: 1,
    activity: 'Pelatihan Manajemen ASN sesuai jenjang jabatan (9 JP)',
    jp: 9,
    mode: 'KLASIKAL',
    source: `${TIMELINE}, No 7`,
  },
  {
    no: 8,
    code: 'KLASIKAL_HARI_2',
    day: 2,
    activity: 'Pelatihan Manajemen ASN sesuai jenjang jabatan (3 JP)',
    jp: 3,
    mode: 'KLASIKAL',
    source: `${TIMELINE}, No 8`,
  },
  {
    no: 9,
    code: 'UJI_KOMPETENSI',
    day: 2,
    activity: 'Evaluasi/Uji Kompetensi Teknis Manajemen ASN sesuai kualifikasi/jenjang jabatan (6 JP)',
    jp: 6,
    mode: 'EVALUASI',
    source: `${TIMELINE}, No 9`,
  },
];

/** The three printed tables: which jenjang and which cohorts each one is headed for. */
export const TIMELINE_TABLES_2019: readonly {
  readonly level: Programme2019Level;
  readonly title: string;
  readonly firstCohort: number;
  readonly lastCohort: number;
}[] = [
  {
    level: 'JPT_PRATAMA',
    title: 'Timeline Pelatihan JPT Pratama Angkatan 1-3',
    firstCohort: 1,
    lastCohort: 3,
  },
  { level: 'PENGAWAS', title: 'Timeline Pelatihan Pengawas Angkatan 4-18', firstCohort: 4, lastCohort: 18 },
  {
    level: 'ADMINISTRATOR',
    title: 'Timeline Kegiatan Pelatihan Administrator Angkatan 19-50',
    firstCohort: 19,
    lastCohort: 50,
  },
];

/** The registration step with this code, or undefined for a training step. */
export function registrationStep(code: TimelineStepCode): RegistrationStep | undefined {
  return REGISTRATION_TIMELINE_2019.find((step) => step.code === code);
}

/** All nine steps for one cohort: the shared registration steps, then its two training days. */
export function cohortTimeline2019(
  cohort: Pick<Cohort2019, 'startDate' | 'endDate'>,
): readonly TimelineStep[] {
  const registration = REGISTRATION_TIMELINE_2019.map(({ dateText: _dateText, ...step }) => step);
  const training = COHORT_TRAINING_STEPS_2019.map(({ day, ...step }) => ({
    ...step,
    date: day === 1 ? cohort.startDate : cohort.endDate,
  }));
  return [...registration, ...training];
}
