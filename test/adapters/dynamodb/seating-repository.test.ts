import '../../functions/helpers/env';
import {
  BatchGetCommand,
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
  cohortRead,
  cohortsDueForRegistration,
  createCohort,
  findCohort,
  findParticipant,
  joinWaitlist,
  listCohorts,
  moveSeat,
  notSetAsParticipant,
  openCohortsAhead,
  openRegistration,
  participantRead,
  participantsOfInstansi,
  recordTestSession,
  recordTestSite,
  releaseSeat,
  saveParticipant,
  seatsOf,
  stillSeatedIn,
  takeSeat,
  waitlistHead,
  participantsNamed,
} from '../../../adapters/dynamodb/seating-repository';
import { readItems } from '../../../adapters/dynamodb/table';
import { instansiRead } from '../../../adapters/dynamodb/instansi-repository';
import { programRead } from '../../../adapters/dynamodb/program-repository';
import { candidateRead } from '../../../adapters/dynamodb/proposal-repository';
import { TABLE_NAME } from '../../functions/helpers/env';
import { cancelled, conditionFailed, throttled } from './dynamodb-errors';
import { PROGRAM_ID } from '../../functions/helpers/programs';
import { NIP } from '../../functions/helpers/proposals';
import {
  aCohort,
  aSeatedParticipant,
  cohortItem,
  cohortKey,
  participantItem,
  participantKey,
  seatsPartition,
} from '../../functions/invitations/fixtures';

/*
 * Seating's access patterns S1-S18 (docs/data-model.md, "Cohort and Participant"): the exact command each sends,
 * the outcome of each conditional write, and what is answered from the stored items.
 */

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const NOW = '2027-06-20T03:00:02.000Z';
/** Cohort 19 (ADMINISTRATOR, 29-30 July 2027, 12 of 30 seats taken), and Dewi, set for it without a seat yet. */
const COHORT = aCohort();
const { seat: _seat, ...unseated } = aSeatedParticipant();
const PARTICIPANT = { ...unseated, eligibleTestDates: ['2027-07-30'] };

/** The input of every command sent, in order. */
const sent = () => ddb.calls().map((call) => (call.args[0] as { input: unknown }).input);

/** The cohort's seat count going up by one, only while under capacity (S2, S6). */
const seatTaken = (number: number) => ({
  Update: {
    TableName: TABLE_NAME,
    Key: cohortKey(number),
    ConditionExpression: '#taken < #capacity',
    UpdateExpression: 'SET #taken = #taken + :one',
    ExpressionAttributeNames: { '#taken': 'seatsTaken', '#capacity': 'capacity' },
    ExpressionAttributeValues: { ':one': 1 },
  },
});

/** The cohort's seat count going down by one, never below zero (S6, S7). */
const seatGivenBack = (number: number) => ({
  Update: {
    TableName: TABLE_NAME,
    Key: cohortKey(number),
    ConditionExpression: '#taken > :zero',
    UpdateExpression: 'SET #taken = #taken - :one',
    ExpressionAttributeNames: { '#taken': 'seatsTaken' },
    ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
  },
});

describe('seating repository: cohorts', () => {
  it('S1: cohorts of a programme (of one level), by start date', async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({ Items: [cohortItem(COHORT)] });

    // Act
    const ofLevel = await listCohorts(PROGRAM_ID, 'ADMINISTRATOR');
    const all = await listCohorts(PROGRAM_ID);

    // Assess
    expect(sent()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :scheme)',
        ExpressionAttributeNames: { '#pk': 'gsi1pk', '#sk': 'gsi1sk' },
        ExpressionAttributeValues: { ':pk': `PROGRAM#${PROGRAM_ID}#COHORTS`, ':scheme': 'ADMINISTRATOR#' },
      },
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'gsi1pk' },
        ExpressionAttributeValues: { ':pk': `PROGRAM#${PROGRAM_ID}#COHORTS` },
      },
    ]);
    expect(ofLevel).toStrictEqual([COHORT]);
    expect(all).toStrictEqual([COHORT]);
  });

  it("reads every page of a programme's cohorts", async () => {
    // Prepare
    const lastKey = { ...cohortKey(19), gsi1pk: `PROGRAM#${PROGRAM_ID}#COHORTS`, gsi1sk: 'x' };
    const next = aCohort({ number: 20, startDate: '2027-08-05', endDate: '2027-08-06' });
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [cohortItem(COHORT)], LastEvaluatedKey: lastKey })
      .resolvesOnce({ Items: [cohortItem(next)] });

    // Act
    const cohorts = await listCohorts(PROGRAM_ID);

    // Assess
    expect(cohorts).toStrictEqual([COHORT, next]);
    expect(ddb.commandCalls(QueryCommand)[1]!.args[0].input.ExclusiveStartKey).toStrictEqual(lastKey);
  });

  it('S8: cohorts whose registration opened by today, of cohorts not yet started only (from the opening day of one starting tomorrow), every page', async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({ Items: [cohortItem(COHORT)] });

    // Act
    const due = await cohortsDueForRegistration('2027-07-15');

    // Assess
    expect(sent()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi2',
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :today',
        ExpressionAttributeNames: { '#pk': 'gsi2pk', '#sk': 'gsi2sk' },
        ExpressionAttributeValues: {
          ':pk': 'COHORT_REGISTRATION#SCHEDULED',
          ':from': '2027-07-02#',
          ':today': '2027-07-15#~',
        },
      },
    ]);
    expect(due).toStrictEqual([COHORT]);
  });

  it('the cohorts due for registration are read page after page, so none opens a day late', async () => {
    // Prepare
    const lastKey = { ...cohortKey(19), gsi2pk: 'COHORT_REGISTRATION#SCHEDULED', gsi2sk: 'x' };
    const next = aCohort({ number: 20, startDate: '2027-08-05', endDate: '2027-08-06' });
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [cohortItem(COHORT)], LastEvaluatedKey: lastKey })
      .resolvesOnce({ Items: [cohortItem(next)] });

    // Act
    const due = await cohortsDueForRegistration('2027-07-15');

    // Assess
    expect(due).toStrictEqual([COHORT, next]);
    expect(ddb.commandCalls(QueryCommand)[1]!.args[0].input.ExclusiveStartKey).toStrictEqual(lastKey);
  });

  it('S9: open a registration once, moving the cohort to the open ones of gsi2', async () => {
    // Prepare
    ddb.on(UpdateCommand).resolves({});

    // Act
    const opened = await openRegistration(COHORT);

    // Assess
    expect(opened).toBe(true);
    expect(sent()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Key: cohortKey(),
        ConditionExpression: '#registration = :scheduled',
        UpdateExpression: 'SET #registration = :open, #g2pk = :g2pk, #g2sk = :g2sk',
        ExpressionAttributeNames: { '#registration': 'registration', '#g2pk': 'gsi2pk', '#g2sk': 'gsi2sk' },
        ExpressionAttributeValues: {
          ':scheduled': 'SCHEDULED',
          ':open': 'OPEN',
          ':g2pk': 'COHORT_REGISTRATION#OPEN',
          ':g2sk': `2027-07-29#${PROGRAM_ID}#019`,
        },
      },
    ]);
  });

  it('opening a registration another run already opened answers false', async () => {
    // Prepare
    ddb.on(UpdateCommand).rejects(conditionFailed());

    // Act
    const opened = await openRegistration(COHORT);

    // Assess
    expect(opened).toBe(false);
  });

  it("S10: record a cohort's verified test site (TUK)", async () => {
    // Prepare
    ddb.on(UpdateCommand).resolves({});
    const testSite = COHORT.testSite!;

    // Act
    const recorded = await recordTestSite(PROGRAM_ID, 19, testSite);

    // Assess
    expect(recorded).toBe(true);
    expect(sent()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Key: cohortKey(),
        ConditionExpression: 'attribute_exists(pk)',
        UpdateExpression: 'SET #testSite = :testSite',
        ExpressionAttributeNames: { '#testSite': 'testSite' },
        ExpressionAttributeValues: { ':testSite': testSite },
      },
    ]);
  });

  it('recording the test site of a cohort that does not exist answers false', async () => {
    // Prepare
    ddb.on(UpdateCommand).rejects(conditionFailed());

    // Act
    const recorded = await recordTestSite(PROGRAM_ID, 99, COHORT.testSite!);

    // Assess
    expect(recorded).toBe(false);
  });

  it('S11: open cohorts that have not started, every page', async () => {
    // Prepare
    const open = aCohort({ registration: 'OPEN' });
    ddb.on(QueryCommand).resolves({ Items: [cohortItem(open)] });

    // Act
    const ahead = await openCohortsAhead('2027-07-20');

    // Assess
    expect(sent()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi2',
        KeyConditionExpression: '#pk = :pk AND #sk > :today',
        ExpressionAttributeNames: { '#pk': 'gsi2pk', '#sk': 'gsi2sk' },
        ExpressionAttributeValues: { ':pk': 'COHORT_REGISTRATION#OPEN', ':today': '2027-07-20#~' },
      },
    ]);
    expect(ahead).toStrictEqual([open]);
  });

  it("S12: record a cohort's test-session capacity, unless more re-tests are booked than it leaves", async () => {
    // Prepare
    ddb.on(UpdateCommand).resolves({});
    const testSession = {
      roomCapacity: 40,
      assessorCount: 4,
      participantsPerAssessor: 10,
      testCapacity: 40,
      setBy: 'admin-bkn-1',
      setAt: NOW,
    };

    // Act
    const recorded = await recordTestSession(PROGRAM_ID, 19, testSession, 10);

    // Assess
    expect(recorded).toBe(true);
    expect(sent()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Key: cohortKey(),
        ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(#booked) OR #booked <= :places)',
        UpdateExpression: 'SET #testSession = :testSession, #places = :places',
        ExpressionAttributeNames: {
          '#testSession': 'testSession',
          '#places': 'retestPlaces',
          '#booked': 'retestsBooked',
        },
        ExpressionAttributeValues: { ':testSession': testSession, ':places': 10 },
      },
    ]);
  });

  it('recording a test session for a missing cohort, or one with more re-tests booked meanwhile, answers false', async () => {
    // Prepare
    ddb.on(UpdateCommand).rejects(conditionFailed());

    // Act
    const recorded = await recordTestSession(PROGRAM_ID, 19, {} as never, 0);

    // Assess
    expect(recorded).toBe(false);
  });

  it("S13: create BKN's re-test session under a free number", async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    const session = aCohort({
      number: 51,
      kind: 'UJI_ULANG',
      capacity: 0,
      seatsTaken: 0,
      registration: 'OPEN',
      retestPlaces: 40,
      retestsBooked: 0,
    });

    // Act
    const created = await createCohort(session);

    // Assess
    expect(created).toBe(true);
    expect(sent()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Item: {
          ...cohortKey(51),
          entity: 'Cohort',
          gsi1pk: `PROGRAM#${PROGRAM_ID}#COHORTS`,
          gsi1sk: 'ADMINISTRATOR#2027-07-29#051',
          gsi2pk: 'COHORT_REGISTRATION#OPEN',
          gsi2sk: `2027-07-29#${PROGRAM_ID}#051`,
          ...session,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    ]);
  });

  it('creating a cohort under a number taken meanwhile answers false', async () => {
    // Prepare
    ddb.on(PutCommand).rejects(conditionFailed());

    // Act
    const created = await createCohort(aCohort({ number: 51 }));

    // Assess
    expect(created).toBe(false);
  });

  it('S14: get a cohort or a participant, strongly consistent, without its storage keys', async () => {
    // Prepare
    const seated = aSeatedParticipant();
    ddb.on(GetCommand, { Key: cohortKey() }).resolves({ Item: cohortItem(COHORT) });
    ddb.on(GetCommand, { Key: participantKey() }).resolves({ Item: participantItem(seated) });

    // Act
    const cohort = await findCohort(PROGRAM_ID, 19);
    const participant = await findParticipant(PROGRAM_ID, NIP);

    // Assess
    expect(sent()).toStrictEqual([
      { TableName: TABLE_NAME, Key: cohortKey(), ConsistentRead: true },
      { TableName: TABLE_NAME, Key: participantKey(), ConsistentRead: true },
    ]);
    expect(cohort).toStrictEqual(COHORT);
    expect(participant).toStrictEqual(seated);
  });

  it('S16: cohorts read with others in one strongly consistent BatchGetItem, without their storage keys', async () => {
    // Prepare
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [cohortItem(COHORT)] } });

    // Act
    const cohorts = await readItems(cohortRead(PROGRAM_ID, 19), cohortRead(PROGRAM_ID, 20));

    // Assess
    expect(cohorts).toStrictEqual([COHORT, undefined]);
    expect(sent()).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: { Keys: [cohortKey(19), cohortKey(20)], ConsistentRead: true },
        },
      },
    ]);
  });

  it('S17: the participants a batch names, of two programmes, in one strongly consistent BatchGetItem, in order', async () => {
    // Prepare: two participants of PROGRAM_ID and one of another programme; only Dewi is stored.
    const seated = aSeatedParticipant();
    const other = '199001012015011099';
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [participantItem(seated)] } });

    // Act
    const found = await participantsNamed([
      { programId: 'bimtek-2020', nip: other },
      { programId: PROGRAM_ID, nip: NIP },
    ]);

    // Assess
    expect(sent()).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [participantKey(other, 'bimtek-2020'), participantKey()],
            ConsistentRead: true,
          },
        },
      },
    ]);
    expect(found).toStrictEqual([undefined, seated]);
  });

  it('S18: the instansi, candidate, programme and participant of a setting session in one strongly consistent BatchGetItem', async () => {
    // Prepare: the participant is not yet set; the other three are stored
    const keys = [
      { pk: 'INSTANSI#3201', sk: '#INSTANSI' },
      { pk: `PROPOSAL#${PROGRAM_ID}#3201`, sk: `CANDIDATE#${NIP}` },
      { pk: `PROGRAM#${PROGRAM_ID}`, sk: '#PROGRAM' },
      participantKey(),
    ];
    ddb.on(BatchGetCommand).resolves({
      Responses: {
        [TABLE_NAME]: [
          { ...keys[0], entity: 'Instansi', code: '3201' },
          { ...keys[1], entity: 'Candidate', nip: NIP },
          { ...keys[2], entity: 'Program', id: PROGRAM_ID },
        ],
      },
    });

    // Act
    const [instansi, candidate, program, participant] = await readItems(
      instansiRead('3201'),
      candidateRead({ programId: PROGRAM_ID, instansiCode: '3201' }, NIP),
      programRead(PROGRAM_ID),
      participantRead(PROGRAM_ID, NIP),
    );

    // Assess
    expect(sent()).toStrictEqual([{ RequestItems: { [TABLE_NAME]: { Keys: keys, ConsistentRead: true } } }]);
    expect([instansi, candidate, program, participant]).toMatchObject([
      { code: '3201' },
      { nip: NIP },
      { id: PROGRAM_ID },
      undefined,
    ]);
  });

  it('answers no cohort and no participant when none is stored', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({});

    // Act
    const found = [await findCohort(PROGRAM_ID, 19), await findParticipant(PROGRAM_ID, NIP)];

    // Assess
    expect(found).toStrictEqual([undefined, undefined]);
  });
});

describe('seating repository: participants and seats', () => {
  it('S15: record a participant from the participant-setting session, unless seated meanwhile', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});

    // Act
    const saved = await saveParticipant(PARTICIPANT);

    // Assess
    expect(saved).toBe(true);
    expect(sent()).toStrictEqual([
      {
        ConditionExpression: 'attribute_not_exists(#seat)',
        ExpressionAttributeNames: { '#seat': 'seat' },
        TableName: TABLE_NAME,
        Item: {
          ...participantKey(),
          entity: 'Participant',
          gsi2pk: `PROGRAM#${PROGRAM_ID}#INSTANSI#3201#PARTICIPANTS`,
          gsi2sk: NIP,
          ...PARTICIPANT,
        },
      },
    ]);
  });

  it('saving a participant who was seated meanwhile answers false', async () => {
    // Prepare
    ddb.on(PutCommand).rejects(conditionFailed());

    // Act
    const saved = await saveParticipant(PARTICIPANT);

    // Assess
    expect(saved).toBe(false);
  });

  it('S2: take a seat: all or nothing', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).resolves({});

    // Act
    const outcome = await takeSeat(PARTICIPANT, COHORT, NOW);

    // Assess
    expect(outcome).toBe('SEATED');
    expect(sent()).toStrictEqual([
      {
        TransactItems: [
          seatTaken(19),
          {
            Update: {
              TableName: TABLE_NAME,
              Key: participantKey(),
              ConditionExpression:
                '#status = :set AND #scheme = :scheme AND attribute_not_exists(#seat) AND attribute_not_exists(#withdrawnAt)' +
                ' AND (attribute_not_exists(#eligible) OR contains(#eligible, :testDate))',
              UpdateExpression:
                'SET #seat = :seat, #updatedAt = :now, #g1pk = :g1pk, #g1sk = :nip REMOVE #waitlistedAt',
              ExpressionAttributeNames: {
                '#status': 'status',
                '#scheme': 'scheme',
                '#seat': 'seat',
                '#withdrawnAt': 'withdrawnAt',
                '#updatedAt': 'updatedAt',
                '#waitlistedAt': 'waitlistedAt',
                '#eligible': 'eligibleTestDates',
                '#g1pk': 'gsi1pk',
                '#g1sk': 'gsi1sk',
              },
              ExpressionAttributeValues: {
                ':set': 'SET',
                ':scheme': 'ADMINISTRATOR',
                // The cohort's test date: its last day.
                ':testDate': '2027-07-30',
                ':seat': { cohort: 19, placedAt: NOW },
                ':now': NOW,
                ':g1pk': seatsPartition(),
                ':nip': NIP,
              },
            },
          },
        ],
      },
    ]);
  });

  it.each([
    ['the cohort is full', ['ConditionalCheckFailed', 'None'], 'COHORT_FULL'],
    [
      'the participant may not take it (seated, withdrawn, not set, not eligible)',
      ['None', 'ConditionalCheckFailed'],
      'NOT_PLACEABLE',
    ],
    [
      'both the cohort is full and the participant may not take it',
      ['ConditionalCheckFailed', 'ConditionalCheckFailed'],
      'NOT_PLACEABLE',
    ],
  ])('taking a seat when %s answers %s', async (_case, reasons, outcome) => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled(...reasons));

    // Act
    const taken = await takeSeat(PARTICIPANT, COHORT, NOW);

    // Assess
    expect(taken).toBe(outcome);
  });

  it.each([
    ['a transaction that ran into another', cancelled('TransactionConflict', 'None')],
    ['a throttle', throttled()],
  ])('taking a seat throws on %s, for the message to be delivered again', async (_case, error) => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(error);

    // Act
    const taking = takeSeat(PARTICIPANT, COHORT, NOW);

    // Assess
    await expect(taking).rejects.toBe(error);
  });

  it('S3: wait for a seat (first time only)', async () => {
    // Prepare
    ddb.on(UpdateCommand).resolves({});

    // Act
    const joined = await joinWaitlist(PARTICIPANT, NOW);

    // Assess
    expect(joined).toBe(true);
    expect(sent()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Key: participantKey(),
        ConditionExpression:
          '#status = :set AND attribute_not_exists(#seat) AND attribute_not_exists(#withdrawnAt) AND attribute_not_exists(#waitlistedAt)',
        UpdateExpression: 'SET #waitlistedAt = :now, #updatedAt = :now, #g1pk = :g1pk, #g1sk = :g1sk',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#seat': 'seat',
          '#withdrawnAt': 'withdrawnAt',
          '#waitlistedAt': 'waitlistedAt',
          '#updatedAt': 'updatedAt',
          '#g1pk': 'gsi1pk',
          '#g1sk': 'gsi1sk',
        },
        ExpressionAttributeValues: {
          ':set': 'SET',
          ':now': NOW,
          ':g1pk': `WAITLIST#${PROGRAM_ID}#ADMINISTRATOR`,
          ':g1sk': `${NOW}#${NIP}`,
        },
      },
    ]);
  });

  it('joining the waiting list a second time (or seated, withdrawn, not set) answers false', async () => {
    // Prepare
    ddb.on(UpdateCommand).rejects(conditionFailed());

    // Act
    const joined = await joinWaitlist(PARTICIPANT, NOW);

    // Assess
    expect(joined).toBe(false);
  });

  it('S4: longest-waiting participants of a level, with the test dates they may take', async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({
      Items: [
        { ...participantItem(PARTICIPANT), waitlistedAt: NOW },
        { ...participantItem({ ...unseated, nip: '199001012015031001' }), waitlistedAt: NOW },
      ],
    });

    // Act
    const head = await waitlistHead(PROGRAM_ID, 'ADMINISTRATOR', 2);

    // Assess
    expect(sent()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'gsi1pk' },
        ExpressionAttributeValues: { ':pk': `WAITLIST#${PROGRAM_ID}#ADMINISTRATOR` },
        Limit: 2,
      },
    ]);
    expect(head).toStrictEqual([
      { nip: NIP, eligibleTestDates: ['2027-07-30'] },
      { nip: '199001012015031001' },
    ]);
  });

  it('S5: participants seated in a cohort, every page, without their storage keys', async () => {
    // Prepare
    const seated = aSeatedParticipant();
    ddb.on(QueryCommand).resolves({ Items: [participantItem(seated)] });

    // Act
    const seats = await seatsOf(PROGRAM_ID, 19);

    // Assess
    expect(sent()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'gsi1pk' },
        ExpressionAttributeValues: { ':pk': `COHORT#${PROGRAM_ID}#019#SEATS` },
      },
    ]);
    expect(seats).toStrictEqual([seated]);
  });

  it('S6: move a seat', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).resolves({});

    // Act
    const moved = await moveSeat(aSeatedParticipant(), 19, 20, NOW);

    // Assess
    expect(moved).toBe(true);
    expect(sent()).toStrictEqual([
      {
        TransactItems: [
          seatGivenBack(19),
          seatTaken(20),
          {
            Update: {
              TableName: TABLE_NAME,
              Key: participantKey(),
              ConditionExpression: '#seat.#cohort = :from',
              UpdateExpression: 'SET #seat = :seat, #updatedAt = :now, #g1pk = :g1pk',
              ExpressionAttributeNames: {
                '#seat': 'seat',
                '#cohort': 'cohort',
                '#updatedAt': 'updatedAt',
                '#g1pk': 'gsi1pk',
              },
              ExpressionAttributeValues: {
                ':from': 19,
                ':seat': { cohort: 20, placedAt: NOW },
                ':now': NOW,
                ':g1pk': seatsPartition(20),
              },
            },
          },
        ],
      },
    ]);
  });

  it('S7: give a seat back', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).resolves({});

    // Act
    const released = await releaseSeat(aSeatedParticipant(), 19, NOW);

    // Assess
    expect(released).toBe(true);
    expect(sent()).toStrictEqual([
      {
        TransactItems: [
          seatGivenBack(19),
          {
            Update: {
              TableName: TABLE_NAME,
              Key: participantKey(),
              ConditionExpression: '#seat.#cohort = :cohort',
              UpdateExpression: 'SET #withdrawnAt = :now, #updatedAt = :now REMOVE #seat, #g1pk, #g1sk',
              ExpressionAttributeNames: {
                '#seat': 'seat',
                '#cohort': 'cohort',
                '#withdrawnAt': 'withdrawnAt',
                '#updatedAt': 'updatedAt',
                '#g1pk': 'gsi1pk',
                '#g1sk': 'gsi1sk',
              },
              ExpressionAttributeValues: { ':cohort': 19, ':now': NOW },
            },
          },
        ],
      },
    ]);
  });

  it.each([
    ['a move', () => moveSeat(aSeatedParticipant(), 19, 20, NOW)],
    ['a seat given back', () => releaseSeat(aSeatedParticipant(), 19, NOW)],
  ])('%s refused by any condition (full, moved meanwhile, conflict) answers false', async (_case, write) => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed', 'None'));

    // Act
    const written = await write();

    // Assess
    expect(written).toBe(false);
  });

  it.each([
    ['a move', () => moveSeat(aSeatedParticipant(), 19, 20, NOW)],
    ['a seat given back', () => releaseSeat(aSeatedParticipant(), 19, NOW)],
  ])('%s throws on an error other than a cancelled transaction', async (_case, write) => {
    // Prepare
    const error = throttled();
    ddb.on(TransactWriteCommand).rejects(error);

    // Act
    const writing = write();

    // Assess
    await expect(writing).rejects.toBe(error);
  });

  it("a training record's check: the participant is still set, seated in the cohort and not withdrawn", () => {
    // Prepare: nothing to set up.

    // Act
    const check = stillSeatedIn(PROGRAM_ID, NIP, 19);

    // Assess
    expect(check).toStrictEqual({
      ConditionCheck: {
        TableName: TABLE_NAME,
        Key: participantKey(),
        ConditionExpression:
          '#status = :set AND #seat.#cohort = :cohort AND attribute_not_exists(#withdrawnAt)',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#seat': 'seat',
          '#cohort': 'cohort',
          '#withdrawnAt': 'withdrawnAt',
        },
        ExpressionAttributeValues: { ':set': 'SET', ':cohort': 19 },
      },
    });
  });

  it("a pre-assessment's check: the setting session has not set the candidate as participant", () => {
    // Prepare: nothing to set up.

    // Act
    const check = notSetAsParticipant(PROGRAM_ID, NIP);

    // Assess
    expect(check).toStrictEqual({
      ConditionCheck: {
        TableName: TABLE_NAME,
        Key: participantKey(),
        ConditionExpression: 'attribute_not_exists(pk) OR #status <> :set',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':set': 'SET' },
      },
    });
  });
});

describe('the programme dashboard reads (docs/data-model.md, "Programme dashboard")', () => {
  it('DB1: the participants of one instansi in a programme, every page, without their storage keys', async () => {
    // Prepare: two pages.
    const seated = aSeatedParticipant();
    const { seat: _seat, ...waiting } = { ...aSeatedParticipant(), nip: '199001012015011001' };
    const next = { pk: 'PARTICIPANT#x', sk: '#PARTICIPANT', gsi2pk: 'p', gsi2sk: seated.nip };
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [participantItem(seated)], LastEvaluatedKey: next })
      .resolvesOnce({ Items: [participantItem(waiting)] });

    // Act
    const participants = await participantsOfInstansi(PROGRAM_ID, '3201');

    // Assess
    const query = {
      TableName: TABLE_NAME,
      IndexName: 'gsi2',
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': 'gsi2pk' },
      ExpressionAttributeValues: { ':pk': `PROGRAM#${PROGRAM_ID}#INSTANSI#3201#PARTICIPANTS` },
    };
    expect(sent()).toStrictEqual([query, { ...query, ExclusiveStartKey: next }]);
    expect(participants).toStrictEqual([seated, waiting]);
  });
});
