import type { routes } from '../../events/api/routes';
import { markAnnouncementRequested } from '../../adapters/dynamodb/program-repository';
import { requestAnnouncementLetter } from '../../adapters/sqs/announcement-queue';
import type { Operation } from '../../runtime/http/api-handler';
import { notFound } from '../../runtime/http/http-error';

/**
 * Marks the letter as requested, then queues its rendering. If the send fails the caller gets a 5xx and may
 * simply ask again: both steps are safe to repeat.
 */
export const requestAnnouncement: Operation<typeof routes.requestAnnouncement> = async ({
  params,
  body,
  principal,
  now,
  correlationId,
}) => {
  if (!(await markAnnouncementRequested(params.programId, body, now))) throw notFound('Program');
  await requestAnnouncementLetter(
    { programId: params.programId, requestedBy: principal.username, letter: body },
    correlationId,
    now,
  );
  return { statusCode: 202, body: { programId: params.programId, status: 'REQUESTED' } };
};
