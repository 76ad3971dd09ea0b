import type { Questionnaire } from '../../events/api/monev';
import {
  deliveryOf,
  recordDelivery,
  stampDelivery,
  type DeliveryKind,
} from '../../adapters/dynamodb/monev-repository';
import type { NotificationRequest } from '../../events/messages/notification-requested';
import { requestNotifications } from '../../adapters/sqs/notification-queue';
import { ENV, requireEnv } from '../../runtime/env';
import { logger } from '../../runtime/logger';

/** The e-mail of a questionnaire or its reminder: once per questionnaire and kind (the worker's id). */
function notification(q: Questionnaire, kind: DeliveryKind, programName: string): NotificationRequest {
  const name =
    q.recipient?.name ?? (q.respondent === 'MENTOR' ? q.mentor?.name : undefined) ?? q.participantName;
  return {
    notificationId: `${kind}#${q.programId}#${q.cohort}#${q.point}#${q.nip}#${q.respondent}`,
    kind,
    to: { email: q.recipient?.email ?? null, name },
    about: { programId: q.programId, nip: q.nip },
    fields: {
      programName,
      round: `Monev ${q.point} bulan pascapelatihan`,
      dueDate: q.closesOn,
      link: `${requireEnv(ENV.publicBaseUrl)}/monev/questionnaires`,
    },
  };
}

/**
 * The one way a Monev message leaves the system: the questionnaire of a round (KUESIONER_MONEV) or the
 * reminder to one who has not answered (PENGINGAT_MONEV), to the participant or the mentor, e-mailed through
 * the notification queue. The questionnaire itself is answered through the API (GET /monev/questionnaires,
 * PUT .../monev/{point}).
 *
 * The e-mail is queued before the delivery is recorded (MV9, a conditional write: the job can run twice) and
 * the questionnaire stamped (`sentAt`, `remindedAt`): a run that fails after queueing queues it again next
 * time, and the notification worker sends each notification id at most once. A recipient without an address
 * is recorded by the worker as such.
 *
 * Answers whether this call delivered it (false: an earlier run had).
 */
export async function deliverMonev(
  questionnaire: Questionnaire,
  kind: DeliveryKind,
  programName: string,
  now: Date,
): Promise<boolean> {
  const at = now.toISOString();
  await requestNotifications([notification(questionnaire, kind, programName)], `monev-${at}`, now);
  const delivered = await recordDelivery(questionnaire, kind, at);
  if (delivered) {
    logger.info('monev message delivered', { kind, ...deliveryOf(questionnaire) });
  }
  // Also after a run that recorded the delivery and stopped before stamping it.
  await stampDelivery(questionnaire, kind, at);
  return delivered;
}
