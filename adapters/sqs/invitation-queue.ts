import type { InvitationRequested } from '../../events/messages/invitation-requested';
import { ENV, requireEnv } from '../../runtime/env';
import { sendInBatches } from './send-batches';

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
  const message = (nip: string): InvitationRequested => ({
    type: 'InvitationRequested',
    version: 1,
    programId,
    cohort,
    nip,
    requestedAt: now.toISOString(),
    correlationId,
  });
  await sendInBatches(
    requireEnv(ENV.invitationQueueUrl),
    nips.map((nip) => ({ id: nip, body: JSON.stringify(message(nip)) })),
    'Invitation queue',
  );
  return nips.length;
}
