import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { AnnouncementLetterDetails } from '../../events/api/program';
import type { AnnouncementRequested } from '../../events/messages/announcement-requested';
import { sqs } from '../../runtime/clients';
import { ENV, requireEnv } from '../../runtime/env';

/** Queues the rendering of a programme's announcement letter (functions/announcement-letter consumes it). */
export async function requestAnnouncementLetter(
  request: { programId: string; requestedBy: string; letter: AnnouncementLetterDetails },
  correlationId: string,
  now: Date,
): Promise<void> {
  const message: AnnouncementRequested = {
    type: 'AnnouncementRequested',
    version: 2,
    programId: request.programId,
    letter: request.letter,
    requestedBy: request.requestedBy,
    requestedAt: now.toISOString(),
    correlationId,
  };
  await sqs().send(
    new SendMessageCommand({
      QueueUrl: requireEnv(ENV.announcementQueueUrl),
      MessageBody: JSON.stringify(message),
    }),
  );
}
