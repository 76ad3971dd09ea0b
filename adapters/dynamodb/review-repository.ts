import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { AssessorReport, Feedback, Finding, Improvement } from '../../events/api/review';
import type { Signature } from '../../domain/review/minutes';
import { dynamo } from '../../runtime/clients';
import { queryAll, skBeginsWith } from './query';
import { type ItemRead, sendIf, tableName, transactOrFalse, withoutKeys } from './table';
import {
  assessorReportKey,
  feedbackKey,
  findingKey,
  improvementKey,
  minutesSignatureKey,
  REVIEW_PREFIX,
  reviewPartition,
} from './keys';

/*
 * The review of the test process: every record of one test session's review lives in the session's review
 * partition (feedback by NIP, berita acara signatures, assessor reports, findings, improvement items), so the
 * review and the policy report read a session with one Query. Key shapes and access patterns: docs/data-model.md.
 */

const get = async <T>(key: { pk: string; sk: string }): Promise<T | undefined> => {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }),
  );
  return Item ? withoutKeys<T>(Item) : undefined;
};

/** FB2: a participant's feedback on the session. */
export const findFeedback = (programId: string, number: number, nip: string) =>
  get<Feedback>(feedbackKey(programId, number, nip));

/** FB10: a participant's feedback, for a batched read with what else the request needs (`readItems`). */
export const feedbackRead = (programId: string, number: number, nip: string): ItemRead<Feedback> => ({
  key: feedbackKey(programId, number, nip),
  from: (item) => withoutKeys<Feedback>(item),
});

/**
 * FB1: saves the participant's feedback, the one of their test: a first one only if there is none yet, a change
 * only of the one read (its `submittedAt`). False when someone else's write came first.
 */
export function saveFeedback(feedback: Feedback, replacing: Feedback | undefined): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...feedbackKey(feedback.programId, feedback.cohort, feedback.nip),
        entity: 'Feedback',
        ...feedback,
      },
      ...(replacing
        ? {
            ConditionExpression: 'updatedAt = :read',
            ExpressionAttributeValues: { ':read': replacing.updatedAt },
          }
        : { ConditionExpression: 'attribute_not_exists(pk)' }),
    }),
  );
}

/** FB3: an assessor's signature on one content of the berita acara; false when they signed that content already. */
export function signMinutes(programId: string, number: number, signature: Signature): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...minutesSignatureKey(programId, number, signature.username, signature.contentHash),
        entity: 'MinutesSignature',
        ...signature,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** FB7: every signature on the session's berita acara, whatever content it was on. */
export async function minutesSignatures(programId: string, number: number): Promise<Signature[]> {
  return (
    await queryAll({
      ...skBeginsWith(reviewPartition(programId, number), REVIEW_PREFIX.signature),
      ConsistentRead: true,
    })
  ).map((item) => withoutKeys<Signature>(item));
}

/** FB4: an assessor's report of the session; a new one replaces their earlier one. */
export async function saveAssessorReport(report: AssessorReport): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...assessorReportKey(report.programId, report.cohort, report.username),
        entity: 'AssessorReport',
        ...report,
      },
    }),
  );
}

const improvementItem = (improvement: Improvement) => ({
  ...improvementKey(improvement.programId, improvement.cohort, improvement.improvementId),
  entity: 'Improvement',
  ...improvement,
});

/** FB5: a finding and the improvement items it opens, all or nothing, each a new item. */
export function recordFinding(finding: Finding, improvements: readonly Improvement[]): Promise<boolean> {
  const putNew = (Item: Record<string, unknown>) => ({
    Put: { TableName: tableName(), Item, ConditionExpression: 'attribute_not_exists(pk)' },
  });
  return transactOrFalse([
    putNew({
      ...findingKey(finding.programId, finding.cohort, finding.findingId),
      entity: 'Finding',
      ...finding,
    }),
    ...improvements.map((i) => putNew(improvementItem(i))),
  ]);
}

/** FB8: one item of the improvement log. */
export const findImprovement = (programId: string, number: number, improvementId: string) =>
  get<Improvement>(improvementKey(programId, number, improvementId));

/** FB9: the item as changed (its history with it), if it is still the version read; false otherwise. */
export function updateImprovement(improvement: Improvement, readVersion: number): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: improvementItem(improvement),
      ConditionExpression: 'version = :read',
      ExpressionAttributeValues: { ':read': readVersion },
    }),
  );
}

/** Everything BKN's review reads of a session. */
export interface SessionReviewRecords {
  feedback: Feedback[];
  signatures: Signature[];
  reports: AssessorReport[];
  findings: Finding[];
  improvements: Improvement[];
}

/** FB6: every review record of the session, in one Query, by kind (each kind in key order). */
export async function sessionReviewRecords(programId: string, number: number): Promise<SessionReviewRecords> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': reviewPartition(programId, number) },
    ConsistentRead: true,
  });
  const of = <T>(entity: string) => items.filter((i) => i.entity === entity).map((i) => withoutKeys<T>(i));
  return {
    feedback: of<Feedback>('Feedback'),
    signatures: of<Signature>('MinutesSignature'),
    reports: of<AssessorReport>('AssessorReport'),
    findings: of<Finding>('Finding'),
    improvements: of<Improvement>('Improvement'),
  };
}
