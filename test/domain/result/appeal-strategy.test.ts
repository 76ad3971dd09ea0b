import { describe, expect, it } from 'vitest';
import {
  checkAppealStrategy,
  checkStrategyMethod,
  checkStrategyReviewer,
  type AppealStrategyTerms,
} from '../../../domain/result/appeal-strategy';

const STRATEGY: AppealStrategyTerms = {
  reviewers: ['pusbang.peninjau'],
  reviewDays: 7,
  methods: ['TELAAH_DOKUMEN'],
};
const TEAM = ['asesor.budi', 'pakar.sri'];

describe('checkAppealStrategy', () => {
  it.each([
    ['one independent reviewer, 1 day', { ...STRATEGY, reviewDays: 1 }, []],
    ['30 days', { ...STRATEGY, reviewDays: 30 }, []],
    ['31 days', { ...STRATEGY, reviewDays: 31 }, ['reviewDays']],
    ['0 days', { ...STRATEGY, reviewDays: 0 }, ['reviewDays']],
    ['no reviewer, no way', { ...STRATEGY, reviewers: [], methods: [] }, ['reviewers', 'methods']],
    [
      'a member of the test team',
      { ...STRATEGY, reviewers: ['pusbang.peninjau', 'pakar.sri'] },
      ['reviewers.1'],
    ],
    [
      'a reviewer twice',
      { ...STRATEGY, reviewers: ['pusbang.peninjau', 'pusbang.peninjau'] },
      ['reviewers.1'],
    ],
  ])('BANDING-STRATEGI: %s', (_, terms, expected) => {
    const v = checkAppealStrategy(terms as AppealStrategyTerms, TEAM);
    expect(v.map((x) => x.field)).toEqual(expected);
    expect(v.every((x) => x.code === 'BANDING-STRATEGI')).toBe(true);
  });
});

describe('the appeal follows the strategy it carries', () => {
  it.each([
    ['a listed reviewer', STRATEGY, 'pusbang.peninjau', 0],
    ['an official not listed', STRATEGY, 'pusbang.lain', 1],
    ['no strategy: any reviewer (the independence rules still apply)', undefined, 'pusbang.lain', 0],
  ])('BANDING-IKUT-STRATEGI reviewer: %s', (_, strategy, reviewer, count) => {
    const v = checkStrategyReviewer(strategy, reviewer);
    expect(v).toHaveLength(count);
    expect(v.every((x) => x.code === 'BANDING-IKUT-STRATEGI' && x.field === 'reviewer')).toBe(true);
  });

  it.each([
    ['a way of the strategy', STRATEGY, 'TELAAH_DOKUMEN', 0],
    ['another way', STRATEGY, 'PENILAIAN_ULANG', 1],
    ['no way stated', STRATEGY, undefined, 1],
    ['no strategy, no way stated', undefined, undefined, 0],
  ] as const)('BANDING-IKUT-STRATEGI method: %s', (_, strategy, method, count) => {
    const v = checkStrategyMethod(strategy, method);
    expect(v).toHaveLength(count);
    expect(v.every((x) => x.code === 'BANDING-IKUT-STRATEGI' && x.field === 'method')).toBe(true);
  });
});
