import { PROGRAMME_2019 } from './programme-2019';
import type { Programme2019Level } from './programme-2019';

/**
 * The 50 cohorts (angkatan) of the 2019 programme, row for row from the schedule table "JADWAL PELATIHAN
 * DAN SERTIFIKASI MANAJEMEN KEPEGAWAIAN 2019" (Surat Pusbang ASN BKN 2019, Lampiran I): number, jenjang,
 * days (Hari Pelatihan), participants (Jumlah Peserta) and dates (Tanggal Pelaksanaan 2019). The table has
 * no place column; the letter holds every cohort at Pusbang ASN BKN (`PROGRAMME_2019.venue`).
 */
export interface Cohort2019 {
  /** Angkatan number, 1-50 (the table's "No" and "Akt"). */
  readonly number: number;
  readonly level: Programme2019Level;
  /** Nama Pelatihan, e.g. "Pelatihan Teknis Kepegawaian dan Sertifikasi Akt 1 (JPT Pratama)". */
  readonly name: string;
  readonly trainingDays: number;
  readonly capacity: number;
  /** First training day, ISO date. */
  readonly startDate: string;
  /** Last training day, ISO date. */
  readonly endDate: string;
  /** The date cell exactly as the table gives it, e.g. "31 Jul-1 Ags". */
  readonly dateText: string;
  readonly source: string;
}

const LEVEL_LABELS: Readonly<Record<Programme2019Level, string>> = {
  JPT_PRATAMA: 'JPT Pratama',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Pengawas',
};

type Row = readonly [number: number, level: Programme2019Level, dateText: string, start: string, end: string];

/** The table's rows. Every row reads "2" days and "30" participants, so those are not repeated here. */
const ROWS: readonly Row[] = [
  [1, 'JPT_PRATAMA', '6-7 Mei', '2019-05-06', '2019-05-07'],
  [2, 'JPT_PRATAMA', '6-7 Mei', '2019-05-06', '2019-05-07'],
  [3, 'JPT_PRATAMA', '6-7 Mei', '2019-05-06', '2019-05-07'],
  [4, 'PENGAWAS', '1-2 Jul', '2019-07-01', '2019-07-02'],
  [5, 'PENGAWAS', '1-2 Jul', '2019-07-01', '2019-07-02'],
  [6, 'PENGAWAS', '1-2 Jul', '2019-07-01', '2019-07-02'],
  [7, 'PENGAWAS', '2-3 Jul', '2019-07-02', '2019-07-03'],
  [8, 'PENGAWAS', '2-3 Jul', '2019-07-02', '2019-07-03'],
  [9, 'PENGAWAS', '2-3 Jul', '2019-07-02', '2019-07-03'],
  [10, 'PENGAWAS', '3-4 Jul', '2019-07-03', '2019-07-04'],
  [11, 'PENGAWAS', '3-4 Jul', '2019-07-03', '2019-07-04'],
  [12, 'PENGAWAS', '3-4 Jul', '2019-07-03', '2019-07-04'],
  [13, 'PENGAWAS', '4-5 Jul', '2019-07-04', '2019-07-05'],
  [14, 'PENGAWAS', '4-5 Jul', '2019-07-04', '2019-07-05'],
  [15, 'PENGAWAS', '4-5 Jul', '2019-07-04', '2019-07-05'],
  [16, 'PENGAWAS', '5-6 Jul', '2019-07-05', '2019-07-06'],
  [17, 'PENGAWAS', '5-6 Jul', '2019-07-05', '2019-07-06'],
  [18, 'PENGAWAS', '5-6 Jul', '2019-07-05', '2019-07-06'],
  [19, 'ADMINISTRATOR', '29-30 Jul', '2019-07-29', '2019-07-30'],
  [20, 'ADMINISTRATOR', '29-30 Jul', '2019-07-29', '2019-07-30'],
  [21, 'ADMINISTRATOR', '29-30 Jul', '2019-07-29', '2019-07-30'],
  [22, 'ADMINISTRATOR', '30-31 Jul', '2019-07-30', '2019-07-31'],
  [23, 'ADMINISTRATOR', '30-31 Jul', '2019-07-30', '2019-07-31'],
  [24, 'ADMINISTRATOR', '30-31 Jul', '2019-07-30', '2019-07-31'],
  [25, 'ADMINISTRATOR', '31 Jul-1 Ags', '2019-07-31', '2019-08-01'],
  [26, 'ADMINISTRATOR', '31 Jul-1 Ags', '2019-07-31', '2019-08-01'],
  [27, 'ADMINISTRATOR', '31 Jul-1 Ags', '2019-07-31', '2019-08-01'],
  [28, 'ADMINISTRATOR', '1-2 Ags', '2019-08-01', '2019-08-02'],
  [29, 'ADMINISTRATOR', '1-2 Ags', '2019-08-01', '2019-08-02'],
  [30, 'ADMINISTRATOR', '1-2 Ags', '2019-08-01', '2019-08-02'],
  [31, 'ADMINISTRATOR', '5-6 Ags', '2019-08-05', '2019-08-06'],
  [32, 'ADMINISTRATOR', '5-6 Ags', '2019-08-05', '2019-08-06'],
  [33, 'ADMINISTRATOR', '5-6 Ags', '2019-08-05', '2019-08-06'],
  [34, 'ADMINISTRATOR', '6-7 Ags', '2019-08-06', '2019-08-07'],
  [35, 'ADMINISTRATOR', '6-7 Ags', '2019-08-06', '2019-08-07'],
  [36, 'ADMINISTRATOR', '6-7 Ags', '2019-08-06', '2019-08-07'],
  [37, 'ADMINISTRATOR', '7-8 Ags', '2019-08-07', '2019-08-08'],
  [38, 'ADMINISTRATOR', '7-8 Ags', '2019-08-07', '2019-08-08'],
  [39, 'ADMINISTRATOR', '7-8 Ags', '2019-08-07', '2019-08-08'],
  [40, 'ADMINISTRATOR', '8-9 Ags', '2019-08-08', '2019-08-09'],
  [41, 'ADMINISTRATOR', '8-9 Ags', '2019-08-08', '2019-08-09'],
  [42, 'ADMINISTRATOR', '8-9 Ags', '2019-08-08', '2019-08-09'],
  [43, 'ADMINISTRATOR', '13-14 Ags', '2019-08-13', '2019-08-14'],
  [44, 'ADMINISTRATOR', '13-14 Ags', '2019-08-13', '2019-08-14'],
  [45, 'ADMINISTRATOR', '13-14 Ags', '2019-08-13', '2019-08-14'],
  [46, 'ADMINISTRATOR', '14-15 Ags', '2019-08-14', '2019-08-15'],
  [47, 'ADMINISTRATOR', '14-15 Ags', '2019-08-14', '2019-08-15'],
  [48, 'ADMINISTRATOR', '14-15 Ags', '2019-08-14', '2019-08-15'],
  [49, 'ADMINISTRATOR', '15-16 Ags', '2019-08-15', '2019-08-16'],
  [50, 'ADMINISTRATOR', '15-16 Ags', '2019-08-15', '2019-08-16'],
];

/**
 * The cohorts in table order. Names follow the table's pattern; its row 50 reads "Akt. 50" with a stray
 * full stop, written here as "Akt 50" like the other 49 rows.
 */
export const COHORTS_2019: readonly Cohort2019[] = /* @__PURE__ */ ROWS.map(
  ([number, level, dateText, startDate, endDate]) => ({
    number,
    level,
    name: `Pelatihan Teknis Kepegawaian dan Sertifikasi Akt ${number} (${LEVEL_LABELS[level]})`,
    trainingDays: PROGRAMME_2019.trainingDays,
    capacity: PROGRAMME_2019.cohortCapacity,
    startDate,
    endDate,
    dateText,
    source: `Surat Pusbang ASN BKN 2019, Lampiran I, No ${number}`,
  }),
);

/** The cohort with this angkatan number, or undefined when the 2019 plan has none. */
export function cohort2019(number: number): Cohort2019 | undefined {
  return COHORTS_2019.find((c) => c.number === number);
}

/** The cohorts of one jenjang, in table order. */
export function cohorts2019OfLevel(level: Programme2019Level): readonly Cohort2019[] {
  return COHORTS_2019.filter((c) => c.level === level);
}

/** The seats the given cohorts offer together. */
export function totalSeats(cohorts: readonly Pick<Cohort2019, 'capacity'>[]): number {
  return cohorts.reduce((total, c) => total + c.capacity, 0);
}
