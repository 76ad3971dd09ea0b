import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EmailSuppression, NotificationRecord } from '../../events/api/notification';
import { dynamo } from '../../runtime/clients';
import { emailSuppressionKey, NOTIFICATION_PREFIX, notificationKey, participantKey } from './keys';
import { queryAll, skBeginsWith } from './query';
import { readItems, sendIf, tableName, withoutKeys } from './table';

/*
 * E-mail notifications of a participant, one item per notification id in the participant's partition, and the
 * addresses SES reported as bounced or complained of, one item each. A notification is claimed (SENDING) before
 * it is sent and its outcome replaces the claim, each write conditional, so one id is sent at most once however
 * often its message is delivered. Key shapes: docs/data-model.md ("Notification", "EmailSuppression").
 */

export interface NotificationRef {
  programId: string;
  nip: string;
  notificationId: string;
}

const keyOf = (ref: NotificationRef) => notificationKey(ref.programId, ref.nip, ref.notificationId);

/** EM1: the notification's record as last written (consistent: a redelivery reads the claim just made). */
export async function findNotification(ref: NotificationRef): Promise<NotificationRecord | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: keyOf(ref), ConsistentRead: true }),
  );
  return Item && withoutKeys<NotificationRecord>(Item);
}

/**
 * EM2: writes the notification's first record (a claim to send it, or why it is not sent) only if it has
 * none: false when another delivery wrote one first.
 */
export function recordNotification(
  ref: Omit<NotificationRef, 'notificationId'>,
  record: NotificationRecord,
): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keyOf({ ...ref, notificationId: record.notificationId }),
        entity: 'Notification',
        ...record,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** EM3: the claim `claimId` becomes SENT with SES's message id; false when the claim is not (or no longer) it. */
export function recordNotificationSent(
  ref: NotificationRef,
  claimId: string,
  sent: { messageId: string; sentAt: string },
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: keyOf(ref),
      UpdateExpression:
        'SET #status = :sent, messageId = :messageId, sentAt = :at, recordedAt = :at REMOVE claimId',
      ConditionExpression: '#status = :sending AND claimId = :claim',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':sent': 'SENT',
        ':sending': 'SENDING',
        ':claim': claimId,
        ':messageId': sent.messageId,
        ':at': sent.sentAt,
      },
    }),
  );
}

/** EM3: gives the claim `claimId` up after SES refused the message, so that a retry may claim it again. */
export function releaseNotification(ref: NotificationRef, claimId: string): Promise<boolean> {
  return sendIf(
    new DeleteCommand({
      TableName: tableName(),
      Key: keyOf(ref),
      ConditionExpression: '#status = :sending AND claimId = :claim',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':sending': 'SENDING', ':claim': claimId },
    }),
  );
}

/** EM4: every notification of a participant, by notification id. */
export async function notificationsOf(programId: string, nip: string): Promise<NotificationRecord[]> {
  const items = await queryAll(skBeginsWith(participantKey(programId, nip).pk, NOTIFICATION_PREFIX));
  return items.map((item) => withoutKeys<NotificationRecord>(item));
}

/** EM5: why mail to `email` is no longer sent, if SES reported it bounced for good or complained of. */
export async function findSuppression(email: string): Promise<EmailSuppression | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: emailSuppressionKey(email), ConsistentRead: true }),
  );
  return Item && withoutKeys<EmailSuppression>(Item);
}

/**
 * EM7: EM5 for several addresses at once (up to 100, e.g. a queue batch's), in one strongly consistent
 * BatchGetItem: each address, in lower case, to why mail to it is no longer sent, or undefined.
 */
export async function suppressionsOf(
  emails: readonly string[],
): Promise<Map<string, EmailSuppression | undefined>> {
  const addresses = [...new Set(emails.map((email) => email.toLowerCase()))];
  const found = await readItems(
    ...addresses.map((address) => ({
      key: emailSuppressionKey(address),
      from: (item: Record<string, unknown>) => withoutKeys<EmailSuppression>(item),
    })),
  );
  return new Map(addresses.map((address, i) => [address, found[i]]));
}

/** EM6: records the address suppressed; the first report is kept (false: it already was). */
export function recordSuppression(suppression: EmailSuppression): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: { ...emailSuppressionKey(suppression.email), entity: 'EmailSuppression', ...suppression },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}
