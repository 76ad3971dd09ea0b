import type { SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import { recordSuppression } from '../../adapters/dynamodb/notification-repository';
import { now } from '../../runtime/clock';
import { logger } from '../../runtime/logger';
import { sqsWorker } from '../../runtime/sqs-worker';

const Recipients = z.array(z.looseObject({ emailAddress: z.string().min(1) })).min(1);
const Mail = z.looseObject({ messageId: z.string().optional() });

/**
 * The SES events the configuration set publishes to its SNS topic, delivered raw to the feedback queue: only
 * bounces and complaints are published; the fields read are these.
 */
export const SesFeedback = z.discriminatedUnion('eventType', [
  z.looseObject({
    eventType: z.literal('Bounce'),
    mail: Mail,
    bounce: z.looseObject({
      bounceType: z.string(),
      bouncedRecipients: Recipients,
      feedbackId: z.string().optional(),
      timestamp: z.string(),
    }),
  }),
  z.looseObject({
    eventType: z.literal('Complaint'),
    mail: Mail,
    complaint: z.looseObject({
      complainedRecipients: Recipients,
      feedbackId: z.string().optional(),
      timestamp: z.string(),
    }),
  }),
]);
export type SesFeedback = z.infer<typeof SesFeedback>;

/**
 * Records each address of a permanent bounce or a complaint as suppressed: the notification worker sends it
 * nothing more and records each notification skipped. A transient bounce (mailbox full, a server down) is only
 * logged: SES already retried it, and the next notification may reach the address.
 */
async function recordFeedback(record: SQSRecord): Promise<void> {
  const event = SesFeedback.parse(JSON.parse(record.body));
  const [reason, report, recipients] =
    event.eventType === 'Bounce'
      ? (['BOUNCE', event.bounce, event.bounce.bouncedRecipients] as const)
      : (['COMPLAINT', event.complaint, event.complaint.complainedRecipients] as const);
  if (event.eventType === 'Bounce' && event.bounce.bounceType !== 'Permanent') {
    logger.info('transient bounce: address kept', { bounceType: event.bounce.bounceType });
    return;
  }
  const recordedAt = now().toISOString();
  for (const { emailAddress } of recipients) {
    const added = await recordSuppression({
      email: emailAddress.toLowerCase(),
      reason,
      ...(report.feedbackId ? { feedbackId: report.feedbackId } : {}),
      ...(event.mail.messageId ? { sesMessageId: event.mail.messageId } : {}),
      reportedAt: report.timestamp,
      recordedAt,
    });
    logger.info('e-mail address suppressed', { reason, added });
  }
}

export const handler = sqsWorker(() => recordFeedback);
