import '../helpers/env';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/retests/index';
import { apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';
import { aProgram, programItem, PROGRAM_ID } from '../helpers/programs';
import { anInstansi, bknAdmin, INSTANSI, instansiItem, NIP } from '../helpers/proposals';
import { aCohort, aParticipant, cohortItem, participantItem, peserta, serve } from '../preassessment/table';
import { cohortPartition, PARTITION, UNIT, UNITS } from '../assessment/fixtures';
import { askItem, attemptItem, DECISION_ID, decisionItem } from '../results/fixtures';
import { cancelled } from '../../adapters/dynamodb/dynamodb-errors';

/*
 * Re-tests (functions/retests): asked for by the participant, booked by BKN into a later test session of the
 * level with the person's count across programmes and the session's own places in one transaction (Perban BKN
 * 7/2020 Pasal 16(7), 25c, 26), and the test sessions' capacity.
 */
const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('retests');
const NOW = '2026-08-03T03:00:00.000Z';
const OTHER_PROGRAM = 'prg_1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';

const BASE = [
  instansiItem(anInstansi(INSTANSI)),
  programItem(aProgram()),
  cohortItem(aCohort()),
  cohortItem(aCohort({ number: 21, startDate: '2026-08-20', endDate: '2026-08-21', retestPlaces: 2 })),
  cohortItem(aCohort({ number: 22, scheme: 'PENGAWAS', startDate: '2026-08-20', endDate: '2026-08-21' })),
  participantItem(aParticipant()),
];
const personItem = (taken: number) => ({
  pk: `ASN#${NIP}`,
  sk: 'RETESTS#LEVEL#3',
  entity: 'PersonRetests',
  taken,
});

const send = (routeKey: string, claims: Claims, body: unknown, path: Record<string, string>) =>
  handler(apiEvent(routeKey, { pathParameters: { ...path }, body, claims }), context);
const PARTICIPANT_PATH = { programId: PROGRAM_ID, nip: NIP };
const book = (body: Record<string, unknown> = { toCohort: 21 }) =>
  send('POST /programs/{programId}/participants/{nip}/retest', bknAdmin(), body, PARTICIPANT_PATH);
const ask = (claims: Claims = peserta()) =>
  send(
    'POST /programs/{programId}/participants/{nip}/retest-requests',
    claims,
    { decisionId: DECISION_ID },
    PARTICIPANT_PATH,
  );
const createSession = (testDate = '2026-09-10') =>
  send(
    'POST /programs/{programId}/retest-sessions',
    bknAdmin(),
    { scheme: 'ADMINISTRATOR', testDate, roomCapacity: 30, assessorCount: 2, participantsPerAssessor: 15 },
    { programId: PROGRAM_ID },
  );
const transactions = () =>
  ddb.commandCalls(TransactWriteCommand).map((c) => c.args[0].input.TransactItems ?? []);
/**
 * The person's count at the level that the booking required, as the request read it (the command itself:
 * retest-repository.test.ts, R5).
 */
const countConditionedOn = () => transactions()[0]![0]!.Update!.ExpressionAttributeValues?.[':before'];

beforeEach(() => {
  ddb.reset();
  serve(ddb, BASE);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('POST .../participants/{nip}/retest', () => {
  it('UJI-ULANG-UNIT-BK: books the failed units only into a later session: the person counted, the place taken, the ask booked, in one transaction', async () => {
    serve(ddb, [...BASE, decisionItem(), attemptItem(0), askItem()]);
    const result = await book();
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).toMatchObject({
      retestNumber: 1,
      retestAtLevel: 1,
      cohort: 21,
      session: { programId: PROGRAM_ID, number: 21, testDate: '2026-08-21' },
      unitCodes: [UNIT],
      basedOn: DECISION_ID,
    });
    expect(writesOf(ddb)).toEqual([
      { op: 'Update', pk: `ASN#${NIP}`, sk: 'RETESTS#LEVEL#3' },
      { op: 'Put', pk: PARTITION, sk: 'RESULT#RETEST#1', entity: 'RetestBooking' },
      { op: 'Update', pk: cohortPartition(21), sk: '#COHORT' },
      { op: 'Update', pk: PARTITION, sk: `RESULT#RETEST_REQUEST#${DECISION_ID}` },
    ]);
    expect(countConditionedOn()).toBe(0);
  });

  it('SESSION_FULL: the session out of re-test places answers 409, training seats untouched', async () => {
    serve(ddb, [...BASE, decisionItem(), attemptItem(0)]);
    ddb.on(TransactWriteCommand).rejects(cancelled('None', 'None', 'ConditionalCheckFailed'));
    const result = await book();
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe('SESSION_FULL');
  });

  it('UJI-ULANG-SESI-BERIKUTNYA: a session of another level is refused', async () => {
    serve(ddb, [...BASE, decisionItem(), attemptItem(0)]);
    const result = await book({ toCohort: 22 });
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('UJI-ULANG-SESI-BERIKUTNYA');
  });

  it('UJI-ULANG-MAKS-2: 2 re-tests of the level taken in earlier programmes refuse a 1st one here', async () => {
    serve(ddb, [...BASE, decisionItem(), attemptItem(0), personItem(2)]);
    const result = await book();
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('UJI-ULANG-MAKS-2');
    expect(transactions()).toHaveLength(0);
  });

  it('UJI-ULANG-MAKS-2: the count moved by a booking elsewhere meanwhile answers 409, nothing booked', async () => {
    serve(ddb, [...BASE, decisionItem(), attemptItem(0), personItem(1)]);
    ddb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None', 'None'));
    const result = await book();
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe('RESULT_CHANGED');
    expect(countConditionedOn()).toBe(1);
  });

  it('a booking that only ran into another transaction (no condition failed) answers 409 RESULT_CHANGED, not 500', async () => {
    serve(ddb, [...BASE, decisionItem(), attemptItem(0)]);
    ddb.on(TransactWriteCommand).rejects(cancelled('TransactionConflict', 'None', 'None'));
    const result = await book();
    expect([result.statusCode, bodyOf(result).code]).toEqual([409, 'RESULT_CHANGED']);
  });

  it("a session of a later programme takes the re-test: booked under that programme's session", async () => {
    const later = aCohort({
      programId: OTHER_PROGRAM,
      number: 3,
      startDate: '2027-05-06',
      endDate: '2027-05-07',
      retestPlaces: 5,
    });
    serve(ddb, [...BASE, cohortItem(later), decisionItem(), attemptItem(0)]);
    const result = await book({ toCohort: 3, toProgram: OTHER_PROGRAM });
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).toMatchObject({
      programId: PROGRAM_ID,
      session: { programId: OTHER_PROGRAM, number: 3, testDate: '2027-05-07' },
    });
    expect(writesOf(ddb)).toEqual([
      { op: 'Update', pk: `ASN#${NIP}`, sk: 'RETESTS#LEVEL#3' },
      { op: 'Put', pk: PARTITION, sk: 'RESULT#RETEST#1', entity: 'RetestBooking' },
      { op: 'Update', pk: `COHORT#${OTHER_PROGRAM}#003`, sk: '#COHORT' },
    ]);
  });

  it('UJI-ULANG-BELUM-KOMPETEN: a competent participant gets no re-test', async () => {
    serve(ddb, [
      ...BASE,
      decisionItem({ outcome: 'KOMPETEN', competentUnits: UNITS, notYetCompetentUnits: [] }),
    ]);
    const result = await book();
    expect(result.statusCode).toBe(422);
    expect(bodyOf<{ details: { code: string }[] }>(result).details.map((d) => d.code)).toContain(
      'UJI-ULANG-BELUM-KOMPETEN',
    );
  });
});

describe('POST .../participants/{nip}/retest-requests', () => {
  it('the participant asks once per decision: recorded for BKN to book, a retry answers the same ask', async () => {
    serve(ddb, [...BASE, decisionItem()]);
    const first = await ask();
    expect(first.statusCode).toBe(201);
    expect(bodyOf(first)).toMatchObject({ status: 'REQUESTED', unitCodes: [UNIT] });
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', pk: PARTITION, sk: `RESULT#RETEST_REQUEST#${DECISION_ID}`, entity: 'RetestAsk' },
    ]);
    serve(ddb, [...BASE, decisionItem(), askItem()]);
    const again = await ask();
    expect(again.statusCode).toBe(200);
  });

  it('UJI-ULANG-MAKS-2: no re-test left at the level: refused, development is the follow-up', async () => {
    serve(ddb, [...BASE, decisionItem(), personItem(2)]);
    const result = await ask();
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('UJI-ULANG-MAKS-2');
  });
});

describe('test sessions', () => {
  it("SESI-UJI-KAPASITAS: a cohort's session of 36 (room 40, 3 assessors × 12) leaves 6 re-test places beside its 30 seats", async () => {
    const result = await send(
      'PUT /programs/{programId}/cohorts/{number}/test-session',
      bknAdmin(),
      { roomCapacity: 40, assessorCount: 3, participantsPerAssessor: 12 },
      { programId: PROGRAM_ID, number: '19' },
    );
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({ retestPlaces: 6, testSession: { testCapacity: 36 } });
  });

  it('SESI-UJI-KAPASITAS: a room smaller than the cohort is refused', async () => {
    const result = await send(
      'PUT /programs/{programId}/cohorts/{number}/test-session',
      bknAdmin(),
      { roomCapacity: 20, assessorCount: 3, participantsPerAssessor: 12 },
      { programId: PROGRAM_ID, number: '19' },
    );
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('SESI-UJI-KAPASITAS');
  });

  it('BKN schedules a re-test session of its own: numbered after the cohorts, no training seats, all places for re-tests', async () => {
    const result = await createSession();
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).toMatchObject({
      number: 23,
      kind: 'UJI_ULANG',
      capacity: 0,
      startDate: '2026-09-10',
      endDate: '2026-09-10',
      retestPlaces: 30,
      retestsBooked: 0,
    });
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', pk: `COHORT#${PROGRAM_ID}#023`, sk: '#COHORT', entity: 'Cohort' },
    ]);
  });

  it('a session number taken again and again is tried 5 times in all, with a backoff between, then answers 409', async () => {
    ddb
      .on(PutCommand)
      .rejects(
        new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }),
      );
    const random = vi.spyOn(Math, 'random').mockReturnValue(0);

    const result = await createSession();

    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe('SESSION_CHANGED');
    expect(ddb.commandCalls(PutCommand)).toHaveLength(5);
    expect(random).toHaveBeenCalledTimes(4);
  });

  it('SESI-UJI-ULANG-JADWAL: a re-test session on a day already past is refused', async () => {
    const result = await createSession('2026-08-01');
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('SESI-UJI-ULANG-JADWAL');
  });
});
