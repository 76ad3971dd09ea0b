import { describe, expect, it } from 'vitest';
import { POSITIONS } from '../../../domain/reference/positions';
import {
  LEVELLED_SCHEME_CODES,
  SCHEMES,
  SCHEME_CODES,
  isLevelledScheme,
  isSchemeCode,
  positionNameOfScheme,
  schemeAtLevel,
  schemeOneLevelAbove,
  schemeOneLevelBelow,
} from '../../../domain/reference/schemes';

describe('certification schemes (Perban BKN 7/2020 Pasal 14(1))', () => {
  it('has the seven schemes a-g in the article order', () => {
    expect(SCHEME_CODES.map((code) => SCHEMES[code].article)).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((letter) => `Perban BKN 7/2020 Pasal 14(1)${letter}`),
    );
  });

  it.each([
    ['JPT_MADYA', 5, 'jabatan pimpinan tinggi madya'],
    ['JPT_PRATAMA', 4, 'jabatan pimpinan tinggi pratama'],
    ['ADMINISTRATOR', 3, 'administrator'],
    ['PENGAWAS', 2, 'pengawas'],
    ['PELAKSANA', 1, 'pelaksana'],
  ] as const)('the %s scheme is level %i and certifies the position "%s"', (code, level, positionName) => {
    expect(SCHEMES[code].level).toBe(level);
    expect(SCHEMES[code].position).toBe(code);
    expect(positionNameOfScheme(code)).toBe(positionName);
    expect(schemeAtLevel(level).code).toBe(code);
    expect(POSITIONS[code].level).toBe(level);
  });

  it.each(['MENTOR', 'KONSELOR'] as const)('the %s scheme has no level and no position', (code) => {
    expect(SCHEMES[code]).toMatchObject({ level: null, position: null });
    expect(isLevelledScheme(code)).toBe(false);
    expect(positionNameOfScheme(code)).toBeNull();
  });

  it('names the mentor and counsellor schemes as Pasal 14(1)f-g does', () => {
    expect(SCHEMES.MENTOR.name).toBe('Sertifikasi mentor kepegawaian');
    expect(SCHEMES.KONSELOR.name).toBe('Sertifikasi konselor kepegawaian');
  });

  it('lists the five levelled schemes from level 5 down to level 1', () => {
    expect(LEVELLED_SCHEME_CODES).toEqual([
      'JPT_MADYA',
      'JPT_PRATAMA',
      'ADMINISTRATOR',
      'PENGAWAS',
      'PELAKSANA',
    ]);
  });

  it.each([
    ['JPT_MADYA', 'JPT_PRATAMA'],
    ['JPT_PRATAMA', 'ADMINISTRATOR'],
    ['ADMINISTRATOR', 'PENGAWAS'],
    ['PENGAWAS', 'PELAKSANA'],
    ['PELAKSANA', null],
    ['MENTOR', null],
    ['KONSELOR', null],
  ] as const)('succession (Pasal 16(3)): one level below the %s scheme is %s', (code, below) => {
    expect(schemeOneLevelBelow(code)).toBe(below);
  });

  it.each([
    ['PELAKSANA', 'PENGAWAS'],
    ['PENGAWAS', 'ADMINISTRATOR'],
    ['ADMINISTRATOR', 'JPT_PRATAMA'],
    ['JPT_PRATAMA', 'JPT_MADYA'],
    ['JPT_MADYA', null],
    ['MENTOR', null],
    ['KONSELOR', null],
  ] as const)('succession (Pasal 16(3)): one level above the %s scheme is %s', (code, above) => {
    expect(schemeOneLevelAbove(code)).toBe(above);
  });

  it('below and above are inverse for every levelled scheme', () => {
    for (const code of LEVELLED_SCHEME_CODES) {
      const below = schemeOneLevelBelow(code);
      if (below !== null) expect(schemeOneLevelAbove(below)).toBe(code);
    }
  });

  it.each([
    ['KONSELOR', true],
    ['PENGAWAS', true],
    ['pengawas', false],
    ['LEVEL_3', false],
  ])('recognises %j as a scheme code: %s', (value, expected) => {
    expect(isSchemeCode(value)).toBe(expected);
  });
});
