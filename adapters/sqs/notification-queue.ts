import type {
  NotificationRequest,
  NotificationRequested,
} from '../../events/messages/notification-requested';
import { ENV, requireEnv } from '../../runtime/env';
import { sendInBatches } from './send-batches';

/**
 * Asks the notification worker to e-mail each request's recipient (events/messages/notification-requested.ts),
 * ten messages per SendMessageBatch. A request names its event and recipient by `notificationId` (e.g.
 * `UNDANGAN#<programId>#<nip>#<cohort>`): the worker sends each id at most once, so calling this again for the
 * same event, or after a failure, never sends twice. A recipient without an address (`to.email` null) is
 * recorded as such by the worker. Throws when SQS refuses any entry, naming its notification id: the caller
 * retries the whole call.
 */
export async function requestNotifications(
  requests: readonly NotificationRequest[],
  correlationId: string,
  now: Date,
): Promise<void> {
  if (requests.length === 0) return;
  await sendInBatches(
    requireEnv(ENV.notificationQueueUrl),
    requests.map((request, i) => ({
      id: String(i),
      label: request.notificationId,
      body: JSON.stringify({
        type: 'NotificationRequested',
        version: 1,
        ...request,
        requestedAt: now.toISOString(),
        correlationId,
      } as NotificationRequested),
    })),
    'Notification queue',
  );
}
