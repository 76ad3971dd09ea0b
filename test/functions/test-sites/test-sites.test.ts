import '../helpers/env';
import {
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/test-sites/index';
import { IdentifyTestSiteRequest, TestSiteCriteriaRequest } from '../../../events/api/test-site';
import { apiEvent, bodyOf } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { aProgram, PROGRAM_ID, programItem } from '../helpers/programs';
import { bknAdmin } from '../helpers/proposals';
import { aCohort, cohortItem, serve } from '../preassessment/table';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('testSites');
const CRITERIA = (
  TestSiteCriteriaRequest.meta()?.examples as { criteria: { code: string; aspect: string }[] }[]
)[0]!;
const SITE = (IdentifyTestSiteRequest.meta()?.examples as Record<string, unknown>[])[0]!;
const send = (routeKey: string, body?: unknown, tukId = 'TUK-01') =>
  handler(apiEvent(routeKey, { pathParameters: { tukId }, body, claims: bknAdmin() }), context);
const code = (result: Awaited<ReturnType<typeof handler>>) => bodyOf<{ code: string }>(result).code;
const writes = () => ddb.commandCalls(PutCommand).length + ddb.commandCalls(TransactWriteCommand).length;
const USE = { programId: PROGRAM_ID, cohort: 19 };
const siteItem = {
  pk: 'TEST_SITE#TUK-01',
  sk: '#SITE',
  entity: 'TestSite',
  ...SITE,
  tukId: 'TUK-01',
  recordedBy: 'a',
  recordedAt: 'b',
};
const criteriaItem = {
  pk: 'TEST_SITE_CRITERIA',
  sk: 'VERSION#0001',
  entity: 'TestSiteCriteria',
  ...CRITERIA,
  version: 1,
  setBy: 'a',
  setAt: 'b',
};
const verification = (
  findings = CRITERIA.criteria.slice(0, 5).map((c) => ({ code: c.code, met: true })),
) => ({
  use: USE,
  verifiedOn: '2026-07-20',
  verifiedBy: { name: 'Rina Kartika', role: 'KOORDINATOR_SERTIFIKASI' },
  findings,
});
const decree = {
  use: USE,
  decree: {
    number: '812/KEP',
    issuedOn: '2026-07-21',
    signedBy: { name: 'Kepala Pusat', position: 'Kepala Pusbang' },
  },
};

/** A programme of Kanreg V (Pasal 7(1), 11b): its cohorts are tested at a site of region V. */
const regionalProgram = programItem(
  aProgram({
    origin: {
      kind: 'DAERAH',
      kanreg: 'V',
      initiator: { code: '3201', name: 'Pemerintah Kabupaten Bogor' },
      regionalProgramId: 'rpg_6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
      approvedBy: 'bkn-admin-1',
      approvedAt: '2026-07-01T03:00:00.000Z',
    },
    testSite: { kanreg: 'V', name: 'Aula Kanreg V BKN', address: 'Jl. Mayjen Sutoyo, Jakarta' },
  }),
);
/** A verification of TUK-01 for the cohort, by the coordinator, every criterion met. */
const verificationItem = {
  pk: 'TEST_SITE#TUK-01',
  sk: `VERIFICATION#${PROGRAM_ID}#019#2026-07-20T03:00:00.000Z#vrf-1`,
  entity: 'TestSiteVerification',
  ...verification(),
  verificationId: 'vrf-1',
  criteriaVersion: 1,
  readiness: Object.fromEntries(
    [
      'SARANA',
      'PRASARANA',
      'PERSONEL',
      'KETIDAKBERPIHAKAN',
      'K3',
      'RISIKO_TEMPAT_KERJA',
      'TIDAK_DIGUNAKAN_BEKERJA',
    ].map((aspect) => [aspect, true]),
  ),
  recordedBy: 'a',
  recordedAt: '2026-07-20T03:00:00.000Z',
};

beforeEach(() => {
  ddb.reset();
  serve(ddb, [programItem(aProgram()), cohortItem(aCohort()), siteItem, criteriaItem]);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-07-21T03:00:00.000Z'));
});
afterEach(() => vi.useRealTimers());

describe('test sites (Perban BKN 7/2020 Pasal 27(4)-(5))', () => {
  it('PUT /test-site-criteria: a new version after the one in force, never overwriting it', async () => {
    const result = await send('PUT /test-site-criteria', CRITERIA);
    expect(result.statusCode).toBe(200);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toMatchObject({
      Item: { sk: 'VERSION#0002', version: 2 },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('TUK-KRITERIA-LENGKAP: criteria leaving an aspect out are refused (422), nothing written', async () => {
    const result = await send('PUT /test-site-criteria', { criteria: CRITERIA.criteria.slice(1) });
    expect(result.statusCode).toBe(422);
    expect(code(result)).toBe('TUK-KRITERIA-LENGKAP');
    expect(writes()).toBe(0);
  });

  it('TUK-IDENTIFIKASI-KOORDINATOR: a site identified by someone else is refused (422)', async () => {
    const result = await send('PUT /test-sites/{tukId}', {
      ...SITE,
      identifiedBy: { name: 'Budi', role: 'LAINNYA' },
    });
    expect(result.statusCode).toBe(422);
    expect(code(result)).toBe('TUK-IDENTIFIKASI-KOORDINATOR');
    expect(writes()).toBe(0);
  });

  it('a verification judging every criterion of a training facility is recorded with its readiness per aspect', async () => {
    const result = await send('POST /test-sites/{tukId}/verifications', verification());
    expect(result.statusCode, JSON.stringify(bodyOf(result))).toBe(201);
    const put = ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems![1]!.Put!.Item!;
    expect(put).toMatchObject({
      entity: 'TestSiteVerification',
      criteriaVersion: 1,
      readiness: { SARANA: true, K3: true },
    });
  });

  it('a verification answers the site with the records of its own use only, never reading every use of the site', async () => {
    const otherUse = {
      ...verificationItem,
      sk: `VERIFICATION#${PROGRAM_ID}#020#2026-07-20T03:00:00.000Z#vrf-2`,
      use: { programId: PROGRAM_ID, cohort: 20 },
      verificationId: 'vrf-2',
    };
    serve(ddb, [
      programItem(aProgram()),
      cohortItem(aCohort()),
      siteItem,
      criteriaItem,
      verificationItem,
      otherUse,
    ]);

    const result = await send('POST /test-sites/{tukId}/verifications', verification());

    expect(result.statusCode, JSON.stringify(bodyOf(result))).toBe(201);
    const body = bodyOf<{
      tukId: string;
      verifications: { verificationId: string }[];
      designations: unknown[];
    }>(result);
    expect([body.tukId, body.verifications.map((v) => v.verificationId), body.designations]).toStrictEqual([
      'TUK-01',
      ['vrf-1'],
      [],
    ]);
    const siteQueries = ddb
      .commandCalls(QueryCommand)
      .map((call) => call.args[0].input)
      .filter((input) => input.ExpressionAttributeValues?.[':pk'] === 'TEST_SITE#TUK-01');
    expect(siteQueries.map((input) => input.ExpressionAttributeValues?.[':prefix'])).toStrictEqual([
      `VERIFICATION#${PROGRAM_ID}#019#`,
    ]);
  });

  it("GET /test-sites/{tukId} answers the site with one page of its uses' records (100 by default) and the cursor of the next, never every use it served", async () => {
    const designationItem = {
      pk: 'TEST_SITE#TUK-01',
      sk: `DESIGNATION#${PROGRAM_ID}#019`,
      entity: 'TestSiteDesignation',
      ...decree,
      basedOnVerification: 'vrf-1',
      recordedBy: 'a',
      recordedAt: 'b',
    };
    const partition = [siteItem, designationItem, verificationItem];
    // The site's partition in key order, a page of `Limit` after ExclusiveStartKey, as DynamoDB answers it.
    ddb.on(QueryCommand).callsFake((input: QueryCommandInput) => {
      const after = partition.filter((item) => item.sk > String(input.ExclusiveStartKey?.sk ?? ''));
      const page = after.slice(0, input.Limit);
      const last = page.at(-1)!;
      return after.length > page.length
        ? { Items: page, LastEvaluatedKey: { pk: last.pk, sk: last.sk } }
        : { Items: page };
    });
    const get = (query?: Record<string, string>) =>
      handler(
        apiEvent('GET /test-sites/{tukId}', {
          pathParameters: { tukId: 'TUK-01' },
          claims: bknAdmin(),
          ...(query ? { queryStringParameters: query } : {}),
        }),
        context,
      );
    type Answer = { designations: unknown[]; verifications: unknown[]; nextCursor?: string };
    const uses = (a: Answer) => [a.designations.length, a.verifications.length, a.nextCursor !== undefined];

    const whole = await get();
    const first = await get({ limit: '1' });
    const second = await get({ limit: '1', cursor: bodyOf<Answer>(first).nextCursor! });
    const foreign = await get({
      cursor: Buffer.from(JSON.stringify({ pk: 'TEST_SITE#TUK-02', sk: '#SITE' })).toString('base64url'),
    });

    expect([whole, first, second].map((r) => r.statusCode)).toStrictEqual([200, 200, 200]);
    expect([whole, first, second].map((r) => uses(bodyOf<Answer>(r)))).toStrictEqual([
      [1, 1, false],
      [1, 0, true],
      [0, 1, false],
    ]);
    expect([foreign.statusCode, code(foreign)]).toStrictEqual([400, 'INVALID_CURSOR']);
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input.Limit)).toStrictEqual([100, 1, 1]);
  });

  it('PUT /test-sites/{tukId} answers the site recorded with the first page of its uses only', async () => {
    const result = await send('PUT /test-sites/{tukId}', SITE);

    expect(result.statusCode, JSON.stringify(bodyOf(result))).toBe(200);
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toMatchObject([
      { ExpressionAttributeValues: { ':pk': 'TEST_SITE#TUK-01' }, Limit: 100 },
    ]);
  });

  it('TUK-VERIFIKASI-KRITERIA: a verification leaving a criterion out is refused (422), nothing written', async () => {
    const result = await send(
      'POST /test-sites/{tukId}/verifications',
      verification(verification().findings.slice(1)),
    );
    expect(result.statusCode).toBe(422);
    expect(code(result)).toBe('TUK-VERIFIKASI-KRITERIA');
    expect(writes()).toBe(0);
  });

  it('answers 409 TEST_SITE_CRITERIA_NOT_FOUND when BKN has set no criteria', async () => {
    serve(ddb, [cohortItem(aCohort()), siteItem]);
    const result = await send('POST /test-sites/{tukId}/verifications', verification());
    expect(result.statusCode).toBe(409);
    expect(code(result)).toBe('TEST_SITE_CRITERIA_NOT_FOUND');
  });

  it('answers 404 TEST_SITE_NOT_FOUND for a site not on the register', async () => {
    const result = await send('POST /test-sites/{tukId}/designations', decree, 'TUK-99');
    expect(result.statusCode).toBe(404);
    expect(code(result)).toBe('TEST_SITE_NOT_FOUND');
  });

  it('TUK-VERIFIKASI-SETIAP-PENGGUNAAN: no decree without a verification for this use (422), nothing written', async () => {
    const result = await send('POST /test-sites/{tukId}/designations', decree);
    expect(result.statusCode).toBe(422);
    expect(code(result)).toBe('TUK-VERIFIKASI-SETIAP-PENGGUNAAN');
    expect(writes()).toBe(0);
  });

  it('TUK-WILAYAH-PROGRAM-DAERAH: a cohort of a regional programme is not given a site outside its Kanreg region (422), with every other reason; nothing written', async () => {
    serve(ddb, [regionalProgram, cohortItem(aCohort()), siteItem, criteriaItem]);
    const result = await send('POST /test-sites/{tukId}/designations', decree);
    expect(result.statusCode).toBe(422);
    const details = bodyOf<{ details: { code: string; message: string }[] }>(result).details;
    expect(details.map((v) => v.code)).toEqual([
      'TUK-VERIFIKASI-SETIAP-PENGGUNAAN',
      'TUK-WILAYAH-PROGRAM-DAERAH',
    ]);
    expect(details[1]!.message).toContain('Aula Kanreg V BKN');
    expect(writes()).toBe(0);
  });

  it('TUK-WILAYAH-PROGRAM-DAERAH: a verified site of the Kanreg region is designated for the regional cohort', async () => {
    serve(ddb, [
      regionalProgram,
      cohortItem(aCohort()),
      { ...siteItem, region: 'V' },
      criteriaItem,
      verificationItem,
    ]);
    const result = await send('POST /test-sites/{tukId}/designations', decree);
    expect(result.statusCode, JSON.stringify(bodyOf(result))).toBe(201);
    expect(bodyOf<{ testSite: { region: string } }>(result).testSite.region).toBe('V');
  });
});
