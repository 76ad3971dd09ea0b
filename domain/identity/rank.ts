/**
 * Pangkat and golongan ruang of a PNS, in their order, so rules can say "paling rendah Penata, III/c"
 * (Perban BKN 7/2020 Pasal 28(2)b) or "paling rendah setara dengan pangkat peserta" (Pasal 28(2)c).
 * The ladder is that of PP 99/2000 (kenaikan pangkat PNS).
 */

export const GOLONGAN_RUANG = [
  'I/a',
  'I/b',
  'I/c',
  'I/d',
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
] as const;

export type GolonganRuang = (typeof GOLONGAN_RUANG)[number];

export const PANGKAT: Readonly<Record<GolonganRuang, string>> = {
  'I/a': 'Juru Muda',
  'I/b': 'Juru Muda Tingkat I',
  'I/c': 'Juru',
  'I/d': 'Juru Tingkat I',
  'II/a': 'Pengatur Muda',
  'II/b': 'Pengatur Muda Tingkat I',
  'II/c': 'Pengatur',
  'II/d': 'Pengatur Tingkat I',
  'III/a': 'Penata Muda',
  'III/b': 'Penata Muda Tingkat I',
  'III/c': 'Penata',
  'III/d': 'Penata Tingkat I',
  'IV/a': 'Pembina',
  'IV/b': 'Pembina Tingkat I',
  'IV/c': 'Pembina Utama Muda',
  'IV/d': 'Pembina Utama Madya',
  'IV/e': 'Pembina Utama',
};

export function isGolonganRuang(value: string): value is GolonganRuang {
  return (GOLONGAN_RUANG as readonly string[]).includes(value);
}

/** Position on the ladder, 0 for I/a up to 16 for IV/e. */
export function rankIndex(golongan: GolonganRuang): number {
  return GOLONGAN_RUANG.indexOf(golongan);
}

/** Negative when a is lower than b, 0 when equal, positive when higher. */
export function compareRank(a: GolonganRuang, b: GolonganRuang): number {
  return rankIndex(a) - rankIndex(b);
}

/** Whether `golongan` is at least `minimum`. */
export function isRankAtLeast(golongan: GolonganRuang, minimum: GolonganRuang): boolean {
  return compareRank(golongan, minimum) >= 0;
}

/** "Penata, III/c". */
export function describeRank(golongan: GolonganRuang): string {
  return `${PANGKAT[golongan]}, ${golongan}`;
}
