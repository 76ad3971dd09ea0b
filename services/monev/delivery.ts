import type { Questionnaire } from '../../events/api/monev';
import {
  createQuestionnaire,
  deliveryOf,
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

/** Questionnaires whose e-mails go in one SendMessageBatch (SQS's most), then are recorded together. */
const AT_ONCE = 10;

/**
 * The one way a Monev message leaves the system: the questionnaire of a round (KUESIONER_MONEV) or the
 * reminder to one who has not answered (PENGINGAT_MONEV), to the participant or the mentor, e-mailed through
 * the notification queue. The questionnaire itself is answered through the API (GET /monev/questionnaires,
 * PUT .../monev/{point}).
 *
 * Ten questionnaires at a time: their e-mails are queued in one batch before each questionnaire is stamped
 * (`sentAt`, `remindedAt`; MV10, a conditional write: the job can run twice, and the stamp is the record of the
 * delivery): a run that fails after queueing queues them again next time, and the notification worker sends each
 * notification id at most once. A recipient without an address is recorded by the worker as such.
 *
 * Answers how many this call delivered (not those an earlier run had).
 */
export function deliverMonev(
  questionnaires: readonly Questionnaire[],
  kind: DeliveryKind,
  programName: string,
  now: Date,
): Promise<number> {
  return queueThenRecord(questionnaires, kind, programName, now, (q, at) => stampDelivery(q, kind, at));
}

/**
 * The questionnaires of a round this run has just opened, sent as deliverMonev sends them, but each created
 * already stamped (MV5 with `sentAt`) once its e-mail is queued: one write instead of the create and the stamp.
 * One that exists already (a concurrent run created it) is stamped as deliverMonev stamps it. A run that fails
 * before creating them leaves the round without them, and the next run creates and sends them the usual way.
 */
export function sendNewQuestionnaires(
  questionnaires: readonly Questionnaire[],
  programName: string,
  now: Date,
): Promise<number> {
  return queueThenRecord(questionnaires, 'KUESIONER_MONEV', programName, now, async (q, at) => {
    if (await createQuestionnaire({ ...q, sentAt: at })) return true;
    return stampDelivery(q, 'KUESIONER_MONEV', at);
  });
}

/** Queues ten e-mails at once, then records each delivered (`record`: false when recorded already). */
async function queueThenRecord(
  questionnaires: readonly Questionnaire[],
  kind: DeliveryKind,
  programName: string,
  now: Date,
  record: (q: Questionnaire, at: string) => Promise<boolean>,
): Promise<number> {
  const at = now.toISOString();
  let delivered = 0;
  for (let i = 0; i < questionnaires.length; i += AT_ONCE) {
    const part = questionnaires.slice(i, i + AT_ONCE);
    await requestNotifications(
      part.map((q) => notification(q, kind, programName)),
      `monev-${at}`,
      now,
    );
    const recorded = await Promise.all(
      part.map(async (q) => {
        const first = await record(q, at);
        if (first) logger.info('monev message delivered', { kind, ...deliveryOf(q) });
        return first;
      }),
    );
    delivered += recorded.filter(Boolean).length;
  }
  return delivered;
}
