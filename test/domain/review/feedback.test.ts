import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_WINDOW_DAYS,
  feedbackDeadline,
  feedbackViolations,
  summariseFeedback,
  type FeedbackAnswers,
} from '../../../domain/review/feedback';
import type { IsoDate } from '../../../domain/shared/dates';

const TEST_DATE = '2027-07-30' as IsoDate;
const codes = (input: Parameters<typeof feedbackViolations>[0]) =>
  feedbackViolations(input).map((v) => v.code);

describe('participant feedback on the test process (Perban BKN 7/2020 Pasal 24g, 30(2)o)', () => {
  it('the deadline is 14 days after the test day', () => {
    expect(FEEDBACK_WINDOW_DAYS).toBe(14);
    expect(feedbackDeadline(TEST_DATE)).toBe('2027-08-13');
  });

  it.each([
    ['tested, on the test day', true, '2027-07-30', []],
    ['tested, on the last day of the window', true, '2027-08-13', []],
    ['tested, the day after the window', true, '2027-08-14', ['UMPAN-BALIK-BATAS-WAKTU']],
    ['not tested, in the window', false, '2027-07-31', ['UMPAN-BALIK-PESERTA-DIUJI']],
    [
      'not tested, after the window: both reasons',
      false,
      '2027-09-01',
      ['UMPAN-BALIK-PESERTA-DIUJI', 'UMPAN-BALIK-BATAS-WAKTU'],
    ],
  ] as const)('UMPAN-BALIK-PESERTA-DIUJI, UMPAN-BALIK-BATAS-WAKTU: %s', (_case, tested, today, expected) => {
    expect(codes({ tested, testDate: TEST_DATE, today: today as IsoDate })).toEqual(expected);
  });

  it('every violation cites its article', () => {
    const violations = feedbackViolations({
      tested: false,
      testDate: TEST_DATE,
      today: '2027-12-01' as IsoDate,
    });
    expect(violations.map((v) => v.article)).toEqual([
      'Perban BKN 7/2020 Pasal 24g, 30(2)o',
      'Perban BKN 7/2020 Pasal 24g',
    ]);
  });

  const answers = (r: number[], explained: boolean, comments?: string): FeedbackAnswers => ({
    ratings: { explanation: r[0]!, fairness: r[1]!, conditions: r[2]!, assessorConduct: r[3]! },
    complaintChannelExplained: explained,
    ...(comments ? { comments } : {}),
  });

  it('summarises anonymously: counts, means to two decimals, comments sorted without their authors', () => {
    const summary = summariseFeedback([
      answers([5, 4, 3, 5], true, 'Waktu wawancara singkat.'),
      answers([4, 4, 4, 4], false),
      answers([4, 5, 2, 5], true, 'Asesor ramah.'),
    ]);
    expect(summary).toStrictEqual({
      count: 3,
      averages: { explanation: 4.33, fairness: 4.33, conditions: 3, assessorConduct: 4.67 },
      complaintChannelExplained: 2,
      comments: ['Asesor ramah.', 'Waktu wawancara singkat.'],
    });
  });

  it('summarises no feedback as none: zero counts, no means', () => {
    expect(summariseFeedback([])).toStrictEqual({
      count: 0,
      averages: { explanation: null, fairness: null, conditions: null, assessorConduct: null },
      complaintChannelExplained: 0,
      comments: [],
    });
  });
});
