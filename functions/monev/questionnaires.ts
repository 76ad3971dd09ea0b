import { checkMonevAnswer } from '../../domain/monev/monev';
import { dateInWib } from '../../domain/shared/dates';
import type { routes } from '../../events/api/routes';
import {
  findQuestionnaire,
  openQuestionnairesOf,
  recordAnswer,
} from '../../adapters/dynamodb/monev-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { conflict, HttpError, rulesNotMet } from '../../runtime/http/http-error';

/** The caller's questionnaires still open (closing today or later), by the NIP of their token. */
export const listMyQuestionnaires: Operation<typeof routes.listMyQuestionnaires> = async ({
  principal,
  now,
}) => ({
  statusCode: 200,
  body: { items: principal.nip ? await openQuestionnairesOf(principal.nip, dateInWib(now)) : [] },
});

/**
 * The participant or the mentor answers their questionnaire of a Monev point: once, by the round's last day,
 * with the progress of every milestone of the plan by its id (domain/monev/monev.ts#checkMonevAnswer).
 */
export const answerMonev: Operation<typeof routes.answerMonev> = async ({
  params,
  body,
  scoped: { confirmation, reader },
  now,
}) => {
  const respondent = reader === 'MENTOR' ? 'MENTOR' : 'PESERTA';
  const questionnaire = await findQuestionnaire({
    programId: params.programId,
    cohort: confirmation.cohort,
    point: params.point,
    nip: params.nip,
    respondent,
  });
  if (!questionnaire) {
    throw new HttpError(404, 'QUESTIONNAIRE_NOT_FOUND', 'Belum ada kuesioner Monev titik ini bagi Anda.');
  }
  const verdict = checkMonevAnswer({
    respondent,
    today: dateInWib(now),
    closesOn: questionnaire.closesOn,
    answered: questionnaire.answer !== undefined,
    milestoneIds: questionnaire.plan.milestones.map((m) => m.id),
    progress: body.progress,
    currentMentor: body.currentMentor,
  });
  if (!verdict.ok) throw rulesNotMet(verdict.violations);
  const answeredAt = now.toISOString();
  if (!(await recordAnswer(questionnaire, body, answeredAt))) {
    throw conflict('MONEV_ANSWER_CHANGED', 'Kuesioner ini baru saja dijawab. Muat ulang untuk melihatnya.');
  }
  return { statusCode: 200, body: { ...questionnaire, answer: body, answeredAt } };
};
