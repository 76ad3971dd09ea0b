import { describe, expect, it } from 'vitest';
import {
  checkAllocationChange,
  checkDeterminedWithin,
  checkProposedWithin,
  EMPTY_TALLY,
  type KanregTally,
} from '../../../domain/program/allocation';
import { codesOf } from '../shared/helpers';

const tally = (allocated: number | undefined, proposed = 0, determined = 0): KanregTally => ({
  allocated,
  proposed,
  determined,
});

describe('checkProposedWithin (Perban BKN 7/2020 Pasal 11a)', () => {
  it.each<[string, KanregTally, number, string[]]>([
    ['fills the allocation exactly', tally(5, 3), 2, []],
    ['ALOKASI-USULAN: one over the allocation', tally(5, 4), 2, ['ALOKASI-USULAN']],
    [
      'ALOKASI-USULAN: a Kanreg with no allocation in an allocated programme has none',
      EMPTY_TALLY,
      1,
      ['ALOKASI-USULAN'],
    ],
    ['a resubmission adding nobody is never refused, even past a lowered allocation', tally(2, 4), 0, []],
    [
      'ALOKASI-USULAN: an allocation lowered below what was proposed takes nobody more',
      tally(2, 4),
      1,
      ['ALOKASI-USULAN'],
    ],
  ])('%s', (_, counted, adding, expected) => {
    expect(codesOf(checkProposedWithin('III', counted, adding))).toStrictEqual(expected);
  });

  it('says how much was allocated, proposed and added', () => {
    const decision = checkProposedWithin('III', tally(5, 4), 2);
    expect(decision.ok ? '' : decision.violations[0]!.message).toBe(
      'Alokasi Kanreg III 5 calon; sudah diusulkan 4, usulan ini menambah 2.',
    );
  });
});

describe('checkDeterminedWithin (Pasal 11f)', () => {
  it.each<[string, KanregTally, string[]]>([
    ['the last place', tally(3, 5, 2), []],
    ['ALOKASI-PENETAPAN: every place taken', tally(3, 5, 3), ['ALOKASI-PENETAPAN']],
    ['ALOKASI-PENETAPAN: no allocation', EMPTY_TALLY, ['ALOKASI-PENETAPAN']],
  ])('%s', (_, counted, expected) => {
    expect(codesOf(checkDeterminedWithin('III', counted))).toStrictEqual(expected);
  });
});

describe('checkAllocationChange', () => {
  const OPENS = new Date('2027-03-01T01:00:00.000Z');
  const change = (overrides: Partial<Parameters<typeof checkAllocationChange>[0]> = {}) => ({
    kanreg: 'III',
    candidates: 10,
    programAllocated: false,
    proposalWindowOpensAt: OPENS,
    tally: EMPTY_TALLY,
    ...overrides,
  });

  it.each<[string, ReturnType<typeof change>, Date, string[]]>([
    [
      'the first allocation a millisecond before the window opens',
      change(),
      new Date(OPENS.getTime() - 1),
      [],
    ],
    [
      'ALOKASI-SEBELUM-USULAN: the first allocation once the window opened',
      change(),
      OPENS,
      ['ALOKASI-SEBELUM-USULAN'],
    ],
    ['a later allocation while proposals come in', change({ programAllocated: true }), OPENS, []],
    [
      'lowered to exactly what was determined',
      change({ programAllocated: true, candidates: 4, tally: tally(8, 6, 4) }),
      OPENS,
      [],
    ],
    [
      'ALOKASI-DI-BAWAH-PENETAPAN: lowered below what was determined',
      change({ programAllocated: true, candidates: 3, tally: tally(8, 6, 4) }),
      OPENS,
      ['ALOKASI-DI-BAWAH-PENETAPAN'],
    ],
    [
      'every unmet rule at once',
      change({ candidates: 0, tally: tally(undefined, 0, 1) }),
      OPENS,
      ['ALOKASI-SEBELUM-USULAN', 'ALOKASI-DI-BAWAH-PENETAPAN'],
    ],
  ])('%s', (_, input, now, expected) => {
    expect(codesOf(checkAllocationChange(input, now))).toStrictEqual(expected);
  });
});
