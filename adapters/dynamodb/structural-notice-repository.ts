import { GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { NoticeSchedule, StructuralNotice } from '../../events/api/structural-notice';
import { dynamo } from '../../runtime/clients';
import {
  structuralCandidateKey,
  structuralNoticeCounterKey,
  structuralNoticeKey,
  structuralNoticePrefix,
  structuralPartition,
} from './keys';
import { queryAll, skBeginsWith } from './query';
import { advance, lastTaken, REGISTER_MOVED, type Register, type RegisterMoved } from './register';
import { cancellationReasons, sendIf, tableName, withoutKeys, type TransactItem } from './table';

/*
 * A candidate's notification letters (docs/data-model.md, "Structural-position assessment", SN1-SN6): one item per
 * letter in the instansi's partition, numbered from the instansi's register of the year, issued in one
 * transaction with the candidate's schedule (which names the letter that holds) and the replaced letter's status.
 */

/** The instansi's register of notice numbers for a year: numbers unique per instansi and year, without gaps. */
export const noticeRegister = (instansiCode: string, year: number): Register => ({
  key: structuralNoticeCounterKey(instansiCode, year),
  entity: 'StructuralNoticeCounter',
  name: `Notice register of ${instansiCode} in ${year}`,
});

/** SN4: the last sequence the instansi took in the year (0 when none yet), strongly consistent. */
export const lastNoticeSequence = (instansiCode: string, year: number): Promise<number> =>
  lastTaken(noticeRegister(instansiCode, year));

export type IssueOutcome = 'ISSUED' | RegisterMoved | 'CANDIDATE_CHANGED';

/**
 * SN1: issues `notice` with sequence `last + 1` of its year, all or nothing: the register still at `last`, the
 * candidate planned and its schedule still naming `previous` (or none), which becomes DIGANTI. REGISTER_MOVED:
 * another letter took the number, try the next; CANDIDATE_CHANGED: the candidate moved meanwhile.
 */
export async function issueNotice(
  notice: StructuralNotice,
  register: { year: number; last: number },
  previous: string | undefined,
  schedule: NoticeSchedule,
): Promise<IssueOutcome> {
  const items: TransactItem[] = [
    advance(noticeRegister(notice.instansiCode, register.year), register.last),
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...structuralNoticeKey(notice.instansiCode, notice.nip, notice.id),
          entity: 'StructuralNotice',
          ...notice,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Update: {
        TableName: tableName(),
        Key: structuralCandidateKey(notice.instansiCode, notice.nip),
        ConditionExpression: previous
          ? 'attribute_exists(#plan) AND #schedule.#noticeId = :previous'
          : 'attribute_exists(#plan) AND attribute_not_exists(#schedule)',
        UpdateExpression: 'SET #schedule = :schedule',
        ExpressionAttributeNames: {
          '#plan': 'plan',
          '#schedule': 'schedule',
          ...(previous ? { '#noticeId': 'noticeId' } : {}),
        },
        ExpressionAttributeValues: { ':schedule': schedule, ...(previous ? { ':previous': previous } : {}) },
      },
    },
    ...(previous
      ? [
          {
            Update: {
              TableName: tableName(),
              Key: structuralNoticeKey(notice.instansiCode, notice.nip, previous),
              ConditionExpression: 'attribute_exists(pk)',
              UpdateExpression: 'SET #status = :replaced, #supersededBy = :id',
              ExpressionAttributeNames: { '#status': 'status', '#supersededBy': 'supersededBy' },
              ExpressionAttributeValues: { ':replaced': 'DIGANTI', ':id': notice.id },
            },
          },
        ]
      : []),
  ];
  try {
    await dynamo().send(new TransactWriteCommand({ TransactItems: items }));
    return 'ISSUED';
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (!reasons) throw error;
    const [, , candidateReason, previousReason] = reasons;
    if (candidateReason === 'ConditionalCheckFailed' || previousReason === 'ConditionalCheckFailed') {
      return 'CANDIDATE_CHANGED';
    }
    // The register or the number's item taken by another letter, or a conflict: read the register again.
    if (reasons.some((r) => r === 'ConditionalCheckFailed' || r === 'TransactionConflict'))
      return REGISTER_MOVED;
    throw error;
  }
}

/**
 * SN2: the notices of one nomination of a candidate (absent: the first) in the order they were issued (year, then
 * sequence). A letter's id is unique in the instansi's register, so its key names no nomination: the Query reads
 * the NIP's letters of every nomination (a few each) and keeps those of the one asked.
 */
export async function listNotices(
  instansiCode: string,
  nip: string,
  nomination?: number,
): Promise<StructuralNotice[]> {
  const items = await queryAll(skBeginsWith(structuralPartition(instansiCode), structuralNoticePrefix(nip)));
  return items
    .map((item) => withoutKeys<StructuralNotice>(item))
    .filter((notice) => (notice.nomination ?? 1) === (nomination ?? 1));
}

/** SN3: one notice, strongly consistent (its receipt decides the next step). */
export async function findNotice(
  instansiCode: string,
  nip: string,
  noticeId: string,
): Promise<StructuralNotice | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName(),
      Key: structuralNoticeKey(instansiCode, nip, noticeId),
      ConsistentRead: true,
    }),
  );
  return Item ? withoutKeys<StructuralNotice>(Item) : undefined;
}

/** SN5: the signed PDF of a notice, by the worker; false when the notice does not exist. */
export function recordNoticeDocument(
  notice: Pick<StructuralNotice, 'instansiCode' | 'nip' | 'id'>,
  document: NonNullable<StructuralNotice['document']>,
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: structuralNoticeKey(notice.instansiCode, notice.nip, notice.id),
      ConditionExpression: 'attribute_exists(pk)',
      UpdateExpression: 'SET #document = :document',
      ExpressionAttributeNames: { '#document': 'document' },
      ExpressionAttributeValues: { ':document': document },
    }),
  );
}

/**
 * SN6: the receipt of the notice that holds, once, with the status it gives the notice and the candidate's
 * schedule; false when it was recorded or replaced meanwhile.
 */
export async function recordNoticeReceipt(
  notice: Pick<StructuralNotice, 'instansiCode' | 'nip' | 'id'>,
  receipt: NonNullable<StructuralNotice['receipt']>,
  status: StructuralNotice['status'],
  scheduleStatus: NoticeSchedule['status'],
): Promise<boolean> {
  try {
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName(),
              Key: structuralNoticeKey(notice.instansiCode, notice.nip, notice.id),
              ConditionExpression: '#status = :sent AND attribute_not_exists(#receipt)',
              UpdateExpression: 'SET #status = :status, #receipt = :receipt',
              ExpressionAttributeNames: { '#status': 'status', '#receipt': 'receipt' },
              ExpressionAttributeValues: { ':sent': 'DIKIRIM', ':status': status, ':receipt': receipt },
            },
          },
          {
            Update: {
              TableName: tableName(),
              Key: structuralCandidateKey(notice.instansiCode, notice.nip),
              ConditionExpression: '#schedule.#noticeId = :id',
              UpdateExpression: 'SET #schedule.#status = :scheduleStatus',
              ExpressionAttributeNames: {
                '#schedule': 'schedule',
                '#noticeId': 'noticeId',
                '#status': 'status',
              },
              ExpressionAttributeValues: { ':id': notice.id, ':scheduleStatus': scheduleStatus },
            },
          },
        ],
      }),
    );
    return true;
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (reasons?.some((r) => r === 'ConditionalCheckFailed' || r === 'TransactionConflict')) return false;
    throw error;
  }
}
