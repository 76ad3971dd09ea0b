import { testDateOf } from '../../domain/eligibility/test-date';
import { feedbackDeadline, feedbackViolations } from '../../domain/review/feedback';
import { dateInWib } from '../../domain/shared/dates';
import type { Feedback } from '../../events/api/review';
import type { routes } from '../../events/api/routes';
import { feedbackRead, findFeedback, saveFeedback } from '../../adapters/dynamodb/review-repository';
import { cohortRead } from '../../adapters/dynamodb/seating-repository';
import { readItems } from '../../adapters/dynamodb/table';
import { cohortNotFound } from '../../runtime/http/not-found';
import type { Operation } from '../../runtime/http/api-handler';
import { conflict, HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { testRecorded } from './session';

/**
 * The participant gives (or changes) their feedback on the test process of the session they were tested in
 * (Perban BKN 7/2020 Pasal 24g, 30(2)o): one per test, changeable until 14 days after the test day.
 */
export const putFeedback: Operation<typeof routes.putFeedback> = async ({ params, body, now }) => {
  // The session and the feedback given so far in one BatchGetItem (FB10).
  const [cohort, earlier] = await readItems(
    cohortRead(params.programId, params.number),
    feedbackRead(params.programId, params.number, params.nip),
  );
  if (!cohort) throw cohortNotFound();
  const recorded = await testRecorded(params.programId, params.number, params.nip, { cohort, team: [] });
  const testDate = testDateOf(cohort);
  const violations = feedbackViolations({
    tested: (recorded?.recordedBy.length ?? 0) > 0,
    testDate,
    today: dateInWib(now),
  });
  if (violations.length > 0) throw rulesNotMet(violations);
  const at = now.toISOString();
  const feedback: Feedback = {
    programId: params.programId,
    cohort: params.number,
    nip: params.nip,
    ...body,
    submittedAt: earlier?.submittedAt ?? at,
    updatedAt: at,
    editableUntil: feedbackDeadline(testDate),
  };
  if (!(await saveFeedback(feedback, earlier))) {
    throw conflict(
      'FEEDBACK_CHANGED',
      'Umpan balik Anda berubah selama permintaan diproses; silakan ulangi.',
    );
  }
  return { statusCode: 200, body: feedback };
};

/** The participant's own feedback on the session. */
export const getFeedback: Operation<typeof routes.getFeedback> = async ({ params }) => {
  const feedback = await findFeedback(params.programId, params.number, params.nip);
  if (!feedback) {
    throw new HttpError(404, 'FEEDBACK_NOT_FOUND', 'Belum ada umpan balik Anda untuk sesi uji ini.');
  }
  return { statusCode: 200, body: feedback };
};
