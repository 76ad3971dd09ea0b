import { describe, expect, it } from 'vitest';
import { correctDecision, type Correction } from '../../../domain/result/correction';
import { codesOf, valueOf } from '../shared/helpers';

const REQUIRED = ['U1', 'U2', 'U3'];
const decision = { decisionId: 'd1' };
const context = { requiredUnitCodes: REQUIRED, appealOpen: false };
const correction = (overrides: Partial<Correction> = {}): Correction => ({
  reason: 'Bukti unit U3 ternyata bukan karya peserta.',
  competentUnits: ['U1', 'U2'],
  ...overrides,
});

describe('correction of a result-session decision (Perban BKN 7/2020 Pasal 25)', () => {
  it.each([
    ['all required units competent', ['U1', 'U2', 'U3'], 'KOMPETEN', []],
    ['one unit no longer competent', ['U1', 'U2'], 'BELUM_KOMPETEN', ['U3']],
    ['none competent', [], 'BELUM_KOMPETEN', ['U1', 'U2', 'U3']],
  ])('SIDANG-KOREKSI-UNIT: %s -> %s', (_name, competentUnits, outcome, notYet) => {
    const corrected = valueOf(correctDecision(decision, context, correction({ competentUnits })));
    expect(corrected.outcome).toBe(outcome);
    expect(corrected.notYetCompetentUnits).toEqual(notYet);
  });

  it.each([
    ['SIDANG-KOREKSI-PERSIDANGAN', 'without a reason', decision, context, { reason: '  ' }],
    ['SIDANG-KOREKSI-BERLAKU', 'a superseded decision', { ...decision, supersededBy: 'd2' }, context, {}],
    ['SIDANG-KOREKSI-BERLAKU', 'while an appeal is open', decision, { ...context, appealOpen: true }, {}],
    ['SIDANG-KOREKSI-UNIT', 'a unit not required', decision, context, { competentUnits: ['U1', 'X9'] }],
    ['SIDANG-KOREKSI-UNIT', 'a unit twice', decision, context, { competentUnits: ['U1', 'U1'] }],
  ] as const)('%s: %s is refused', (code, _name, d, c, overrides) => {
    expect(codesOf(correctDecision(d, c, correction(overrides)))).toEqual([code]);
  });

  it('lists every unmet rule, not the first only', () => {
    expect(
      codesOf(
        correctDecision(
          { ...decision, supersededBy: 'd2' },
          { ...context, appealOpen: true },
          correction({ reason: ' ', competentUnits: ['X9'] }),
        ),
      ),
    ).toEqual([
      'SIDANG-KOREKSI-PERSIDANGAN',
      'SIDANG-KOREKSI-BERLAKU',
      'SIDANG-KOREKSI-BERLAKU',
      'SIDANG-KOREKSI-UNIT',
    ]);
  });
});
