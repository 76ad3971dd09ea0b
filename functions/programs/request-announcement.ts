import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { AnnouncementRequested } from '../../events/messages/announcement-requested';
import type { routes } from '../../events/api/routes';
import { sqs } from '../../runtime/clients';
import { ENV, requireEnv } from '../../runtime/env';
import { markAnnouncementRequested } from '../../adapters/dynamodb/program-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { notFound } from '../../runtime/http/http-error';

/**
 * Marks the letter as requested, then queues its rendering. If the send fails the caller gets a 5xx and may
 * simply ask again: both steps are safe to repeat.
 */
export const requestAnnouncement: Operation<typeof routes.requestAnnouncement> = async ({
  params,
  principal,
  now,
  correlationId,
}) => {
  if (!(await markAnnouncementRequested(params.programId, now))) throw notFound('Program');
  const message: AnnouncementRequested = {
    type: 'AnnouncementRequested',
    version: 1,
    programId: params.programId,
    requestedBy: principal.username,
    requestedAt: now.toISOString(),
    correlationId,
  };
  await sqs().send(
    new SendMessageCommand({
      QueueUrl: requireEnv(ENV.announcementQueueUrl),
      MessageBody: JSON.stringify(message),
    }),
  );
  return { statusCode: 202, body: { programId: params.programId, status: 'REQUESTED' } };
};
