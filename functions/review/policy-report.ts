import {
  policyReportRow,
  policyReportTotals,
  type PolicyReportRow,
  type SessionReviewData,
} from '../../domain/review/policy-report';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import { POLICY_CSV_COLUMNS, type PolicyReport } from '../../events/api/review';
import type { routes } from '../../events/api/routes';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import { sessionReviewRecords } from '../../adapters/dynamodb/review-repository';
import { listCohorts } from '../../adapters/dynamodb/seating-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { CSV_CONTENT_TYPE, toCsv } from '../../services/exports/csv';
import { programNotFound } from '../../runtime/http/not-found';

/** The report as a CSV for Excel with Indonesian settings (services/exports/csv.ts), one line per cohort. */
export function policyReportCsv(rows: readonly PolicyReportRow[]): string {
  return toCsv(
    POLICY_CSV_COLUMNS,
    rows.map((row) => [
      row.programId,
      row.cohort,
      row.scheme,
      row.feedback.count,
      ...Object.values(row.feedback.averages).map((average) => average ?? ''),
      row.feedback.complaintChannelExplained,
      row.findings,
      row.principlesUnmet.join(', '),
      row.improvements.open,
      row.improvements.done,
      row.improvements.overdue,
    ]),
  );
}

/**
 * What the review of the test process gives competency-development policy (Perban BKN 7/2020 Pasal 25g), per
 * cohort of the programme and for the programme as a whole: feedback counted and averaged (nobody named), findings, improvements open, done and
 * overdue. One Query per cohort (FB6).
 */
export const getPolicyReport: Operation<typeof routes.getPolicyReport> = async ({ params, query, now }) => {
  const program = await findProgram(params.programId);
  if (!program) throw programNotFound();
  const today = dateInWib(now);
  const cohorts = (await listCohorts(params.programId)).sort((a, b) => a.number - b.number);
  const data = await Promise.all(
    cohorts.map(async (cohort): Promise<SessionReviewData> => {
      const records = await sessionReviewRecords(params.programId, cohort.number);
      return {
        programId: params.programId,
        cohort: cohort.number,
        scheme: cohort.scheme,
        feedback: records.feedback,
        findings: records.findings,
        improvements: records.improvements.map((i) => ({ status: i.status, dueDate: i.dueDate as IsoDate })),
      };
    }),
  );
  const cohortRows = data.map((cohort) => policyReportRow(cohort, today));
  if (query.format === 'csv') {
    return {
      statusCode: 200,
      headers: {
        'content-type': CSV_CONTENT_TYPE,
        'content-disposition': `attachment; filename="tinjauan-uji-${params.programId}.csv"`,
      },
      body: policyReportCsv(cohortRows),
    };
  }
  const report: PolicyReport = {
    programId: params.programId,
    generatedOn: today,
    cohorts: cohortRows,
    programme: policyReportTotals(data, today),
  };
  return { statusCode: 200, body: report };
};
