/**
 * The ASN position levels the technical-competency standard is grouped by (Perban BKN 7/2020 Pasal 12(4)).
 * A level number is what ties a position to its certification scheme (Pasal 14(1) a-e) and what
 * "one level below" means for the succession route of Pasal 16(3).
 */
export const POSITION_LEVELS = [1, 2, 3, 4, 5] as const;

export type PositionLevel = (typeof POSITION_LEVELS)[number];

/** Ordered from level 1 up; the codes equal the matching scheme codes in `schemes.ts`. */
export const POSITION_CODES = ['PELAKSANA', 'PENGAWAS', 'ADMINISTRATOR', 'JPT_PRATAMA', 'JPT_MADYA'] as const;

export type PositionCode = (typeof POSITION_CODES)[number];

export interface Position {
  readonly code: PositionCode;
  readonly level: PositionLevel;
  /** The position as Pasal 12(4) names it. */
  readonly name: string;
  /** The short name Pasal 14(1) uses for the jenjang. */
  readonly label: string;
  readonly source: string;
}

export const POSITIONS: Readonly<Record<PositionCode, Position>> = {
  PELAKSANA: {
    code: 'PELAKSANA',
    level: 1,
    name: 'pelaksana',
    label: 'Pelaksana',
    source: 'Perban BKN 7/2020 Pasal 12(4)e',
  },
  PENGAWAS: {
    code: 'PENGAWAS',
    level: 2,
    name: 'pengawas',
    label: 'Pengawas',
    source: 'Perban BKN 7/2020 Pasal 12(4)d',
  },
  ADMINISTRATOR: {
    code: 'ADMINISTRATOR',
    level: 3,
    name: 'administrator',
    label: 'Administrator',
    source: 'Perban BKN 7/2020 Pasal 12(4)c',
  },
  JPT_PRATAMA: {
    code: 'JPT_PRATAMA',
    level: 4,
    name: 'jabatan pimpinan tinggi pratama',
    label: 'JPT Pratama',
    source: 'Perban BKN 7/2020 Pasal 12(4)b',
  },
  JPT_MADYA: {
    code: 'JPT_MADYA',
    level: 5,
    name: 'jabatan pimpinan tinggi madya',
    label: 'JPT Madya',
    source: 'Perban BKN 7/2020 Pasal 12(4)a',
  },
};

export function isPositionCode(value: string): value is PositionCode {
  return (POSITION_CODES as readonly string[]).includes(value);
}

/** The position at a level (Pasal 12(4)); levels 1-5 map one to one onto positions. */
export function positionAtLevel(level: PositionLevel): Position {
  return POSITIONS[POSITION_CODES[level - 1] as PositionCode];
}

/** The position one level below, or null for Pelaksana (level 1 is the lowest, Pasal 12(4)e). */
export function positionOneLevelBelow(code: PositionCode): PositionCode | null {
  const level = POSITIONS[code].level;
  return level === 1 ? null : positionAtLevel((level - 1) as PositionLevel).code;
}

/** The position one level above, or null for JPT Madya (level 5 is the highest, Pasal 12(4)a). */
export function positionOneLevelAbove(code: PositionCode): PositionCode | null {
  const level = POSITIONS[code].level;
  return level === 5 ? null : positionAtLevel((level + 1) as PositionLevel).code;
}
