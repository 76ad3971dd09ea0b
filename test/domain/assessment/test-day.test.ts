import { describe, expect, it } from 'vitest';
import { testDayViolations } from '../../../domain/assessment/test-day';
import { d } from '../shared/helpers';

describe('a test is recorded on or after its test day (Pasal 16(5), 17(1))', () => {
  it.each([
    ['the day before the test day', '2019-05-06', ['UJI-HARI-UJI']],
    ['a month before', '2019-04-07', ['UJI-HARI-UJI']],
    ['the test day itself', '2019-05-07', []],
    ['the day after', '2019-05-08', []],
  ])('UJI-HARI-UJI: %s', (_, today, codes) => {
    const violations = testDayViolations(d('2019-05-07'), d(today));
    expect(violations.map((v) => v.code)).toEqual(codes);
    if (codes.length > 0) {
      expect(violations[0]).toMatchObject({
        article: 'Perban BKN 7/2020 Pasal 16(5), 17(1)',
        field: 'cohort',
      });
    }
  });
});
