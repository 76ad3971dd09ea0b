import { describe, expect, it } from 'vitest';
import {
  COMPETENCY_AREAS,
  COMPETENCY_AREA_CODES,
  competencyAreaByLetter,
  isCompetencyAreaCode,
} from '../../../domain/reference/competency-areas';

describe('technical-competency areas (Perban BKN 7/2020 Pasal 12(3))', () => {
  it('has the fifteen areas a-o, each with a unique code and letter', () => {
    expect(COMPETENCY_AREA_CODES).toHaveLength(15);
    expect(new Set(COMPETENCY_AREA_CODES).size).toBe(15);
    expect(COMPETENCY_AREA_CODES.map((code) => COMPETENCY_AREAS[code].letter).join('')).toBe(
      'abcdefghijklmno',
    );
  });

  it.each([
    ['a', 'KEBUTUHAN', 'penyusunan dan penetapan kebutuhan'],
    ['b', 'PENGADAAN', 'pengadaan'],
    ['c', 'PANGKAT_JABATAN', 'pangkat dan jabatan'],
    ['d', 'PROMOSI', 'promosi'],
    ['e', 'MUTASI', 'mutasi'],
    ['f', 'PENGEMBANGAN_KARIER', 'pengembangan karier'],
    ['g', 'POLA_KARIER', 'pola karier'],
    ['h', 'PENILAIAN_KINERJA', 'penilaian kinerja'],
    ['i', 'PENGGAJIAN_TUNJANGAN', 'penggajian dan tunjangan'],
    ['j', 'PENGHARGAAN', 'penghargaan'],
    ['k', 'DISIPLIN', 'disiplin'],
    ['l', 'PEMBERHENTIAN', 'pemberhentian'],
    ['m', 'JAMINAN_PENSIUN_JHT', 'jaminan pensiun dan jaminan hari tua'],
    ['n', 'PERLINDUNGAN', 'perlindungan'],
    ['o', 'PENGEMBANGAN_SISTEM', 'pengembangan sistem manajemen ASN'],
  ] as const)('Pasal 12(3)%s is %s, "%s"', (letter, code, name) => {
    expect(COMPETENCY_AREAS[code]).toEqual({
      code,
      letter,
      name,
      source: `Perban BKN 7/2020 Pasal 12(3)${letter}`,
    });
    expect(competencyAreaByLetter(letter)?.code).toBe(code);
  });

  it('finds no area for a letter past o', () => {
    expect(competencyAreaByLetter('p')).toBeUndefined();
  });

  it.each([
    ['DISIPLIN', true],
    ['disiplin', false],
    ['MANAJEMEN_TALENTA', false],
  ])('recognises %j as an area code: %s', (value, expected) => {
    expect(isCompetencyAreaCode(value)).toBe(expected);
  });
});
