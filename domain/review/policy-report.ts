/**
 * What the review of the test process gives the competency-development policy (Perban BKN 7/2020 Pasal 25g): per
 * cohort of a programme, the participants' feedback (anonymous), the principles the review found unmet, and how
 * the improvements they led to stand.
 */
import type { IsoDate } from '../shared/dates';
import { summariseFeedback, type FeedbackAnswers, type FeedbackSummary } from './feedback';
import { isOverdue, type ImprovementStatus, type Principle } from './process-review';

export interface SessionReviewData {
  programId: string;
  cohort: number;
  scheme: string;
  feedback: readonly FeedbackAnswers[];
  findings: readonly { principle: Principle; met: boolean }[];
  improvements: readonly { status: ImprovementStatus; dueDate: IsoDate }[];
}

export interface PolicyReportRow {
  programId: string;
  cohort: number;
  scheme: string;
  feedback: Omit<FeedbackSummary, 'comments'>;
  findings: number;
  /** The principles found unmet, each once, in the order they were first found so. */
  principlesUnmet: Principle[];
  improvements: { open: number; done: number; overdue: number };
}

/** The programme as a whole: every cohort's records taken together (means over all feedback, not of means). */
export type PolicyReportTotals = Omit<PolicyReportRow, 'programId' | 'cohort' | 'scheme'>;

type Counted = Pick<SessionReviewData, 'feedback' | 'findings' | 'improvements'>;

function counted(data: Counted, today: IsoDate): PolicyReportTotals {
  const { comments: _comments, ...feedback } = summariseFeedback(data.feedback);
  return {
    feedback,
    findings: data.findings.length,
    principlesUnmet: [...new Set(data.findings.filter((f) => !f.met).map((f) => f.principle))],
    improvements: {
      open: data.improvements.filter((i) => i.status !== 'SELESAI').length,
      done: data.improvements.filter((i) => i.status === 'SELESAI').length,
      overdue: data.improvements.filter((i) => isOverdue(i, today)).length,
    },
  };
}

/** One cohort's line of the report, on `today` (for what is overdue). */
export function policyReportRow(data: SessionReviewData, today: IsoDate): PolicyReportRow {
  return { programId: data.programId, cohort: data.cohort, scheme: data.scheme, ...counted(data, today) };
}

/** The programme's totals over its cohorts' records. */
export function policyReportTotals(
  cohorts: readonly SessionReviewData[],
  today: IsoDate,
): PolicyReportTotals {
  return counted(
    {
      feedback: cohorts.flatMap((c) => c.feedback),
      findings: cohorts.flatMap((c) => c.findings),
      improvements: cohorts.flatMap((c) => c.improvements),
    },
    today,
  );
}
