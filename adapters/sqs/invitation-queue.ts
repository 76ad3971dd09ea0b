import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import type { InvitationRequested } from '../../events/messages/invitation-requested';
import { sqs } from '../../functions/shared/clients';
import { ENV, requireEnv } from '../../functions/shared/env';

/** SQS takes at most ten messages per SendMessageBatch. */
const BATCH = 10;

/**
 * Queues one InvitationRequested per participant of a cohort, ten per call. Throws when SQS refuses any entry,
 * naming them: the caller re-runs the whole request, which is harmless (the worker numbers a letter once).
 */
export async function requestInvitations(
  programId: string,
  cohort: number,
  nips: readonly string[],
  correlationId: string,
  now: Date,
): Promise<number> {
  const failed: string[] = [];
  for (let i = 0; i < nips.length; i += BATCH) {
    const entries = nips.slice(i, i + BATCH).map((nip) => {
      const message: InvitationRequested = {
        type: 'InvitationRequested',
        version: 1,
        programId,
        cohort,
        nip,
        requestedAt: now.toISOString(),
        correlationId,
      };
      return { Id: nip, MessageBody: JSON.stringify(message) };
    });
    const { Failed = [] } = await sqs().send(
      new SendMessageBatchCommand({ QueueUrl: requireEnv(ENV.invitationQueueUrl), Entries: entries }),
    );
    failed.push(...Failed.map((f) => `${f.Id} (${f.Code})`));
  }
  if (failed.length > 0) {
    throw new Error(`Invitation queue refused ${failed.length} of ${nips.length}: ${failed.join(', ')}`);
  }
  return nips.length;
}
