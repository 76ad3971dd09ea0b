import '../../functions/helpers/env';
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
  addCriteriaVersion,
  addVerification,
  currentCriteria,
  designate,
  findTestSite,
  loadTestSite,
  saveTestSite,
  testSiteForUse,
  verificationsForUse,
} from '../../../adapters/dynamodb/test-site-repository';
import type {
  TestSiteCriteria,
  TestSiteDesignationRecord,
  TestSiteVerificationRecord,
} from '../../../events/api/test-site';
import { InvalidCursorError } from '../../../adapters/dynamodb/pagination';
import { TABLE_NAME } from '../../functions/helpers/env';
import { PROGRAM_ID } from '../../functions/helpers/programs';
import { conditionFailed } from './dynamodb-errors';

/* The exact commands of docs/data-model.md "Test sites" (TS1-TS7). */

const ddb = mockClient(DynamoDBDocumentClient);
const sent = () => ddb.calls().map((call) => (call.args[0] as { input: unknown }).input);
const PK = 'TEST_SITE#TUK-01';
const CRITERIA: TestSiteCriteria = {
  criteria: [{ code: 'SAR-1', aspect: 'SARANA', description: 'Meja dan kursi.' }],
  version: 2,
  setBy: 'bkn-admin-1',
  setAt: '2026-07-01T02:00:00.000Z',
};
const SITE = {
  tukId: 'TUK-01',
  name: 'Ruang Kelas 1',
  address: 'Jl. Raya Bogor',
  kind: 'FASILITAS_DIKLAT' as const,
  region: 'PUSAT',
  identifiedBy: { name: 'Rina', role: 'KOORDINATOR_SERTIFIKASI' as const },
  recordedBy: 'bkn-admin-1',
  recordedAt: '2026-07-01T02:00:00.000Z',
};
const USE = { programId: PROGRAM_ID, cohort: 19 };
const VERIFICATION: TestSiteVerificationRecord = {
  use: USE,
  verifiedOn: '2026-07-20',
  verifiedBy: SITE.identifiedBy,
  findings: [{ code: 'SAR-1', met: true }],
  verificationId: 'v-1',
  criteriaVersion: 2,
  readiness: { SARANA: true },
  recordedBy: 'bkn-admin-1',
  recordedAt: '2026-07-20T02:00:00.000Z',
};
const DESIGNATION: TestSiteDesignationRecord = {
  use: USE,
  decree: {
    number: '812/KEP',
    issuedOn: '2026-07-21',
    signedBy: { name: 'Kepala', position: 'Kepala Pusat' },
  },
  basedOnVerification: 'v-1',
  recordedBy: 'bkn-admin-1',
  recordedAt: '2026-07-21T02:00:00.000Z',
};
const VERIFICATION_SK = `VERIFICATION#${PROGRAM_ID}#019#2026-07-20T02:00:00.000Z#v-1`;

beforeEach(() => ddb.reset());

describe('test-site repository', () => {
  it('TS1: the criteria in force, the newest version', async () => {
    ddb.on(QueryCommand).resolves({
      Items: [{ pk: 'TEST_SITE_CRITERIA', sk: 'VERSION#0002', entity: 'TestSiteCriteria', ...CRITERIA }],
    });
    expect(await currentCriteria()).toStrictEqual(CRITERIA);
    expect(sent()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'TEST_SITE_CRITERIA' },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      },
    ]);
  });

  it('TS2: a new version of the criteria, never overwriting one', async () => {
    ddb.on(PutCommand).rejects(conditionFailed());
    expect(await addCriteriaVersion(CRITERIA)).toBe(false);
    expect(sent()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Item: { pk: 'TEST_SITE_CRITERIA', sk: 'VERSION#0002', entity: 'TestSiteCriteria', ...CRITERIA },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    ]);
  });

  it('TS3: record a site as identified', async () => {
    ddb.on(PutCommand).resolves({});
    await saveTestSite(SITE);
    expect(sent()).toStrictEqual([
      { TableName: TABLE_NAME, Item: { pk: PK, sk: '#SITE', entity: 'TestSite', ...SITE } },
    ]);
  });

  it("TS4: the site (TS8) and one page of its uses' records, after the site's own item, then after the cursor", async () => {
    const site = { Item: { pk: PK, sk: '#SITE', entity: 'TestSite', ...SITE } };
    const lastKey = { pk: PK, sk: VERIFICATION_SK };
    ddb.on(GetCommand).resolves(site);
    ddb
      .on(QueryCommand)
      .resolvesOnce({
        Items: [{ pk: PK, sk: VERIFICATION_SK, entity: 'TestSiteVerification', ...VERIFICATION }],
        LastEvaluatedKey: lastKey,
      })
      .resolves({ Items: [] });

    const first = await loadTestSite('TUK-01', { limit: 1 });
    const last = await loadTestSite('TUK-01', { limit: 1, cursor: first!.nextCursor });

    expect(first).toStrictEqual({
      ...SITE,
      verifications: [VERIFICATION],
      designations: [],
      nextCursor: expect.any(String),
    });
    expect(last).toStrictEqual({ ...SITE, verifications: [], designations: [] });
    const page = {
      TableName: TABLE_NAME,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': 'pk' },
      ExpressionAttributeValues: { ':pk': PK },
      ConsistentRead: true,
      Limit: 1,
    };
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      { ...page, ExclusiveStartKey: { pk: PK, sk: '#SITE' } },
      { ...page, ExclusiveStartKey: lastKey },
    ]);
    expect(ddb.commandCalls(GetCommand).map((c) => c.args[0].input)).toStrictEqual([
      { TableName: TABLE_NAME, Key: { pk: PK, sk: '#SITE' }, ConsistentRead: true },
      { TableName: TABLE_NAME, Key: { pk: PK, sk: '#SITE' }, ConsistentRead: true },
    ]);
  });

  it("another site's cursor is refused before any read of the page (TS4)", async () => {
    ddb.on(GetCommand).resolves({});
    const foreign = Buffer.from(JSON.stringify({ pk: 'TEST_SITE#TUK-02', sk: '#SITE' })).toString(
      'base64url',
    );
    await expect(loadTestSite('TUK-01', { limit: 1, cursor: foreign })).rejects.toThrow(InvalidCursorError);
    expect(ddb.commandCalls(QueryCommand)).toStrictEqual([]);
  });

  it('TS5: the verifications of a site for one use', async () => {
    ddb.on(QueryCommand).resolves({ Items: [] });
    expect(await verificationsForUse('TUK-01', PROGRAM_ID, 19)).toEqual([]);
    expect(sent()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': PK, ':prefix': `VERIFICATION#${PROGRAM_ID}#019#` },
        ConsistentRead: true,
      },
    ]);
  });

  it('TS8: the site as identified, one strongly consistent GetItem whatever the uses of the site', async () => {
    ddb
      .on(GetCommand)
      .resolvesOnce({ Item: { pk: PK, sk: '#SITE', entity: 'TestSite', ...SITE } })
      .resolves({});
    expect(await findTestSite('TUK-01')).toStrictEqual(SITE);
    expect(await findTestSite('TUK-99')).toBeUndefined();
    expect(sent()).toStrictEqual([
      { TableName: TABLE_NAME, Key: { pk: PK, sk: '#SITE' }, ConsistentRead: true },
      { TableName: TABLE_NAME, Key: { pk: 'TEST_SITE#TUK-99', sk: '#SITE' }, ConsistentRead: true },
    ]);
  });

  it('TS9: the site with the verifications and the decree of one use only (TS5 and the use’s decree)', async () => {
    const designation = {
      pk: PK,
      sk: `DESIGNATION#${PROGRAM_ID}#019#`,
      entity: 'TestSiteDesignation',
      ...DESIGNATION,
    };
    ddb.on(QueryCommand).resolves({
      Items: [{ pk: PK, sk: VERIFICATION_SK, entity: 'TestSiteVerification', ...VERIFICATION }],
    });
    ddb.on(GetCommand).resolves({ Item: designation });
    expect(await testSiteForUse(SITE, PROGRAM_ID, 19)).toStrictEqual({
      ...SITE,
      verifications: [VERIFICATION],
      designations: [DESIGNATION],
    });
    expect(sent()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': PK, ':prefix': `VERIFICATION#${PROGRAM_ID}#019#` },
        ConsistentRead: true,
      },
      { TableName: TABLE_NAME, Key: { pk: PK, sk: `DESIGNATION#${PROGRAM_ID}#019#` }, ConsistentRead: true },
    ]);
  });

  it('TS6: record a verification while the site is on the register', async () => {
    ddb.on(TransactWriteCommand).resolves({});
    expect(await addVerification('TUK-01', VERIFICATION)).toBe(true);
    expect(sent()).toStrictEqual([
      {
        TransactItems: [
          {
            ConditionCheck: {
              TableName: TABLE_NAME,
              Key: { pk: PK, sk: '#SITE' },
              ConditionExpression: 'attribute_exists(pk)',
            },
          },
          {
            Put: {
              TableName: TABLE_NAME,
              Item: { pk: PK, sk: VERIFICATION_SK, entity: 'TestSiteVerification', ...VERIFICATION },
            },
          },
        ],
      },
    ]);
  });

  it("TS7: the decree and the cohort's test site together", async () => {
    ddb.on(TransactWriteCommand).resolves({});
    const decree = DESIGNATION;
    const testSite = {
      tukId: 'TUK-01',
      name: SITE.name,
      address: SITE.address,
      kind: SITE.kind,
      verifiedOn: '2026-07-20',
      designatedOn: '2026-07-21',
      recordedBy: 'bkn-admin-1',
      region: 'PUSAT',
      decree: { number: '812/KEP', issuedOn: '2026-07-21' },
    };
    expect(await designate('TUK-01', decree, testSite)).toBe(true);
    expect(sent()).toStrictEqual([
      {
        TransactItems: [
          {
            Put: {
              TableName: TABLE_NAME,
              Item: {
                pk: PK,
                sk: `DESIGNATION#${PROGRAM_ID}#019#`,
                entity: 'TestSiteDesignation',
                ...decree,
              },
            },
          },
          {
            Update: {
              TableName: TABLE_NAME,
              Key: { pk: `COHORT#${PROGRAM_ID}#019`, sk: '#COHORT' },
              ConditionExpression: 'attribute_exists(pk)',
              UpdateExpression: 'SET #testSite = :testSite',
              ExpressionAttributeNames: { '#testSite': 'testSite' },
              ExpressionAttributeValues: { ':testSite': testSite },
            },
          },
        ],
      },
    ]);
  });
});
