import { checkAppealStrategy } from '../../domain/result/appeal-strategy';
import type { AppealStrategy } from '../../events/api/result-session';
import type { routes } from '../../events/api/routes';
import { teamOf } from '../../adapters/dynamodb/assessment-repository';
import { findAppealStrategy, putAppealStrategy } from '../../adapters/dynamodb/result-session-repository';
import { findCohort } from '../../adapters/dynamodb/seating-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { cohortNotFound } from '../../runtime/http/not-found';

/**
 * The result session of a test session sets how appeals against its decisions are handled (Perban BKN 7/2020
 * Pasal 25h): reviewers who are not on the session's test team, the review period and the ways of review. Appeals
 * filed from then on carry it (functions/appeals).
 */
export const setAppealStrategy: Operation<typeof routes.setAppealStrategy> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const [cohort, team] = await Promise.all([
    findCohort(params.programId, params.number),
    teamOf(params.programId, params.number),
  ]);
  if (!cohort) throw cohortNotFound();
  const refused = checkAppealStrategy(
    body,
    team.map((member) => member.username),
  );
  if (refused.length > 0) throw rulesNotMet(refused);
  const strategy: AppealStrategy = {
    programId: params.programId,
    number: params.number,
    reviewers: body.reviewers,
    reviewDays: body.reviewDays,
    methods: [...new Set(body.methods)],
    ...(body.notes ? { notes: body.notes } : {}),
    setBy: principal.username,
    setAt: now.toISOString(),
  };
  await putAppealStrategy(strategy);
  return { statusCode: 200, body: strategy };
};

export const getAppealStrategy: Operation<typeof routes.getAppealStrategy> = async ({ params }) => {
  const strategy = await findAppealStrategy(params.programId, params.number);
  if (!strategy) {
    throw new HttpError(
      404,
      'APPEAL_STRATEGY_NOT_SET',
      'Sidang hasil sesi ini belum menetapkan strategi penanganan banding.',
    );
  }
  return { statusCode: 200, body: strategy };
};
