import '../helpers/env';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/komite/index';
import { komiteDecreeKey } from '../../../adapters/dynamodb/keys';
import { apiEvent, bodyOf, claimsWith, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { bknAdmin } from '../helpers/proposals';
import { serve } from '../preassessment/table';
import { conditionFailed } from '../../adapters/dynamodb/dynamodb-errors';

/* The Komite stage (functions/komite): BKN's decree, the Komite's meetings and the yearly report (Pasal 6). */
const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('komite');
const NOW = '2021-03-01T03:00:00.000Z';
const CHAIR = '196801011990031001';
const komite = (): Claims => claimsWith('[komite]');
const decree = {
  decreeNumber: '123/KEP/2019',
  decreeDate: '2019-03-01',
  members: [{ nip: CHAIR, name: 'Dr. Haryomo Dwi Putranto', role: 'KETUA' }],
};
let items: Record<string, unknown>[];
const send = (routeKey: string, claims: Claims, body?: unknown, query?: Record<string, string>) =>
  handler(apiEvent(routeKey, { body, claims, queryStringParameters: query }), context);

beforeEach(() => {
  ddb.reset();
  items = [];
  serve(ddb, items);
  ddb.on(PutCommand).resolves({});
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the Komite stage', () => {
  it('KOMITE-SK-KEANGGOTAAN: a decree recorded twice answers 409 DECREE_EXISTS', async () => {
    ddb.on(PutCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    expect((await send('POST /komite/decrees', bknAdmin(), decree)).statusCode).toBe(201);
    const again = await send('POST /komite/decrees', bknAdmin(), decree);
    expect([again.statusCode, bodyOf(again).code]).toEqual([409, 'DECREE_EXISTS']);
  });

  it('KOMITE-RAPAT-ANGGOTA: a meeting before any decree is refused and nothing is written', async () => {
    const result = await send('POST /komite/meetings', komite(), {
      heldOn: '2019-11-20',
      attendeeNips: [CHAIR],
      minutes: 'Sidang tahunan Komite tahun 2019.',
    });
    expect(result.statusCode).toBe(422);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
  });

  it('KOMITE-RAPAT-ANGGOTA: a meeting of members in force is written once, naming the decree', async () => {
    items.push({ ...komiteDecreeKey(decree.decreeDate, decree.decreeNumber), ...decree });
    const result = await send('POST /komite/meetings', komite(), {
      heldOn: '2019-11-20',
      attendeeNips: [CHAIR],
      minutes: 'Sidang tahunan Komite tahun 2019.',
    });
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result).decreeNumber).toBe('123/KEP/2019');
    expect(ddb.commandCalls(PutCommand)).toHaveLength(1);
  });

  it('KOMITE-SIDANG-TAHUNAN: 2020 without a meeting is flagged in 2021', async () => {
    items.push({ ...komiteDecreeKey(decree.decreeDate, decree.decreeNumber), ...decree });
    items.push({ pk: 'KOMITE', sk: 'MEETING#2019-11-20#kom_1', id: 'kom_1', heldOn: '2019-11-20' });
    const result = await send('GET /komite/annual-meetings', komite());
    expect(bodyOf<{ years: { status: string }[] }>(result).years.map((y) => y.status)).toEqual([
      'BERSIDANG',
      'TIDAK_BERSIDANG',
      'BELUM_BERSIDANG',
    ]);
  });
});
