import type { SchemeCode } from './schemes';

/**
 * The 2019 Pelatihan dan Sertifikasi Manajemen ASN programme as Pusbang ASN BKN announced it (seed 003):
 * the letter, its schedule attachment and the handbook. The cohorts are in `cohorts-2019.ts`, the
 * registration timeline in `registration-timeline-2019.ts`.
 */

/** The jenjang the programme trains and certifies (Panduan Pusbang ASN BKN 2019, Peserta 1-3). */
export const PROGRAMME_2019_LEVELS = [
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
] as const satisfies readonly SchemeCode[];

export type Programme2019Level = (typeof PROGRAMME_2019_LEVELS)[number];

export function isProgramme2019Level(value: string): value is Programme2019Level {
  return (PROGRAMME_2019_LEVELS as readonly string[]).includes(value);
}

export interface Programme2019 {
  readonly name: string;
  readonly organiser: string;
  /** Where the cohorts are held: the letter names Pusbang ASN BKN; the schedule table has no place column. */
  readonly venue: string;
  readonly letter: { readonly number: string; readonly date: string; readonly source: string };
  /** Lampiran I, the cohort schedule; its own number and date differ from the letter's (see README). */
  readonly scheduleAttachment: { readonly number: string; readonly date: string; readonly source: string };
  readonly handbook: { readonly title: string; readonly date: string; readonly source: string };
  readonly levels: readonly Programme2019Level[];
  /** Officials to train and test. */
  readonly participants: number;
  readonly cohortCount: number;
  /** Participants per cohort (Jumlah Peserta). */
  readonly cohortCapacity: number;
  /** Days per cohort (Hari Pelatihan). */
  readonly trainingDays: number;
  /** Each instansi may nominate this many officials per jenjang. */
  readonly nomineesPerInstansiPerLevel: number;
  readonly registrationSite: string;
  readonly source: string;
}

/**
 * The letter: "1500 pengelola kepegawaian JPT Pratama, Administrator dan Pengawas selama 2 (dua) hari ... di
 * Pusbang ASN BKN dan terbagi atas 50 angkatan" and "masing-masing 1 (satu) orang JPT Pratama,
 * Administrator, dan Pengawas"; Lampiran I: "Hari Pelatihan 2", "Jumlah Peserta 30" on every row.
 */
export const PROGRAMME_2019: Programme2019 = {
  name: 'Pelatihan dan Sertifikasi Manajemen ASN',
  organiser: 'Pusat Pengembangan Aparatur Sipil Negara (Pusbang ASN) BKN',
  venue: 'Pusbang ASN BKN',
  letter: {
    number: '195 /A/TU/Pusbang ASN/III/2019',
    date: '2019-03-24',
    source: 'Surat Pusbang ASN BKN 2019 (Bogor, 24 Maret 2019)',
  },
  scheduleAttachment: {
    number: '05 /A/TU/Pusbang ASN/III/2019',
    date: '2019-03-26',
    source: 'Surat Pusbang ASN BKN 2019, Lampiran I (Tanggal: 26 Maret 2019)',
  },
  handbook: {
    title: 'Panduan Pelatihan dan Sertifikasi Kompetensi Teknis Manajemen ASN 2019',
    date: '2019-03-15',
    source: 'Panduan Pusbang ASN BKN 2019, Pendahuluan (Bogor, 15 Maret 2019)',
  },
  levels: PROGRAMME_2019_LEVELS,
  participants: 1500,
  cohortCount: 50,
  cohortCapacity: 30,
  trainingDays: 2,
  nomineesPerInstansiPerLevel: 1,
  registrationSite: 'pusbangasn.bkn.go.id',
  source: 'Surat Pusbang ASN BKN 2019, isi surat dan Lampiran I',
};
