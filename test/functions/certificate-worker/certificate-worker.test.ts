import '../helpers/env';
import { captureOutput, emfMetric } from '../helpers/output';
import { createHash } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompetencyCertificateRecord } from '../../../events/api/certificate';
import { competencyCertificateKey } from '../../../functions/certificate-worker/certificate-model';
import { handler } from '../../../functions/certificate-worker/index';
import { renderCompetencyCertificate } from '../../../functions/certificate-worker/render-certificate';
import {
  certificateCounterKey,
  certificateKey,
  certificateSignersKey,
  decisionCertificateKey,
  developmentKey,
  trainingCertificateKey,
} from '../../../functions/shared/data/certificate-repository';
import { decisionKey } from '../../../functions/shared/data/result-repository';
import { cohortKey, participantKey } from '../../../functions/shared/data/seating-repository';
import { lambdaContext } from '../helpers/context';
import { DOCUMENTS_BUCKET, TABLE_NAME } from '../helpers/env';
import { programItem, programKey, aProgram, PROGRAM_ID } from '../helpers/programs';
import { NIP } from '../helpers/proposals';
import { sqsEvent, sqsRecord } from '../helpers/sqs-event';
import {
  aCertificate,
  aDecision,
  aParticipant,
  aSigners,
  DECISION_ID,
  EVENT_BUS,
  message,
  NOW,
  PUBLIC_BASE_URL,
} from './fixtures';

process.env.PUBLIC_BASE_URL = PUBLIC_BASE_URL;
process.env.EVENT_BUS_NAME = EVENT_BUS;

const ddb = mockClient(DynamoDBDocumentClient);
const s3 = mockClient(S3Client);
const bus = mockClient(EventBridgeClient);
const context = lambdaContext('certificate-worker');

const NUMBER = '0042/SKTM-ASN/L3/2027';
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** What the transactions recorded, so a later GetItem of the certificate reads it back as DynamoDB would. */
let recorded: Map<string, CompetencyCertificateRecord>;

function allocation(last: number, number: string) {
  return ddb
    .commandCalls(TransactWriteCommand)
    .map((call) => call.args[0].input.TransactItems!)
    .find(
      (items) =>
        items[0]?.Update?.ExpressionAttributeValues?.[':next'] === last + 1 &&
        items[2]?.Put?.Item?.registrationNumber === number,
    );
}

describe('certificate worker', () => {
  let output: ReturnType<typeof captureOutput>;
  beforeEach(() => {
    output = captureOutput();
    ddb.reset();
    s3.reset();
    bus.reset();
    recorded = new Map();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
    ddb.on(GetCommand, { Key: decisionKey(PROGRAM_ID, NIP, DECISION_ID) }).resolves({ Item: aDecision() });
    ddb.on(GetCommand, { Key: participantKey(PROGRAM_ID, NIP) }).resolves({ Item: aParticipant() });
    ddb.on(GetCommand, { Key: certificateSignersKey(PROGRAM_ID) }).resolves({ Item: aSigners() });
    ddb.on(GetCommand, { Key: programKey(PROGRAM_ID) }).resolves({ Item: programItem(aProgram()) });
    // The training certificate is already issued: these tests are about the competency certificate.
    ddb
      .on(GetCommand, { Key: trainingCertificateKey(PROGRAM_ID, NIP) })
      .resolves({ Item: { document: { key: 'k', sha256: 'x', renderedAt: NOW } } });
    ddb.on(GetCommand, { Key: decisionCertificateKey(PROGRAM_ID, NIP, DECISION_ID) }).resolves({});
    ddb.on(GetCommand, { Key: certificateCounterKey('L3', 2027) }).resolves({ Item: { last: 41 } });
    ddb.on(QueryCommand).resolves({ Items: [] });
    ddb
      .on(TransactWriteCommand)
      .callsFake((input: { TransactItems: { Put?: { Item: Record<string, unknown> } }[] }) => {
        const item = input.TransactItems[2]?.Put?.Item as CompetencyCertificateRecord | undefined;
        if (item) recorded.set(item.registrationNumber, item);
        return {};
      });
    ddb.on(GetCommand).callsFake((input: { Key: { pk: string; sk: string } }) => {
      const number = input.Key.pk.replace(/^CERTIFICATE#/, '');
      return { Item: recorded.get(number) };
    });
    // More specific matchers registered above win for their keys; re-register them after the catch-all.
    ddb.on(GetCommand, { Key: decisionKey(PROGRAM_ID, NIP, DECISION_ID) }).resolves({ Item: aDecision() });
    ddb.on(GetCommand, { Key: participantKey(PROGRAM_ID, NIP) }).resolves({ Item: aParticipant() });
    ddb.on(GetCommand, { Key: certificateSignersKey(PROGRAM_ID) }).resolves({ Item: aSigners() });
    ddb
      .on(GetCommand, { Key: trainingCertificateKey(PROGRAM_ID, NIP) })
      .resolves({ Item: { document: { key: 'k', sha256: 'x', renderedAt: NOW } } });
    ddb.on(GetCommand, { Key: decisionCertificateKey(PROGRAM_ID, NIP, DECISION_ID) }).resolves({});
    ddb.on(GetCommand, { Key: certificateCounterKey('L3', 2027) }).resolves({ Item: { last: 41 } });
    ddb.on(UpdateCommand).resolves({});
    s3.on(PutObjectCommand).resolves({});
    bus.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e-1' }] });
  });

  afterEach(() => {
    vi.useRealTimers();
    output.restore();
  });

  it('numbers a KOMPETEN decision in ONE transaction: register last+1, a per-decision guard and the certificate, each conditional', async () => {
    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    const [items] = ddb.commandCalls(TransactWriteCommand).map((call) => call.args[0].input.TransactItems!);
    expect(items).toHaveLength(3);
    expect(items![0]!.Update).toStrictEqual({
      TableName: TABLE_NAME,
      Key: certificateCounterKey('L3', 2027),
      ConditionExpression: '#last = :last',
      UpdateExpression: 'SET #last = :next, #entity = :entity',
      ExpressionAttributeNames: { '#last': 'last', '#entity': 'entity' },
      ExpressionAttributeValues: { ':last': 41, ':next': 42, ':entity': 'CertificateCounter' },
    });
    expect(items![1]!.Put).toStrictEqual({
      TableName: TABLE_NAME,
      Item: {
        ...decisionCertificateKey(PROGRAM_ID, NIP, DECISION_ID),
        entity: 'DecisionCertificate',
        registrationNumber: NUMBER,
        issuedAt: NOW,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    expect(items![2]!.Put).toMatchObject({
      Item: {
        ...certificateKey(NUMBER),
        entity: 'Certificate',
        gsi1pk: `PROGRAM#${PROGRAM_ID}#INSTANSI#3201#CERTIFICATES`,
        gsi1sk: `${NIP}#${NUMBER}`,
        registrationNumber: NUMBER,
        status: 'AKTIF',
        verificationUrl: `${PUBLIC_BASE_URL}/verifikasi/${NUMBER}`,
        units: expect.arrayContaining([
          { code: 'MASN-ADM-01', title: 'Melaksanakan Manajemen Perencanaan ASN' },
        ]),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('stores the PDF in the documents bucket, records it once with its sha256, then announces CertificateIssued', async () => {
    // Act
    await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    const [put] = s3.commandCalls(PutObjectCommand).map((call) => call.args[0].input);
    expect(put).toMatchObject({
      Bucket: DOCUMENTS_BUCKET,
      Key: competencyCertificateKey(PROGRAM_ID, NIP, NUMBER),
      ContentType: 'application/pdf',
    });
    const hash = sha256(put!.Body as Uint8Array);
    expect(bus.commandCalls(PutEventsCommand).map((call) => call.args[0].input)).toStrictEqual([
      {
        Entries: [
          {
            EventBusName: EVENT_BUS,
            Source: 'id.go.bkn.sertifikasi',
            DetailType: 'CertificateIssued',
            Detail: JSON.stringify({
              registrationNumber: NUMBER,
              programId: PROGRAM_ID,
              nip: NIP,
              instansiCode: '3201',
              scheme: 'ADMINISTRATOR',
              decisionId: DECISION_ID,
              issuedOn: '2027-08-20',
              sha256: hash,
            }),
          },
        ],
      },
    ]);
    expect(ddb.commandCalls(UpdateCommand).map((call) => call.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Key: certificateKey(NUMBER),
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#document)',
        UpdateExpression: 'SET #document = :document, #eventPending = :true',
        ExpressionAttributeNames: { '#document': 'document', '#eventPending': 'eventPending' },
        ExpressionAttributeValues: {
          ':document': {
            key: competencyCertificateKey(PROGRAM_ID, NIP, NUMBER),
            sha256: hash,
            renderedAt: NOW,
          },
          ':true': true,
        },
      },
      {
        TableName: TABLE_NAME,
        Key: certificateKey(NUMBER),
        UpdateExpression: 'REMOVE #eventPending',
        ExpressionAttributeNames: { '#eventPending': 'eventPending' },
      },
    ]);
    expect(output.logs('competency certificate issued')).toEqual([
      expect.objectContaining({ correlationId: 'corr-result-session', registrationNumber: NUMBER }),
    ]);
    const [blob] = output.metrics();
    expect(emfMetric(blob!, 'CertificateIssued')).toMatchObject({ namespace: 'SertifikasiASN', value: 1 });
  });

  it('a duplicate message for a decision already numbered takes no second number (and nothing once rendered)', async () => {
    // Prepare
    ddb.on(GetCommand, { Key: decisionCertificateKey(PROGRAM_ID, NIP, DECISION_ID) }).resolves({
      Item: { registrationNumber: NUMBER },
    });
    recorded.set(NUMBER, aCertificate({ document: { key: 'k', sha256: 'x', renderedAt: NOW } }));

    // Act
    const result = await handler(sqsEvent(sqsRecord(message()), sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
    expect(bus.commandCalls(PutEventsCommand)).toHaveLength(0);
  });

  it('a duplicate delivered concurrently loses on the per-decision guard and reuses the number the other took', async () => {
    // Prepare: the other worker committed between our reads and our transaction.
    ddb.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed', 'None'));
    ddb
      .on(GetCommand, { Key: decisionCertificateKey(PROGRAM_ID, NIP, DECISION_ID) })
      .resolvesOnce({})
      .resolves({ Item: { registrationNumber: NUMBER } });
    recorded.set(NUMBER, aCertificate());

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
    expect(s3.commandCalls(PutObjectCommand)[0]!.args[0].input.Key).toBe(
      competencyCertificateKey(PROGRAM_ID, NIP, NUMBER),
    );
  });

  it('a number taken by a concurrent worker is retried with the next one: 0042 lost, 0043 taken, no gap', async () => {
    // Prepare
    ddb
      .on(GetCommand, { Key: certificateCounterKey('L3', 2027) })
      .resolvesOnce({ Item: { last: 41 } })
      .resolves({ Item: { last: 42 } });
    ddb
      .on(TransactWriteCommand)
      .rejectsOnce(cancelled('ConditionalCheckFailed', 'None', 'None'))
      .callsFake((input: { TransactItems: { Put?: { Item: Record<string, unknown> } }[] }) => {
        const item = input.TransactItems[2]!.Put!.Item as CompetencyCertificateRecord;
        recorded.set(item.registrationNumber, item);
        return {};
      });

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(2);
    expect(allocation(42, '0043/SKTM-ASN/L3/2027')).toBeDefined();
    expect(s3.commandCalls(PutObjectCommand)[0]!.args[0].input.Key).toBe(
      competencyCertificateKey(PROGRAM_ID, NIP, '0043/SKTM-ASN/L3/2027'),
    );
  });

  it('a render/storage failure fails the record but keeps the number: the retry renders the same number', async () => {
    // Prepare
    s3.on(PutObjectCommand).rejectsOnce(new Error('S3 unavailable')).resolves({});
    const record = sqsRecord(message());

    // Act
    // A batch whose every record failed is failed whole (Powertools), so SQS redelivers it.
    await expect(handler(sqsEvent(record), context)).rejects.toThrow(/All records failed/);
    ddb.on(GetCommand, { Key: decisionCertificateKey(PROGRAM_ID, NIP, DECISION_ID) }).resolves({
      Item: { registrationNumber: NUMBER },
    });
    const second = await handler(sqsEvent(record), context);

    // Assess
    expect(second).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
    const keys = s3.commandCalls(PutObjectCommand).map((call) => call.args[0].input.Key);
    expect(keys).toStrictEqual([
      competencyCertificateKey(PROGRAM_ID, NIP, NUMBER),
      competencyCertificateKey(PROGRAM_ID, NIP, NUMBER),
    ]);
  });

  it('an open appeal against the decision gives no competency certificate (and takes no number)', async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({ Items: [{ decisionId: DECISION_ID, status: 'OPEN' }] });

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
  });

  it.each([
    ['a BELUM_KOMPETEN decision', { outcome: 'BELUM_KOMPETEN' as const }],
    ['a superseded decision', { supersededBy: 'dec_2027-09-01T03:00:00.000Z_2' }],
  ])('%s gives no competency certificate', async (_name, overrides) => {
    // Prepare
    ddb
      .on(GetCommand, { Key: decisionKey(PROGRAM_ID, NIP, DECISION_ID) })
      .resolves({ Item: aDecision(overrides) });

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });

  it('without the programme’s signers the record fails before any number is taken', async () => {
    // Prepare
    ddb.on(GetCommand, { Key: certificateSignersKey(PROGRAM_ID) }).resolves({});
    const record = sqsRecord(message());

    // Act
    const run = handler(sqsEvent(record), context);

    // Assess
    await expect(run).rejects.toThrow(/All records failed/);
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });

  it('a refused event (FailedEntryCount > 0) fails the record and leaves the certificate eventPending', async () => {
    // Prepare
    bus.on(PutEventsCommand).resolves({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'InternalFailure' }] });
    const record = sqsRecord(message());

    // Act
    const run = handler(sqsEvent(record), context);

    // Assess
    await expect(run).rejects.toThrow(/All records failed/);
    const updates = ddb.commandCalls(UpdateCommand).map((call) => call.args[0].input.UpdateExpression);
    expect(updates).toStrictEqual(['SET #document = :document, #eventPending = :true']);
  });

  it('the next delivery announces a certificate left eventPending, without rendering it again', async () => {
    // Prepare
    ddb.on(GetCommand, { Key: decisionCertificateKey(PROGRAM_ID, NIP, DECISION_ID) }).resolves({
      Item: { registrationNumber: NUMBER },
    });
    recorded.set(
      NUMBER,
      aCertificate({ document: { key: 'k', sha256: 'b'.repeat(64), renderedAt: NOW }, eventPending: true }),
    );

    // Act
    await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
    const [entry] = bus.commandCalls(PutEventsCommand).map((call) => call.args[0].input.Entries![0]!);
    expect(JSON.parse(entry!.Detail!)).toMatchObject({ registrationNumber: NUMBER, sha256: 'b'.repeat(64) });
    expect(ddb.commandCalls(UpdateCommand).map((call) => call.args[0].input.UpdateExpression)).toStrictEqual([
      'REMOVE #eventPending',
    ]);
  });

  it('a concurrent duplicate that finds the document recorded by the other delivery does not announce it again', async () => {
    // Prepare
    ddb
      .on(UpdateCommand)
      .rejects(Object.assign(new Error('condition'), { name: 'ConditionalCheckFailedException' }));

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(bus.commandCalls(PutEventsCommand)).toHaveLength(0);
    expect(output.metrics()).toEqual([]);
  });

  it('a CertificateRenderRequested renders the named version (a re-issue) without numbering anything', async () => {
    // Prepare
    const reissued = aCertificate({
      registrationNumber: `${NUMBER}-P1`,
      certificateId: '0042-SKTM-ASN-L3-2027-P1',
      version: 1,
      supersedes: NUMBER,
    });
    recorded.set(reissued.registrationNumber, reissued);

    // Act
    const result = await handler(
      sqsEvent(
        sqsRecord({
          type: 'CertificateRenderRequested',
          version: 1,
          registrationNumber: reissued.registrationNumber,
          requestedAt: NOW,
          correlationId: 'corr-reissue',
        }),
      ),
      context,
    );

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    const [put] = s3.commandCalls(PutObjectCommand).map((call) => call.args[0].input);
    expect(put!.Key).toBe(competencyCertificateKey(PROGRAM_ID, NIP, reissued.registrationNumber));
    expect(Buffer.from(put!.Body as Uint8Array)).toStrictEqual(
      Buffer.from(await renderCompetencyCertificate(reissued)),
    );
  });
});

describe('certificate worker: training certificate', () => {
  let output: ReturnType<typeof captureOutput>;
  const attended = (present: boolean) => [
    {
      sk: 'ATTENDANCE#2027-07-29#KLASIKAL',
      date: '2027-07-29',
      session: 'KLASIKAL',
      present: present ? [NIP] : [],
    },
    { sk: 'ATTENDANCE#2027-07-30#KLASIKAL', date: '2027-07-30', session: 'KLASIKAL', present: [NIP] },
    { sk: 'ATTENDANCE#2027-07-30#EVALUASI', date: '2027-07-30', session: 'EVALUASI', present: [NIP] },
  ];

  beforeEach(() => {
    output = captureOutput();
    ddb.reset();
    s3.reset();
    bus.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
    ddb.on(GetCommand).resolves({});
    ddb.on(GetCommand, { Key: decisionKey(PROGRAM_ID, NIP, DECISION_ID) }).resolves({
      Item: aDecision({ outcome: 'BELUM_KOMPETEN' }),
    });
    ddb.on(GetCommand, { Key: participantKey(PROGRAM_ID, NIP) }).resolves({ Item: aParticipant() });
    ddb.on(GetCommand, { Key: certificateSignersKey(PROGRAM_ID) }).resolves({ Item: aSigners() });
    ddb.on(GetCommand, { Key: programKey(PROGRAM_ID) }).resolves({ Item: programItem(aProgram()) });
    ddb.on(GetCommand, { Key: cohortKey(PROGRAM_ID, 19) }).resolves({
      Item: { number: 19, startDate: '2027-07-29', endDate: '2027-07-30' },
    });
    ddb
      .on(QueryCommand, {
        ExpressionAttributeValues: { ':pk': participantKey(PROGRAM_ID, NIP).pk, ':prefix': 'TRAINING#' },
      })
      .resolves({
        Items: [{ sk: 'TRAINING#ELEARNING', completedOn: '2027-07-25' }],
      });
    ddb.on(TransactWriteCommand).resolves({});
    ddb.on(UpdateCommand).resolves({});
    s3.on(PutObjectCommand).resolves({});
    bus.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e-1' }] });
  });

  afterEach(() => {
    vi.useRealTimers();
    output.restore();
  });

  it('a participant who earned all 21 JP gets the training certificate with its development-record entry, in one transaction, whatever the outcome', async () => {
    // Prepare
    ddb
      .on(QueryCommand, {
        ExpressionAttributeValues: { ':pk': cohortKey(PROGRAM_ID, 19).pk, ':prefix': 'ATTENDANCE#' },
      })
      .resolves({
        Items: attended(true),
      });

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    const [items] = ddb.commandCalls(TransactWriteCommand).map((call) => call.args[0].input.TransactItems!);
    expect(items![0]!.Put).toMatchObject({
      Item: {
        ...trainingCertificateKey(PROGRAM_ID, NIP),
        entity: 'TrainingCertificate',
        jp: 21,
        completedOn: '2027-07-30',
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    expect(items![1]!.Put).toMatchObject({
      Item: {
        ...developmentKey(NIP, { year: 2027, completedOn: '2027-07-30', programId: PROGRAM_ID }),
        entity: 'DevelopmentRecord',
        jp: 21,
        year: 2027,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    expect(s3.commandCalls(PutObjectCommand)[0]!.args[0].input.Key).toBe(
      `certificates/${PROGRAM_ID}/${NIP}/pelatihan.pdf`,
    );
    expect(bus.commandCalls(PutEventsCommand)[0]!.args[0].input.Entries![0]!.DetailType).toBe(
      'TrainingCertificateIssued',
    );
    expect(emfMetric(output.metrics()[0]!, 'TrainingCertificateIssued')).toMatchObject({ value: 1 });
  });

  it('the decisions of a cohort in one batch read the programme, its signers, the cohort and its attendance once', async () => {
    // Prepare
    const second = '199001012015031009';
    ddb
      .on(GetCommand, { Key: decisionKey(PROGRAM_ID, second, DECISION_ID) })
      .resolves({ Item: aDecision({ nip: second, outcome: 'BELUM_KOMPETEN' }) });
    ddb
      .on(GetCommand, { Key: participantKey(PROGRAM_ID, second) })
      .resolves({ Item: aParticipant({ nip: second }) });
    ddb
      .on(QueryCommand, {
        ExpressionAttributeValues: { ':pk': participantKey(PROGRAM_ID, second).pk, ':prefix': 'TRAINING#' },
      })
      .resolves({ Items: [{ sk: 'TRAINING#ELEARNING', completedOn: '2027-07-25' }] });
    ddb
      .on(QueryCommand, {
        ExpressionAttributeValues: { ':pk': cohortKey(PROGRAM_ID, 19).pk, ':prefix': 'ATTENDANCE#' },
      })
      .resolves({ Items: attended(true).map((r) => ({ ...r, present: [...r.present, second] })) });
    const reads = (key: Record<string, string>) =>
      ddb
        .commandCalls(GetCommand)
        .filter((call) => JSON.stringify(call.args[0].input.Key) === JSON.stringify(key));
    const attendanceReads = () =>
      ddb
        .commandCalls(QueryCommand)
        .filter((call) => call.args[0].input.ExpressionAttributeValues?.[':prefix'] === 'ATTENDANCE#');

    // Act
    const result = await handler(
      sqsEvent(sqsRecord(message(), 'first'), sqsRecord(message({ nip: second }), 'second')),
      context,
    );

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(2);
    expect(reads(programKey(PROGRAM_ID))).toHaveLength(1);
    expect(reads(certificateSignersKey(PROGRAM_ID))).toHaveLength(1);
    expect(reads(cohortKey(PROGRAM_ID, 19))).toHaveLength(1);
    expect(attendanceReads()).toHaveLength(1);
  });

  it('a participant who missed a session (18 of 21 JP) gets no training certificate', async () => {
    // Prepare
    ddb
      .on(QueryCommand, {
        ExpressionAttributeValues: { ':pk': cohortKey(PROGRAM_ID, 19).pk, ':prefix': 'ATTENDANCE#' },
      })
      .resolves({
        Items: attended(false),
      });

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
    expect(output.metrics()).toEqual([]);
  });
});
