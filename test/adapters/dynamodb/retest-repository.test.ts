import '../../functions/helpers/env';
import { ConditionalCheckFailedException, ThrottlingException } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  bookRetest,
  findRetestAsk,
  pendingRetestAsks,
  retestBookingIn,
  retestsIn,
  retestsTakenAtLevel,
  saveRetestAsk,
} from '../../../adapters/dynamodb/retest-repository';
import { ConcurrentChangeError } from '../../../adapters/dynamodb/table';
import type { RetestBooking } from '../../../events/api/result';
import type { RetestAsk } from '../../../events/api/retest';
import { TABLE_NAME } from '../../functions/helpers/env';
import { PROGRAM_ID } from '../../functions/helpers/programs';
import { NIP, OTHER_NIP } from '../../functions/helpers/proposals';
import { UNIT } from '../../functions/assessment/fixtures';
import { askItem, DECISION_ID, partitionOf } from '../../functions/results/fixtures';
import { cancelled } from './dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const LATER_PROGRAM = 'prg_1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';
const PARTITION = partitionOf(NIP);

/** A first re-test of NIP, booked into cohort 3 of a later programme. */
const aBooking = (overrides: Partial<RetestBooking> = {}) => ({
  programId: PROGRAM_ID,
  nip: NIP,
  retestNumber: 1,
  retestAtLevel: 1,
  cohort: 3,
  session: { programId: LATER_PROGRAM, number: 3, testDate: '2027-05-07' },
  scheme: 'ADMINISTRATOR' as const,
  unitCodes: [UNIT],
  basedOn: DECISION_ID,
  bookedBy: 'bkn-admin-1',
  bookedAt: '2026-08-03T03:00:00.000Z',
  ...overrides,
});
const bookingItem = (booking = aBooking()) => ({
  pk: partitionOf(booking.nip),
  sk: `RESULT#RETEST#${booking.retestNumber}`,
  entity: 'RetestBooking',
  gsi1pk: `COHORT#${LATER_PROGRAM}#003#RETESTS`,
  gsi1sk: booking.nip,
  ...booking,
});
/** A stored ask as the repository answers it: without its keys, index keys and entity. */
function anAsk(overrides: Record<string, unknown> = {}): RetestAsk {
  const { pk: _pk, sk: _sk, entity: _entity, gsi2pk: _g2pk, gsi2sk: _g2sk, ...ask } = askItem(overrides);
  return ask as RetestAsk;
}

const gets = () => ddb.commandCalls(GetCommand).map((c) => c.args[0].input);
const queries = () => ddb.commandCalls(QueryCommand).map((c) => c.args[0].input);
const transactions = () => ddb.commandCalls(TransactWriteCommand).map((c) => c.args[0].input);

describe('re-test repository', () => {
  describe('booking', () => {
    it("R5: books a re-test at once: the person's count from what was read, the booking once, a place of the session while any is left, the ask booked", async () => {
      // Prepare
      ddb.on(TransactWriteCommand).resolves({});
      const booking = aBooking();

      // Act
      const outcome = await bookRetest(booking, 3, 0, anAsk());

      // Assess
      expect(outcome).toBe('BOOKED');
      expect(transactions()).toStrictEqual([
        {
          TransactItems: [
            {
              Update: {
                TableName: TABLE_NAME,
                Key: { pk: `ASN#${NIP}`, sk: 'RETESTS#LEVEL#3' },
                ConditionExpression: 'attribute_not_exists(#taken) OR #taken = :before',
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
                  ':before': 0,
                  ':after': 1,
                  ':nip': NIP,
                  ':level': 3,
                  ':entity': 'PersonRetests',
                  ':none': [],
                  ':booking': [
                    {
                      programId: PROGRAM_ID,
                      retestNumber: 1,
                      session: booking.session,
                      bookedAt: booking.bookedAt,
                    },
                  ],
                },
              },
            },
            {
              Put: {
                TableName: TABLE_NAME,
                Item: bookingItem(booking),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Update: {
                TableName: TABLE_NAME,
                Key: { pk: `COHORT#${LATER_PROGRAM}#003`, sk: '#COHORT' },
                ConditionExpression:
                  '(attribute_not_exists(#booked) AND #places > :zero) OR #booked < #places',
                UpdateExpression: 'SET #booked = if_not_exists(#booked, :zero) + :one',
                ExpressionAttributeNames: { '#booked': 'retestsBooked', '#places': 'retestPlaces' },
                ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
              },
            },
            {
              Update: {
                TableName: TABLE_NAME,
                Key: { pk: PARTITION, sk: `RESULT#RETEST_REQUEST#${DECISION_ID}` },
                ConditionExpression: '#status = :requested',
                UpdateExpression: 'SET #status = :booked, #booking = :ref REMOVE #g2pk, #g2sk',
                ExpressionAttributeNames: {
                  '#status': 'status',
                  '#booking': 'booking',
                  '#g2pk': 'gsi2pk',
                  '#g2sk': 'gsi2sk',
                },
                ExpressionAttributeValues: {
                  ':requested': 'REQUESTED',
                  ':booked': 'BOOKED',
                  ':ref': { retestNumber: 1, cohort: 3, programId: LATER_PROGRAM },
                },
              },
            },
          ],
        },
      ]);
    });

    it("a later re-test requires the person's count to be exactly the one read; without an ask nothing more is written", async () => {
      // Prepare
      ddb.on(TransactWriteCommand).resolves({});

      // Act
      await bookRetest(aBooking({ retestNumber: 2, retestAtLevel: 2 }), null, 1);

      // Assess
      const items = transactions()[0]!.TransactItems!;
      expect(items).toHaveLength(3);
      expect(items[0]!.Update).toMatchObject({
        Key: { pk: `ASN#${NIP}`, sk: 'RETESTS#LEVEL#NONE' },
        ConditionExpression: '#taken = :before',
        ExpressionAttributeValues: { ':before': 1, ':after': 2, ':level': null },
      });
    });

    it.each([
      ['the booking exists already', ['None', 'ConditionalCheckFailed', 'None', 'None'], 'ALREADY_BOOKED'],
      ['the ask was booked meanwhile', ['None', 'None', 'None', 'ConditionalCheckFailed'], 'ALREADY_BOOKED'],
      ["the person's count moved", ['ConditionalCheckFailed', 'None', 'None', 'None'], 'COUNT_CHANGED'],
      ['the session has no place left', ['None', 'None', 'ConditionalCheckFailed', 'None'], 'SESSION_FULL'],
    ])('a booking refused because %s answers %s', async (_case, reasons, outcome) => {
      // Prepare
      ddb.on(TransactWriteCommand).rejects(cancelled(...reasons));

      // Act
      const answer = await bookRetest(aBooking(), 3, 0, anAsk());

      // Assess
      expect(answer).toBe(outcome);
    });

    it('a booking that only ran into a concurrent transaction throws ConcurrentChangeError; other errors are thrown as they are', async () => {
      // Prepare
      const throttled = new ThrottlingException({ message: 'Rate exceeded', $metadata: {} });
      ddb
        .on(TransactWriteCommand)
        .rejectsOnce(cancelled('TransactionConflict', 'None', 'None'))
        .rejectsOnce(throttled);

      // Act
      const conflicted = bookRetest(aBooking(), 3, 0);
      await expect(conflicted).rejects.toBeInstanceOf(ConcurrentChangeError);
      const failed = bookRetest(aBooking(), 3, 0);

      // Assess
      await expect(failed).rejects.toBe(throttled);
    });

    it("R5a: reads a person's re-tests at a level, strongly consistent, across programmes", async () => {
      // Prepare
      ddb
        .on(GetCommand)
        .resolvesOnce({ Item: { pk: `ASN#${NIP}`, sk: 'RETESTS#LEVEL#3', taken: 2 } })
        .resolvesOnce({});

      // Act
      const taken = [await retestsTakenAtLevel(NIP, 3), await retestsTakenAtLevel(NIP, null)];

      // Assess
      expect(gets()).toStrictEqual([
        { TableName: TABLE_NAME, Key: { pk: `ASN#${NIP}`, sk: 'RETESTS#LEVEL#3' }, ConsistentRead: true },
        { TableName: TABLE_NAME, Key: { pk: `ASN#${NIP}`, sk: 'RETESTS#LEVEL#NONE' }, ConsistentRead: true },
      ]);
      expect(taken).toStrictEqual([2, 0]);
    });

    it('R6: reads the re-tests booked into a test session, or one person’s there, from gsi1', async () => {
      // Prepare
      const other = aBooking({ nip: OTHER_NIP });
      ddb
        .on(QueryCommand)
        .resolvesOnce({ Items: [bookingItem(), bookingItem(other)] })
        .resolvesOnce({ Items: [bookingItem()] });

      // Act
      const all = await retestsIn(LATER_PROGRAM, 3);
      const one = await retestBookingIn(LATER_PROGRAM, 3, NIP);

      // Assess
      expect(queries()).toStrictEqual([
        {
          TableName: TABLE_NAME,
          IndexName: 'gsi1',
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': 'gsi1pk' },
          ExpressionAttributeValues: { ':pk': `COHORT#${LATER_PROGRAM}#003#RETESTS` },
        },
        {
          TableName: TABLE_NAME,
          IndexName: 'gsi1',
          KeyConditionExpression: '#pk = :pk AND #sk = :nip',
          ExpressionAttributeNames: { '#pk': 'gsi1pk', '#sk': 'gsi1sk' },
          ExpressionAttributeValues: { ':pk': `COHORT#${LATER_PROGRAM}#003#RETESTS`, ':nip': NIP },
        },
      ]);
      expect(all).toStrictEqual([aBooking(), other]);
      expect(one).toStrictEqual(aBooking());
    });

    it('a person with no booking in the session has none', async () => {
      // Prepare
      ddb.on(QueryCommand).resolves({ Items: [] });

      // Act
      const one = await retestBookingIn(LATER_PROGRAM, 3, NIP);

      // Assess
      expect(one).toBeUndefined();
    });
  });

  describe('asks', () => {
    it('R5b: records an ask once per decision, pending under its programme; when one is there, reads it', async () => {
      // Prepare
      ddb.on(PutCommand).resolves({});
      ddb.on(GetCommand).resolves({ Item: askItem() });

      // Act
      const saved = await saveRetestAsk(anAsk());
      const found = await findRetestAsk(PROGRAM_ID, NIP, DECISION_ID);

      // Assess
      expect(ddb.commandCalls(PutCommand).map((c) => c.args[0].input)).toStrictEqual([
        {
          TableName: TABLE_NAME,
          Item: askItem(),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      ]);
      expect(gets()).toStrictEqual([
        {
          TableName: TABLE_NAME,
          Key: { pk: PARTITION, sk: `RESULT#RETEST_REQUEST#${DECISION_ID}` },
          ConsistentRead: true,
        },
      ]);
      expect([saved, found]).toStrictEqual([true, anAsk()]);
    });

    it('an ask already recorded (a retry, or a concurrent ask) answers false; a decision never asked about has none', async () => {
      // Prepare
      ddb.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'exists', $metadata: {} }));
      ddb.on(GetCommand).resolves({});

      // Act
      const saved = await saveRetestAsk(anAsk());
      const found = await findRetestAsk(PROGRAM_ID, NIP, 'dec_other');

      // Assess
      expect([saved, found]).toStrictEqual([false, undefined]);
    });

    it("R5c: lists a programme's asks not yet booked from gsi2, oldest first", async () => {
      // Prepare
      const later = { nip: OTHER_NIP, requestedAt: '2026-08-02T03:00:00.000Z' };
      ddb.on(QueryCommand).resolves({ Items: [askItem(), askItem(later)] });

      // Act
      const pending = await pendingRetestAsks(PROGRAM_ID);

      // Assess
      expect(queries()).toStrictEqual([
        {
          TableName: TABLE_NAME,
          IndexName: 'gsi2',
          KeyConditionExpression: '#pk = :pk',
          ExpressionAttributeNames: { '#pk': 'gsi2pk' },
          ExpressionAttributeValues: { ':pk': `PROGRAM#${PROGRAM_ID}#RETEST_REQUESTS#REQUESTED` },
        },
      ]);
      expect(pending).toStrictEqual([anAsk(), anAsk(later)]);
    });
  });
});
