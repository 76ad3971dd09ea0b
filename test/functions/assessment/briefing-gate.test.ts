import '../helpers/env';
import { DynamoDBDocumentClient, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/assessment/index';
import { apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { PROGRAM_ID } from '../helpers/programs';
import { NIP, OTHER_NIP } from '../helpers/proposals';
import { aCohort, aParticipant, cohortItem, participantItem, serve } from '../preassessment/table';
import {
  asesor,
  assessorBody,
  briefedItem,
  evidenceBody,
  planItem,
  decreeTeamItem,
  teamItem,
  UNIT,
} from './fixtures';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('assessment');
const COHORT_PATH = { programId: PROGRAM_ID, number: '19' };
const send = (routeKey: string, claims: Claims, body: unknown, path: Record<string, string>) =>
  handler(apiEvent(routeKey, { pathParameters: { ...path }, body, claims }), context);
const evidence = (nip: string) =>
  send(
    'POST /programs/{programId}/cohorts/{number}/participants/{nip}/units/{unitCode}/evidence',
    asesor(),
    evidenceBody(),
    { ...COHORT_PATH, nip, unitCode: UNIT },
  );
const sheet = (nip: string) =>
  send(
    'POST /programs/{programId}/cohorts/{number}/participants/{nip}/assessment',
    asesor(),
    { units: [{ unitCode: UNIT, evidence: [evidenceBody()] }] },
    { ...COHORT_PATH, nip },
  );
const writes = () => ddb.commandCalls(PutCommand).length + ddb.commandCalls(TransactWriteCommand).length;

/** Cohort 19 tested on 2026-07-30: NIP briefed, OTHER_NIP recorded absent, a third never recorded. */
const UNBRIEFED = '199105052019031004';
const items = (cohortDates?: { startDate: string; endDate: string }) => [
  cohortItem(aCohort({ seatsTaken: 3, ...cohortDates })),
  participantItem(aParticipant()),
  participantItem(aParticipant({ nip: OTHER_NIP, name: 'Rina Wulandari' })),
  participantItem(aParticipant({ nip: UNBRIEFED, name: 'Agus Pratama' })),
  briefedItem(NIP),
  briefedItem(OTHER_NIP, false),
  // The 2019 programme assigned its members one by one; from 14 April 2020 a decree places them.
  cohortDates ? teamItem(assessorBody()) : decreeTeamItem(assessorBody()),
  // The unit is planned (UJI-RENCANA-WAJIB), so only the briefing decides.
  planItem(UNIT),
];

beforeEach(() => {
  ddb.reset();
  serve(ddb, items());
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-07-30T03:00:00.000Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('PENGARAHAN-WAJIB: a participant not briefed (Perban BKN 7/2020 Pasal 33(1)) is not tested', () => {
  it('evidence for a briefed participant is recorded', async () => {
    expect((await evidence(NIP)).statusCode).toBe(201);
  });

  it.each([
    ['never recorded at the briefing', UNBRIEFED],
    ['recorded absent', OTHER_NIP],
  ])(
    'PENGARAHAN-WAJIB: evidence for a participant %s is refused (422), nothing written',
    async (_label, nip) => {
      const result = await evidence(nip);
      expect(result.statusCode).toBe(422);
      expect(bodyOf<{ code: string }>(result).code).toBe('PENGARAHAN-WAJIB');
      expect(writes()).toBe(0);
    },
  );

  it('PENGARAHAN-WAJIB: a sheet for a participant never briefed is refused (422), nothing written', async () => {
    const result = await sheet(UNBRIEFED);
    expect(result.statusCode).toBe(422);
    expect(bodyOf<{ code: string }>(result).code).toBe('PENGARAHAN-WAJIB');
    expect(writes()).toBe(0);
  });

  it('a cohort tested before Pasal 33 took effect (2019) does not need the briefing', async () => {
    serve(ddb, items({ startDate: '2019-08-19', endDate: '2019-08-20' }));
    vi.setSystemTime(new Date('2019-08-20T03:00:00.000Z'));
    const result = await evidence(UNBRIEFED);
    expect(bodyOf<{ code?: string }>(result).code).not.toBe('PENGARAHAN-WAJIB');
    expect(result.statusCode).toBe(201);
  });
});
