import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  displayNip,
  formatNip,
  isValidNip,
  normalizeNip,
  parseNip,
  validateNip,
  type NipParts,
} from '../../../domain/identity/nip';
import { addYears, makeDate } from '../../../domain/shared/dates';
import { codesOf, d, NIP_A, valueOf, violationsOf } from '../shared/helpers';

describe('NIP', () => {
  it('parses the decoded parts of a valid NIP', () => {
    expect(valueOf(parseNip(NIP_A))).toEqual({
      nip: NIP_A,
      birthDate: '1985-01-01',
      cpnsStart: { year: 2010, month: 1 },
      sex: 'L',
      sequence: 1,
    });
    expect(valueOf(parseNip('199006152014032002')).sex).toBe('P');
  });

  it('NIP-FORMAT: the spaces of the printed form are ignored', () => {
    expect(normalizeNip('19850101 201001 1 001')).toBe(NIP_A);
    expect(isValidNip('19850101 201001 1 001')).toBe(true);
    expect(displayNip(NIP_A)).toBe('19850101 201001 1 001');
    expect(displayNip('123')).toBe('123');
  });

  it.each(
    (
      [
        ['17 digits', '19850101201001100', 'NIP-FORMAT'],
        ['19 digits', '1985010120100110011', 'NIP-FORMAT'],
        ['a letter', '19850101201001100A', 'NIP-FORMAT'],
        ['empty', '', 'NIP-FORMAT'],
        ['31 February birth date', '198502312010011001', 'NIP-TGL-LAHIR'],
        ['month 13 birth date', '198513012010011001', 'NIP-TGL-LAHIR'],
        ['birth year before 1900', '189901012010011001', 'NIP-TGL-LAHIR'],
        ['CPNS month 13', '198501012010131001', 'NIP-TMT-CPNS'],
        ['CPNS month 00', '198501012010001001', 'NIP-TMT-CPNS'],
        ['CPNS start before birth', '198501011984011001', 'NIP-TMT-SETELAH-LAHIR'],
        ['CPNS start in the birth month', '198501011985011001', 'NIP-TMT-SETELAH-LAHIR'],
        ['CPNS start at age 17', '198501012002121001', 'NIP-USIA-CPNS-18'],
        ['sex digit 3', '198501012010013001', 'NIP-JENIS-KELAMIN'],
        ['sex digit 0', '198501012010010001', 'NIP-JENIS-KELAMIN'],
        ['sequence 000', '198501012010011000', 'NIP-NOMOR-URUT'],
      ] as [string, string, string][]
    ).map(([label, nip, code]) => [code, label, nip] as const),
  )('%s: %s (%s) is rejected', (code, _label, nip) => {
    expect(codesOf(parseNip(nip))).toEqual([code]);
  });

  it('NIP-USIA-CPNS-18: CPNS start in the month of the 18th birthday is accepted, the month before is not', () => {
    expect(isValidNip('198501152003011001')).toBe(true);
    expect(codesOf(parseNip('198501152002121001'))).toEqual(['NIP-USIA-CPNS-18']);
  });

  it('reports every unmet rule with its field, not just the first', () => {
    const violations = violationsOf(parseNip('198502302010133000', 'peserta.nip'));
    expect(violations.map((v) => [v.code, v.field])).toEqual([
      ['NIP-TGL-LAHIR', 'peserta.nip.birthDate'],
      ['NIP-TMT-CPNS', 'peserta.nip.cpnsStart'],
      ['NIP-JENIS-KELAMIN', 'peserta.nip.sex'],
      ['NIP-NOMOR-URUT', 'peserta.nip.sequence'],
    ]);
    expect(violations.every((v) => v.article.startsWith('Perka BKN 22/2007'))).toBe(true);
    expect(validateNip(NIP_A)).toEqual([]);
  });

  const partsArb: fc.Arbitrary<NipParts> = fc
    .record({
      year: fc.integer({ min: 1900, max: 2005 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
      yearsUntilCpns: fc.integer({ min: 19, max: 40 }),
      cpnsMonth: fc.integer({ min: 1, max: 12 }),
      sex: fc.constantFrom<'L' | 'P'>('L', 'P'),
      sequence: fc.integer({ min: 1, max: 999 }),
    })
    .filter((r) => makeDate(r.year, r.month, r.day) !== null)
    .map((r) => ({
      birthDate: makeDate(r.year, r.month, r.day)!,
      cpnsStart: { year: r.year + r.yearsUntilCpns, month: r.cpnsMonth },
      sex: r.sex,
      sequence: r.sequence,
    }));

  it('NIP-FORMAT / NIP-TGL-LAHIR / NIP-TMT-CPNS property: any valid birth date, CPNS start (age 19+), sex and sequence round-trips format -> parse', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const nip = formatNip(parts);
        expect(nip).toMatch(/^\d{18}$/);
        expect(valueOf(parseNip(nip))).toEqual({ nip, ...parts });
      }),
    );
  });

  it('NIP-FORMAT property: any 17- or 19-digit string is rejected', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{17}$/), fc.stringMatching(/^\d{19}$/)), (text) => {
        expect(codesOf(parseNip(text))).toEqual(['NIP-FORMAT']);
      }),
    );
  });

  it('NIP-TGL-LAHIR property: a birth date made impossible (day 32-99) is rejected with NIP-TGL-LAHIR', () => {
    fc.assert(
      fc.property(partsArb, fc.integer({ min: 32, max: 99 }), (parts, badDay) => {
        const nip = formatNip(parts);
        const broken = nip.slice(0, 6) + String(badDay) + nip.slice(8);
        expect(codesOf(parseNip(broken))).toContain('NIP-TGL-LAHIR');
      }),
    );
  });

  it('the age rule uses the end of the CPNS month', () => {
    const birth = d('1990-06-15');
    expect(addYears(birth, 18)).toBe('2008-06-15');
    expect(isValidNip('199006152008062001')).toBe(true);
    expect(isValidNip('199006152008052001')).toBe(false);
  });
});
