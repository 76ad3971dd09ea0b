import { POSITIONS, positionAtLevel, positionOneLevelAbove, positionOneLevelBelow } from './positions';
import type { PositionCode, PositionLevel } from './positions';

/**
 * Certification schemes (Skema Sertifikasi Kompetensi Teknis Manajemen ASN).
 * Perban BKN 7/2020 Pasal 14(1) a-g; levels per Pasal 12(4).
 */
export const SCHEME_CODES = [
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'MENTOR',
  'KONSELOR',
] as const;

export type SchemeCode = (typeof SCHEME_CODES)[number];

/** The five schemes tied to a position level (Pasal 14(1) a-e); their codes are the position codes. */
export type LevelledSchemeCode = Extract<SchemeCode, PositionCode>;

export interface Scheme {
  code: SchemeCode;
  /** Level 1-5 for the position schemes; mentor and counsellor schemes carry none. */
  level: 1 | 2 | 3 | 4 | 5 | null;
  name: string;
  article: string;
  /**
   * The position whose holders the scheme certifies (Pasal 12(4) with 14(1) a-e); null for the mentor and
   * counsellor schemes, which Pasal 14(1) f-g tie to no position.
   */
  position: PositionCode | null;
}

export const SCHEMES: Readonly<Record<SchemeCode, Scheme>> = {
  JPT_MADYA: {
    code: 'JPT_MADYA',
    level: 5,
    name: 'Sertifikasi penyelenggara manajemen ASN jenjang JPT Madya',
    article: 'Perban BKN 7/2020 Pasal 14(1)a',
    position: 'JPT_MADYA',
  },
  JPT_PRATAMA: {
    code: 'JPT_PRATAMA',
    level: 4,
    name: 'Sertifikasi penyelenggara manajemen ASN jenjang JPT Pratama',
    article: 'Perban BKN 7/2020 Pasal 14(1)b',
    position: 'JPT_PRATAMA',
  },
  ADMINISTRATOR: {
    code: 'ADMINISTRATOR',
    level: 3,
    name: 'Sertifikasi penyelenggara manajemen ASN jenjang Administrator',
    article: 'Perban BKN 7/2020 Pasal 14(1)c',
    position: 'ADMINISTRATOR',
  },
  PENGAWAS: {
    code: 'PENGAWAS',
    level: 2,
    name: 'Sertifikasi penyelenggara manajemen ASN jenjang Pengawas',
    article: 'Perban BKN 7/2020 Pasal 14(1)d',
    position: 'PENGAWAS',
  },
  PELAKSANA: {
    code: 'PELAKSANA',
    level: 1,
    name: 'Sertifikasi penyelenggara manajemen ASN jenjang Pelaksana',
    article: 'Perban BKN 7/2020 Pasal 14(1)e',
    position: 'PELAKSANA',
  },
  MENTOR: {
    code: 'MENTOR',
    level: null,
    name: 'Sertifikasi mentor kepegawaian',
    article: 'Perban BKN 7/2020 Pasal 14(1)f',
    position: null,
  },
  KONSELOR: {
    code: 'KONSELOR',
    level: null,
    name: 'Sertifikasi konselor kepegawaian',
    article: 'Perban BKN 7/2020 Pasal 14(1)g',
    position: null,
  },
};

export function isSchemeCode(value: string): value is SchemeCode {
  return (SCHEME_CODES as readonly string[]).includes(value);
}

/** True for the five position schemes of Pasal 14(1) a-e; false for mentor and counsellor (f-g). */
export function isLevelledScheme(code: SchemeCode): code is LevelledSchemeCode {
  return SCHEMES[code].position !== null;
}

/** The position schemes, highest level first as Pasal 14(1) lists them. */
export const LEVELLED_SCHEME_CODES: readonly LevelledSchemeCode[] =
  /* @__PURE__ */ SCHEME_CODES.filter(isLevelledScheme);

/** The scheme of a level (Pasal 14(1) a-e: level 5 JPT Madya down to level 1 Pelaksana). */
export function schemeAtLevel(level: PositionLevel): Scheme {
  return SCHEMES[positionAtLevel(level).code];
}

/**
 * The position scheme one level below `code`, or null at level 1 and for mentor/counsellor.
 * Pasal 16(3): holders of the position one level below a scheme's jenjang may take that scheme through
 * competency-based training as succession, so `schemeOneLevelBelow('JPT_PRATAMA')` is also the position
 * (`ADMINISTRATOR`) admitted to the JPT Pratama scheme by that route.
 */
export function schemeOneLevelBelow(code: SchemeCode): LevelledSchemeCode | null {
  return isLevelledScheme(code) ? positionOneLevelBelow(code) : null;
}

/**
 * The position scheme one level above `code`, or null at level 5 and for mentor/counsellor: the scheme a
 * holder of `code`'s position may take as succession (Pasal 16(3)).
 */
export function schemeOneLevelAbove(code: SchemeCode): LevelledSchemeCode | null {
  return isLevelledScheme(code) ? positionOneLevelAbove(code) : null;
}

/** The position name (Pasal 12(4)) a scheme certifies, or null for mentor and counsellor. */
export function positionNameOfScheme(code: SchemeCode): string | null {
  const position = SCHEMES[code].position;
  return position === null ? null : POSITIONS[position].name;
}

/** The short name of each scheme's level, as certificates, letters and BKN's staff say it. */
export const LEVEL_NAMES: Readonly<Record<SchemeCode, string>> = {
  JPT_MADYA: 'JPT Madya',
  JPT_PRATAMA: 'JPT Pratama',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Pengawas',
  PELAKSANA: 'Pelaksana',
  MENTOR: 'Mentor',
  KONSELOR: 'Konselor',
};
