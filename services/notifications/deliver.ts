import { randomUUID } from 'node:crypto';
import type { EmailSuppression, NotificationRecord } from '../../events/api/notification';
import type { NotificationRequested } from '../../events/messages/notification-requested';
import {
  findNotification,
  findSuppression,
  recordNotification,
  recordNotificationSent,
  releaseNotification,
} from '../../adapters/dynamodb/notification-repository';
import { sendEmail } from '../../adapters/ses/send-email';
import { renderNotification } from './templates';

/** What became of one request: sent now, or already settled by an earlier delivery, or not sent and why. */
export type DeliveryOutcome = 'SENT' | 'ALREADY_SETTLED' | 'SUPPRESSED' | 'NO_ADDRESS';

/** Another delivery of the same notification holds its claim: retried later, never sent beside it. */
export class NotificationInFlightError extends Error {
  constructor(notificationId: string) {
    super(`Notification ${notificationId} is being sent by another delivery`);
    this.name = 'NotificationInFlightError';
  }
}

const settled = (existing: NotificationRecord, notificationId: string): DeliveryOutcome => {
  // A claim left by a delivery that stopped between SES and the record cannot tell whether SES sent it: the
  // message is retried until it reaches the DLQ, never sent a second time.
  if (existing.status === 'SENDING') throw new NotificationInFlightError(notificationId);
  return 'ALREADY_SETTLED';
};

/**
 * E-mails one notification at most once per notification id: an id already recorded is not sent again; a
 * recipient without an address, or whose address SES reported bounced for good or complained of, gets nothing
 * and that is recorded; otherwise the id is claimed, the e-mail sent, and the claim replaced by SENT with SES's
 * message id. When SES refuses, the claim is given up and the error thrown, so the queue retries the message
 * (then moves it to its DLQ). `suppressions`: the suppressions of addresses the caller has just read (EM7, by
 * address in lower case); an address missing there is read here (EM5).
 */
export async function deliverNotification(
  message: NotificationRequested,
  now: Date,
  suppressions?: ReadonlyMap<string, EmailSuppression | undefined>,
): Promise<DeliveryOutcome> {
  const ref = { ...message.about, notificationId: message.notificationId };
  // No read first: the conditional write of the record or the claim finds an earlier delivery, and only then is it
  // read (a GetItem saved on every e-mail; a repeated message is the rare case).
  const base = {
    notificationId: message.notificationId,
    kind: message.kind,
    email: message.to.email,
    requestedAt: message.requestedAt,
    recordedAt: now.toISOString(),
  };
  const email = message.to.email;
  const address = email?.toLowerCase();
  const suppression = !address
    ? undefined
    : suppressions?.has(address)
      ? suppressions.get(address)
      : await findSuppression(address);
  const unsent: NotificationRecord | undefined = !email
    ? { ...base, status: 'NO_ADDRESS' }
    : suppression
      ? { ...base, status: 'SUPPRESSED', suppressedBecause: suppression.reason }
      : undefined;
  if (unsent) {
    if (await recordNotification(message.about, unsent)) return unsent.status as DeliveryOutcome;
    return settled((await findNotification(ref))!, message.notificationId);
  }
  const claimId = randomUUID();
  if (!(await recordNotification(message.about, { ...base, status: 'SENDING', claimId }))) {
    return settled((await findNotification(ref))!, message.notificationId);
  }
  let messageId: string;
  try {
    messageId = await sendEmail(email!, renderNotification(message), { kind: message.kind });
  } catch (error) {
    await releaseNotification(ref, claimId);
    throw error;
  }
  await recordNotificationSent(ref, claimId, { messageId, sentAt: now.toISOString() });
  return 'SENT';
}
