import { describe, expect, it } from 'vitest';
import {
  checkRetestAsk,
  outstandingUnits,
  planRetest,
  retestsTaken,
  type TestAttempt,
} from '../../../domain/assessment/retest';
import { codesOf, valueOf } from '../shared/helpers';

const first: TestAttempt = {
  level: 3,
  kind: 'AWAL',
  results: [
    { unitCode: 'U1', competent: true },
    { unitCode: 'U2', competent: false },
    { unitCode: 'U3', competent: false },
  ],
};
const retest = (results: TestAttempt['results']): TestAttempt => ({ level: 3, kind: 'ULANG', results });

describe('re-tests (Perban BKN 7/2020 Pasal 26)', () => {
  it('outstanding units are those whose latest result is not competent', () => {
    const history = [
      first,
      retest([
        { unitCode: 'U2', competent: true },
        { unitCode: 'U3', competent: false },
      ]),
    ];
    expect(outstandingUnits(3, history)).toEqual(['U3']);
    expect(retestsTaken(3, history)).toBe(1);
  });

  it.each([
    ['the 1st re-test is allowed', 0, [first], { retestNumber: 1, retestAtLevel: 1 }],
    [
      'the 2nd re-test is allowed',
      1,
      [first, retest([{ unitCode: 'U2', competent: false }])],
      { retestNumber: 2, retestAtLevel: 2 },
    ],
    [
      'a 2nd re-test at the level is allowed though the 1st was in an earlier programme',
      1,
      [first],
      { retestNumber: 1, retestAtLevel: 2 },
    ],
    [
      'the 3rd re-test is refused',
      2,
      [first, retest([{ unitCode: 'U2', competent: false }]), retest([{ unitCode: 'U2', competent: false }])],
      undefined,
    ],
    ['a 3rd at the level, the 2 taken in earlier programmes, is refused', 2, [first], undefined],
  ] as const)(
    'UJI-ULANG-MAKS-2: %s (counted for the person across programmes)',
    (_label, taken, history, expected) => {
      const decision = planRetest({ level: 3, history, retestsTakenAtLevel: taken, unitCodes: ['U2'] });
      if (expected) expect(valueOf(decision)).toEqual({ level: 3, ...expected, unitCodes: ['U2'] });
      else expect(codesOf(decision)).toEqual(['UJI-ULANG-MAKS-2']);
    },
  );

  it('UJI-ULANG-MAKS-2: re-tests at another level do not count ("dalam jenjang jabatannya")', () => {
    const otherLevel: TestAttempt[] = [
      { level: 2, kind: 'AWAL', results: [{ unitCode: 'P1', competent: false }] },
      { level: 2, kind: 'ULANG', results: [{ unitCode: 'P1', competent: false }] },
      { level: 2, kind: 'ULANG', results: [{ unitCode: 'P1', competent: false }] },
    ];
    expect(
      planRetest({
        level: 3,
        history: [...otherLevel, first],
        retestsTakenAtLevel: 0,
        unitCodes: ['U2', 'U3'],
      }).ok,
    ).toBe(true);
  });

  it.each([
    [['U1'], ['UJI-ULANG-UNIT-BK'], 'a unit already competent'],
    [['U9'], ['UJI-ULANG-UNIT-BK'], 'a unit never tested'],
    [[], ['UJI-ULANG-UNIT-BK'], 'no unit'],
    [['U2', 'U3'], [], 'exactly the failed units'],
  ])('UJI-ULANG-UNIT-BK: re-test on %j -> %j (%s)', (units, codes) => {
    expect(
      codesOf(planRetest({ level: 3, history: [first], retestsTakenAtLevel: 0, unitCodes: units })),
    ).toEqual(codes);
  });

  it.each([
    ['never tested at the level', []],
    [
      'already competent in every unit',
      [{ level: 3, kind: 'AWAL', results: [{ unitCode: 'U1', competent: true }] }],
    ],
  ] as const)('UJI-ULANG-BELUM-KOMPETEN: refused when %s', (_label, history) => {
    expect(codesOf(planRetest({ level: 3, history, retestsTakenAtLevel: 0, unitCodes: ['U1'] }))).toContain(
      'UJI-ULANG-BELUM-KOMPETEN',
    );
  });

  it('lists every unmet rule: 3rd re-test on a competent unit', () => {
    const history = [
      first,
      retest([{ unitCode: 'U2', competent: false }]),
      retest([{ unitCode: 'U2', competent: false }]),
    ];
    expect(codesOf(planRetest({ level: 3, history, retestsTakenAtLevel: 2, unitCodes: ['U1'] }))).toEqual([
      'UJI-ULANG-MAKS-2',
      'UJI-ULANG-UNIT-BK',
    ]);
  });

  it.each([
    ['the decision in force, not yet competent, a re-test left', 'BELUM_KOMPETEN', true, 1, []],
    ['a competent decision', 'KOMPETEN', true, 0, ['UJI-ULANG-BELUM-KOMPETEN']],
    ['a superseded decision', 'BELUM_KOMPETEN', false, 0, ['UJI-ULANG-BELUM-KOMPETEN']],
    ['the 2 re-tests of the level taken', 'BELUM_KOMPETEN', true, 2, ['UJI-ULANG-MAKS-2']],
  ] as const)('checkRetestAsk: asking on %s -> %j', (_label, outcome, inForce, taken, codes) => {
    expect(codesOf(checkRetestAsk({ outcome, inForce, retestsTakenAtLevel: taken }))).toEqual(codes);
  });
});
