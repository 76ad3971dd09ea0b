import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { RetestBooking } from '../../events/api/result';
import type { RetestAsk } from '../../events/api/retest';
import { dynamo } from '../../runtime/clients';
import { queryAll } from './query';
import {
  ConcurrentChangeError,
  GSI1,
  GSI2,
  tableName,
  transact,
  type TransactItem,
  withoutKeys,
  sendIf,
} from './table';
import {
  cohortKey,
  pendingAskIndexKeys,
  pendingAsksPartition,
  personRetestsKey,
  retestAskKey,
  retestBookingIndexKeys,
  retestKey,
  sessionRetestsPartition,
} from './keys';

/*
 * Re-tests (docs/data-model.md, "Results", R5-R6): the person's count per level across programmes, the bookings
 * in the participant's partition (indexed by the test session they go to, which may be another programme's), and
 * the participants' asks for one.
 */

/** How many re-tests the person has booked at the level, in every programme; 0 when none. */
export async function retestsTakenAtLevel(nip: string, level: number | null): Promise<number> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: personRetestsKey(nip, level), ConsistentRead: true }),
  );
  return Number(Item?.taken ?? 0);
}

export type RetestOutcome = 'BOOKED' | 'SESSION_FULL' | 'ALREADY_BOOKED' | 'COUNT_CHANGED';

/**
 * Books a re-test, all or nothing: the person's count at the level goes from what was read to one more (so two
 * bookings racing, in any programmes, cannot both take the last of the 2), the booking is created once per
 * re-test of the participation, and the session's re-test places go up only while some are left; the ask, when
 * there is one, is marked booked. `takenBefore`: the person's count as read.
 */
export async function bookRetest(
  booking: RetestBooking & { session: NonNullable<RetestBooking['session']> },
  level: number | null,
  takenBefore: number,
  ask?: RetestAsk,
): Promise<RetestOutcome> {
  const items: TransactItem[] = [
    {
      Update: {
        TableName: tableName(),
        Key: personRetestsKey(booking.nip, level),
        ConditionExpression:
          takenBefore === 0 ? 'attribute_not_exists(#taken) OR #taken = :before' : '#taken = :before',
        UpdateExpression:
          'SET #taken = :after, #nip = :nip, #level = :level, #entity = :entity, ' +
          '#bookings = list_append(if_not_exists(#bookings, :none), :booking)',
        ExpressionAttributeNames: {
          '#taken': 'taken',
          '#nip': 'nip',
          '#level': 'level',
          '#entity': 'entity',
          '#bookings': 'bookings',
        },
        ExpressionAttributeValues: {
          ':before': takenBefore,
          ':after': takenBefore + 1,
          ':nip': booking.nip,
          ':level': level,
          ':entity': 'PersonRetests',
          ':none': [],
          ':booking': [
            {
              programId: booking.programId,
              retestNumber: booking.retestNumber,
              session: booking.session,
              bookedAt: booking.bookedAt,
            },
          ],
        },
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...retestKey(booking.programId, booking.nip, booking.retestNumber),
          entity: 'RetestBooking',
          ...retestBookingIndexKeys(booking),
          ...booking,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      // Cohorts written before re-test places existed have no counter: none booked there yet.
      Update: {
        TableName: tableName(),
        Key: cohortKey(booking.session.programId, booking.session.number),
        ConditionExpression: '(attribute_not_exists(#booked) AND #places > :zero) OR #booked < #places',
        UpdateExpression: 'SET #booked = if_not_exists(#booked, :zero) + :one',
        ExpressionAttributeNames: { '#booked': 'retestsBooked', '#places': 'retestPlaces' },
        ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
      },
    },
  ];
  if (ask) {
    items.push({
      Update: {
        TableName: tableName(),
        Key: retestAskKey(ask.programId, ask.nip, ask.decisionId),
        ConditionExpression: '#status = :requested',
        UpdateExpression: 'SET #status = :booked, #booking = :ref REMOVE #g2pk, #g2sk',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#booking': 'booking',
          '#g2pk': GSI2.pk,
          '#g2sk': GSI2.sk,
        },
        ExpressionAttributeValues: {
          ':requested': 'REQUESTED',
          ':booked': 'BOOKED',
          ':ref': {
            retestNumber: booking.retestNumber,
            cohort: booking.session.number,
            programId: booking.session.programId,
          },
        },
      },
    });
  }
  try {
    await transact(items);
    return 'BOOKED';
  } catch (error) {
    if (!(error instanceof ConcurrentChangeError)) throw error;
    const [person, bookingReason, session, askReason] = error.reasons;
    if (bookingReason === 'ConditionalCheckFailed' || askReason === 'ConditionalCheckFailed') {
      return 'ALREADY_BOOKED';
    }
    if (person === 'ConditionalCheckFailed') return 'COUNT_CHANGED';
    if (session === 'ConditionalCheckFailed') return 'SESSION_FULL';
    throw error;
  }
}

/** Every item a query answers, page after page (lib-dynamodb's paginator). */
async function queryBookings(programId: string, number: number, nip?: string): Promise<RetestBooking[]> {
  const items = await queryAll({
    IndexName: GSI1.name,
    KeyConditionExpression: nip ? '#pk = :pk AND #sk = :nip' : '#pk = :pk',
    ExpressionAttributeNames: { '#pk': GSI1.pk, ...(nip ? { '#sk': GSI1.sk } : {}) },
    ExpressionAttributeValues: {
      ':pk': sessionRetestsPartition(programId, number),
      ...(nip ? { ':nip': nip } : {}),
    },
  });
  return items.map((item) => withoutKeys<RetestBooking>(item));
}

/** The re-test bookings into a test session (participants of this or an earlier programme tested there). */
export const retestsIn = (programId: string, number: number): Promise<RetestBooking[]> =>
  queryBookings(programId, number);

/** The booking of one person into a test session, whichever programme they were a participant of. */
export async function retestBookingIn(
  programId: string,
  number: number,
  nip: string,
): Promise<RetestBooking | undefined> {
  return (await queryBookings(programId, number, nip)).at(-1);
}

/** Records an ask once per decision: false when one is there already (a retry, or a concurrent ask). */
export async function saveRetestAsk(ask: RetestAsk): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...retestAskKey(ask.programId, ask.nip, ask.decisionId),
        entity: 'RetestAsk',
        ...pendingAskIndexKeys(ask),
        ...ask,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export async function findRetestAsk(
  programId: string,
  nip: string,
  decisionId: string,
): Promise<RetestAsk | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName(),
      Key: retestAskKey(programId, nip, decisionId),
      ConsistentRead: true,
    }),
  );
  return Item ? withoutKeys<RetestAsk>(Item) : undefined;
}

/** The asks of a programme not yet booked, oldest first. */
export async function pendingRetestAsks(programId: string): Promise<RetestAsk[]> {
  const items = await queryAll({
    IndexName: GSI2.name,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': GSI2.pk },
    ExpressionAttributeValues: { ':pk': pendingAsksPartition(programId) },
  });
  return items.map((item) => withoutKeys<RetestAsk>(item));
}
