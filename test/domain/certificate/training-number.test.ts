import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRegistrationNumber } from '../../../domain/certificate/registration-number';
import {
  checkTrainingSequenceGapFree,
  formatTrainingNumber,
  isTrainingNumber,
  parseTrainingNumber,
} from '../../../domain/certificate/training-number';
import { codesOf, valueOf } from '../shared/helpers';

describe('training certificate number (our format; Peraturan LAN 6/2022 Pasal 34(2) prescribes none)', () => {
  it.each([
    [{ sequence: 1, year: 2019 }, '0001/SPL-MASN/2019'],
    [{ sequence: 42, year: 2027 }, '0042/SPL-MASN/2027'],
    [{ sequence: 9999, year: 2027 }, '9999/SPL-MASN/2027'],
    [{ sequence: 12345, year: 2100 }, '12345/SPL-MASN/2100'],
  ])('SERTPEL-NOMOR-FORMAT: %j is written %s', (parts, text) => {
    expect(valueOf(formatTrainingNumber(parts))).toBe(text);
    expect(valueOf(parseTrainingNumber(text))).toEqual(parts);
    expect(isTrainingNumber(text)).toBe(true);
  });

  it.each([
    [{ sequence: 0, year: 2027 }, 'sequence'],
    [{ sequence: 1.5, year: 2027 }, 'sequence'],
    [{ sequence: 1, year: 2018 }, 'year'],
    [{ sequence: 1, year: 10_000 }, 'year'],
  ])('SERTPEL-NOMOR-FORMAT: %j cannot be formatted (%s)', (parts, field) => {
    const decision = formatTrainingNumber(parts);
    expect(decision.ok ? [] : decision.violations.map((v) => [v.code, v.field])).toEqual([
      ['SERTPEL-NOMOR-FORMAT', field],
    ]);
  });

  it.each([
    '1/SPL-MASN/2027',
    '00042/SPL-MASN/2027',
    '0000/SPL-MASN/2027',
    '0042/SPL-MASN/2018',
    '0042/SPL-MASN/27',
    '0042/spl-masn/2027',
    '0042/SPL-MASN/2027-P1',
    ' 0042/SPL-MASN/2027',
    '0042/SKTM-ASN/L3/2027',
  ])('SERTPEL-NOMOR-FORMAT: "%s" is not a training certificate number', (text) => {
    expect(codesOf(parseTrainingNumber(text))).toEqual(['SERTPEL-NOMOR-FORMAT']);
    expect(isTrainingNumber(text)).toBe(false);
  });

  it('SERTPEL-NOMOR-FORMAT property: no training number is a competency registration number, nor the reverse', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 2019, max: 9999 }), (s, y) => {
        const text = valueOf(formatTrainingNumber({ sequence: s, year: y }));
        expect(valueOf(parseTrainingNumber(text))).toEqual({ sequence: s, year: y });
        expect(parseRegistrationNumber(text).ok).toBe(false);
      }),
    );
    expect(isTrainingNumber('0042/SKTM-ASN/L3/2027-P1')).toBe(false);
  });

  it.each([
    [[1, 2, 3], []],
    [[], []],
    [[1, 3], ['SERTPEL-NOMOR-URUT-TANPA-CELAH']],
    [[2], ['SERTPEL-NOMOR-URUT-TANPA-CELAH']],
    [[1, 2, 2], ['SERTPEL-NOMOR-URUT-TANPA-CELAH']],
  ])('SERTPEL-NOMOR-URUT-TANPA-CELAH: sequences %j of the year -> %j', (seqs, codes) => {
    // Another year's numbers belong to another register.
    const issued = [...seqs.map((sequence) => ({ sequence, year: 2027 })), { sequence: 5, year: 2026 }];
    expect(codesOf(checkTrainingSequenceGapFree(issued, 2027))).toEqual(codes);
  });
});
