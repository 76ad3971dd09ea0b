import { describe, expect, it } from 'vitest';
import {
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
    ['the 1st re-test is allowed', 1, true, [first]],
    ['the 2nd re-test is allowed', 2, true, [first, retest([{ unitCode: 'U2', competent: false }])]],
    [
      'the 3rd re-test is refused',
      3,
      false,
      [first, retest([{ unitCode: 'U2', competent: false }]), retest([{ unitCode: 'U2', competent: false }])],
    ],
  ] as const)('UJI-ULANG-MAKS-2: %s (re-test number %i allowed = %s)', (_label, n, allowed, history) => {
    const decision = planRetest({ level: 3, history, unitCodes: ['U2'] });
    expect(decision.ok).toBe(allowed);
    if (allowed) expect(valueOf(decision)).toEqual({ level: 3, retestNumber: n, unitCodes: ['U2'] });
    else expect(codesOf(decision)).toEqual(['UJI-ULANG-MAKS-2']);
  });

  it('UJI-ULANG-MAKS-2: re-tests at another level do not count ("dalam jenjang jabatannya")', () => {
    const otherLevel: TestAttempt[] = [
      { level: 2, kind: 'AWAL', results: [{ unitCode: 'P1', competent: false }] },
      { level: 2, kind: 'ULANG', results: [{ unitCode: 'P1', competent: false }] },
      { level: 2, kind: 'ULANG', results: [{ unitCode: 'P1', competent: false }] },
    ];
    expect(planRetest({ level: 3, history: [...otherLevel, first], unitCodes: ['U2', 'U3'] }).ok).toBe(true);
  });

  it.each([
    [['U1'], ['UJI-ULANG-UNIT-BK'], 'a unit already competent'],
    [['U9'], ['UJI-ULANG-UNIT-BK'], 'a unit never tested'],
    [[], ['UJI-ULANG-UNIT-BK'], 'no unit'],
    [['U2', 'U3'], [], 'exactly the failed units'],
  ])('UJI-ULANG-UNIT-BK: re-test on %j -> %j (%s)', (units, codes) => {
    expect(codesOf(planRetest({ level: 3, history: [first], unitCodes: units }))).toEqual(codes);
  });

  it.each([
    ['never tested at the level', []],
    [
      'already competent in every unit',
      [{ level: 3, kind: 'AWAL', results: [{ unitCode: 'U1', competent: true }] }],
    ],
  ] as const)('UJI-ULANG-BELUM-KOMPETEN: refused when %s', (_label, history) => {
    expect(codesOf(planRetest({ level: 3, history, unitCodes: ['U1'] }))).toContain(
      'UJI-ULANG-BELUM-KOMPETEN',
    );
  });

  it('lists every unmet rule: 3rd re-test on a competent unit', () => {
    const history = [
      first,
      retest([{ unitCode: 'U2', competent: false }]),
      retest([{ unitCode: 'U2', competent: false }]),
    ];
    expect(codesOf(planRetest({ level: 3, history, unitCodes: ['U1'] }))).toEqual([
      'UJI-ULANG-MAKS-2',
      'UJI-ULANG-UNIT-BK',
    ]);
  });
});
