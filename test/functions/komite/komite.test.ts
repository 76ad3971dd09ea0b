import '../helpers/env';
import {
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type QueryCommandInput,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/komite/index';
import { komiteDecreeKey, komiteMeetingCountKey, komiteMeetingKey } from '../../../adapters/dynamodb/keys';
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
const NEW_CHAIR = '197203032000032002';
const komite = (): Claims => claimsWith('[komite]');
const decree = {
  decreeNumber: '123/KEP/2019',
  decreeDate: '2019-03-01',
  members: [{ nip: CHAIR, name: 'Dr. Haryomo Dwi Putranto', role: 'KETUA' }],
};
/** The decree of 2020-02-01 that replaces the chair. */
const later = {
  decreeNumber: '45/KEP/2020',
  decreeDate: '2020-02-01',
  members: [{ nip: NEW_CHAIR, name: 'Sri Wahyuni, S.H., M.H.', role: 'KETUA' }],
};
const decreeItem = (d: typeof decree) => ({
  ...komiteDecreeKey(d.decreeDate, d.decreeNumber),
  ...d,
  recordedBy: 'admin.bkn',
  recordedAt: `${d.decreeDate}T03:00:00.000Z`,
});
const meetingItem = (heldOn: string, id: string) => ({
  ...komiteMeetingKey(heldOn, id),
  id,
  heldOn,
  attendeeNips: [CHAIR],
  minutes: 'Sidang Komite.',
  validations: [],
  reviews: [{ topic: `Kajian ${id}`, findings: 'Temuan.', recommendation: 'Saran.' }],
  recognitions: [],
  decreeNumber: decree.decreeNumber,
  recordedBy: 'komite.sekretaris',
  recordedAt: `${heldOn}T03:00:00.000Z`,
});
const meeting = (heldOn: string, attendeeNips = [CHAIR]) => ({
  heldOn,
  attendeeNips,
  minutes: 'Sidang tahunan Komite.',
});
let items: Record<string, unknown>[];
const send = (routeKey: string, claims: Claims, body?: unknown, query?: Record<string, string>) =>
  handler(apiEvent(routeKey, { body, claims, queryStringParameters: query }), context);
const queries = () => ddb.commandCalls(QueryCommand).map((c) => c.args[0].input);

/**
 * The Komite partition as DynamoDB answers the Komite's key conditions (begins_with, BETWEEN, backwards, Limit
 * with its LastEvaluatedKey, ExclusiveStartKey), and a meeting's transaction applied to it: the handler's reads
 * are bounded only if the repository's commands are.
 */
function serveKomite(): void {
  ddb.on(QueryCommand).callsFake((input: QueryCommandInput) => {
    const v = input.ExpressionAttributeValues ?? {};
    const inPartition = items
      .filter((i) => i.pk === v[':pk'])
      .map((i) => ({ ...i, pk: String(i.pk), sk: String(i.sk) }));
    const matching = inPartition
      .filter((i) =>
        v[':prefix'] !== undefined
          ? i.sk.startsWith(String(v[':prefix']))
          : i.sk >= String(v[':first']) && i.sk <= String(v[':last']),
      )
      .sort((a, b) => (a.sk < b.sk ? -1 : 1));
    const ordered = input.ScanIndexForward === false ? matching.reverse() : matching;
    const after = input.ExclusiveStartKey?.sk;
    const rest = after === undefined ? ordered : ordered.slice(ordered.findIndex((i) => i.sk === after) + 1);
    const page = rest.slice(0, input.Limit ?? rest.length);
    const last = page.at(-1);
    return {
      Items: page.map((i) => structuredClone(i)),
      ...(page.length < rest.length && last && { LastEvaluatedKey: { pk: last.pk, sk: last.sk } }),
    };
  });
  ddb.on(TransactWriteCommand).callsFake((input: TransactWriteCommandInput) => {
    for (const { Put, Update } of input.TransactItems ?? []) {
      if (Put) items.push(Put.Item!);
      if (Update) {
        const count = items.find((i) => i.pk === Update.Key!.pk && i.sk === Update.Key!.sk);
        if (count) count.meetings = (count.meetings as number) + 1;
        else items.push({ ...Update.Key, year: Update.ExpressionAttributeValues![':year'], meetings: 1 });
      }
    }
    return {};
  });
}

beforeEach(() => {
  ddb.reset();
  items = [];
  serve(ddb, items);
  serveKomite();
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
    const result = await send('POST /komite/meetings', komite(), meeting('2019-11-20'));
    expect(result.statusCode).toBe(422);
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });

  it('KOMITE-RAPAT-ANGGOTA: a meeting of members in force is written once with its year’s count, naming the decree', async () => {
    items.push(decreeItem(decree));
    const result = await send('POST /komite/meetings', komite(), meeting('2019-11-20'));
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result).decreeNumber).toBe('123/KEP/2019');
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
    expect(items.find((i) => i.sk === komiteMeetingCountKey(2019).sk)).toMatchObject({ meetings: 1 });
  });

  it('KOMITE-RAPAT-ANGGOTA: the decree dated on the meeting’s day is in force that day; a later one is not yet', async () => {
    items.push(decreeItem(decree), decreeItem(later));
    const onTheDay = await send('POST /komite/meetings', komite(), meeting('2020-02-01', [NEW_CHAIR]));
    expect([onTheDay.statusCode, bodyOf(onTheDay).decreeNumber]).toEqual([201, '45/KEP/2020']);
    const dayBefore = await send('POST /komite/meetings', komite(), meeting('2020-01-31', [NEW_CHAIR]));
    expect([dayBefore.statusCode, bodyOf<{ details: { code: string }[] }>(dayBefore).details]).toEqual([
      422,
      [expect.objectContaining({ code: 'KOMITE-RAPAT-ANGGOTA', field: 'attendeeNips.0' })],
    ]);
    const underTheFirst = await send('POST /komite/meetings', komite(), meeting('2020-01-31'));
    expect([underTheFirst.statusCode, bodyOf(underTheFirst).decreeNumber]).toEqual([201, '123/KEP/2019']);
    // Each check read one decree, backwards from the meeting's date.
    expect(queries().map((q) => [q.ExpressionAttributeValues?.[':last'], q.Limit])).toEqual([
      ['DECREE#2020-02-01~', 1],
      ['DECREE#2020-01-31~', 1],
      ['DECREE#2020-01-31~', 1],
    ]);
  });

  it('KOMITE-SK-KEANGGOTAAN: the membership is the decree in force today, with the decrees a page at a time', async () => {
    items.push(decreeItem(decree), decreeItem(later));
    const first = await send('GET /komite/membership', komite(), undefined, { limit: '1' });
    const body = bodyOf<{ current: typeof decree; decrees: (typeof decree)[]; nextCursor: string }>(first);
    expect(body.current.decreeNumber).toBe('45/KEP/2020');
    expect(body.decrees.map((d) => d.decreeNumber)).toEqual(['123/KEP/2019']);
    const next = await send('GET /komite/membership', komite(), undefined, { cursor: body.nextCursor });
    expect(bodyOf(next)).toMatchObject({ decrees: [{ decreeNumber: '45/KEP/2020' }] });
    expect(bodyOf(next).nextCursor).toBeUndefined();
    const foreign = await send('GET /komite/membership', komite(), undefined, {
      cursor: Buffer.from(JSON.stringify({ pk: 'PROGRAM#x', sk: 'y' })).toString('base64url'),
    });
    expect([foreign.statusCode, bodyOf(foreign).code]).toEqual([400, 'INVALID_CURSOR']);
  });

  it('lists the meetings and decisions of one year only: the current year in WIB unless asked', async () => {
    items.push(
      decreeItem(decree),
      meetingItem('2019-11-20', 'kom_a'),
      meetingItem('2020-12-31', 'kom_b'),
      meetingItem('2021-01-01', 'kom_c'),
    );
    const ids = async (path: string, query?: Record<string, string>) =>
      bodyOf<{ year: number; items: { id?: string; meetingId?: string }[] }>(
        await send(`GET ${path}`, komite(), undefined, query),
      );
    expect(await ids('/komite/meetings')).toMatchObject({ year: 2021, items: [{ id: 'kom_c' }] });
    expect(await ids('/komite/meetings', { year: '2020' })).toMatchObject({
      year: 2020,
      items: [{ id: 'kom_b' }],
    });
    expect(await ids('/komite/decisions', { kind: 'kajian', year: '2019' })).toMatchObject({
      year: 2019,
      items: [{ meetingId: 'kom_a', decision: { topic: 'Kajian kom_a' } }],
    });
    // 2020-12-31 17:30 UTC is already 2021 in WIB.
    vi.setSystemTime(new Date('2020-12-31T17:30:00.000Z'));
    expect(await ids('/komite/decisions', { kind: 'kajian' })).toMatchObject({
      year: 2021,
      items: [{ meetingId: 'kom_c' }],
    });
    expect(queries().map((q) => q.ExpressionAttributeValues?.[':prefix'])).toEqual([
      'MEETING#2021-',
      'MEETING#2020-',
      'MEETING#2019-',
      'MEETING#2021-',
    ]);
  });

  it('KOMITE-SIDANG-TAHUNAN: 2020 without a meeting is flagged in 2021, from the counts of each year', async () => {
    items.push(decreeItem(decree), decreeItem(later));
    expect((await send('POST /komite/meetings', komite(), meeting('2019-11-20'))).statusCode).toBe(201);
    const result = await send('GET /komite/annual-meetings', komite());
    expect(bodyOf<{ years: unknown[] }>(result).years).toEqual([
      { year: 2019, meetings: 1, status: 'BERSIDANG' },
      { year: 2020, meetings: 0, status: 'TIDAK_BERSIDANG' },
      { year: 2021, meetings: 0, status: 'BELUM_BERSIDANG' },
    ]);
    // The first decree (one item) and the counts: no meeting is read.
    expect(
      queries()
        .slice(1)
        .map((q) => [q.ExpressionAttributeValues?.[':prefix'], q.Limit]),
    ).toEqual(
      expect.arrayContaining([
        ['DECREE#', 1],
        ['MEETINGS_IN#', undefined],
      ]),
    );
    expect(queries()).toHaveLength(3);
  });
});
