import '../../functions/helpers/env';
import {
  BatchGetCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  closeRound,
  markRoundStep,
  createQuestionnaire,
  findQuestionnaire,
  loadMonev,
  openQuestionnairesOf,
  openRound,
  plansNaming,
  questionnairesOf,
  recordAnswer,
  monevDue,
  rescheduleMonev,
  retireMonev,
  saveMonevSettings,
  scheduleMonev,
  stampDelivery,
  type MonevDue,
} from '../../../adapters/dynamodb/monev-repository';
import { participantRead } from '../../../adapters/dynamodb/seating-repository';
import { readItems } from '../../../adapters/dynamodb/table';
import { confirmationRead, saveConfirmation } from '../../../adapters/dynamodb/training-repository';
import { ACTION_PLAN_EXAMPLE, type Confirmation } from '../../../events/api/training';
import { MonevAnswerRequest, type MonevRound, type Questionnaire } from '../../../events/api/monev';
import { TABLE_NAME } from '../../functions/helpers/env';
import { PROGRAM_ID } from '../../functions/helpers/programs';
import { INSTANSI, NIP } from '../../functions/helpers/proposals';
import { conditionFailed } from './dynamodb-errors';

/*
 * The access patterns MV1-MV20 of docs/data-model.md ("Action plans and Monev"): the exact command of each,
 * and what each conditional write answers when its condition fails (the job runs again: nothing twice).
 */
const ddb = mockClient(DynamoDBDocumentClient);

const NOW = '2027-10-29T17:15:00.000Z';
const MENTOR = '197001011995031001';
const MONEV_PARTITION = `PROGRAM#${PROGRAM_ID}#MONEV`;
const ROUND_PARTITION = `MONEV#${PROGRAM_ID}#19#3`;

const round: MonevRound = {
  programId: PROGRAM_ID,
  cohort: 19,
  point: 3,
  level: 'ADMINISTRATOR',
  opensOn: '2027-10-30',
  remindOn: '2027-11-22',
  closesOn: '2027-11-29',
  status: 'OPEN',
  openedAt: NOW,
};
const questionnaire: Questionnaire = {
  programId: PROGRAM_ID,
  cohort: 19,
  point: 3,
  nip: NIP,
  respondent: 'MENTOR',
  recipientNip: MENTOR,
  instansiCode: INSTANSI,
  level: 'ADMINISTRATOR',
  participantName: 'Dewi Lestari',
  plan: { title: 'Judul', milestones: [] },
  opensOn: round.opensOn,
  remindOn: round.remindOn,
  closesOn: round.closesOn,
};
const PROGRAM = { id: PROGRAM_ID, name: 'Pelatihan dan Sertifikasi Manajemen ASN 2027' };
const DUE_KEY = { pk: MONEV_PARTITION, sk: '#DUE' };
const DUE: MonevDue = { programId: PROGRAM_ID, programName: PROGRAM.name, dueOn: '2027-10-30', revision: 2 };
const Q_KEY = { pk: ROUND_PARTITION, sk: `Q#${NIP}#MENTOR` };
const answer = (MonevAnswerRequest.meta()!.examples as MonevAnswerRequest[])[0]!;

const inputs = <T extends object>(command: new (input: T) => unknown) =>
  ddb.commandCalls(command as never).map((c) => (c.args[0] as { input: unknown }).input);

beforeEach(() => {
  ddb.reset();
  ddb.on(QueryCommand).resolves({ Items: [] });
  ddb.on(PutCommand).resolves({});
  ddb.on(UpdateCommand).resolves({});
});

describe('monev repository (docs/data-model.md MV1-MV20)', () => {
  it('MV1: reads the settings and the rounds of a programme in one consistent query', async () => {
    ddb.on(QueryCommand).resolves({
      Items: [
        {
          pk: MONEV_PARTITION,
          sk: '#SETTINGS',
          entity: 'MonevSettings',
          points: [6],
          answerDays: 20,
          reminderDaysBefore: 3,
        },
        { pk: MONEV_PARTITION, sk: 'ROUND#019#03', entity: 'MonevRound', ...round },
      ],
    });
    expect(await loadMonev(PROGRAM_ID)).toEqual({
      settings: { points: [6], answerDays: 20, reminderDaysBefore: 3 },
      rounds: [round],
    });
    expect(inputs(QueryCommand)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': MONEV_PARTITION },
        ConsistentRead: true,
      },
    ]);
  });

  it("MV17: the entry made due is due on today's date in WIB, the day a setting saved at 00:30 WIB counts", async () => {
    ddb.on(TransactWriteCommand).resolves({});
    // 17:30 UTC on 1 March is 00:30 WIB on 2 March.
    await saveMonevSettings(
      PROGRAM,
      { points: [3], answerDays: 30, reminderDaysBefore: 7 },
      'admin',
      new Date('2027-03-01T17:30:00.000Z'),
    );
    const update = (
      inputs(TransactWriteCommand)[0] as {
        TransactItems: { Update?: { Key: unknown; ExpressionAttributeValues: Record<string, unknown> } }[];
      }
    ).TransactItems[1]!.Update!;
    expect(update.Key).toStrictEqual(DUE_KEY);
    expect(update.ExpressionAttributeValues).toMatchObject({
      ':dueOn': '2027-03-02',
      ':g2pk': 'MONEV_DUE',
      ':g2sk': `2027-03-02#${PROGRAM_ID}`,
    });
  });

  it("MV2: puts the settings with who set them and makes the programme's entry due today (MV17), in one transaction", async () => {
    ddb.on(TransactWriteCommand).resolves({});
    await saveMonevSettings(
      PROGRAM,
      { points: [3, 6], answerDays: 30, reminderDaysBefore: 7 },
      'admin',
      new Date(NOW),
    );
    expect(inputs(TransactWriteCommand)).toStrictEqual([
      {
        TransactItems: [
          {
            Put: {
              TableName: TABLE_NAME,
              Item: {
                pk: MONEV_PARTITION,
                sk: '#SETTINGS',
                entity: 'MonevSettings',
                points: [3, 6],
                answerDays: 30,
                reminderDaysBefore: 7,
                setBy: 'admin',
                setAt: NOW,
              },
            },
          },
          {
            Update: {
              TableName: TABLE_NAME,
              Key: DUE_KEY,
              UpdateExpression:
                'SET #entity = :entity, #programId = :programId, #programName = :programName, #dueOn = :dueOn, #g2pk = :g2pk, #g2sk = :g2sk ADD #revision :one',
              ExpressionAttributeNames: {
                '#entity': 'entity',
                '#programId': 'programId',
                '#programName': 'programName',
                '#dueOn': 'dueOn',
                '#g2pk': 'gsi2pk',
                '#g2sk': 'gsi2sk',
                '#revision': 'revision',
              },
              ExpressionAttributeValues: {
                ':entity': 'MonevDue',
                ':programId': PROGRAM_ID,
                ':programName': PROGRAM.name,
                ':dueOn': '2027-10-30', // NOW in WIB
                ':g2pk': 'MONEV_DUE',
                ':g2sk': `2027-10-30#${PROGRAM_ID}`,
                ':one': 1,
              },
            },
          },
        ],
      },
    ]);
  });

  it('MV3: opens a round only if absent; a second run is told it exists', async () => {
    expect(await openRound(round)).toBe(true);
    ddb.on(PutCommand).rejects(conditionFailed());
    expect(await openRound(round)).toBe(false);
    expect(inputs(PutCommand)[0]).toStrictEqual({
      TableName: TABLE_NAME,
      Item: { pk: MONEV_PARTITION, sk: 'ROUND#019#03', entity: 'MonevRound', ...round },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('MV4: closes a round only while open', async () => {
    expect(await closeRound(round, NOW)).toBe(true);
    ddb.on(UpdateCommand).rejects(conditionFailed());
    expect(await closeRound(round, NOW)).toBe(false);
    expect(inputs(UpdateCommand)[0]).toStrictEqual({
      TableName: TABLE_NAME,
      Key: { pk: MONEV_PARTITION, sk: 'ROUND#019#03' },
      UpdateExpression: 'SET #status = :closed, closedAt = :at',
      ConditionExpression: '#status = :open',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':closed': 'CLOSED', ':open': 'OPEN', ':at': NOW },
    });
  });

  it('MV15: marks a round sent, or reminded, once', async () => {
    expect(await markRoundStep(round, 'sentAt', NOW)).toBe(true);
    ddb.on(UpdateCommand).rejects(conditionFailed());
    expect(await markRoundStep(round, 'remindedAt', NOW)).toBe(false);
    const mark = (field: string) => ({
      TableName: TABLE_NAME,
      Key: { pk: MONEV_PARTITION, sk: 'ROUND#019#03' },
      UpdateExpression: 'SET #field = :at',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#field)',
      ExpressionAttributeNames: { '#field': field },
      ExpressionAttributeValues: { ':at': NOW },
    });
    expect(inputs(UpdateCommand)).toStrictEqual([mark('sentAt'), mark('remindedAt')]);
  });

  it('MV5: creates a questionnaire once, listed for its recipient by its closing day', async () => {
    expect(await createQuestionnaire(questionnaire)).toBe(true);
    ddb.on(PutCommand).rejects(conditionFailed());
    expect(await createQuestionnaire(questionnaire)).toBe(false);
    expect(inputs(PutCommand)[0]).toStrictEqual({
      TableName: TABLE_NAME,
      Item: {
        ...Q_KEY,
        gsi1pk: `MONEV_RECIPIENT#${MENTOR}`,
        gsi1sk: `2027-11-29#${PROGRAM_ID}#19#3#${NIP}#MENTOR`,
        entity: 'Questionnaire',
        ...questionnaire,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it("MV6: reads a round's questionnaires consistently", async () => {
    ddb.on(QueryCommand).resolves({ Items: [{ ...Q_KEY, entity: 'Questionnaire', ...questionnaire }] });
    expect(await questionnairesOf(round)).toEqual([questionnaire]);
    expect(inputs(QueryCommand)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': ROUND_PARTITION, ':prefix': 'Q#' },
        ConsistentRead: true,
      },
    ]);
  });

  it('MV7: gets one questionnaire, consistently', async () => {
    ddb.on(GetCommand).resolves({ Item: { ...Q_KEY, entity: 'Questionnaire', ...questionnaire } });
    expect(await findQuestionnaire(questionnaire)).toEqual(questionnaire);
    expect(inputs(GetCommand)).toStrictEqual([{ TableName: TABLE_NAME, Key: Q_KEY, ConsistentRead: true }]);
  });

  it("MV8: lists a recipient's questionnaires closing today or later", async () => {
    await openQuestionnairesOf(MENTOR, '2027-11-29');
    expect(inputs(QueryCommand)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk AND #sk >= :today',
        ExpressionAttributeNames: { '#pk': 'gsi1pk', '#sk': 'gsi1sk' },
        ExpressionAttributeValues: { ':pk': `MONEV_RECIPIENT#${MENTOR}`, ':today': '2027-11-29' },
      },
    ]);
  });

  it('MV10: stamps sentAt or remindedAt once; a repeated run is told it was delivered', async () => {
    expect(await stampDelivery(questionnaire, 'KUESIONER_MONEV', NOW)).toBe(true);
    expect(await stampDelivery(questionnaire, 'PENGINGAT_MONEV', NOW)).toBe(true);
    const stamp = (field: string) => ({
      TableName: TABLE_NAME,
      Key: Q_KEY,
      UpdateExpression: 'SET #field = :at',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#field)',
      ExpressionAttributeNames: { '#field': field },
      ExpressionAttributeValues: { ':at': NOW },
    });
    expect(inputs(UpdateCommand)).toStrictEqual([stamp('sentAt'), stamp('remindedAt')]);
    ddb.on(UpdateCommand).rejects(conditionFailed());
    expect(await stampDelivery(questionnaire, 'KUESIONER_MONEV', NOW)).toBe(false);
  });

  it('MV11: records an answer only while unanswered', async () => {
    expect(await recordAnswer(questionnaire, answer, NOW)).toBe(true);
    ddb.on(UpdateCommand).rejects(conditionFailed());
    expect(await recordAnswer(questionnaire, answer, NOW)).toBe(false);
    expect(inputs(UpdateCommand)[0]).toStrictEqual({
      TableName: TABLE_NAME,
      Key: Q_KEY,
      UpdateExpression: 'SET answer = :answer, answeredAt = :at',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(answer)',
      ExpressionAttributeValues: { ':answer': answer, ':at': NOW },
    });
  });

  it('MV12: lists the confirmations naming a mentor on gsi2', async () => {
    ddb.on(QueryCommand).resolves({
      Items: [{ pk: 'x', sk: 'y', gsi2pk: 'z', gsi2sk: 'w', entity: 'Confirmation', nip: NIP, version: 2 }],
    });
    expect(await plansNaming(MENTOR)).toEqual([{ nip: NIP, version: 2 }]);
    expect(inputs(QueryCommand)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi2',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'gsi2pk' },
        ExpressionAttributeValues: { ':pk': `MENTOR#${MENTOR}#ACTION_PLANS` },
      },
    ]);
  });

  it('MV13: reads a participant and their confirmation in one consistent BatchGetItem', async () => {
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [] } });
    await readItems(participantRead(PROGRAM_ID, NIP), confirmationRead(PROGRAM_ID, NIP));
    expect(inputs(BatchGetCommand)).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [
              { pk: `PARTICIPANT#${PROGRAM_ID}#${NIP}`, sk: '#PARTICIPANT' },
              { pk: `PARTICIPANT#${PROGRAM_ID}#${NIP}`, sk: 'TRAINING#CONFIRMATION' },
            ],
            ConsistentRead: true,
          },
        },
      },
    ]);
  });

  it('MV14: a confirmation whose plan names a mentor is listed under the mentor on gsi2', async () => {
    ddb.on(TransactWriteCommand).resolves({});
    const confirmation: Confirmation = {
      programId: PROGRAM_ID,
      nip: NIP,
      instansiCode: INSTANSI,
      cohort: 19,
      attending: true,
      actionPlan: ACTION_PLAN_EXAMPLE,
      confirmedBy: 'peserta',
      confirmedAt: NOW,
      version: 1,
    };
    await saveConfirmation(confirmation, undefined);
    const [{ TransactItems }] = inputs(TransactWriteCommand) as [
      { TransactItems: { Put?: { Item: object } }[] },
    ];
    expect(TransactItems[1]!.Put!.Item).toStrictEqual({
      pk: `PARTICIPANT#${PROGRAM_ID}#${NIP}`,
      sk: 'TRAINING#CONFIRMATION',
      entity: 'Confirmation',
      ...confirmation,
      gsi2pk: `MENTOR#${MENTOR}#ACTION_PLANS`,
      gsi2sk: `${PROGRAM_ID}#${NIP}`,
    });
    // The history item is not listed: the mentor reads the current plan only.
    expect(TransactItems[2]!.Put!.Item).not.toHaveProperty('gsi2pk');
  });

  it("MV16: puts a new programme's entry, due the day its first round opens, listed on gsi2", async () => {
    await scheduleMonev(PROGRAM, '2027-10-30');
    expect(inputs(PutCommand)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Item: {
          ...DUE_KEY,
          gsi2pk: 'MONEV_DUE',
          gsi2sk: `2027-10-30#${PROGRAM_ID}`,
          entity: 'MonevDue',
          programId: PROGRAM_ID,
          programName: PROGRAM.name,
          dueOn: '2027-10-30',
          revision: 0,
        },
      },
    ]);
  });

  it('MV18: reads the entries due today or earlier on gsi2 (a key condition), every page', async () => {
    ddb.on(QueryCommand).resolves({
      Items: [
        { ...DUE_KEY, gsi2pk: 'MONEV_DUE', gsi2sk: `2027-10-30#${PROGRAM_ID}`, entity: 'MonevDue', ...DUE },
      ],
    });
    expect(await monevDue('2027-10-30')).toEqual([DUE]);
    expect(inputs(QueryCommand)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi2',
        KeyConditionExpression: '#pk = :pk AND #sk <= :last',
        ExpressionAttributeNames: { '#pk': 'gsi2pk', '#sk': 'gsi2sk' },
        ExpressionAttributeValues: { ':pk': 'MONEV_DUE', ':last': '2027-10-30#~' },
      },
    ]);
  });

  it('MV19: moves the entry to its next day unless its revision was raised since the job read it', async () => {
    expect(await rescheduleMonev(DUE, '2027-11-22')).toBe(true);
    ddb.on(UpdateCommand).rejects(conditionFailed());
    expect(await rescheduleMonev(DUE, '2027-11-22')).toBe(false);
    expect(inputs(UpdateCommand)[0]).toStrictEqual({
      TableName: TABLE_NAME,
      Key: DUE_KEY,
      UpdateExpression: 'SET #dueOn = :dueOn, #g2sk = :g2sk',
      ConditionExpression: '#revision = :read',
      ExpressionAttributeNames: { '#dueOn': 'dueOn', '#g2sk': 'gsi2sk', '#revision': 'revision' },
      ExpressionAttributeValues: { ':dueOn': '2027-11-22', ':g2sk': `2027-11-22#${PROGRAM_ID}`, ':read': 2 },
    });
  });

  it('MV20: deletes the entry of a programme whose Monev is over unless its revision was raised since', async () => {
    ddb.on(DeleteCommand).resolves({});
    expect(await retireMonev(DUE)).toBe(true);
    ddb.on(DeleteCommand).rejects(conditionFailed());
    expect(await retireMonev(DUE)).toBe(false);
    expect(inputs(DeleteCommand)[0]).toStrictEqual({
      TableName: TABLE_NAME,
      Key: DUE_KEY,
      ConditionExpression: '#revision = :read',
      ExpressionAttributeNames: { '#revision': 'revision' },
      ExpressionAttributeValues: { ':read': 2 },
    });
  });
});
