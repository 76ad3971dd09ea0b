import {
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Cohort, Participant } from '../../events/api/participant';
import { testDateOf } from '../../domain/eligibility/test-date';
import { earliestOpeningStillDue } from '../../domain/scheduling/placement';
import type { IsoDate } from '../../domain/shared/dates';
import { dynamo } from '../../runtime/clients';
import { queryAll, type TableQuery } from './query';
import {
  cancellationReasons,
  GSI1,
  GSI2,
  type ItemRead,
  readItems,
  tableName,
  type TransactItem,
  withoutKeys,
  sendIf,
} from './table';
import {
  cohortKey,
  cohortListKeys,
  cohortListPartition,
  cohortRegistrationKeys,
  cohortRegistrationPartition,
  cohortsOfScheme,
  firstRegistrationKeyOn,
  instansiParticipantsPartition,
  lastRegistrationKeyOn,
  participantInstansiKeys,
  participantKey,
  seatsPartition,
  waitlistPartition,
  waitlistSortKey,
} from './keys';

/*
 * Seating: participants (peserta) of a programme, the cohorts (angkatan) they sit in and the waiting lists.
 * Key shapes and access patterns: docs/data-model.md ("Participant" and "Cohort").
 */

/** Every item a query matches, page after page, without the storage keys. */
async function queryEntities<T>(query: TableQuery): Promise<T[]> {
  return (await queryAll(query)).map((item) => withoutKeys<T>(item));
}

export function cohortItem(cohort: Cohort): Record<string, unknown> {
  return {
    ...cohortKey(cohort.programId, cohort.number),
    entity: 'Cohort',
    ...cohortListKeys(cohort),
    ...cohortRegistrationKeys(cohort),
    ...cohort,
  };
}

/** S16: a cohort, read with others in one BatchGetItem (`readItems` of table.ts), e.g. the first days of many trainings. */
export const cohortRead = (programId: string, number: number): ItemRead<Cohort> => ({
  key: cohortKey(programId, number),
  from: (item) => withoutKeys<Cohort>(item),
});

export async function findCohort(programId: string, number: number): Promise<Cohort | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: cohortKey(programId, number), ConsistentRead: true }),
  );
  return Item ? withoutKeys<Cohort>(Item) : undefined;
}

/** The programme's cohorts, of one level or all, ordered by level, start date and number. */
export function listCohorts(programId: string, scheme?: string): Promise<Cohort[]> {
  return queryEntities<Cohort>({
    IndexName: GSI1.name,
    KeyConditionExpression: scheme ? '#pk = :pk AND begins_with(#sk, :scheme)' : '#pk = :pk',
    ExpressionAttributeNames: { '#pk': GSI1.pk, ...(scheme ? { '#sk': GSI1.sk } : {}) },
    ExpressionAttributeValues: {
      ':pk': cohortListPartition(programId),
      ...(scheme ? { ':scheme': cohortsOfScheme(scheme) } : {}),
    },
  });
}

/** A participant record, for a batched read with what else a request needs. */
export const participantRead = (programId: string, nip: string): ItemRead<Participant> => ({
  key: participantKey(programId, nip),
  from: (item) => withoutKeys<Participant>(item),
});

/**
 * S17: the participants a queue batch names, of any programme, in one strongly consistent BatchGetItem (a batch is
 * far below its 100 keys), answered in the order named; an absent one undefined.
 */
export function participantsNamed(
  named: readonly { programId: string; nip: string }[],
): Promise<(Participant | undefined)[]> {
  return readItems(...named.map((p) => participantRead(p.programId, p.nip)));
}

export async function findParticipant(programId: string, nip: string): Promise<Participant | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: participantKey(programId, nip), ConsistentRead: true }),
  );
  return Item ? withoutKeys<Participant>(Item) : undefined;
}

/**
 * Writes a participant record from the participant-setting session; refused (false) once the participant holds a
 * seat, so a placement made meanwhile is never overwritten.
 */
export async function saveParticipant(participant: Participant): Promise<boolean> {
  return sendIf(
    new PutCommand({
      ConditionExpression: 'attribute_not_exists(#seat)',
      ExpressionAttributeNames: { '#seat': 'seat' },
      TableName: tableName(),
      Item: {
        ...participantKey(participant.programId, participant.nip),
        entity: 'Participant',
        ...participantInstansiKeys(participant),
        ...participant,
      },
    }),
  );
}

/** A cohort's seat count going up by one, only while under capacity: the guard against overbooking. */
const seatTaken = (programId: string, number: number) => ({
  Update: {
    TableName: tableName(),
    Key: cohortKey(programId, number),
    ConditionExpression: '#taken < #capacity',
    UpdateExpression: 'SET #taken = #taken + :one',
    ExpressionAttributeNames: { '#taken': 'seatsTaken', '#capacity': 'capacity' },
    ExpressionAttributeValues: { ':one': 1 },
  },
});

/** A cohort's seat count going down by one, never below zero. */
const seatGivenBack = (programId: string, number: number) => ({
  Update: {
    TableName: tableName(),
    Key: cohortKey(programId, number),
    ConditionExpression: '#taken > :zero',
    UpdateExpression: 'SET #taken = #taken - :one',
    ExpressionAttributeNames: { '#taken': 'seatsTaken' },
    ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
  },
});

/**
 * A transaction's check that a participant is still set, seated in `cohort` and not withdrawn: what a training
 * record of that cohort depends on, re-checked by DynamoDB when the record is written.
 */
export const stillSeatedIn = (programId: string, nip: string, cohort: number): TransactItem => ({
  ConditionCheck: {
    TableName: tableName(),
    Key: participantKey(programId, nip),
    ConditionExpression: '#status = :set AND #seat.#cohort = :cohort AND attribute_not_exists(#withdrawnAt)',
    ExpressionAttributeNames: {
      '#status': 'status',
      '#seat': 'seat',
      '#cohort': 'cohort',
      '#withdrawnAt': 'withdrawnAt',
    },
    ExpressionAttributeValues: { ':set': 'SET', ':cohort': cohort },
  },
});

/** A transaction's check that the participant-setting session has not set the candidate as participant. */
export const notSetAsParticipant = (programId: string, nip: string): TransactItem => ({
  ConditionCheck: {
    TableName: tableName(),
    Key: participantKey(programId, nip),
    ConditionExpression: 'attribute_not_exists(pk) OR #status <> :set',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':set': 'SET' },
  },
});

export type SeatOutcome = 'SEATED' | 'COHORT_FULL' | 'NOT_PLACEABLE';

/**
 * Takes one seat of a cohort for a participant, all or nothing: the cohort's count only while under capacity,
 * the participant's seat only while it is SET and holds none. Concurrent workers and redelivered messages can
 * therefore neither overbook a cohort nor give anyone two seats.
 */
export async function takeSeat(
  participant: Pick<Participant, 'programId' | 'nip' | 'scheme'>,
  cohort: Cohort,
  now: string,
): Promise<SeatOutcome> {
  try {
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          seatTaken(cohort.programId, cohort.number),
          {
            Update: {
              TableName: tableName(),
              Key: participantKey(participant.programId, participant.nip),
              // A participant is seated only in a cohort on whose test date they are eligible (set by the session).
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
                '#g1pk': GSI1.pk,
                '#g1sk': GSI1.sk,
              },
              ExpressionAttributeValues: {
                ':set': 'SET',
                ':scheme': participant.scheme,
                ':testDate': testDateOf(cohort),
                ':seat': { cohort: cohort.number, placedAt: now },
                ':now': now,
                ':g1pk': seatsPartition(cohort.programId, cohort.number),
                ':nip': participant.nip,
              },
            },
          },
        ],
      }),
    );
    return 'SEATED';
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (!reasons) throw error;
    const [cohortReason, participantReason] = reasons;
    if (participantReason === 'ConditionalCheckFailed') return 'NOT_PLACEABLE';
    if (cohortReason === 'ConditionalCheckFailed') return 'COHORT_FULL';
    throw error;
  }
}

/**
 * Puts a SET participant without a seat at the end of its level's waiting list. Only the first call counts:
 * a redelivered message finds the participant already waiting and leaves its place in the queue alone.
 */
export async function joinWaitlist(
  participant: Pick<Participant, 'programId' | 'nip' | 'scheme'>,
  now: string,
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: participantKey(participant.programId, participant.nip),
      ConditionExpression:
        '#status = :set AND attribute_not_exists(#seat) AND attribute_not_exists(#withdrawnAt) AND attribute_not_exists(#waitlistedAt)',
      UpdateExpression: 'SET #waitlistedAt = :now, #updatedAt = :now, #g1pk = :g1pk, #g1sk = :g1sk',
      ExpressionAttributeNames: {
        '#status': 'status',
        '#seat': 'seat',
        '#withdrawnAt': 'withdrawnAt',
        '#waitlistedAt': 'waitlistedAt',
        '#updatedAt': 'updatedAt',
        '#g1pk': GSI1.pk,
        '#g1sk': GSI1.sk,
      },
      ExpressionAttributeValues: {
        ':set': 'SET',
        ':now': now,
        ':g1pk': waitlistPartition(participant.programId, participant.scheme),
        ':g1sk': waitlistSortKey(now, participant.nip),
      },
    }),
  );
}

/** The first participants waiting for a seat of a level, longest-waiting first, with the test dates they may take. */
export async function waitlistHead(
  programId: string,
  scheme: string,
  limit: number,
): Promise<Pick<Participant, 'nip' | 'eligibleTestDates'>[]> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: GSI1.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': GSI1.pk },
      ExpressionAttributeValues: { ':pk': waitlistPartition(programId, scheme) },
      Limit: limit,
    }),
  );
  return Items.map((item) => ({
    nip: String(item.nip),
    ...(item.eligibleTestDates ? { eligibleTestDates: item.eligibleTestDates as string[] } : {}),
  }));
}

/** The participants seated in a cohort. */
export function seatsOf(programId: string, number: number): Promise<Participant[]> {
  return queryEntities<Participant>({
    IndexName: GSI1.name,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': GSI1.pk },
    ExpressionAttributeValues: { ':pk': seatsPartition(programId, number) },
  });
}

/**
 * Moves a participant's seat between cohorts in one transaction: the old cohort gives a seat back, the new one
 * takes it only while under capacity, and only if the participant still sits where the caller saw it.
 */
export async function moveSeat(
  participant: Participant,
  from: number,
  to: number,
  now: string,
): Promise<boolean> {
  try {
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          seatGivenBack(participant.programId, from),
          seatTaken(participant.programId, to),
          {
            Update: {
              TableName: tableName(),
              Key: participantKey(participant.programId, participant.nip),
              ConditionExpression: '#seat.#cohort = :from',
              UpdateExpression: 'SET #seat = :seat, #updatedAt = :now, #g1pk = :g1pk',
              ExpressionAttributeNames: {
                '#seat': 'seat',
                '#cohort': 'cohort',
                '#updatedAt': 'updatedAt',
                '#g1pk': GSI1.pk,
              },
              ExpressionAttributeValues: {
                ':from': from,
                ':seat': { cohort: to, placedAt: now },
                ':now': now,
                ':g1pk': seatsPartition(participant.programId, to),
              },
            },
          },
        ],
      }),
    );
    return true;
  } catch (error) {
    if (cancellationReasons(error)) return false;
    throw error;
  }
}

/**
 * Cohorts whose registration opens on or before `today` (ISO date) and is still marked SCHEDULED, from the opening
 * day of a cohort starting tomorrow on (`earliestOpeningStillDue`): one that started unopened is not read again.
 */
export function cohortsDueForRegistration(today: string): Promise<Cohort[]> {
  // Every page: a cohort left for the next run would open a day late, and its invitations with it.
  return queryEntities<Cohort>({
    IndexName: GSI2.name,
    KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :today',
    ExpressionAttributeNames: { '#pk': GSI2.pk, '#sk': GSI2.sk },
    ExpressionAttributeValues: {
      ':pk': cohortRegistrationPartition('SCHEDULED'),
      ':from': firstRegistrationKeyOn(earliestOpeningStillDue(today as IsoDate)),
      ':today': lastRegistrationKeyOn(today),
    },
  });
}

/** Cohorts whose registration is open and that start after `today` (ISO date), by start date. */
export function openCohortsAhead(today: string): Promise<Cohort[]> {
  return queryEntities<Cohort>({
    IndexName: GSI2.name,
    KeyConditionExpression: '#pk = :pk AND #sk > :today',
    ExpressionAttributeNames: { '#pk': GSI2.pk, '#sk': GSI2.sk },
    ExpressionAttributeValues: {
      ':pk': cohortRegistrationPartition('OPEN'),
      ':today': lastRegistrationKeyOn(today),
    },
  });
}

/** Opens a cohort's registration once, moving it to the open cohorts of gsi2; false when another run did. */
export async function openRegistration(cohort: Cohort): Promise<boolean> {
  const index = cohortRegistrationKeys({ ...cohort, registration: 'OPEN' });
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: cohortKey(cohort.programId, cohort.number),
      ConditionExpression: '#registration = :scheduled',
      UpdateExpression: 'SET #registration = :open, #g2pk = :g2pk, #g2sk = :g2sk',
      ExpressionAttributeNames: { '#registration': 'registration', '#g2pk': GSI2.pk, '#g2sk': GSI2.sk },
      ExpressionAttributeValues: {
        ':scheduled': 'SCHEDULED',
        ':open': 'OPEN',
        ':g2pk': index[GSI2.pk],
        ':g2sk': index[GSI2.sk],
      },
    }),
  );
}

/**
 * Gives a participant's seat back in one transaction (the cohort's count and the participant's seat), only if
 * the participant still sits in `cohort`; false otherwise.
 */
export async function releaseSeat(participant: Participant, cohort: number, now: string): Promise<boolean> {
  try {
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          seatGivenBack(participant.programId, cohort),
          {
            Update: {
              TableName: tableName(),
              Key: participantKey(participant.programId, participant.nip),
              ConditionExpression: '#seat.#cohort = :cohort',
              UpdateExpression: 'SET #withdrawnAt = :now, #updatedAt = :now REMOVE #seat, #g1pk, #g1sk',
              ExpressionAttributeNames: {
                '#seat': 'seat',
                '#cohort': 'cohort',
                '#withdrawnAt': 'withdrawnAt',
                '#updatedAt': 'updatedAt',
                '#g1pk': GSI1.pk,
                '#g1sk': GSI1.sk,
              },
              ExpressionAttributeValues: { ':cohort': cohort, ':now': now },
            },
          },
        ],
      }),
    );
    return true;
  } catch (error) {
    if (cancellationReasons(error)) return false;
    throw error;
  }
}

/** The write of a cohort's verified test site (TUK), conditional on the cohort existing; also in a transaction. */
export const testSiteUpdate = (
  programId: string,
  number: number,
  testSite: NonNullable<Cohort['testSite']>,
) => ({
  TableName: tableName(),
  Key: cohortKey(programId, number),
  ConditionExpression: 'attribute_exists(pk)',
  UpdateExpression: 'SET #testSite = :testSite',
  ExpressionAttributeNames: { '#testSite': 'testSite' },
  ExpressionAttributeValues: { ':testSite': testSite },
});

/** Records the verified test site (TUK) of a cohort; false when the cohort does not exist. */
export async function recordTestSite(
  programId: string,
  number: number,
  testSite: NonNullable<Cohort['testSite']>,
): Promise<boolean> {
  return sendIf(new UpdateCommand(testSiteUpdate(programId, number, testSite)));
}

/**
 * Records a cohort's test-session capacity and its re-test places; false when the cohort does not exist or more
 * re-tests are booked into it than the new places allow (booked meanwhile).
 */
export async function recordTestSession(
  programId: string,
  number: number,
  testSession: NonNullable<Cohort['testSession']>,
  retestPlaces: number,
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: cohortKey(programId, number),
      ConditionExpression: 'attribute_exists(pk) AND (attribute_not_exists(#booked) OR #booked <= :places)',
      UpdateExpression: 'SET #testSession = :testSession, #places = :places',
      ExpressionAttributeNames: {
        '#testSession': 'testSession',
        '#places': 'retestPlaces',
        '#booked': 'retestsBooked',
      },
      ExpressionAttributeValues: { ':testSession': testSession, ':places': retestPlaces },
    }),
  );
}

/** Creates a cohort item under a number nobody holds yet (a re-test session); false when the number is taken. */
export async function createCohort(cohort: Cohort): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: cohortItem(cohort),
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** DB1: every participant of a programme that one instansi proposed, seated or not, every page. */
export function participantsOfInstansi(programId: string, instansiCode: string): Promise<Participant[]> {
  return queryEntities<Participant>({
    IndexName: GSI2.name,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': GSI2.pk },
    ExpressionAttributeValues: { ':pk': instansiParticipantsPartition(programId, instansiCode) },
  });
}
