import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { SchemeEnrolmentRequested } from '../../events/messages/scheme-enrolment-requested';
import { sqs } from '../../runtime/clients';
import { ENV, requireEnv } from '../../runtime/env';

/** Queues the enrolment of the next page of a scheme's holders (functions/scheme-enrolment). */
export async function requestSchemeEnrolment(
  next: Pick<SchemeEnrolmentRequested, 'scheme' | 'targetVersion' | 'olderVersion' | 'cursor' | 'enrolledOn'>,
  correlationId: string,
  now: Date,
): Promise<void> {
  const message: SchemeEnrolmentRequested = {
    type: 'SchemeEnrolmentRequested',
    version: 1,
    scheme: next.scheme,
    targetVersion: next.targetVersion,
    olderVersion: next.olderVersion,
    ...(next.cursor ? { cursor: next.cursor } : {}),
    enrolledOn: next.enrolledOn,
    requestedAt: now.toISOString(),
    correlationId,
  };
  await sqs().send(
    new SendMessageCommand({
      QueueUrl: requireEnv(ENV.schemeEnrolmentQueueUrl),
      MessageBody: JSON.stringify(message),
    }),
  );
}
