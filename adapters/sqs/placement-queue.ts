import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { SchemeCode } from '../../domain/reference/schemes';
import type { PlacementRequested } from '../../events/messages/placement-requested';
import { sqs } from '../../runtime/clients';
import { ENV, requireEnv } from '../../runtime/env';

/** Queues a participant's placement; the worker seats them in a cohort of their level or waitlists them. */
export async function requestPlacement(
  who: { programId: string; nip: string; scheme: SchemeCode; eligibleTestDates?: string[] | undefined },
  correlationId: string,
  now: Date,
): Promise<void> {
  const message: PlacementRequested = {
    type: 'PlacementRequested',
    version: 1,
    programId: who.programId,
    nip: who.nip,
    scheme: who.scheme,
    ...(who.eligibleTestDates ? { eligibleTestDates: who.eligibleTestDates } : {}),
    requestedAt: now.toISOString(),
    correlationId,
  };
  await sqs().send(
    new SendMessageCommand({
      QueueUrl: requireEnv(ENV.placementQueueUrl),
      MessageBody: JSON.stringify(message),
    }),
  );
}
