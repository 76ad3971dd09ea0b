import { describe, expect, it } from 'vitest';
import { decideOverall, decideUnit } from '../../../domain/assessment/decision';
import { evidence, unitAssessment } from './fixtures';

describe('unit and overall decision (Perban BKN 7/2020 Pasal 16(6), 22, 30)', () => {
  it('a unit recommended competent by an assessor on 2 methods with sound evidence is competent', () => {
    expect(decideUnit(unitAssessment('U1'))).toEqual({ unitCode: 'U1', competent: true, reasons: [] });
  });

  it.each([
    [{ decidedBy: { role: 'pakar', id: 'PKR-1' } }, ['UJI-PAKAR-TIDAK-MEMUTUSKAN'], 'an expert decided'],
    [{ decidedBy: { role: 'admin-bkn', id: 'ADM-1' } }, ['UJI-KEPUTUSAN-ASESOR'], 'an administrator decided'],
    [
      { recommendation: 'BELUM_KOMPETEN' },
      ['UJI-BELUM-KOMPETEN'],
      'the assessor recommended not yet competent',
    ],
    [{ methods: ['WAWANCARA'] }, ['UJI-METODE-MIN-2'], 'only one method'],
    [{ evidenceSufficient: false }, ['BUKTI-CUKUP'], 'insufficient evidence'],
    [{ evidence: [evidence('E1', { current: false })] }, ['BUKTI-TERKINI'], 'evidence not current'],
  ] as const)('%j -> not competent with %j (%s)', (overrides, codes, _label) => {
    const decision = decideUnit(unitAssessment('U1', overrides as never));
    expect(decision.competent).toBe(false);
    expect(decision.reasons.map((r) => r.code)).toEqual(codes);
  });

  it('UJI-PAKAR-TIDAK-MEMUTUSKAN: an expert recommending competent never makes the unit competent', () => {
    const decision = decideUnit(unitAssessment('U1', { decidedBy: { role: 'pakar', id: 'PKR-1' } }));
    expect(decision.competent).toBe(false);
    expect(decision.reasons[0]?.article).toBe('Perban BKN 7/2020 Pasal 30(4)j');
  });

  it('UJI-KOMPETEN-SELURUH-UNIT: competent when every required unit is competent', () => {
    const result = decideOverall(['U1', 'U2'], [unitAssessment('U1'), unitAssessment('U2')]);
    expect(result.outcome).toBe('KOMPETEN');
    expect(result.competentUnits).toEqual(['U1', 'U2']);
    expect(result.reasons).toEqual([]);
  });

  it.each([
    [
      'one unit not yet competent',
      [unitAssessment('U1'), unitAssessment('U2', { recommendation: 'BELUM_KOMPETEN' })],
      ['U2'],
    ],
    ['one unit not assessed', [unitAssessment('U1')], ['U2']],
    ['one unit assessed twice', [unitAssessment('U1'), unitAssessment('U2'), unitAssessment('U2')], ['U2']],
  ])('UJI-KOMPETEN-SELURUH-UNIT: not competent when %s', (_label, assessments, notYet) => {
    const result = decideOverall(['U1', 'U2'], assessments);
    expect(result.outcome).toBe('BELUM_KOMPETEN');
    expect(result.notYetCompetentUnits).toEqual(notYet);
    expect(result.reasons.map((r) => r.code)).toContain('UJI-KOMPETEN-SELURUH-UNIT');
  });

  it('UJI-KOMPETEN-SELURUH-UNIT: a scheme without units never yields competent', () => {
    expect(decideOverall([], []).outcome).toBe('BELUM_KOMPETEN');
  });

  it('an assessment of a unit outside the scheme is reported but does not change the outcome', () => {
    const result = decideOverall(['U1'], [unitAssessment('U1'), unitAssessment('X9')]);
    expect(result.outcome).toBe('KOMPETEN');
    expect(result.reasons.map((r) => r.code)).toEqual(['UJI-RENCANA-UNIT']);
  });
});
