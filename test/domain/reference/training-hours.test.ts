import { describe, expect, it } from 'vitest';
import {
  JP_ALLOCATION_2019,
  LEARNING_MODES,
  TOTAL_JP_2019,
  jpAllocationIsComplete,
  jpOf,
  sumJp,
} from '../../../domain/reference/training-hours';

describe('the 21 JP of a 2019 cohort (Panduan Pusbang ASN BKN 2019, Metode)', () => {
  it.each([
    ['E_LEARNING', 3],
    ['KLASIKAL', 12],
    ['EVALUASI', 6],
  ] as const)('%s takes %i JP', (mode, jp) => {
    expect(jpOf(mode)).toBe(jp);
  });

  it('the three parts sum to the stated 21 JP', () => {
    expect(TOTAL_JP_2019).toBe(21);
    expect(sumJp(JP_ALLOCATION_2019)).toBe(21);
    expect(jpAllocationIsComplete()).toBe(true);
  });

  it('has each learning mode exactly once, in the handbook order', () => {
    expect(JP_ALLOCATION_2019.map((p) => p.mode)).toEqual([...LEARNING_MODES]);
  });

  it('rejects a split that does not reach 21 JP', () => {
    expect(jpAllocationIsComplete([{ jp: 3 }, { jp: 3 }, { jp: 6 }])).toBe(false);
  });
});
