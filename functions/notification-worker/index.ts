import type { SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import type { EmailSuppression } from '../../events/api/notification';
import { CertificateIssued } from '../../events/messages/certificate-events';
import { NotificationRequested } from '../../events/messages/notification-requested';
import { suppressionsOf } from '../../adapters/dynamodb/notification-repository';
import { findParticipant } from '../../adapters/dynamodb/seating-repository';
import { deliverNotification } from '../../services/notifications/deliver';
import { certificateIssued } from '../../services/notifications/requests';
import { now } from '../../runtime/clock';
import { logger } from '../../runtime/logger';
import { sqsWorker } from '../../runtime/sqs-worker';

/**
 * What the notification queue carries: a NotificationRequested from a stage, or a CertificateIssued as
 * EventBridge delivers it (EVENT_RULES.certificateNotices), which becomes the holder's SERTIFIKAT_TERBIT.
 */
const NotificationQueueMessage = z.union([
  NotificationRequested,
  z.looseObject({ 'detail-type': z.literal('CertificateIssued'), detail: CertificateIssued }),
]);

async function requestOf(body: z.infer<typeof NotificationQueueMessage>): Promise<NotificationRequested> {
  if (!('detail-type' in body)) return body;
  const { detail } = body;
  const participant = await findParticipant(detail.programId, detail.nip);
  if (!participant) throw new Error(`No participant ${detail.nip} in ${detail.programId}`);
  return {
    type: 'NotificationRequested',
    version: 1,
    ...certificateIssued(participant, detail),
    requestedAt: String((body as { time?: unknown }).time ?? now().toISOString()),
    correlationId: detail.eventId,
  } as NotificationRequested;
}

/**
 * E-mails each notification at most once per notification id (services/notifications/deliver.ts); throwing
 * fails only this record: retried, then moved to the DLQ.
 */
async function notifyOne(
  record: SQSRecord,
  suppressions: ReadonlyMap<string, EmailSuppression | undefined>,
): Promise<void> {
  const message = await requestOf(NotificationQueueMessage.parse(JSON.parse(record.body)));
  const outcome = await deliverNotification(message, now(), suppressions);
  logger.info('notification handled', {
    notificationId: message.notificationId,
    kind: message.kind,
    programId: message.about.programId,
    nip: message.about.nip,
    outcome,
  });
}

/** The addresses a batch's requests name (a certificate holder's is known only once their record is read). */
function addressesOf(records: readonly SQSRecord[]): string[] {
  return records.flatMap((record) => {
    try {
      const request = NotificationRequested.safeParse(JSON.parse(record.body));
      return request.success && request.data.to.email ? [request.data.to.email] : [];
    } catch {
      return []; // not JSON: its record fails on its own
    }
  });
}

/**
 * Whether each address of the batch is suppressed, read at once (EM7) instead of once per e-mail; a failed read
 * fails the records that await it, as their own reads would have.
 */
function suppressionsOfBatch(records: readonly SQSRecord[]) {
  const addresses = addressesOf(records);
  if (addresses.length === 0) return Promise.resolve(new Map<string, EmailSuppression | undefined>());
  const read = suppressionsOf(addresses);
  read.catch(() => undefined); // handled by each record that awaits it
  return read;
}

export const handler = sqsWorker((records) => {
  const suppressions = suppressionsOfBatch(records);
  return async (record) => notifyOne(record, await suppressions);
});
