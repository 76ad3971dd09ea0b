import '../helpers/env';
import { serveRegistry } from '../helpers/operators';
import { captureOutput } from '../helpers/output';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import {
  BatchGetCommand,
  type BatchGetCommandInput,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EnrolmentRecord } from '../../../events/api/scheme';
import { handler } from '../../../functions/schemes/index';
import { handler as reissue } from '../../../functions/reissue/index';
import { handler as enrolFromQueue } from '../../../functions/scheme-enrolment/index';
import {
  certificateKey,
  certificateSignersKey,
  enrolmentKey,
  heldCertificateKey,
  outboxKey,
  schemeHoldersPartition,
  schemePartition,
} from '../../../adapters/dynamodb/keys';
import { apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { sqsEvent, sqsRecord } from '../helpers/sqs-event';
import { TABLE_NAME } from '../helpers/env';
import { ALL_OPERATORS, bknAdmin, instansiOperator, NIP } from '../helpers/proposals';
import { PROGRAM_ID } from '../helpers/programs';
import { writesOf } from '../helpers/writes';
import { aCertificate, aSigners, PUBLIC_BASE_URL } from '../certificate-worker/fixtures';
import { transactionsOf } from '../certificate-worker/certificate-writes';
import { ADM, version2 } from '../../domain/scheme/fixtures';
import { holding, holdingItems, serveCertificatesInForce } from './holders';
import { d } from '../../domain/shared/helpers';

process.env.PUBLIC_BASE_URL = PUBLIC_BASE_URL;
process.env.CERTIFICATE_QUEUE_URL = 'https://sqs.ap-southeast-3.amazonaws.com/123456789012/certificate';
const ENROLMENT_QUEUE_URL = 'https://sqs.ap-southeast-3.amazonaws.com/123456789012/scheme-enrolment';
process.env.SCHEME_ENROLMENT_QUEUE_URL = ENROLMENT_QUEUE_URL;

const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
const context = lambdaContext('schemes');
const NUMBER = '0042/SKTM-ASN/L3/2027';
const ID = '0042-SKTM-ASN-L3-2027';
const TODAY = '2028-03-10T03:00:00.000Z';
const VERSION_2 = version2({ effectiveOn: d('2028-03-01') });
const anEnrolment = (overrides: Partial<EnrolmentRecord> = {}): EnrolmentRecord => ({
  scheme: 'ADMINISTRATOR',
  toVersion: '2028',
  fromVersion: '2019',
  registrationNumber: NUMBER,
  programId: PROGRAM_ID,
  nip: NIP,
  instansiCode: '3201',
  qualification: { code: 'ADMINISTRATOR', name: 'Kualifikasi Administrator' },
  units: [...ADM.units],
  refreshmentUnits: ['MASN-ADM-02'],
  testUnits: ['MASN-ADM-01'],
  status: 'TERDAFTAR',
  enrolledOn: '2028-03-01',
  attendance: null,
  decisions: [],
  revision: 0,
  ...overrides,
});
const ENROLMENT = `/schemes/{scheme}/versions/{version}/enrolments/{certificateId}`;
const enrolmentParams = { scheme: 'ADMINISTRATOR', version: '2028', certificateId: ID };

/** The codes of a 422 answering several unmet rules. */
const codesOf = (result: { body?: string }) =>
  (JSON.parse(result.body ?? '{}') as { details: { code: string }[] }).details.map((v) => v.code);

const call = (
  routeKey: string,
  pathParameters: Record<string, string>,
  options: { body?: unknown; claims?: Claims } = {},
) =>
  // The re-issue from an enrolment is served by the re-issue stage; the rest of the register by the schemes stage.
  (routeKey.endsWith('/reissue') ? reissue : handler)(
    apiEvent(routeKey, { pathParameters, body: options.body, claims: options.claims ?? bknAdmin() }),
    context,
  );

/** The register holds `published` after version 1. */
function serveVersions(published: Record<string, unknown>[] = []) {
  ddb
    .on(QueryCommand, {
      ExpressionAttributeValues: { ':pk': schemePartition('ADMINISTRATOR'), ':prefix': 'VERSION#' },
    })
    .resolves({ Items: published });
}
const serveEnrolment = (enrolment: EnrolmentRecord) =>
  ddb.on(GetCommand, { Key: enrolmentKey('ADMINISTRATOR', '2028', ID) }).resolves({ Item: enrolment });

/** The items of the version's transaction (SC1), the only transaction a publication writes. */
const versionTransaction = () => ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems!;

/** The event the version's transaction wrote to the outbox, as the relay puts it on the bus. */
const PUBLISHED_EVENT = {
  eventId: 'SKEMA/ADMINISTRATOR#2',
  scheme: 'ADMINISTRATOR',
  version: '2028',
  sequence: 2,
  effectiveOn: '2028-03-01',
  publishedOn: '2028-03-10',
  correlationId: expect.any(String),
};

/**
 * The 2019 holdings list 100 holders a page from the one after the page's start key (holder `i`'s NIP ends with
 * `i`), and never end; `pagesRead()` says how many pages were read.
 */
function serveEndlessHolders() {
  let page = 0;
  ddb
    .on(QueryCommand, {
      ExpressionAttributeValues: { ':pk': schemeHoldersPartition('ADMINISTRATOR', '2019') },
    })
    .callsFake((input: QueryCommandInput) => {
      page++;
      const after = input.ExclusiveStartKey?.gsi2sk;
      const first = after ? Number(String(after).slice(-6)) + 1 : 0;
      const indices = Array.from({ length: 100 }, (_, i) => first + i);
      return { Items: holdingItems('2019', indices), LastEvaluatedKey: holding('2019', first + 99) };
    });
  serveCertificatesInForce(ddb);
  return { pagesRead: () => page };
}

let output: ReturnType<typeof captureOutput>;
beforeEach(() => {
  output = captureOutput();
  ddb.reset();
  sqs.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(TODAY));
  ddb.on(GetCommand).resolves({});
  serveRegistry(ddb, ...ALL_OPERATORS());
  ddb.on(GetCommand, { Key: certificateSignersKey(PROGRAM_ID) }).resolves({ Item: aSigners() });
  ddb.on(TransactWriteCommand).resolves({});
  ddb.on(PutCommand).resolves({});
  sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
});

afterEach(() => {
  vi.useRealTimers();
  output.restore();
});

describe('POST /schemes/{scheme}/versions', () => {
  it('records version 2 with the outbox event that has the queue enrol its holders, and enrols the holder on 2019 found through their holding, once', async () => {
    // Prepare
    serveVersions();
    ddb
      .on(QueryCommand, {
        ExpressionAttributeValues: { ':pk': schemeHoldersPartition('ADMINISTRATOR', '2019') },
      })
      .resolves({ Items: [{ registrationNumber: NUMBER, programId: PROGRAM_ID, nip: NIP }] });
    ddb.on(BatchGetCommand).callsFake((input: BatchGetCommandInput) => {
      const [key] = input.RequestItems![TABLE_NAME]!.Keys!;
      const item =
        key!.sk === heldCertificateKey(PROGRAM_ID, NIP).sk
          ? { ...key, registrationNumber: NUMBER }
          : { ...key, ...aCertificate() };
      return { Responses: { [TABLE_NAME]: [item] } };
    });

    // Act
    const result = await call(
      'POST /schemes/{scheme}/versions',
      { scheme: 'ADMINISTRATOR' },
      { body: VERSION_2 },
    );

    // Assess
    expect(result.statusCode, result.body).toBe(201);
    expect(bodyOf(result)).toMatchObject({
      version: { version: '2028', sequence: 2 },
      enrolled: 1,
      notEnrolled: [],
      enrolment: 'SELESAI',
    });
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(0);
    expect(writesOf(ddb)).toStrictEqual([
      { op: 'Put', pk: schemePartition('ADMINISTRATOR'), sk: 'VERSION#002', entity: 'SchemeVersion' },
      { op: 'Put', pk: schemePartition('ADMINISTRATOR'), sk: 'VERSION_ID#2028', entity: 'SchemeVersionId' },
      { op: 'Put', ...outboxKey('SKEMA/ADMINISTRATOR#2'), entity: 'OutboxEvent' },
      { op: 'Put', ...enrolmentKey('ADMINISTRATOR', '2028', ID), entity: 'SchemeVersionEnrolment' },
    ]);
    expect(versionTransaction()[2]!.Put!.Item).toMatchObject({
      detailType: 'SchemeVersionPublished',
      detail: PUBLISHED_EVENT,
      occurredAt: TODAY,
    });
    const enrolled = ddb.commandCalls(PutCommand)[0]!.args[0].input.Item;
    expect(enrolled).toMatchObject({
      testUnits: ['MASN-ADM-01'],
      refreshmentUnits: ['MASN-ADM-02'],
      enrolledOn: '2028-03-10',
    });
  });

  it('a scheme with more holders than the request enrols (5 pages of 100): the first 500 enrolled, the rest left to the queue the outbox event starts (DILANJUTKAN), nothing sent from the request', async () => {
    // Prepare
    serveVersions();
    const holders = serveEndlessHolders();

    // Act
    const result = await call(
      'POST /schemes/{scheme}/versions',
      { scheme: 'ADMINISTRATOR' },
      { body: VERSION_2 },
    );

    // Assess
    expect(result.statusCode, result.body).toBe(201);
    expect(bodyOf(result)).toMatchObject({ enrolled: 500, notEnrolled: [], enrolment: 'DILANJUTKAN' });
    expect(holders.pagesRead()).toBe(5);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(500);
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(0);
    expect(versionTransaction()[2]!.Put!.Item).toMatchObject({
      detailType: 'SchemeVersionPublished',
      detail: PUBLISHED_EVENT,
    });
  });

  it('holders the queue enrolled first (it goes over the same pages) are counted as enrolled, each written once', async () => {
    // Prepare: every holder's SC6 Put finds the enrolment there.
    serveVersions();
    ddb
      .on(QueryCommand, {
        ExpressionAttributeValues: { ':pk': schemeHoldersPartition('ADMINISTRATOR', '2019') },
      })
      .resolves({ Items: holdingItems('2019', [0, 1, 2]) });
    serveCertificatesInForce(ddb);
    ddb
      .on(PutCommand)
      .rejects(Object.assign(new Error('enrolled'), { name: 'ConditionalCheckFailedException' }));

    // Act
    const result = await call(
      'POST /schemes/{scheme}/versions',
      { scheme: 'ADMINISTRATOR' },
      { body: VERSION_2 },
    );

    // Assess
    expect(result.statusCode, result.body).toBe(201);
    expect(bodyOf(result)).toMatchObject({ enrolled: 3, notEnrolled: [], enrolment: 'SELESAI' });
    expect(ddb.commandCalls(PutCommand)).toHaveLength(3);
  });

  it('a request that fails after the version is committed loses no holder: the event committed with it has the queue enrol them from the first page', async () => {
    // Prepare: the request's enrolment fails once the version is recorded.
    serveVersions();
    serveEndlessHolders();
    ddb.on(PutCommand).rejects(Object.assign(new Error('throttled'), { name: 'ThrottlingException' }));

    // Act
    const result = await call(
      'POST /schemes/{scheme}/versions',
      { scheme: 'ADMINISTRATOR' },
      { body: VERSION_2 },
    );
    // The relay puts the committed event on the bus; its rule delivers it to the queue (EventBridge's envelope).
    const { detailType, detail } = versionTransaction()[2]!.Put!.Item!;
    serveVersions([{ ...versionTransaction()[0]!.Put!.Item }]);
    ddb.on(PutCommand).resolves({});
    sqs.resetHistory();
    const delivered = await enrolFromQueue(
      sqsEvent(
        sqsRecord({ version: '0', source: 'id.go.bkn.sertifikasi', 'detail-type': detailType, detail }),
      ),
      lambdaContext('schemeEnrolment'),
    );

    // Assess
    expect(result.statusCode).toBe(503);
    expect(delivered).toEqual({ batchItemFailures: [] });
    const pageRead = ddb.commandCalls(QueryCommand).at(-1)!.args[0].input;
    expect(pageRead).toMatchObject({ IndexName: 'gsi2', Limit: 100 });
    expect(pageRead.ExclusiveStartKey).toBeUndefined();
    const enrolled = ddb.commandCalls(PutCommand).slice(-100);
    expect(enrolled[0]!.args[0].input.Item).toMatchObject({
      ...enrolmentKey('ADMINISTRATOR', '2028', '0000-SKTM-ASN-L3-2027'),
      toVersion: '2028',
      enrolledOn: '2028-03-10',
    });
    const next = sqs.commandCalls(SendMessageCommand).map((c) => c.args[0].input);
    expect(next.map((m) => m.QueueUrl)).toEqual([ENROLMENT_QUEUE_URL]);
    const message = JSON.parse(next[0]!.MessageBody!);
    expect(message).toMatchObject({
      type: 'SchemeEnrolmentRequested',
      scheme: 'ADMINISTRATOR',
      targetVersion: '2028',
      olderVersion: '2019',
      enrolledOn: '2028-03-10',
      correlationId: detail.correlationId,
    });
    // The next page starts after the first: the queue goes on page by page until every holder is enrolled.
    expect(JSON.parse(Buffer.from(message.cursor, 'base64url').toString())).toStrictEqual(
      holding('2019', 99),
    );
  });

  it('a version breaking the rules is refused with every code (422), nothing written', async () => {
    serveVersions();
    const result = await call(
      'POST /schemes/{scheme}/versions',
      { scheme: 'ADMINISTRATOR' },
      { body: { ...VERSION_2, version: '2019', changes: [] } },
    );
    expect(result.statusCode).toBe(422);
    expect(codesOf(result)).toEqual(['SKEMA-VERSI-BARU', 'SKEMA-VERSI-PERUBAHAN']);
    expect(writesOf(ddb)).toStrictEqual([]);
  });

  it('a version published meanwhile answers 409 SCHEME_VERSION_CHANGED, no holder enrolled', async () => {
    serveVersions();
    ddb.on(TransactWriteCommand).rejects(
      Object.assign(new Error('cancelled'), {
        name: 'TransactionCanceledException',
        CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }],
      }),
    );
    const result = await call(
      'POST /schemes/{scheme}/versions',
      { scheme: 'ADMINISTRATOR' },
      { body: VERSION_2 },
    );
    expect([result.statusCode, bodyOf(result).code]).toEqual([409, 'SCHEME_VERSION_CHANGED']);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
  });

  it('an instansi operator may not publish (403 FORBIDDEN_ROLE)', async () => {
    const result = await call(
      'POST /schemes/{scheme}/versions',
      { scheme: 'ADMINISTRATOR' },
      { body: VERSION_2, claims: instansiOperator() },
    );
    expect([result.statusCode, bodyOf(result).code]).toEqual([403, 'FORBIDDEN_ROLE']);
  });
});

describe('GET /schemes/{scheme}/versions/{version}/enrolments', () => {
  it("answers one page of the version's enrolments (100 by default) with the next page's cursor, and refuses another version's cursor with 400 INVALID_CURSOR", async () => {
    const key = enrolmentKey('ADMINISTRATOR', '2028', ID);
    ddb.on(QueryCommand).resolves({ Items: [{ ...key, ...anEnrolment() }], LastEvaluatedKey: key });
    const list = (query?: Record<string, string>) =>
      handler(
        apiEvent('GET /schemes/{scheme}/versions/{version}/enrolments', {
          pathParameters: { scheme: 'ADMINISTRATOR', version: '2028' },
          claims: bknAdmin(),
          ...(query ? { queryStringParameters: query } : {}),
        }),
        context,
      );
    const foreign = Buffer.from(JSON.stringify(enrolmentKey('ADMINISTRATOR', '2035', ID))).toString(
      'base64url',
    );

    const page = await list();
    const refused = await list({ cursor: foreign });

    expect([page.statusCode, bodyOf(page)]).toStrictEqual([
      200,
      {
        scheme: 'ADMINISTRATOR',
        version: '2028',
        enrolments: [anEnrolment()],
        nextCursor: expect.any(String),
      },
    ]);
    expect([refused.statusCode, bodyOf(refused).code]).toStrictEqual([400, 'INVALID_CURSOR']);
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toMatchObject([
      { ExpressionAttributeValues: { ':pk': 'SCHEME#ADMINISTRATOR#VERSION#2028#ENROLMENTS' }, Limit: 100 },
    ]);
  });
});

describe('enrolment records', () => {
  it('PUT attendance records it with who recorded it, only while the revision read holds', async () => {
    serveEnrolment(anEnrolment());
    const result = await call(`PUT ${ENROLMENT}/attendance`, enrolmentParams, {
      body: { attendedOn: '2028-03-09', organiser: 'Pusbang ASN BKN', evidence: 'Daftar hadir 3/2028' },
    });
    expect(result.statusCode, result.body).toBe(200);
    expect(bodyOf(result)).toMatchObject({
      revision: 1,
      attendance: { attendedOn: '2028-03-09', recordedAt: TODAY },
    });
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toMatchObject({
      ConditionExpression: '#revision = :seen',
      ExpressionAttributeValues: { ':seen': 0 },
    });
  });

  it('an enrolment changed meanwhile answers 409 ENROLMENT_CHANGED', async () => {
    serveEnrolment(anEnrolment());
    ddb
      .on(PutCommand)
      .rejects(Object.assign(new Error('failed'), { name: 'ConditionalCheckFailedException' }));
    const result = await call(`PUT ${ENROLMENT}/attendance`, enrolmentParams, {
      body: { attendedOn: '2028-03-09', organiser: 'Pusbang ASN BKN', evidence: 'Daftar hadir 3/2028' },
    });
    expect([result.statusCode, bodyOf(result).code]).toEqual([409, 'ENROLMENT_CHANGED']);
  });

  it('a certificate not enrolled answers 404 ENROLMENT_NOT_FOUND', async () => {
    const result = await call(`POST ${ENROLMENT}/decisions`, enrolmentParams, {
      body: {
        units: [{ code: 'MASN-ADM-01', outcome: 'KOMPETEN' }],
        assessors: ['Drs. Bambang'],
        evidence: 'BA 1/2028',
      },
    });
    expect([result.statusCode, bodyOf(result).code]).toEqual([404, 'ENROLMENT_NOT_FOUND']);
  });

  it('a not-yet-competent decision leaves the enrolment BELUM_KOMPETEN, decided by the caller today', async () => {
    serveEnrolment(anEnrolment());
    const result = await call(`POST ${ENROLMENT}/decisions`, enrolmentParams, {
      body: {
        units: [{ code: 'MASN-ADM-01', outcome: 'BELUM_KOMPETEN' }],
        assessors: ['Drs. Bambang'],
        evidence: 'BA 1/2028',
      },
    });
    expect(result.statusCode, result.body).toBe(200);
    expect(bodyOf(result)).toMatchObject({
      status: 'BELUM_KOMPETEN',
      decisions: [{ decidedOn: '2028-03-10', decidedAt: TODAY, evidence: 'BA 1/2028' }],
    });
  });
});

describe('POST .../enrolments/{certificateId}/reissue', () => {
  const ready = anEnrolment({
    attendance: {
      attendedOn: '2028-03-09',
      organiser: 'Pusbang',
      evidence: 'DH',
      recordedBy: 'bkn',
      recordedAt: TODAY,
    },
    decisions: [
      {
        units: [{ code: 'MASN-ADM-01', outcome: 'KOMPETEN' }],
        assessors: ['Drs. Bambang'],
        evidence: 'BA 1/2028',
        decidedOn: '2028-03-09',
        decidedBy: 'bkn',
        decidedAt: TODAY,
      },
    ],
  });

  it("re-issues the holder's certificate in force as -P1 on 2028 with the version's units, completing the enrolment in the same transaction", async () => {
    // Prepare
    serveEnrolment(ready);
    ddb
      .on(GetCommand, { Key: heldCertificateKey(PROGRAM_ID, NIP) })
      .resolves({ Item: { registrationNumber: NUMBER, decisionId: 'd' } });
    ddb.on(GetCommand, { Key: certificateKey(NUMBER) }).resolves({ Item: aCertificate() });

    // Act
    const result = await call(`POST ${ENROLMENT}/reissue`, enrolmentParams);

    // Assess
    expect(result.statusCode, result.body).toBe(201);
    expect(bodyOf(result)).toMatchObject({
      registrationNumber: `${NUMBER}-P1`,
      schemeVersion: '2028',
      units: ADM.units,
      requiredUnitCount: 14,
      reissue: { reason: 'PERUBAHAN_SKEMA' },
    });
    expect(transactionsOf(ddb)).toStrictEqual([
      [
        { op: 'Update', ...certificateKey(NUMBER) },
        { op: 'Put', ...certificateKey(`${NUMBER}-P1`), entity: 'Certificate' },
        { op: 'Put', ...heldCertificateKey(PROGRAM_ID, NIP), entity: 'HeldCertificate' },
        { op: 'Put', ...outboxKey(`${NUMBER}#0`), entity: 'OutboxEvent' },
        { op: 'Put', ...enrolmentKey('ADMINISTRATOR', '2028', ID), entity: 'SchemeVersionEnrolment' },
      ],
    ]);
    const completed = ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems!.at(-1)!.Put!
      .Item;
    expect(completed).toMatchObject({ status: 'SELESAI', reissuedAs: `${NUMBER}-P1`, revision: 1 });
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(1);
  });

  it('without attendance nor decision it is refused with both codes (422), nothing written', async () => {
    serveEnrolment(anEnrolment());
    ddb.on(GetCommand, { Key: certificateKey(NUMBER) }).resolves({ Item: aCertificate() });
    const result = await call(`POST ${ENROLMENT}/reissue`, enrolmentParams);
    expect(result.statusCode).toBe(422);
    expect(codesOf(result)).toEqual(['SEGAR-HADIR', 'SEGAR-UJI-KOMPETEN']);
    expect(writesOf(ddb)).toStrictEqual([]);
  });
});
