import type { SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import type { EmailSuppression } from '../../events/api/notification';
import { CertificateIssued } from '../../events/messages/certificate-events';
import { NotificationRequested } from '../../events/messages/notification-requested';
import { suppressionsOf } from '../../adapters/dynamodb/notification-repository';
import { findParticipant, participantsNamed } from '../../adapters/dynamodb/seating-repository';
import type { Participant } from '../../events/api/participant';
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

type QueueMessage = z.infer<typeof NotificationQueueMessage>;
type Holders = ReadonlyMap<string, Participant | undefined>;
const holderId = (programId: string, nip: string) => `${programId}\u0000${nip}`;

async function requestOf(body: QueueMessage, holders: Holders): Promise<NotificationRequested> {
  if (!('detail-type' in body)) return body;
  const { detail } = body;
  const id = holderId(detail.programId, detail.nip);
  const participant = holders.has(id) ? holders.get(id) : await findParticipant(detail.programId, detail.nip);
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
async function notifyOne(record: SQSRecord, reads: BatchReads): Promise<void> {
  const { holders, suppressions } = await reads;
  const message = await requestOf(NotificationQueueMessage.parse(JSON.parse(record.body)), holders);
  const outcome = await deliverNotification(message, now(), suppressions);
  logger.info('notification handled', {
    notificationId: message.notificationId,
    kind: message.kind,
    programId: message.about.programId,
    nip: message.about.nip,
    outcome,
  });
}

/** Each record's message, or undefined for one that does not parse (it fails on its own). */
function messagesOf(records: readonly SQSRecord[]): (QueueMessage | undefined)[] {
  return records.map((record) => {
    try {
      const message = NotificationQueueMessage.safeParse(JSON.parse(record.body));
      return message.success ? message.data : undefined;
    } catch {
      return undefined; // not JSON
    }
  });
}

/**
 * What a batch's records read, at once: the holders its certificate events name, in one strongly consistent
 * BatchGetItem (S17) instead of a GetItem each; then whether each address of the batch (a holder's included) is
 * suppressed (EM7) instead of once per e-mail. A failed read fails the records that await it, as their own reads
 * would have. A batch is at most QUEUES.notification.batchSize messages, far below BatchGetItem's 100 keys.
 */
function batchReads(records: readonly SQSRecord[]) {
  const messages = messagesOf(records);
  const named = messages.flatMap((m) => (m && 'detail-type' in m ? [m.detail] : []));
  const read = (async () => {
    const found = named.length ? await participantsNamed(named) : [];
    const holders: Holders = new Map(named.map((d, i) => [holderId(d.programId, d.nip), found[i]]));
    const addresses = [
      ...messages.flatMap((m) => (m && !('detail-type' in m) && m.to.email ? [m.to.email] : [])),
      ...named.flatMap((d, i) => {
        const holder = found[i];
        return holder ? (certificateIssued(holder, d).to.email ?? []) : [];
      }),
    ];
    const suppressions = addresses.length
      ? await suppressionsOf(addresses)
      : new Map<string, EmailSuppression | undefined>();
    return { holders, suppressions };
  })();
  read.catch(() => undefined); // handled by each record that awaits it
  return read;
}
type BatchReads = ReturnType<typeof batchReads>;

export const handler = sqsWorker((records) => {
  const reads = batchReads(records);
  return (record) => notifyOne(record, reads);
});
