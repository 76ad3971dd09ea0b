import { describe, expect, it } from 'vitest';
import {
  compareRank,
  describeRank,
  GOLONGAN_RUANG,
  isGolonganRuang,
  isRankAtLeast,
  rankIndex,
} from '../../../domain/identity/rank';

describe('pangkat/golongan ruang', () => {
  it('orders the 17 golongan ruang from I/a to IV/e', () => {
    expect(GOLONGAN_RUANG).toHaveLength(17);
    expect(rankIndex('I/a')).toBe(0);
    expect(rankIndex('IV/e')).toBe(16);
  });

  it.each([
    ['III/c', 'III/c', true],
    ['III/d', 'III/c', true],
    ['III/b', 'III/c', false],
    ['IV/a', 'III/d', true],
    ['II/d', 'III/a', false],
  ] as const)('isRankAtLeast(%s, %s) = %s', (a, b, expected) => {
    expect(isRankAtLeast(a, b)).toBe(expected);
    expect(Math.sign(compareRank(a, b)) >= 0).toBe(expected);
  });

  it('describes and recognises ranks', () => {
    expect(describeRank('III/c')).toBe('Penata, III/c');
    expect(isGolonganRuang('IV/e')).toBe(true);
    expect(isGolonganRuang('V/a')).toBe(false);
  });
});
