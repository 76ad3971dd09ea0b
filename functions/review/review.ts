import { randomUUID } from 'node:crypto';
import { testDateOf } from '../../domain/eligibility/test-date';
import { summariseFeedback } from '../../domain/review/feedback';
import {
  findingViolations,
  improvementChangeViolations,
  type AvailableBasis,
} from '../../domain/review/process-review';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { Finding, Improvement } from '../../events/api/review';
import type { routes } from '../../events/api/routes';
import {
  findImprovement,
  recordFinding as storeFinding,
  sessionReviewRecords,
  updateImprovement,
} from '../../adapters/dynamodb/review-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { sessionOf } from './session';
import { conflict, HttpError, rulesNotMet } from '../../runtime/http/http-error';

/** `<prefix>_<at>_<8 hex>`: ids sort by the time they were given. */
const idAt = (prefix: string, at: string) =>
  `${prefix}_${at}_${randomUUID().replaceAll('-', '').slice(0, 8)}`;

/** What BKN reviews a session by (Perban BKN 7/2020 Pasal 24g): feedback anonymous, reports, findings, the log. */
export const getSessionReview: Operation<typeof routes.getSessionReview> = async ({ params }) => {
  await sessionOf(params);
  const records = await sessionReviewRecords(params.programId, params.number);
  return {
    statusCode: 200,
    body: {
      programId: params.programId,
      cohort: params.number,
      feedback: summariseFeedback(records.feedback),
      reports: records.reports,
      minutesSigned: records.signatures.length,
      findings: records.findings,
      improvements: records.improvements,
    },
  };
};

/**
 * BKN records a finding of its review of the session against one principle of testing or of evidence, on the
 * basis of what the session holds; a principle not met opens items of the improvement log (owner, due date).
 */
export const recordFinding: Operation<typeof routes.recordFinding> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const cohort = await sessionOf(params);
  const records = await sessionReviewRecords(params.programId, params.number);
  const available: AvailableBasis = {
    UMPAN_BALIK: records.feedback.length,
    LAPORAN_ASESOR: records.reports.length,
    BERITA_ACARA: records.signatures.length,
  };
  const improvementsAsked = body.improvements.map((i) => ({ ...i, dueDate: i.dueDate as IsoDate }));
  const violations = findingViolations(
    { ...body, improvements: improvementsAsked },
    available,
    testDateOf(cohort),
    dateInWib(now),
  );
  if (violations.length > 0) throw rulesNotMet(violations);
  const at = now.toISOString();
  const findingId = idAt('tmn', at);
  const improvements: Improvement[] = body.improvements.map((plan) => ({
    programId: params.programId,
    cohort: params.number,
    improvementId: idAt('pbk', at),
    findingId,
    principle: body.principle,
    ...plan,
    status: 'TERBUKA',
    version: 1,
    history: [{ status: 'TERBUKA', owner: plan.owner, dueDate: plan.dueDate, by: principal.username, at }],
  }));
  const finding: Finding = {
    programId: params.programId,
    cohort: params.number,
    findingId,
    principle: body.principle,
    met: body.met,
    observation: body.observation,
    basis: body.basis,
    improvementIds: improvements.map((i) => i.improvementId),
    reviewedBy: principal.username,
    reviewedAt: at,
  };
  if (!(await storeFinding(finding, improvements))) {
    throw conflict('FINDING_CHANGED', 'Temuan tidak tercatat karena data berubah; silakan ulangi.');
  }
  return { statusCode: 201, body: { finding, improvements } };
};

/** BKN moves an item of the improvement log towards done (its owner or due date may change on the way). */
export const changeImprovement: Operation<typeof routes.changeImprovement> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const current = await findImprovement(params.programId, params.number, params.improvementId);
  if (!current) {
    throw new HttpError(404, 'IMPROVEMENT_NOT_FOUND', 'Butir perbaikan tidak ditemukan pada sesi ini.');
  }
  const changed = () =>
    conflict('IMPROVEMENT_CHANGED', 'Butir perbaikan telah diubah orang lain; baca kembali lalu ulangi.', {
      version: current.version,
    });
  if (body.version !== current.version) throw changed();
  const { version: _read, ...change } = body;
  const violations = improvementChangeViolations(
    current.status,
    { ...change, dueDate: change.dueDate as IsoDate | undefined },
    dateInWib(now),
  );
  if (violations.length > 0) throw rulesNotMet(violations);
  const owner = change.owner ?? current.owner;
  const dueDate = change.dueDate ?? current.dueDate;
  const improvement: Improvement = {
    ...current,
    status: change.status,
    owner,
    dueDate,
    version: current.version + 1,
    history: [
      ...current.history,
      {
        status: change.status,
        owner,
        dueDate,
        ...(change.note ? { note: change.note } : {}),
        by: principal.username,
        at: now.toISOString(),
      },
    ],
  };
  if (!(await updateImprovement(improvement, current.version))) throw changed();
  return { statusCode: 200, body: improvement };
};
