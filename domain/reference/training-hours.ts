/**
 * How the 21 lesson hours (Jam Pelajaran, JP) of a 2019 cohort are split: 3 JP e-learning before the class,
 * 12 JP classroom on the module material and 6 JP evaluation/competency test (Panduan Pusbang ASN BKN 2019,
 * Metode). The day-by-day placement of these hours is in `registration-timeline-2019.ts`.
 */
export const LEARNING_MODES = ['E_LEARNING', 'KLASIKAL', 'EVALUASI'] as const;

export type LearningMode = (typeof LEARNING_MODES)[number];

export interface JpAllocation {
  readonly mode: LearningMode;
  /** The part as the handbook names it. */
  readonly name: string;
  readonly jp: number;
  readonly source: string;
}

const METODE = 'Panduan Pusbang ASN BKN 2019, Metode';

/** In the handbook's order: e-learning, classroom, evaluation. */
export const JP_ALLOCATION_2019: readonly JpAllocation[] = [
  { mode: 'E_LEARNING', name: 'e-learning', jp: 3, source: METODE },
  {
    mode: 'KLASIKAL',
    name: 'klasikal berupa penyampaian materi modul manajemen ASN',
    jp: 12,
    source: METODE,
  },
  { mode: 'EVALUASI', name: 'evaluasi/uji kompetensi', jp: 6, source: METODE },
];

/** "jumlah keseluruhan 21 JP" (Panduan Pusbang ASN BKN 2019, Metode). */
export const TOTAL_JP_2019 = 21;

/** The sum of the JP of some parts. */
export function sumJp(parts: readonly { readonly jp: number }[]): number {
  return parts.reduce((total, part) => total + part.jp, 0);
}

/** The JP of one part of the split. */
export function jpOf(mode: LearningMode): number {
  return sumJp(JP_ALLOCATION_2019.filter((part) => part.mode === mode));
}

/** True when the parts add up to the handbook's stated total of 21 JP. */
export function jpAllocationIsComplete(
  parts: readonly { readonly jp: number }[] = JP_ALLOCATION_2019,
): boolean {
  return sumJp(parts) === TOTAL_JP_2019;
}
