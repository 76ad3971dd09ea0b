import type { Questionnaire } from '../../events/api/monev';
import {
  deliveryOf,
  recordDelivery,
  stampDelivery,
  type DeliveryKind,
} from '../../adapters/dynamodb/monev-repository';
import { logger } from '../../runtime/logger';

/**
 * The one way a Monev message leaves the system: the questionnaire of a round (KUESIONER_MONEV) or the
 * reminder to one who has not answered (PENGINGAT_MONEV), to the participant or the mentor. The questionnaire
 * itself is answered through the API (GET /monev/questionnaires, PUT .../monev/{point}).
 *
 * Today it records what is sent, once per questionnaire and kind (a conditional write, MV9: the job can run
 * twice) and stamps the questionnaire (`sentAt`, `remindedAt`). The SES notification queue is being built on
 * another branch (wt/notify: `requestNotifications` in adapters/sqs/notification-queue.ts, with these very
 * kinds); once merged, the lead connects it HERE and nowhere else: queue the e-mail with the delivery record's
 * key as its deduplication id before the record is written, so a failed send is retried by the next run and a
 * repeated one is dropped by the queue.
 *
 * Answers whether this call delivered it (false: an earlier run had).
 */
export async function deliverMonev(
  questionnaire: Questionnaire,
  kind: DeliveryKind,
  now: Date,
): Promise<boolean> {
  const at = now.toISOString();
  const delivered = await recordDelivery(questionnaire, kind, at);
  if (delivered) {
    logger.info('monev message delivered', { kind, ...deliveryOf(questionnaire) });
  }
  // Also after a run that recorded the delivery and stopped before stamping it.
  await stampDelivery(questionnaire, kind, at);
  return delivered;
}
