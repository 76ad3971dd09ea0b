import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { PlacementRequested } from '../../events/messages/placement-requested';
import { sqs } from '../shared/clients';
import { ENV, requireEnv } from '../shared/env';

/** Queues a participant's placement; the worker seats them or waitlists them. */
export async function requestPlacement(
  programId: string,
  nip: string,
  correlationId: string,
  now: Date,
): Promise<void> {
  const message: PlacementRequested = {
    type: 'PlacementRequested',
    version: 1,
    programId,
    nip,
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
