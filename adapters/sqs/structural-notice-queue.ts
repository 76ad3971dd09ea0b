import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { StructuralNoticeRequested } from '../../events/messages/structural-notice-requested';
import { sqs } from '../../runtime/clients';
import { ENV, requireEnv } from '../../runtime/env';

/** Asks functions/structural-notice-letter to render and sign an issued notice (the API carries no PDF library). */
export async function requestNoticeLetter(
  notice: { instansiCode: string; nip: string; noticeId: string },
  correlationId: string,
  now: Date,
): Promise<void> {
  const message: StructuralNoticeRequested = {
    type: 'StructuralNoticeRequested',
    version: 1,
    ...notice,
    requestedAt: now.toISOString(),
    correlationId,
  };
  await sqs().send(
    new SendMessageCommand({
      QueueUrl: requireEnv(ENV.structuralNoticeQueueUrl),
      MessageBody: JSON.stringify(message),
    }),
  );
}
