/**
 * The fifteen areas the Standar Kompetensi Teknis manajemen ASN consists of (Perban BKN 7/2020 Pasal 12(3)
 * a-o). The codes are stable identifiers for the areas; the order is the article's, a to o.
 */
export const COMPETENCY_AREA_CODES = [
  'KEBUTUHAN',
  'PENGADAAN',
  'PANGKAT_JABATAN',
  'PROMOSI',
  'MUTASI',
  'PENGEMBANGAN_KARIER',
  'POLA_KARIER',
  'PENILAIAN_KINERJA',
  'PENGGAJIAN_TUNJANGAN',
  'PENGHARGAAN',
  'DISIPLIN',
  'PEMBERHENTIAN',
  'JAMINAN_PENSIUN_JHT',
  'PERLINDUNGAN',
  'PENGEMBANGAN_SISTEM',
] as const;

export type CompetencyAreaCode = (typeof COMPETENCY_AREA_CODES)[number];

export interface CompetencyArea {
  readonly code: CompetencyAreaCode;
  /** The letter of Pasal 12(3) that lists the area. */
  readonly letter: string;
  /** The area as Pasal 12(3) words it. */
  readonly name: string;
  readonly source: string;
}

const area = (code: CompetencyAreaCode, letter: string, name: string): CompetencyArea => ({
  code,
  letter,
  name,
  source: `Perban BKN 7/2020 Pasal 12(3)${letter}`,
});

export const COMPETENCY_AREAS: Readonly<Record<CompetencyAreaCode, CompetencyArea>> = {
  KEBUTUHAN: area('KEBUTUHAN', 'a', 'penyusunan dan penetapan kebutuhan'),
  PENGADAAN: area('PENGADAAN', 'b', 'pengadaan'),
  PANGKAT_JABATAN: area('PANGKAT_JABATAN', 'c', 'pangkat dan jabatan'),
  PROMOSI: area('PROMOSI', 'd', 'promosi'),
  MUTASI: area('MUTASI', 'e', 'mutasi'),
  PENGEMBANGAN_KARIER: area('PENGEMBANGAN_KARIER', 'f', 'pengembangan karier'),
  POLA_KARIER: area('POLA_KARIER', 'g', 'pola karier'),
  PENILAIAN_KINERJA: area('PENILAIAN_KINERJA', 'h', 'penilaian kinerja'),
  PENGGAJIAN_TUNJANGAN: area('PENGGAJIAN_TUNJANGAN', 'i', 'penggajian dan tunjangan'),
  PENGHARGAAN: area('PENGHARGAAN', 'j', 'penghargaan'),
  DISIPLIN: area('DISIPLIN', 'k', 'disiplin'),
  PEMBERHENTIAN: area('PEMBERHENTIAN', 'l', 'pemberhentian'),
  JAMINAN_PENSIUN_JHT: area('JAMINAN_PENSIUN_JHT', 'm', 'jaminan pensiun dan jaminan hari tua'),
  PERLINDUNGAN: area('PERLINDUNGAN', 'n', 'perlindungan'),
  PENGEMBANGAN_SISTEM: area('PENGEMBANGAN_SISTEM', 'o', 'pengembangan sistem manajemen ASN'),
};

export function isCompetencyAreaCode(value: string): value is CompetencyAreaCode {
  return (COMPETENCY_AREA_CODES as readonly string[]).includes(value);
}

/** The area a letter of Pasal 12(3) lists, e.g. `k` → DISIPLIN; undefined for a letter outside a-o. */
export function competencyAreaByLetter(letter: string): CompetencyArea | undefined {
  return COMPETENCY_AREA_CODES.map((code) => COMPETENCY_AREAS[code]).find((a) => a.letter === letter);
}
