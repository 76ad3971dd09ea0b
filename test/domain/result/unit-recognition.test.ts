import { describe, expect, it } from 'vitest';
import {
  recognitionStatement,
  unitRecognition,
  type DecidedUnits,
} from '../../../domain/result/unit-recognition';

const decision = (
  n: number,
  attempt: number,
  competent: string[],
  notYet: string[],
  extra: Partial<DecidedUnits> = {},
): DecidedUnits => ({
  decisionId: `dec_2019-0${n}-01T03:00:00.000Z_${n}`,
  attempt,
  outcome: notYet.length === 0 ? 'KOMPETEN' : 'BELUM_KOMPETEN',
  competentUnits: competent,
  notYetCompetentUnits: notYet,
  decidedAt: `2019-0${n}-01T03:00:00.000Z`,
  ...extra,
});

describe('unitRecognition', () => {
  it('none before any decision', () => {
    expect(unitRecognition([])).toBeUndefined();
  });

  it('PENGAKUAN-UNIT: each unit is dated by the first decision in force that found it competent; the rest is what a re-test covers', () => {
    const first = decision(7, 0, ['U1'], ['U2', 'U3']);
    const retest = decision(8, 1, ['U1', 'U2'], ['U3']);
    expect(unitRecognition([first, retest])).toEqual({
      basedOn: retest.decisionId,
      outcome: 'BELUM_KOMPETEN',
      recognised: [
        { unitCode: 'U1', decisionId: first.decisionId, attempt: 0, recognisedAt: first.decidedAt },
        { unitCode: 'U2', decisionId: retest.decisionId, attempt: 1, recognisedAt: retest.decidedAt },
      ],
      remaining: ['U3'],
    });
  });

  it('a superseded decision recognises nothing: the correction that replaced it counts', () => {
    const wrong = decision(7, 0, ['U1', 'U2'], ['U3'], { supersededBy: 'dec_2019-08-01T03:00:00.000Z_8' });
    const corrected = decision(8, 0, ['U1'], ['U2', 'U3']);
    const recognition = unitRecognition([wrong, corrected])!;
    expect(recognition.recognised.map((u) => [u.unitCode, u.decisionId])).toEqual([
      ['U1', corrected.decisionId],
    ]);
    expect(recognition.remaining).toEqual(['U2', 'U3']);
  });
});

describe('recognitionStatement', () => {
  it.each([
    ['not yet competent with units recognised', decision(7, 0, ['U1'], ['U2']), true],
    ['competent on every unit: the certificate instead', decision(7, 0, ['U1', 'U2'], []), false],
    ['no unit competent: nothing to recognise', decision(7, 0, [], ['U1', 'U2']), false],
  ])('PENGAKUAN-UNIT: %s', (_, d, ok) => {
    const statement = recognitionStatement(unitRecognition([d])!);
    expect(statement.ok).toBe(ok);
    if (!statement.ok) expect(statement.violations.map((v) => v.code)).toEqual(['PENGAKUAN-UNIT']);
  });
});
