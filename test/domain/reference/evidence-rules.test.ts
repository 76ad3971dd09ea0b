import { describe, expect, it } from 'vitest';
import {
  EVIDENCE_REQUIREMENTS,
  EVIDENCE_REQUIREMENT_CODES,
  EVIDENCE_RULES,
  EVIDENCE_RULE_CODES,
} from '../../../domain/reference/evidence-rules';

describe('what evidence must be (Perban BKN 7/2020 Pasal 21)', () => {
  it.each([
    ['RELEVAN', 'Perban BKN 7/2020 Pasal 21a'],
    ['SITUASI_KERJA_NYATA', 'Perban BKN 7/2020 Pasal 21b'],
    ['MENDEMONSTRASIKAN', 'Perban BKN 7/2020 Pasal 21c'],
    ['TERVERIFIKASI', 'Perban BKN 7/2020 Pasal 21d'],
  ] as const)('requirement %s is %s', (code, source) => {
    expect(EVIDENCE_REQUIREMENTS[code]).toMatchObject({ code, source });
  });

  it('has four requirements a-d, the last "dapat diverifikasi"', () => {
    expect(EVIDENCE_REQUIREMENT_CODES).toHaveLength(4);
    expect(EVIDENCE_REQUIREMENTS.TERVERIFIKASI.text).toBe('dapat diverifikasi');
  });

  it.each([
    ['VALID', 'valid', 1],
    ['OTENTIK', 'otentik', 2],
    ['TERKINI', 'terkini', 3],
    ['CUKUP', 'cukup', 4],
  ] as const)('rule of evidence %s is "%s" (Pasal 21e angka %i)', (code, name, n) => {
    expect(EVIDENCE_RULES[code]).toMatchObject({
      code,
      name,
      source: `Perban BKN 7/2020 Pasal 21e angka ${n}`,
    });
  });

  it('has exactly the four rules of evidence, in the article order', () => {
    expect(EVIDENCE_RULE_CODES).toEqual(['VALID', 'OTENTIK', 'TERKINI', 'CUKUP']);
    expect(EVIDENCE_RULES.OTENTIK.meaning).toBe('berkaitan dengan keaslian bukti yang diserahkan peserta');
  });
});
