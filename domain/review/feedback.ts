/**
 * The participant's feedback on the test process (Perban BKN 7/2020 Pasal 24g, 30(2)o): BKN reviews the process
 * by what the participants say of it, so only someone tested in the session speaks of it, once per test (a later
 * answer replaces the earlier one), while it is still fresh: up to FEEDBACK_WINDOW_DAYS after the test day. In
 * every report the feedback is anonymous: counted and averaged, comments without who wrote them.
 */
import { addDays, isAfter, type IsoDate } from '../shared/dates';
import { defineRules, violation, type RuleViolation } from '../shared/rule';

export const FEEDBACK_RULES = /* @__PURE__ */ defineRules({
  'UMPAN-BALIK-PESERTA-DIUJI': {
    article: 'Perban BKN 7/2020 Pasal 24g, 30(2)o',
    summary:
      'Umpan balik proses uji hanya dari peserta yang telah diuji pada sesi itu (ada bukti atau rekomendasi tercatat untuknya).',
  },
  'UMPAN-BALIK-BATAS-WAKTU': {
    article: 'Perban BKN 7/2020 Pasal 24g',
    summary:
      'Umpan balik diberikan atau diubah paling lambat 14 hari setelah hari uji sesinya, agar tinjauan proses memakai umpan balik yang lengkap.',
  },
});

/** How long after the test day a participant may give or change their feedback, in days (the day itself is day 0). */
export const FEEDBACK_WINDOW_DAYS = 14;

/** The rated questions, each 1 (sangat kurang) to 5 (sangat baik). */
export const FEEDBACK_RATINGS = ['explanation', 'fairness', 'conditions', 'assessorConduct'] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];

export interface FeedbackAnswers {
  ratings: Record<FeedbackRating, number>;
  /** Whether the assessor explained how to complain or appeal (Pasal 30(1)a). */
  complaintChannelExplained: boolean;
  comments?: string;
}

/** The last day feedback on a session tested on `testDate` is taken. */
export const feedbackDeadline = (testDate: IsoDate): IsoDate => addDays(testDate, FEEDBACK_WINDOW_DAYS);

/** Why the participant may not give (or change) feedback on the session on `today`: every reason. */
export function feedbackViolations(input: {
  tested: boolean;
  testDate: IsoDate;
  today: IsoDate;
}): RuleViolation[] {
  const violations: RuleViolation[] = [];
  if (!input.tested) {
    violations.push(
      violation(
        FEEDBACK_RULES['UMPAN-BALIK-PESERTA-DIUJI'],
        'Anda belum diuji pada sesi ini; umpan balik diberikan setelah uji.',
      ),
    );
  }
  const deadline = feedbackDeadline(input.testDate);
  if (isAfter(input.today, deadline)) {
    violations.push(
      violation(
        FEEDBACK_RULES['UMPAN-BALIK-BATAS-WAKTU'],
        `Umpan balik sesi ini diterima sampai ${deadline}; hari ini ${input.today}.`,
      ),
    );
  }
  return violations;
}

/** What a report shows of a session's feedback: nobody named. */
export interface FeedbackSummary {
  count: number;
  /** Mean of each rating, two decimals; null with no feedback. */
  averages: Record<FeedbackRating, number | null>;
  complaintChannelExplained: number;
  /** The comments, sorted, so their order tells nothing of who wrote them or when. */
  comments: string[];
}

const twoDecimals = (n: number) => Math.round(n * 100) / 100;

/** The anonymous summary of some feedback. */
export function summariseFeedback(feedback: readonly FeedbackAnswers[]): FeedbackSummary {
  const average = (rating: FeedbackRating) =>
    feedback.length === 0
      ? null
      : twoDecimals(feedback.reduce((sum, f) => sum + f.ratings[rating], 0) / feedback.length);
  return {
    count: feedback.length,
    averages: Object.fromEntries(FEEDBACK_RATINGS.map((r) => [r, average(r)])) as Record<
      FeedbackRating,
      number | null
    >,
    complaintChannelExplained: feedback.filter((f) => f.complaintChannelExplained).length,
    comments: feedback.flatMap((f) => (f.comments ? [f.comments] : [])).sort(),
  };
}
