import { describe, expect, it } from 'vitest';
import {
  POSITIONS,
  POSITION_CODES,
  POSITION_LEVELS,
  isPositionCode,
  positionAtLevel,
  positionOneLevelAbove,
  positionOneLevelBelow,
} from '../../../domain/reference/positions';

describe('position levels (Perban BKN 7/2020 Pasal 12(4))', () => {
  it.each([
    [5, 'JPT_MADYA', 'jabatan pimpinan tinggi madya', 'Perban BKN 7/2020 Pasal 12(4)a'],
    [4, 'JPT_PRATAMA', 'jabatan pimpinan tinggi pratama', 'Perban BKN 7/2020 Pasal 12(4)b'],
    [3, 'ADMINISTRATOR', 'administrator', 'Perban BKN 7/2020 Pasal 12(4)c'],
    [2, 'PENGAWAS', 'pengawas', 'Perban BKN 7/2020 Pasal 12(4)d'],
    [1, 'PELAKSANA', 'pelaksana', 'Perban BKN 7/2020 Pasal 12(4)e'],
  ] as const)('level %i is %s, "%s" (%s)', (level, code, name, source) => {
    const position = positionAtLevel(level);

    expect(position).toMatchObject({ code, level, name, source });
    expect(POSITIONS[code].level).toBe(level);
  });

  it('has exactly five levels, one position each', () => {
    expect(POSITION_LEVELS).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(POSITION_LEVELS.map((l) => positionAtLevel(l).code)).size).toBe(5);
    expect(Object.keys(POSITIONS).sort()).toEqual([...POSITION_CODES].sort());
  });

  it.each([
    ['JPT_MADYA', 'JPT_PRATAMA'],
    ['JPT_PRATAMA', 'ADMINISTRATOR'],
    ['ADMINISTRATOR', 'PENGAWAS'],
    ['PENGAWAS', 'PELAKSANA'],
    ['PELAKSANA', null],
  ] as const)('one level below %s is %s', (code, below) => {
    expect(positionOneLevelBelow(code)).toBe(below);
  });

  it.each([
    ['PELAKSANA', 'PENGAWAS'],
    ['PENGAWAS', 'ADMINISTRATOR'],
    ['ADMINISTRATOR', 'JPT_PRATAMA'],
    ['JPT_PRATAMA', 'JPT_MADYA'],
    ['JPT_MADYA', null],
  ] as const)('one level above %s is %s', (code, above) => {
    expect(positionOneLevelAbove(code)).toBe(above);
  });

  it.each([
    ['ADMINISTRATOR', true],
    ['MENTOR', false],
    ['administrator', false],
  ])('recognises %j as a position code: %s', (value, expected) => {
    expect(isPositionCode(value)).toBe(expected);
  });
});
