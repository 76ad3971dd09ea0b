import '../../functions/helpers/env';
import {
  BatchGetCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import type { EmailSuppression, NotificationRecord } from '../../../events/api/notification';
import {
  findNotification,
  findSuppression,
  notificationsOf,
  recordNotification,
  recordNotificationSent,
  recordSuppression,
  releaseNotification,
  suppressionsOf,
} from '../../../adapters/dynamodb/notification-repository';
import { TABLE_NAME } from '../../functions/helpers/env';
import { conditionFailed } from './dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
afterEach(() => ddb.reset());

const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const NIP = '198503102010011002';
const ID = `UNDANGAN#${PROGRAM}#${NIP}#0007/UND/PUSBANG-ASN/VII/2027`;
const REF = { programId: PROGRAM, nip: NIP, notificationId: ID };
const KEY = { pk: `PARTICIPANT#${PROGRAM}#${NIP}`, sk: `NOTIFICATION#${ID}` };
const CLAIM: NotificationRecord = {
  notificationId: ID,
  kind: 'UNDANGAN',
  status: 'SENDING',
  email: 'dewi@bogorkab.go.id',
  requestedAt: '2027-07-15T03:00:01.000Z',
  recordedAt: '2027-07-15T03:00:02.000Z',
  claimId: 'claim-1',
};
const SUPPRESSION: EmailSuppression = {
  email: 'rina@bogorkab.go.id',
  reason: 'BOUNCE',
  feedbackId: 'fb-1',
  sesMessageId: 'ses-1',
  reportedAt: '2027-07-15T03:00:00.000Z',
  recordedAt: '2027-07-15T03:00:03.000Z',
};
const input = <T>(calls: { args: [{ input: T }] }[]) => calls.map((c) => c.args[0].input);

describe('notification repository', () => {
  it("EM1: reads a notification's record strongly consistent, without its keys", async () => {
    ddb.on(GetCommand).resolves({ Item: { ...KEY, entity: 'Notification', ...CLAIM } });

    const found = await findNotification(REF);

    expect(found).toEqual(CLAIM);
    expect(input(ddb.commandCalls(GetCommand))).toEqual([
      { TableName: TABLE_NAME, Key: KEY, ConsistentRead: true },
    ]);
  });

  it('EM2: writes the first record of a notification only if it has none, false when another delivery wrote one', async () => {
    ddb.on(PutCommand).resolvesOnce({}).rejectsOnce(conditionFailed());

    expect(await recordNotification({ programId: PROGRAM, nip: NIP }, CLAIM)).toBe(true);
    expect(await recordNotification({ programId: PROGRAM, nip: NIP }, CLAIM)).toBe(false);

    expect(input(ddb.commandCalls(PutCommand))[0]).toEqual({
      TableName: TABLE_NAME,
      Item: { ...KEY, entity: 'Notification', ...CLAIM },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('EM3: replaces its own claim by SENT with the message id, or deletes it after SES refused; false for a claim not its own', async () => {
    ddb.on(UpdateCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    ddb.on(DeleteCommand).resolves({});
    const sent = { messageId: 'ses-42', sentAt: '2027-07-15T03:00:03.000Z' };

    expect(await recordNotificationSent(REF, 'claim-1', sent)).toBe(true);
    expect(await recordNotificationSent(REF, 'claim-2', sent)).toBe(false);
    expect(await releaseNotification(REF, 'claim-1')).toBe(true);

    const guard = {
      ConditionExpression: '#status = :sending AND claimId = :claim',
      ExpressionAttributeNames: { '#status': 'status' },
    };
    expect(input(ddb.commandCalls(UpdateCommand))[0]).toEqual({
      TableName: TABLE_NAME,
      Key: KEY,
      UpdateExpression:
        'SET #status = :sent, messageId = :messageId, sentAt = :at, recordedAt = :at REMOVE claimId',
      ...guard,
      ExpressionAttributeValues: {
        ':sent': 'SENT',
        ':sending': 'SENDING',
        ':claim': 'claim-1',
        ':messageId': 'ses-42',
        ':at': sent.sentAt,
      },
    });
    expect(input(ddb.commandCalls(DeleteCommand))).toEqual([
      {
        TableName: TABLE_NAME,
        Key: KEY,
        ...guard,
        ExpressionAttributeValues: { ':sending': 'SENDING', ':claim': 'claim-1' },
      },
    ]);
  });

  it("EM4: lists a participant's notifications from their partition", async () => {
    ddb.on(QueryCommand).resolves({ Items: [{ ...KEY, entity: 'Notification', ...CLAIM }] });

    const listed = await notificationsOf(PROGRAM, NIP);

    expect(listed).toEqual([CLAIM]);
    expect(input(ddb.commandCalls(QueryCommand))).toEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': KEY.pk, ':prefix': 'NOTIFICATION#' },
      },
    ]);
  });

  it('EM5: reads whether an address is suppressed, strongly consistent, the address compared in lower case', async () => {
    ddb
      .on(GetCommand)
      .resolves({ Item: { pk: 'EMAIL#rina@bogorkab.go.id', sk: '#SUPPRESSION', ...SUPPRESSION } });

    const found = await findSuppression('Rina@BogorKab.go.id');

    expect(found).toEqual(SUPPRESSION);
    expect(input(ddb.commandCalls(GetCommand))).toEqual([
      {
        TableName: TABLE_NAME,
        Key: { pk: 'EMAIL#rina@bogorkab.go.id', sk: '#SUPPRESSION' },
        ConsistentRead: true,
      },
    ]);
  });

  it('EM7: reads whether several addresses are suppressed in one strongly consistent BatchGetItem, each address once in lower case', async () => {
    ddb.on(BatchGetCommand).resolves({
      Responses: { [TABLE_NAME]: [{ pk: 'EMAIL#rina@bogorkab.go.id', sk: '#SUPPRESSION', ...SUPPRESSION }] },
    });

    const found = await suppressionsOf(['Rina@BogorKab.go.id', 'dewi@bogorkab.go.id', 'rina@bogorkab.go.id']);

    expect([...found]).toEqual([
      ['rina@bogorkab.go.id', SUPPRESSION],
      ['dewi@bogorkab.go.id', undefined],
    ]);
    expect(input(ddb.commandCalls(BatchGetCommand))).toEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [
              { pk: 'EMAIL#rina@bogorkab.go.id', sk: '#SUPPRESSION' },
              { pk: 'EMAIL#dewi@bogorkab.go.id', sk: '#SUPPRESSION' },
            ],
            ConsistentRead: true,
          },
        },
      },
    ]);
  });

  it('EM6: suppresses an address once, keeping the first report (false for a later one)', async () => {
    ddb.on(PutCommand).resolvesOnce({}).rejectsOnce(conditionFailed());

    expect(await recordSuppression(SUPPRESSION)).toBe(true);
    expect(await recordSuppression({ ...SUPPRESSION, reason: 'COMPLAINT' })).toBe(false);

    expect(input(ddb.commandCalls(PutCommand))[0]).toEqual({
      TableName: TABLE_NAME,
      Item: {
        pk: 'EMAIL#rina@bogorkab.go.id',
        sk: '#SUPPRESSION',
        entity: 'EmailSuppression',
        ...SUPPRESSION,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });
});
