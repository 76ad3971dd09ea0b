import '../../functions/helpers/env';
import {
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  findNotice,
  issueNotice,
  lastNoticeSequence,
  listNotices,
  recordNoticeDocument,
  recordNoticeReceipt,
} from '../../../adapters/dynamodb/structural-notice-repository';
import { REGISTER_MOVED } from '../../../adapters/dynamodb/register';
import { StructuralNotice, type NoticeSchedule } from '../../../events/api/structural-notice';
import { TABLE_NAME } from '../../functions/helpers/env';
import { cancelled, cancelledAt, conditionFailed } from './dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const NOTICE = structuredClone((StructuralNotice.meta()?.examples as StructuralNotice[])[0]!);
const PK = `STRUCTURAL#${NOTICE.instansiCode}`;
const KEY = { pk: PK, sk: `NOTICE#${NOTICE.nip}#2026-0007` };
const CANDIDATE = { pk: PK, sk: `CANDIDATE#${NOTICE.nip}` };
const COUNTER = { pk: PK, sk: 'COUNTER#NOTICE#2026' };
const SCHEDULE: NoticeSchedule = {
  noticeId: '2026-0007',
  number: NOTICE.letter.number,
  date: '2026-03-25',
  endDate: '2026-03-25',
  receiveBy: '2026-03-10',
  status: 'MENUNGGU_PENERIMAAN',
};
const item = { ...KEY, entity: 'StructuralNotice', ...NOTICE };

describe('structural notice repository', () => {
  it('SN1: issues a notice with the next number of the register, the schedule naming it and the old one replaced', async () => {
    ddb.on(TransactWriteCommand).resolves({});
    expect(await issueNotice(NOTICE, { year: 2026, last: 6 }, '2026-0003', SCHEDULE)).toBe('ISSUED');
    expect(ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input).toStrictEqual({
      TransactItems: [
        {
          Update: {
            TableName: TABLE_NAME,
            Key: COUNTER,
            ConditionExpression: '#last = :last',
            UpdateExpression: 'SET #last = :next, #entity = :entity',
            ExpressionAttributeNames: { '#last': 'last', '#entity': 'entity' },
            ExpressionAttributeValues: { ':last': 6, ':next': 7, ':entity': 'StructuralNoticeCounter' },
          },
        },
        { Put: { TableName: TABLE_NAME, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } },
        {
          Update: {
            TableName: TABLE_NAME,
            Key: CANDIDATE,
            ConditionExpression: 'attribute_exists(#plan) AND #schedule.#noticeId = :previous',
            UpdateExpression: 'SET #schedule = :schedule',
            ExpressionAttributeNames: { '#plan': 'plan', '#schedule': 'schedule', '#noticeId': 'noticeId' },
            ExpressionAttributeValues: { ':schedule': SCHEDULE, ':previous': '2026-0003' },
          },
        },
        {
          Update: {
            TableName: TABLE_NAME,
            Key: { pk: PK, sk: `NOTICE#${NOTICE.nip}#2026-0003` },
            ConditionExpression: 'attribute_exists(pk)',
            UpdateExpression: 'SET #status = :replaced, #supersededBy = :id',
            ExpressionAttributeNames: { '#status': 'status', '#supersededBy': 'supersededBy' },
            ExpressionAttributeValues: { ':replaced': 'DIGANTI', ':id': '2026-0007' },
          },
        },
      ],
    });
  });

  it.each([
    ['the first notice, on a new register', 0, undefined, 'ISSUED', undefined],
    ['another letter took the number', 6, undefined, REGISTER_MOVED, cancelledAt(3, 0)],
    ['the register is busy', 6, undefined, REGISTER_MOVED, cancelled('TransactionConflict', 'None', 'None')],
    [
      'the candidate has no plan or another schedule now',
      6,
      undefined,
      'CANDIDATE_CHANGED',
      cancelledAt(3, 2),
    ],
    ['the replaced notice is gone', 6, '2026-0003', 'CANDIDATE_CHANGED', cancelledAt(4, 3)],
  ] as const)('issuing: %s → %s', async (_case, last, previous, outcome, error) => {
    if (error) ddb.on(TransactWriteCommand).rejects(error);
    else ddb.on(TransactWriteCommand).resolves({});
    expect(await issueNotice(NOTICE, { year: 2026, last }, previous, SCHEDULE)).toBe(outcome);
    const [register, , candidate] = ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems!;
    if (last === 0) expect(register!.Update!.ConditionExpression).toBe('attribute_not_exists(#last)');
    if (!previous) {
      expect(candidate!.Update!.ConditionExpression).toBe(
        'attribute_exists(#plan) AND attribute_not_exists(#schedule)',
      );
    }
  });

  it("SN2: a candidate's notices in the order they were issued", async () => {
    ddb.on(QueryCommand).resolves({ Items: [item] });
    expect(await listNotices(NOTICE.instansiCode, NOTICE.nip)).toStrictEqual([NOTICE]);
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': PK, ':prefix': `NOTICE#${NOTICE.nip}#` },
    });
  });

  it("SN2's filter: the notices of one nomination only, the NIP's letters of the others left out", async () => {
    const later = { ...item, sk: `NOTICE#${NOTICE.nip}#2028-0001`, id: '2028-0001', nomination: 2 };
    ddb.on(QueryCommand).resolves({ Items: [item, later] });
    expect(await listNotices(NOTICE.instansiCode, NOTICE.nip)).toStrictEqual([NOTICE]);
    expect(await listNotices(NOTICE.instansiCode, NOTICE.nip, 2)).toStrictEqual([
      { ...NOTICE, id: '2028-0001', nomination: 2 },
    ]);
  });

  it('SN3: one notice, strongly consistent', async () => {
    ddb.on(GetCommand).resolves({ Item: item });
    expect(await findNotice(NOTICE.instansiCode, NOTICE.nip, NOTICE.id)).toStrictEqual(NOTICE);
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: KEY,
      ConsistentRead: true,
    });
  });

  it("SN4: the last number of the instansi's register for a year, 0 when none", async () => {
    ddb
      .on(GetCommand)
      .resolvesOnce({ Item: { ...COUNTER, last: 6 } })
      .resolvesOnce({});
    expect(await lastNoticeSequence(NOTICE.instansiCode, 2026)).toBe(6);
    expect(await lastNoticeSequence(NOTICE.instansiCode, 2026)).toBe(0);
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: COUNTER,
      ConsistentRead: true,
    });
  });

  it('SN5: the signed PDF of an existing notice', async () => {
    ddb.on(UpdateCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    const document = { key: 'k.pdf', sha256: 'ab', signedAt: '2026-03-02T02:00:00.000Z' };
    expect(await recordNoticeDocument(NOTICE, document)).toBe(true);
    expect(await recordNoticeDocument(NOTICE, document)).toBe(false);
    expect(ddb.commandCalls(UpdateCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: KEY,
      ConditionExpression: 'attribute_exists(pk)',
      UpdateExpression: 'SET #document = :document',
      ExpressionAttributeNames: { '#document': 'document' },
      ExpressionAttributeValues: { ':document': document },
    });
  });

  it('SN6: the receipt once, of the notice the schedule names, with the status it gives both', async () => {
    ddb.on(TransactWriteCommand).resolvesOnce({}).rejectsOnce(cancelledAt(2, 0));
    const receipt = {
      receivedOn: '2026-03-11',
      deadline: '2026-03-10',
      late: true,
      by: 'kepegawaian.kemenpan',
      at: '2026-03-11T03:00:00.000Z',
    };
    expect(await recordNoticeReceipt(NOTICE, receipt, 'TERLAMBAT', 'PERLU_JADWAL_BARU')).toBe(true);
    expect(await recordNoticeReceipt(NOTICE, receipt, 'TERLAMBAT', 'PERLU_JADWAL_BARU')).toBe(false);
    expect(ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input).toStrictEqual({
      TransactItems: [
        {
          Update: {
            TableName: TABLE_NAME,
            Key: KEY,
            ConditionExpression: '#status = :sent AND attribute_not_exists(#receipt)',
            UpdateExpression: 'SET #status = :status, #receipt = :receipt',
            ExpressionAttributeNames: { '#status': 'status', '#receipt': 'receipt' },
            ExpressionAttributeValues: { ':sent': 'DIKIRIM', ':status': 'TERLAMBAT', ':receipt': receipt },
          },
        },
        {
          Update: {
            TableName: TABLE_NAME,
            Key: CANDIDATE,
            ConditionExpression: '#schedule.#noticeId = :id',
            UpdateExpression: 'SET #schedule.#status = :scheduleStatus',
            ExpressionAttributeNames: {
              '#schedule': 'schedule',
              '#noticeId': 'noticeId',
              '#status': 'status',
            },
            ExpressionAttributeValues: { ':id': '2026-0007', ':scheduleStatus': 'PERLU_JADWAL_BARU' },
          },
        },
      ],
    });
  });
});
