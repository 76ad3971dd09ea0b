import '../../functions/helpers/env';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { cvSlotPlace } from '../../../adapters/dynamodb/keys';
import { readItems } from '../../../adapters/dynamodb/table';
import {
  attendanceOf,
  confirmationHistory,
  confirmationRead,
  cvRead,
  eLearningRead,
  attendanceRead,
  loadTraining,
  saveAttendance,
  saveConfirmation,
  saveCv,
  saveELearning,
} from '../../../adapters/dynamodb/training-repository';
import { pikGraduationRead } from '../../../adapters/dynamodb/pik-repository';
import { cohortRead } from '../../../adapters/dynamodb/seating-repository';
import { slotRead } from '../../../adapters/dynamodb/upload-slot-repository';
import { seatAndPikEntry } from '../../../services/training/pik-graduates';
import type { AttendanceRegister, Confirmation, ELearningRecord } from '../../../events/api/training';
import { TABLE_NAME } from '../../functions/helpers/env';
import { PROGRAM_ID } from '../../functions/helpers/programs';
import { aPinnedUpload, INSTANSI, NIP, OTHER_NIP, slotItem } from '../../functions/helpers/proposals';
import { PESERTA } from '../../functions/preassessment/table';
import { cancelledAt } from './dynamodb-errors';

/*
 * The access patterns T1-T7 of docs/data-model.md ("Training"): the exact command of each, stated here once,
 * and what each conditional write answers when one of its conditions fails.
 */
const ddb = mockClient(DynamoDBDocumentClient);

const NOW = '2026-07-20T03:00:00.000Z';
const PARTITION = `PARTICIPANT#${PROGRAM_ID}#${NIP}`;
const COHORT_PARTITION = `COHORT#${PROGRAM_ID}#019`;
const CV = aPinnedUpload(`training/${PROGRAM_ID}/${NIP}/CV`);

/** The check that a participant is still set and seated in cohort 19 (the seating repository's stillSeatedIn). */
const seatCheck = (nip: string = NIP) => ({
  ConditionCheck: {
    TableName: TABLE_NAME,
    Key: { pk: `PARTICIPANT#${PROGRAM_ID}#${nip}`, sk: '#PARTICIPANT' },
    ConditionExpression: '#status = :set AND #seat.#cohort = :cohort AND attribute_not_exists(#withdrawnAt)',
    ExpressionAttributeNames: {
      '#status': 'status',
      '#seat': 'seat',
      '#cohort': 'cohort',
      '#withdrawnAt': 'withdrawnAt',
    },
    ExpressionAttributeValues: { ':set': 'SET', ':cohort': 19 },
  },
});
/** The condition of a versioned record's Put on the version read. */
const onVersion = (previous: number) => ({
  ConditionExpression: '#version = :previous',
  ExpressionAttributeNames: { '#version': 'version' },
  ExpressionAttributeValues: { ':previous': previous },
});
const transactions = () => ddb.commandCalls(TransactWriteCommand).map((c) => c.args[0].input);

const confirmation = (version: number, attending = true): Confirmation => ({
  programId: PROGRAM_ID,
  nip: NIP,
  instansiCode: INSTANSI,
  cohort: 19,
  attending,
  ...(attending ? { cv: CV } : {}),
  confirmedBy: PESERTA,
  confirmedAt: NOW,
  version,
});
const eLearning = (version: number): ELearningRecord => ({
  programId: PROGRAM_ID,
  nip: NIP,
  cohort: 19,
  completedOn: '2026-07-18',
  recordedBy: 'bkn-admin-1',
  recordedAt: NOW,
  version,
});
const register = (version: number, present: string[] = [NIP, OTHER_NIP]): AttendanceRegister => ({
  programId: PROGRAM_ID,
  cohort: 19,
  date: '2026-07-29',
  day: 1,
  session: 'KLASIKAL',
  present,
  recordedBy: 'bkn-admin-1',
  recordedAt: NOW,
  version,
});

beforeEach(() => {
  ddb.reset();
  ddb.on(PutCommand).resolves({});
  ddb.on(TransactWriteCommand).resolves({});
});

describe('training repository (docs/data-model.md, Training)', () => {
  it('T1: reads a participant’s CV, confirmation, e-learning and module resumes in one strongly consistent Query of TRAINING#', async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({
      Items: [
        { pk: PARTITION, sk: 'TRAINING#CONFIRMATION', entity: 'Confirmation', ...confirmation(2) },
        {
          pk: PARTITION,
          sk: 'TRAINING#CV',
          entity: 'ParticipantCv',
          programId: PROGRAM_ID,
          nip: NIP,
          document: CV,
        },
        { pk: PARTITION, sk: 'TRAINING#ELEARNING', entity: 'ELearning', ...eLearning(1) },
        { pk: PARTITION, sk: 'TRAINING#RESUME#MOD-ADM-01', entity: 'ModuleResume', document: CV },
      ],
    });

    // Act
    const record = await loadTraining(PROGRAM_ID, NIP);

    // Assess
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': PARTITION, ':prefix': 'TRAINING#' },
        ConsistentRead: true,
      },
    ]);
    expect(record).toStrictEqual({
      cv: CV,
      confirmation: confirmation(2),
      eLearning: eLearning(1),
      resumes: { 'MOD-ADM-01': CV },
    });
  });

  it('records written before versions existed read as version 0; a participant with none has an empty record', async () => {
    // Prepare
    const { version: _version, ...unversioned } = confirmation(1);
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [{ pk: PARTITION, sk: 'TRAINING#CONFIRMATION', ...unversioned }] })
      .resolvesOnce({ Items: [] });

    // Act
    const [old, none] = [await loadTraining(PROGRAM_ID, NIP), await loadTraining(PROGRAM_ID, NIP)];

    // Assess
    expect(old).toStrictEqual({ confirmation: { ...unversioned, version: 0 }, resumes: {} });
    expect(none).toStrictEqual({ resumes: {} });
  });

  it('T2: reads the PIK entry, the latest upload slot and the CV in one strongly consistent BatchGetItem, then puts the CV', async () => {
    // Prepare
    const slot = slotItem(PARTITION, 'CV', `training/${PROGRAM_ID}/${NIP}/CV`, {
      contentType: 'application/pdf',
      size: 120_311,
    });
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [slot] } });

    // Act
    const [graduation, latest, stored] = await readItems(
      pikGraduationRead({ programId: PROGRAM_ID, instansiCode: INSTANSI }, NIP),
      slotRead(cvSlotPlace(PROGRAM_ID, NIP)),
      cvRead(PROGRAM_ID, NIP),
    );
    await saveCv(PROGRAM_ID, NIP, CV);

    // Assess
    expect(ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [
              { pk: `PROPOSAL#${PROGRAM_ID}#${INSTANSI}`, sk: `PIK_GRADUATION#${NIP}` },
              { pk: PARTITION, sk: 'UPLOAD#CV' },
              { pk: PARTITION, sk: 'TRAINING#CV' },
            ],
            ConsistentRead: true,
          },
        },
      },
    ]);
    expect([graduation, latest?.key, stored]).toStrictEqual([undefined, slot.key, undefined]);
    expect(ddb.commandCalls(PutCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Item: {
          pk: PARTITION,
          sk: 'TRAINING#CV',
          entity: 'ParticipantCv',
          programId: PROGRAM_ID,
          nip: NIP,
          document: CV,
        },
      },
    ]);
  });

  it('T8: reads the seat cohort, the PIK graduation, the CV and the confirmation of a participant in one strongly consistent BatchGetItem', async () => {
    // Prepare: only the CV is stored.
    ddb.on(BatchGetCommand).resolves({
      Responses: { [TABLE_NAME]: [{ pk: PARTITION, sk: 'TRAINING#CV', document: CV }] },
    });
    const participant = { instansiCode: INSTANSI, nip: NIP, seat: { cohort: 19, placedAt: NOW } };

    // Act
    const found = await seatAndPikEntry(
      PROGRAM_ID,
      participant,
      cvRead(PROGRAM_ID, NIP),
      confirmationRead(PROGRAM_ID, NIP),
    );

    // Assess
    expect(ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [
              { pk: COHORT_PARTITION, sk: '#COHORT' },
              { pk: `PROPOSAL#${PROGRAM_ID}#${INSTANSI}`, sk: `PIK_GRADUATION#${NIP}` },
              { pk: PARTITION, sk: 'TRAINING#CV' },
              { pk: PARTITION, sk: 'TRAINING#CONFIRMATION' },
            ],
            ConsistentRead: true,
          },
        },
      },
    ]);
    expect(found).toStrictEqual({ cohort: undefined, pikGraduate: false, read: [CV, undefined] });
  });

  it('T9: reads a participant’s confirmation and e-learning with other items in one strongly consistent BatchGetItem, unversioned ones as version 0', async () => {
    // Prepare: an e-learning record from before records had versions.
    const stored = {
      pk: PARTITION,
      sk: 'TRAINING#ELEARNING',
      entity: 'ELearning',
      completedOn: '2026-07-20',
    };
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [stored] } });

    // Act
    const [confirmation, eLearning] = await readItems(
      confirmationRead(PROGRAM_ID, NIP),
      eLearningRead(PROGRAM_ID, NIP),
    );

    // Assess
    expect(ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [
              { pk: PARTITION, sk: 'TRAINING#CONFIRMATION' },
              { pk: PARTITION, sk: 'TRAINING#ELEARNING' },
            ],
            ConsistentRead: true,
          },
        },
      },
    ]);
    expect([confirmation, eLearning]).toStrictEqual([undefined, { completedOn: '2026-07-20', version: 0 }]);
  });

  it('T3: confirms in one transaction: the seat checked, the answer put on the version read and kept as a version of its own', async () => {
    // Act
    const outcomes = [
      await saveConfirmation(confirmation(1), undefined),
      await saveConfirmation(confirmation(2, false), 1),
    ];

    // Assess
    const current = (c: Confirmation) => ({
      pk: PARTITION,
      sk: 'TRAINING#CONFIRMATION',
      entity: 'Confirmation',
      ...c,
    });
    const kept = (c: Confirmation) => ({
      Put: {
        TableName: TABLE_NAME,
        Item: {
          pk: PARTITION,
          sk: `TRAINING_HISTORY#CONFIRMATION#00${c.version}`,
          entity: 'ConfirmationVersion',
          ...c,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    });
    expect(transactions()).toStrictEqual([
      {
        TransactItems: [
          seatCheck(),
          {
            Put: {
              TableName: TABLE_NAME,
              Item: current(confirmation(1)),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          kept(confirmation(1)),
        ],
      },
      {
        TransactItems: [
          seatCheck(),
          { Put: { TableName: TABLE_NAME, Item: current(confirmation(2, false)), ...onVersion(1) } },
          kept(confirmation(2, false)),
        ],
      },
    ]);
    expect(outcomes).toStrictEqual([{ outcome: 'WRITTEN' }, { outcome: 'WRITTEN' }]);
  });

  it('an answer stored before answers had versions is replaced only while it exists and still has none', async () => {
    // Act
    await saveConfirmation(confirmation(1), 0);

    // Assess
    expect(transactions()[0]!.TransactItems![1]).toStrictEqual({
      Put: {
        TableName: TABLE_NAME,
        Item: { pk: PARTITION, sk: 'TRAINING#CONFIRMATION', entity: 'Confirmation', ...confirmation(1) },
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#version)',
        ExpressionAttributeNames: { '#version': 'version' },
      },
    });
  });

  it.each([
    ['the participant’s seat changed', 0, { outcome: 'PARTICIPANT_CHANGED', nips: [NIP] }],
    ['another answer was recorded', 1, { outcome: 'RECORD_CHANGED' }],
    ['the answer’s version is already kept', 2, { outcome: 'RECORD_CHANGED' }],
  ])('a confirmation refused because %s answers %o', async (_, failed, expected) => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelledAt(3, failed));

    // Act
    const outcome = await saveConfirmation(confirmation(2), 1);

    // Assess
    expect(outcome).toStrictEqual(expected);
  });

  it('T4: records e-learning in one transaction: the seat and the attending confirmation read checked, the record put on the version read', async () => {
    // Act
    const outcomes = [
      await saveELearning(eLearning(1), 2, undefined),
      await saveELearning(eLearning(2), 2, 1),
    ];

    // Assess
    const confirmationCheck = {
      ConditionCheck: {
        TableName: TABLE_NAME,
        Key: { pk: PARTITION, sk: 'TRAINING#CONFIRMATION' },
        ConditionExpression: '#version = :version AND #cohort = :cohort AND #attending = :yes',
        ExpressionAttributeNames: { '#version': 'version', '#cohort': 'cohort', '#attending': 'attending' },
        ExpressionAttributeValues: { ':version': 2, ':cohort': 19, ':yes': true },
      },
    };
    const item = (r: ELearningRecord) => ({
      pk: PARTITION,
      sk: 'TRAINING#ELEARNING',
      entity: 'ELearning',
      ...r,
    });
    expect(transactions()).toStrictEqual([
      {
        TransactItems: [
          seatCheck(),
          confirmationCheck,
          {
            Put: {
              TableName: TABLE_NAME,
              Item: item(eLearning(1)),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
      },
      {
        TransactItems: [
          seatCheck(),
          confirmationCheck,
          { Put: { TableName: TABLE_NAME, Item: item(eLearning(2)), ...onVersion(1) } },
        ],
      },
    ]);
    expect(outcomes).toStrictEqual([{ outcome: 'WRITTEN' }, { outcome: 'WRITTEN' }]);
  });

  it.each([
    ['the participant’s seat changed', 0, { outcome: 'PARTICIPANT_CHANGED', nips: [NIP] }],
    ['the confirmation changed', 1, { outcome: 'RECORD_CHANGED' }],
    ['another record was made', 2, { outcome: 'RECORD_CHANGED' }],
  ])('an e-learning record refused because %s answers %o', async (_, failed, expected) => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelledAt(3, failed));

    // Act
    const outcome = await saveELearning(eLearning(2), 2, 1);

    // Assess
    expect(outcome).toStrictEqual(expected);
  });

  it('T5: reads a session’s register with its cohort in one strongly consistent BatchGetItem, then puts it on the version read with a seat check of each seated participant listed', async () => {
    // Prepare
    const stored = {
      pk: COHORT_PARTITION,
      sk: 'ATTENDANCE#2026-07-29#KLASIKAL',
      entity: 'AttendanceRegister',
      ...register(1),
    };
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [stored] } });

    // Act
    const [cohort, found] = await readItems(
      cohortRead(PROGRAM_ID, 19),
      attendanceRead(PROGRAM_ID, 19, '2026-07-29', 'KLASIKAL'),
    );
    const outcome = await saveAttendance(register(2), 1, [NIP, OTHER_NIP]);

    // Assess
    expect(ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [
              { pk: COHORT_PARTITION, sk: '#COHORT' },
              { pk: COHORT_PARTITION, sk: 'ATTENDANCE#2026-07-29#KLASIKAL' },
            ],
            ConsistentRead: true,
          },
        },
      },
    ]);
    expect([cohort, found]).toStrictEqual([undefined, register(1)]);
    expect(transactions()).toStrictEqual([
      {
        TransactItems: [
          {
            Put: {
              TableName: TABLE_NAME,
              Item: { ...stored, ...register(2) },
              ...onVersion(1),
            },
          },
          seatCheck(NIP),
          seatCheck(OTHER_NIP),
        ],
      },
    ]);
    expect(outcome).toStrictEqual({ outcome: 'WRITTEN' });
  });

  it('a first register is put if attribute_not_exists(pk); a session not recorded reads as undefined', async () => {
    // Prepare
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [] } });

    // Act
    const [found] = await readItems(attendanceRead(PROGRAM_ID, 19, '2026-07-29', 'KLASIKAL'));
    await saveAttendance(register(1, []), undefined, []);

    // Assess
    expect(found).toBeUndefined();
    expect(transactions()[0]!.TransactItems).toStrictEqual([
      {
        Put: {
          TableName: TABLE_NAME,
          Item: {
            pk: COHORT_PARTITION,
            sk: 'ATTENDANCE#2026-07-29#KLASIKAL',
            entity: 'AttendanceRegister',
            ...register(1, []),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]);
  });

  it.each([
    ['another register of the session was recorded', [0], { outcome: 'RECORD_CHANGED' }],
    [
      'the second listed participant’s seat changed',
      [2],
      { outcome: 'PARTICIPANT_CHANGED', nips: [OTHER_NIP] },
    ],
    ['both seats changed', [1, 2], { outcome: 'PARTICIPANT_CHANGED', nips: [NIP, OTHER_NIP] }],
  ])('a register refused because %s answers %o', async (_, failed, expected) => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelledAt(3, ...failed));

    // Act
    const outcome = await saveAttendance(register(2), 1, [NIP, OTHER_NIP]);

    // Assess
    expect(outcome).toStrictEqual(expected);
  });

  it('a failure other than a refused condition is thrown as is', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(new Error('DynamoDB is down'));

    // Act
    const saving = saveAttendance(register(2), 1, [NIP]);

    // Assess
    await expect(saving).rejects.toThrow('DynamoDB is down');
  });

  it('T6: reads every register of a cohort in one strongly consistent Query of ATTENDANCE#, unversioned ones as version 0', async () => {
    // Prepare
    const { version: _version, ...unversioned } = register(1);
    const evaluation = { ...register(2), date: '2026-07-30', day: 2, session: 'EVALUASI' as const };
    ddb.on(QueryCommand).resolves({
      Items: [
        { pk: COHORT_PARTITION, sk: 'ATTENDANCE#2026-07-29#KLASIKAL', ...unversioned },
        { pk: COHORT_PARTITION, sk: 'ATTENDANCE#2026-07-30#EVALUASI', ...evaluation },
      ],
    });

    // Act
    const registers = await attendanceOf(PROGRAM_ID, 19);

    // Assess
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': COHORT_PARTITION, ':prefix': 'ATTENDANCE#' },
        ConsistentRead: true,
      },
    ]);
    expect(registers).toStrictEqual([{ ...unversioned, version: 0 }, evaluation]);
  });

  it('T7: reads every answer of a confirmation, oldest first, in one strongly consistent Query projecting the answer’s fields', async () => {
    // Prepare
    const answer = (version: number, attending: boolean) => ({
      version,
      cohort: 19,
      attending,
      confirmedBy: PESERTA,
      confirmedAt: NOW,
    });
    ddb.on(QueryCommand).resolves({ Items: [answer(1, true), answer(2, false)] });

    // Act
    const history = await confirmationHistory(PROGRAM_ID, NIP);

    // Assess
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': PARTITION, ':prefix': 'TRAINING_HISTORY#CONFIRMATION#' },
        ConsistentRead: true,
        ProjectionExpression: '#p0, #p1, #p2, #p3, #p4',
        ExpressionAttributeNames: {
          '#p0': 'version',
          '#p1': 'cohort',
          '#p2': 'attending',
          '#p3': 'confirmedBy',
          '#p4': 'confirmedAt',
        },
      },
    ]);
    expect(history).toStrictEqual([answer(1, true), answer(2, false)]);
  });
});
