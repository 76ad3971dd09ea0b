import { describe, expect, it } from 'vitest';
import {
  evidenceItemViolations,
  unitEvidenceViolations,
  type EvidenceItem,
} from '../../../domain/assessment/evidence';
import { evidence } from './fixtures';

describe('rules of evidence (Perban BKN 7/2020 Pasal 21)', () => {
  it.each<[keyof EvidenceItem, string]>([
    ['relevant', 'BUKTI-RELEVAN'],
    ['realWork', 'BUKTI-SITUASI-KERJA'],
    ['demonstratesCompetency', 'BUKTI-DEMONSTRASI'],
    ['verifiable', 'BUKTI-TERVERIFIKASI'],
    ['valid', 'BUKTI-VALID'],
    ['authentic', 'BUKTI-OTENTIK'],
    ['current', 'BUKTI-TERKINI'],
  ])('%s false -> %s', (key, code) => {
    expect(evidenceItemViolations(evidence('E1', { [key]: false })).map((v) => [v.code, v.field])).toEqual([
      [code, `evidence.E1.${key}`],
    ]);
  });

  it('an item lacking several qualities gets one violation per quality', () => {
    expect(
      evidenceItemViolations(evidence('E1', { valid: false, authentic: false, current: false })),
    ).toHaveLength(3);
  });

  it.each([
    [[evidence('E1')], true, [], 'sufficient sound evidence'],
    [[evidence('E1')], false, ['BUKTI-CUKUP'], 'judged insufficient'],
    [[], true, ['BUKTI-CUKUP'], 'no evidence is never sufficient'],
    [[evidence('E1', { authentic: false })], true, ['BUKTI-OTENTIK'], 'an item not authentic'],
  ])('BUKTI-CUKUP: %j sufficient=%s -> %j (%s)', (items, sufficient, codes) => {
    expect(unitEvidenceViolations('U1', items, sufficient).map((v) => v.code)).toEqual(codes);
  });
});
