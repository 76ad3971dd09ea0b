import type { routes } from '../../events/api/routes';
import type { TestTeamRatio } from '../../events/api/test-team';
import { findTestTeamRatio, saveTestTeamRatio } from '../../adapters/dynamodb/test-team-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError } from '../../runtime/http/http-error';

/** BKN sets how many participants one assessor tests at each difficulty (Perban BKN 7/2020 Pasal 19(3)). */
export const setTestTeamRatio: Operation<typeof routes.setTestTeamRatio> = async ({
  body,
  principal,
  now,
}) => {
  const ratio: TestTeamRatio = {
    participantsPerAssessor: body,
    setBy: principal.username,
    setAt: now.toISOString(),
  };
  await saveTestTeamRatio(ratio);
  return { statusCode: 200, body: ratio };
};

export const getTestTeamRatio: Operation<typeof routes.getTestTeamRatio> = async () => {
  const ratio = await findTestTeamRatio();
  if (!ratio) {
    throw new HttpError(404, 'TEST_TEAM_RATIO_NOT_SET', 'BKN belum menetapkan rasio peserta per asesor.');
  }
  return { statusCode: 200, body: ratio };
};
