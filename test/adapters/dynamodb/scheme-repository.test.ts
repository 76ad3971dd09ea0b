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
  enrolmentChange,
  enrolmentsOfVersion,
  findEnrolment,
  holdersPage,
  publishedSchemeVersions,
  recordEnrolment,
  recordEnrolmentChange,
  recordSchemeVersion,
} from '../../../adapters/dynamodb/scheme-repository';
import { firstSchemeVersion } from '../../../domain/scheme/version';
import type { EnrolmentRecord } from '../../../events/api/scheme';
import type { SchemeVersionPublished } from '../../../events/messages/scheme-events';
import { TABLE_NAME } from '../../functions/helpers/env';
import { PROGRAM_ID } from '../../functions/helpers/programs';
import { NIP } from '../../functions/helpers/proposals';
import { cancelledAt, conditionFailed } from './dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
const ID = '0042-SKTM-ASN-L3-2027';
const VERSION = {
  ...firstSchemeVersion('ADMINISTRATOR'),
  version: '2028',
  sequence: 2,
  publishedBy: 'bkn.pusbang',
  publishedAt: '2028-01-02T03:00:00.000Z',
};
const PUBLISHED: SchemeVersionPublished = {
  eventId: 'SKEMA/ADMINISTRATOR#2',
  scheme: 'ADMINISTRATOR',
  version: '2028',
  sequence: 2,
  effectiveOn: '2019-01-01',
  publishedOn: '2028-01-02',
  correlationId: 'corr-1',
};
const ENROLMENT: EnrolmentRecord = {
  scheme: 'ADMINISTRATOR',
  toVersion: '2028',
  fromVersion: '2019',
  registrationNumber: '0042/SKTM-ASN/L3/2027',
  programId: PROGRAM_ID,
  nip: NIP,
  instansiCode: '3201',
  qualification: { code: 'ADMINISTRATOR', name: 'Kualifikasi Administrator' },
  units: [{ code: 'MASN-ADM-01', title: 'Melaksanakan Manajemen Perencanaan ASN' }],
  refreshmentUnits: [],
  testUnits: ['MASN-ADM-01'],
  status: 'TERDAFTAR',
  enrolledOn: '2028-01-02',
  attendance: null,
  decisions: [],
  revision: 0,
};
const ENROLMENT_KEY = { pk: 'SCHEME#ADMINISTRATOR#VERSION#2028#ENROLMENTS', sk: `ENROLMENT#${ID}` };

beforeEach(() => {
  ddb.reset();
});

describe('the register of scheme versions', () => {
  it('SC1: a version is recorded with its id guard and the outbox event announcing it (E1) in one transaction, each only if new', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).resolves({});

    // Act
    const recorded = await recordSchemeVersion(VERSION, PUBLISHED);

    // Assess
    expect(recorded).toBe(true);
    expect(ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input).toStrictEqual({
      TransactItems: [
        {
          Put: {
            TableName: TABLE_NAME,
            Item: { pk: 'SCHEME#ADMINISTRATOR', sk: 'VERSION#002', entity: 'SchemeVersion', ...VERSION },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: TABLE_NAME,
            Item: {
              pk: 'SCHEME#ADMINISTRATOR',
              sk: 'VERSION_ID#2028',
              entity: 'SchemeVersionId',
              sequence: 2,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: TABLE_NAME,
            Item: {
              pk: 'OUTBOX#SKEMA/ADMINISTRATOR#2',
              sk: '#EVENT',
              entity: 'OutboxEvent',
              gsi2pk: 'OUTBOX#PENDING',
              gsi2sk: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z#SKEMA\/ADMINISTRATOR#2$/),
              eventId: 'SKEMA/ADMINISTRATOR#2',
              detailType: 'SchemeVersionPublished',
              detail: PUBLISHED,
              occurredAt: VERSION.publishedAt,
              queuedAt: expect.any(String),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    });
  });

  it('a version whose sequence or id is taken is not recorded (false)', async () => {
    ddb.on(TransactWriteCommand).rejects(cancelledAt(2, 1));
    expect(await recordSchemeVersion(VERSION, PUBLISHED)).toBe(false);
  });

  it("SC2: a scheme's published versions are one strongly consistent Query of its VERSION# items", async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({
      Items: [{ pk: 'SCHEME#ADMINISTRATOR', sk: 'VERSION#002', entity: 'SchemeVersion', ...VERSION }],
    });

    // Act
    const versions = await publishedSchemeVersions('ADMINISTRATOR');

    // Assess
    expect(versions).toStrictEqual([VERSION]);
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': 'SCHEME#ADMINISTRATOR', ':prefix': 'VERSION#' },
      ConsistentRead: true,
    });
  });

  it('SC3: the holders on a version are one page of its gsi2 partition (their holdings) at a time, after the cursor, no Scan', async () => {
    // Prepare
    const holding = {
      pk: `PARTICIPANT#${PROGRAM_ID}#${NIP}`,
      sk: 'CERTIFICATE#CURRENT',
      gsi2pk: 'SCHEME#ADMINISTRATOR#HOLDERS#2019',
      gsi2sk: `${PROGRAM_ID}#${NIP}`,
    };
    ddb
      .on(QueryCommand)
      .resolvesOnce({
        Items: [
          {
            ...holding,
            entity: 'HeldCertificate',
            registrationNumber: '0042/SKTM-ASN/L3/2027',
            decisionId: 'dec_1',
            programId: PROGRAM_ID,
            nip: NIP,
          },
        ],
        LastEvaluatedKey: holding,
      })
      .resolves({ Items: [] });

    // Act
    const first = await holdersPage('ADMINISTRATOR', '2019', { limit: 1 });
    const last = await holdersPage('ADMINISTRATOR', '2019', { limit: 1, cursor: first.nextCursor! });

    // Assess
    expect([first, last]).toStrictEqual([
      {
        items: [{ registrationNumber: '0042/SKTM-ASN/L3/2027', programId: PROGRAM_ID, nip: NIP }],
        nextCursor: expect.any(String),
      },
      { items: [] },
    ]);
    const page = {
      TableName: TABLE_NAME,
      IndexName: 'gsi2',
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': 'gsi2pk' },
      ExpressionAttributeValues: { ':pk': 'SCHEME#ADMINISTRATOR#HOLDERS#2019' },
      Limit: 1,
    };
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      page,
      { ...page, ExclusiveStartKey: holding },
    ]);
  });
});

describe("the holders' enrolments", () => {
  it('SC4: an enrolment is one strongly consistent GetItem by the enrolled certificate id', async () => {
    // Prepare
    ddb
      .on(GetCommand)
      .resolves({ Item: { ...ENROLMENT_KEY, entity: 'SchemeVersionEnrolment', ...ENROLMENT } });

    // Act
    const found = await findEnrolment('ADMINISTRATOR', '2028', ID);

    // Assess
    expect(found).toStrictEqual(ENROLMENT);
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: ENROLMENT_KEY,
      ConsistentRead: true,
    });
  });

  it("SC5: one page of a version's enrolments, after the cursor", async () => {
    // Prepare
    ddb
      .on(QueryCommand)
      .resolvesOnce({
        Items: [{ ...ENROLMENT_KEY, entity: 'SchemeVersionEnrolment', ...ENROLMENT }],
        LastEvaluatedKey: ENROLMENT_KEY,
      })
      .resolves({ Items: [] });

    // Act
    const first = await enrolmentsOfVersion('ADMINISTRATOR', '2028', { limit: 1 });
    const last = await enrolmentsOfVersion('ADMINISTRATOR', '2028', { limit: 1, cursor: first.nextCursor });

    // Assess
    expect([first, last]).toStrictEqual([
      { items: [ENROLMENT], nextCursor: expect.any(String) },
      { items: [] },
    ]);
    const page = {
      TableName: TABLE_NAME,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': 'pk' },
      ExpressionAttributeValues: { ':pk': 'SCHEME#ADMINISTRATOR#VERSION#2028#ENROLMENTS' },
      Limit: 1,
    };
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      page,
      { ...page, ExclusiveStartKey: ENROLMENT_KEY },
    ]);
  });

  it('SC6: a holder is enrolled once: a Put only if the certificate is not enrolled for the version yet', async () => {
    // Prepare
    ddb.on(PutCommand).resolvesOnce({}).rejectsOnce(conditionFailed());

    // Act
    const first = await recordEnrolment(ENROLMENT, ID);
    const again = await recordEnrolment(ENROLMENT, ID);

    // Assess
    expect([first, again]).toEqual([true, false]);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Item: { ...ENROLMENT_KEY, entity: 'SchemeVersionEnrolment', ...ENROLMENT },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('SC7: the next state is written only while the enrolment still has the revision read, alone or in the re-issue transaction', async () => {
    // Prepare
    const next = { ...ENROLMENT, status: 'SELESAI' as const, revision: 1 };
    ddb.on(PutCommand).rejects(conditionFailed());
    const put = {
      TableName: TABLE_NAME,
      Item: { ...ENROLMENT_KEY, entity: 'SchemeVersionEnrolment', ...next },
      ConditionExpression: '#revision = :seen',
      ExpressionAttributeNames: { '#revision': 'revision' },
      ExpressionAttributeValues: { ':seen': 0 },
    };

    // Act
    const written = await recordEnrolmentChange(next, ID);

    // Assess
    expect(written).toBe(false);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toStrictEqual(put);
    expect(enrolmentChange(next, ID)).toStrictEqual({ Put: put });
  });
});
