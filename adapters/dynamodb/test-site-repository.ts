import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Cohort } from '../../events/api/participant';
import type {
  TestSite,
  TestSiteCriteria,
  TestSiteDesignationRecord,
  TestSiteVerificationRecord,
} from '../../events/api/test-site';
import { dynamo } from '../../runtime/clients';
import {
  TEST_SITE_CRITERIA_PARTITION,
  testSiteCriteriaKey,
  testSiteDesignationKey,
  testSiteKey,
  testSitePartition,
  testSiteUsePrefix,
  testSiteVerificationKey,
} from './keys';
import { encodeCursor } from './pagination';
import { queryAll, queryPage, skBeginsWith } from './query';
import { testSiteUpdate } from './seating-repository';
import { KEY, sendIf, tableName, transactOrFalse, withoutKeys } from './table';

/*
 * Test sites (TUK), Perban BKN 7/2020 Pasal 27: BKN's criteria as versions (TS1), and per site its record, its
 * verifications per use and its designation decrees (TS2-TS9). docs/data-model.md, "Test sites".
 */

/** TS1: the criteria in force, the newest version. */
export async function currentCriteria(): Promise<TestSiteCriteria | undefined> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': TEST_SITE_CRITERIA_PARTITION },
      ScanIndexForward: false,
      Limit: 1,
      ConsistentRead: true,
    }),
  );
  return Items[0] ? withoutKeys<TestSiteCriteria>(Items[0], ['entity']) : undefined;
}

/** TS2: writes a new version; false when that version was written meanwhile. */
export function addCriteriaVersion(criteria: TestSiteCriteria): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: { ...testSiteCriteriaKey(criteria.version), entity: 'TestSiteCriteria', ...criteria },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

type SiteRecord = Omit<TestSite, 'verifications' | 'designations'>;

/** TS3: records (or updates) a site as identified. */
export async function saveTestSite(site: SiteRecord): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...testSiteKey(site.tukId), entity: 'TestSite', ...site },
    }),
  );
}

/**
 * TS8: the site as identified, without its verifications and decrees: what every check of a use reads, a cost that
 * stays the same however many cohorts the site has served.
 */
export async function findTestSite(tukId: string): Promise<SiteRecord | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: testSiteKey(tukId), ConsistentRead: true }),
  );
  return Item ? withoutKeys<SiteRecord>(Item, ['entity']) : undefined;
}

/**
 * TS9: the site with the verifications and the decree of one use only (TS5 and a `GetItem` of the use's decree):
 * the answer to a verification, bounded by the use, not by every use of the site.
 */
export async function testSiteForUse(site: SiteRecord, programId: string, cohort: number): Promise<TestSite> {
  const [verifications, { Item: designation }] = await Promise.all([
    verificationsForUse(site.tukId, programId, cohort),
    dynamo().send(
      new GetCommand({
        TableName: tableName(),
        Key: testSiteDesignationKey(site.tukId, programId, cohort),
        ConsistentRead: true,
      }),
    ),
  ]);
  return {
    ...site,
    verifications,
    designations: designation ? [withoutKeys<TestSiteDesignationRecord>(designation, ['entity'])] : [],
  };
}

/**
 * TS4: the site (TS8) with one page of its uses' records, decrees then verifications, each by programme and
 * cohort: `limit` items of its partition after `cursor`, or after the site's own item (`#SITE` sorts first). A
 * page, since the partition grows with every cohort the site served.
 */
export async function loadTestSite(
  tukId: string,
  page: { limit: number; cursor?: string },
): Promise<(TestSite & { nextCursor?: string }) | undefined> {
  const [site, uses] = await Promise.all([
    findTestSite(tukId),
    queryPage(
      {
        index: KEY,
        pk: testSitePartition(tukId),
        limit: page.limit,
        cursor: page.cursor ?? encodeCursor(testSiteKey(tukId)),
        consistentRead: true,
      },
      (item) => item,
    ),
  ]);
  if (!site) return undefined;
  const of = <T>(entity: string) =>
    uses.items.filter((i) => i.entity === entity).map((i) => withoutKeys<T>(i, ['entity']));
  return {
    ...site,
    verifications: of<TestSiteVerificationRecord>('TestSiteVerification'),
    designations: of<TestSiteDesignationRecord>('TestSiteDesignation'),
    ...(uses.nextCursor ? { nextCursor: uses.nextCursor } : {}),
  };
}

/** TS5: the verifications of a site for one use, oldest first. */
export async function verificationsForUse(
  tukId: string,
  programId: string,
  cohort: number,
): Promise<TestSiteVerificationRecord[]> {
  return (
    await queryAll({
      ...skBeginsWith(testSitePartition(tukId), testSiteUsePrefix('VERIFICATION', programId, cohort)),
      ConsistentRead: true,
    })
  ).map((i) => withoutKeys<TestSiteVerificationRecord>(i, ['entity']));
}

/** TS6: records a verification, while the site is on the register (false when it is not). */
export async function addVerification(
  tukId: string,
  verification: TestSiteVerificationRecord,
): Promise<boolean> {
  return transactOrFalse([
    {
      ConditionCheck: {
        TableName: tableName(),
        Key: testSiteKey(tukId),
        ConditionExpression: 'attribute_exists(pk)',
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...testSiteVerificationKey(
            tukId,
            verification.use.programId,
            verification.use.cohort,
            verification.recordedAt,
            verification.verificationId,
          ),
          entity: 'TestSiteVerification',
          ...verification,
        },
      },
    },
  ]);
}

/**
 * TS7: the decree designating the site for one use and the cohort's test site, together; false when the cohort
 * is gone. A later decree for the same use replaces the earlier one.
 */
export function designate(
  tukId: string,
  designation: TestSiteDesignationRecord,
  testSite: NonNullable<Cohort['testSite']>,
): Promise<boolean> {
  const { programId, cohort } = designation.use;
  return transactOrFalse([
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...testSiteDesignationKey(tukId, programId, cohort),
          entity: 'TestSiteDesignation',
          ...designation,
        },
      },
    },
    { Update: testSiteUpdate(programId, cohort, testSite) },
  ]);
}
