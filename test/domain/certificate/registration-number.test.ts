import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkSequenceGapFree,
  formatRegistrationNumber,
  nextSequence,
  nextVersion,
  parseRegistrationNumber,
  SCHEME_TOKENS,
  type RegistrationNumber,
} from '../../../domain/certificate/registration-number';
import { SCHEME_CODES } from '../../../domain/reference/schemes';
import { codesOf, valueOf } from '../shared/helpers';

const n = (o: Partial<RegistrationNumber> = {}): RegistrationNumber => ({
  sequence: 42,
  scheme: 'ADMINISTRATOR',
  year: 2025,
  version: 0,
  ...o,
});

describe('certificate registration number (design for Perban BKN 7/2020 Pasal 34(3)d)', () => {
  it.each([
    [n(), '0042/SKTM-ASN/L3/2025'],
    [n({ version: 1 }), '0042/SKTM-ASN/L3/2025-P1'],
    [n({ scheme: 'JPT_MADYA', sequence: 1, year: 2019 }), '0001/SKTM-ASN/L5/2019'],
    [n({ scheme: 'MENTOR', sequence: 12345 }), '12345/SKTM-ASN/MENTOR/2025'],
    [n({ scheme: 'KONSELOR', version: 12 }), '0042/SKTM-ASN/KONSELOR/2025-P12'],
  ])('SERT-NOMOR-FORMAT: %j is written %s', (parts, text) => {
    expect(valueOf(formatRegistrationNumber(parts))).toBe(text);
    expect(valueOf(parseRegistrationNumber(text))).toEqual(parts);
  });

  it.each([
    [n({ sequence: 0 }), 'sequence'],
    [n({ sequence: 1.5 }), 'sequence'],
    [n({ year: 2018 }), 'year'],
    [n({ version: -1 }), 'version'],
  ])('SERT-NOMOR-FORMAT: %j cannot be formatted (%s)', (parts, field) => {
    const decision = formatRegistrationNumber(parts);
    expect(decision.ok ? [] : decision.violations.map((v) => [v.code, v.field])).toEqual([
      ['SERT-NOMOR-FORMAT', field],
    ]);
  });

  it.each([
    '42/SKTM-ASN/L3/2025',
    '00042/SKTM-ASN/L3/2025',
    '0042/SKTM-ASN/L6/2025',
    '0042/SKTM/L3/2025',
    '0042/SKTM-ASN/L3/25',
    '0042/SKTM-ASN/L3/2025-P0',
    '0042/SKTM-ASN/L3/2025-P01',
    '0000/SKTM-ASN/L3/2025',
    '0042/SKTM-ASN/L3/2018',
    '0042/SKTM-ASN/l3/2025',
    ' 0042/SKTM-ASN/L3/2025',
  ])('SERT-NOMOR-FORMAT: "%s" is rejected', (text) => {
    expect(codesOf(parseRegistrationNumber(text))).toContain('SERT-NOMOR-FORMAT');
  });

  it('each scheme has its own token', () => {
    expect(new Set(Object.values(SCHEME_TOKENS)).size).toBe(SCHEME_CODES.length);
  });

  it('SERT-NOMOR-FORMAT property: any valid number round-trips format -> parse', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom(...SCHEME_CODES),
        fc.integer({ min: 2019, max: 2100 }),
        fc.integer({ min: 0, max: 50 }),
        (sequence, scheme, year, version) => {
          const parts = { sequence, scheme, year, version };
          expect(valueOf(parseRegistrationNumber(valueOf(formatRegistrationNumber(parts))))).toEqual(parts);
        },
      ),
    );
  });

  it('SERT-NOMOR-URUT-TANPA-CELAH: the next sequence is per scheme and year', () => {
    const issued = [
      n({ sequence: 1 }),
      n({ sequence: 2 }),
      n({ sequence: 7, scheme: 'PENGAWAS' }),
      n({ sequence: 9, year: 2024 }),
    ];
    expect(nextSequence(issued, 'ADMINISTRATOR', 2025)).toBe(3);
    expect(nextSequence(issued, 'PENGAWAS', 2025)).toBe(8);
    expect(nextSequence(issued, 'PELAKSANA', 2025)).toBe(1);
    expect(nextSequence(issued, 'ADMINISTRATOR', 2026)).toBe(1);
  });

  it.each([
    [[1, 2, 3], []],
    [[], []],
    [[1, 3], ['SERT-NOMOR-URUT-TANPA-CELAH']],
    [[2], ['SERT-NOMOR-URUT-TANPA-CELAH']],
    [[1, 2, 2], ['SERT-NOMOR-URUT-TANPA-CELAH']],
  ])('SERT-NOMOR-URUT-TANPA-CELAH: sequences %j -> %j', (seqs, codes) => {
    const issued = [
      ...seqs.map((sequence) => n({ sequence })),
      n({ sequence: 2, version: 1 }),
      n({ sequence: 5, scheme: 'PENGAWAS' }),
    ];
    expect(codesOf(checkSequenceGapFree(issued, 'ADMINISTRATOR', 2025))).toEqual(codes);
  });

  it('SERT-NOMOR-URUT-TANPA-CELAH property: allocating with nextSequence keeps the numbers gap-free', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SCHEME_CODES), { maxLength: 60 }), (schemes) => {
        const issued: RegistrationNumber[] = [];
        for (const scheme of schemes)
          issued.push(n({ scheme, sequence: nextSequence(issued, scheme, 2025) }));
        for (const scheme of SCHEME_CODES) expect(checkSequenceGapFree(issued, scheme, 2025).ok).toBe(true);
      }),
    );
  });

  it('SERT-MUTAKHIR-VERSI: the next version keeps sequence, scheme and year', () => {
    expect(nextVersion(n({ version: 1 }))).toEqual(n({ version: 2 }));
  });
});
