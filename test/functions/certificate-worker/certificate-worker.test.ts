import '../helpers/env';
import { captureOutput, emfMetric } from '../helpers/output';
import { createHash } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompetencyCertificateRecord } from '../../../events/api/certificate';
import type { Appeal, ResultDecision } from '../../../events/api/result';
import { competencyCertificateKey } from '../../../services/certificate/model';
import { handler } from '../../../functions/certificate-worker/index';
import { renderCompetencyCertificate } from '../../../functions/certificate-worker/render-certificate';
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
  message,
  NOW,
  PUBLIC_BASE_URL,
} from './fixtures';
import {
  appealKey,
  certificateCounterKey,
  certificateKey,
  certificateSignersKey,
  cohortKey,
  decisionCertificateKey,
  decisionKey,
  developmentKey,
  heldCertificateKey,
  outboxKey,
  participantKey,
  trainingCertificateKey,
} from '../../../adapters/dynamodb/keys';

process.env.PUBLIC_BASE_URL = PUBLIC_BASE_URL;

const ddb = mockClient(DynamoDBDocumentClient);
const s3 = mockClient(S3Client);
const context = lambdaContext('certificate-worker');

const NUMBER = '0042/SKTM-ASN/L3/2027';
const SUPERSEDING = 'dec_2027-09-02T03:00:00.000Z_2';
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
type Items = NonNullable<TransactWriteCommandInput['TransactItems']>;

/** Certificate versions the transactions created, so a later GetItem reads them back as DynamoDB would. */
let recorded: Map<string, CompetencyCertificateRecord>;

const transactions = (): Items[] =>
  ddb.commandCalls(TransactWriteCommand).map((call) => call.args[0].input.TransactItems!);

function allocation(last: number, number: string) {
  return transactions().find(
    (items) =>
      items[0]?.Update?.ExpressionAttributeValues?.[':next'] === last + 1 &&
      items[2]?.Put?.Item?.registrationNumber === number,
  );
}

/** The participant's decisions (and appeals) as the worker's one query of their results reads them. */
function serveResults(decisions: ResultDecision[], appeals: Partial<Appeal>[] = []) {
  ddb
    .on(QueryCommand, {
      ExpressionAttributeValues: { ':pk': participantKey(PROGRAM_ID, NIP).pk, ':prefix': 'RESULT#' },
    })
    .resolves({
      Items: [
        ...decisions.map((d) => ({ ...decisionKey(PROGRAM_ID, NIP, d.decisionId), ...d })),
        ...appeals.map((a) => ({ ...appealKey(PROGRAM_ID, NIP, 'bdg_1'), ...a })),
      ],
    });
}

/** The participant already holds `certificate` (their holding names it). */
function holds(certificate: CompetencyCertificateRecord) {
  recorded.set(certificate.registrationNumber, certificate);
  ddb.on(GetCommand, { Key: heldCertificateKey(PROGRAM_ID, NIP) }).resolves({
    Item: { registrationNumber: certificate.registrationNumber, decisionId: certificate.decisionId },
  });
}

describe('certificate worker', () => {
  let output: ReturnType<typeof captureOutput>;
  beforeEach(() => {
    output = captureOutput();
    ddb.reset();
    s3.reset();
    recorded = new Map();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
    ddb.on(QueryCommand).resolves({ Items: [] });
    ddb.on(TransactWriteCommand).callsFake((input: TransactWriteCommandInput) => {
      for (const { Put } of input.TransactItems!) {
        if (Put?.Item?.entity === 'Certificate') {
          recorded.set(String(Put.Item.registrationNumber), Put.Item as CompetencyCertificateRecord);
        }
      }
      return {};
    });
    ddb.on(GetCommand).callsFake((input: { Key: { pk: string; sk: string } }) => {
      const number = input.Key.pk.replace(/^CERTIFICATE#/, '');
      return { Item: recorded.get(number) };
    });
    // Specific keys registered after the catch-all win for those keys.
    ddb.on(GetCommand, { Key: participantKey(PROGRAM_ID, NIP) }).resolves({ Item: aParticipant() });
    ddb.on(GetCommand, { Key: certificateSignersKey(PROGRAM_ID) }).resolves({ Item: aSigners() });
    ddb.on(GetCommand, { Key: programKey(PROGRAM_ID) }).resolves({ Item: programItem(aProgram()) });
    // The training certificate is already issued: these tests are about the competency certificate.
    ddb
      .on(GetCommand, { Key: trainingCertificateKey(PROGRAM_ID, NIP) })
      .resolves({ Item: { document: { key: 'k', sha256: 'x', renderedAt: NOW } } });
    ddb.on(GetCommand, { Key: decisionCertificateKey(PROGRAM_ID, NIP, DECISION_ID) }).resolves({});
    ddb.on(GetCommand, { Key: decisionCertificateKey(PROGRAM_ID, NIP, SUPERSEDING) }).resolves({});
    ddb.on(GetCommand, { Key: heldCertificateKey(PROGRAM_ID, NIP) }).resolves({});
    ddb.on(GetCommand, { Key: certificateCounterKey('L3', 2027) }).resolves({ Item: { last: 41 } });
    serveResults([aDecision()]);
    s3.on(PutObjectCommand).resolves({});
  });

  afterEach(() => {
    vi.useRealTimers();
    output.restore();
  });

  it("numbers a KOMPETEN decision in ONE transaction: register last+1, the decision's guard, the certificate and the participant's holding, each conditional", async () => {
    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    const [items] = transactions();
    expect(items).toHaveLength(4);
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
        history: [],
        verificationUrl: `${PUBLIC_BASE_URL}/verifikasi/${NUMBER}`,
        units: expect.arrayContaining([
          { code: 'MASN-ADM-01', title: 'Melaksanakan Manajemen Perencanaan ASN' },
        ]),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    expect(items![3]!.Put).toStrictEqual({
      TableName: TABLE_NAME,
      Item: {
        ...heldCertificateKey(PROGRAM_ID, NIP),
        entity: 'HeldCertificate',
        registrationNumber: NUMBER,
        decisionId: DECISION_ID,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('stores the PDF, then records it with its sha256, the history entry that issues it and the CertificateIssued outbox entry in ONE TransactWriteItems', async () => {
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
    const document = {
      key: competencyCertificateKey(PROGRAM_ID, NIP, NUMBER),
      sha256: hash,
      renderedAt: NOW,
    };
    const entry = {
      event: 'DITERBITKAN',
      reason: `Diterbitkan atas keputusan sidang hasil ${DECISION_ID}: kompeten pada seluruh unit yang dipersyaratkan (Perban BKN 7/2020 Pasal 34 ayat (1)).`,
      rule: 'SERT-DASAR-KEPUTUSAN',
      by: 'sistem',
      decisionId: DECISION_ID,
      at: NOW,
      on: '2027-08-20',
      eventId: `${NUMBER}#0`,
    };
    const detail = {
      registrationNumber: NUMBER,
      programId: PROGRAM_ID,
      nip: NIP,
      instansiCode: '3201',
      scheme: 'ADMINISTRATOR',
      decisionId: DECISION_ID,
      issuedOn: '2027-08-20',
      sha256: hash,
      eventId: `${NUMBER}#0`,
    };
    expect(transactions()[1]).toStrictEqual([
      {
        Update: {
          TableName: TABLE_NAME,
          Key: certificateKey(NUMBER),
          ConditionExpression:
            'attribute_exists(pk) AND attribute_not_exists(#document) AND (attribute_not_exists(#history) OR size(#history) = :length)',
          UpdateExpression:
            'SET #document = :document, #history = list_append(if_not_exists(#history, :none), :entry)',
          ExpressionAttributeNames: { '#document': 'document', '#history': 'history' },
          ExpressionAttributeValues: { ':document': document, ':length': 0, ':none': [], ':entry': [entry] },
        },
      },
      {
        Put: {
          TableName: TABLE_NAME,
          Item: {
            ...outboxKey(`${NUMBER}#0`),
            entity: 'OutboxEvent',
            gsi2pk: 'OUTBOX#PENDING',
            gsi2sk: `${NOW}#${NUMBER}#0`,
            eventId: `${NUMBER}#0`,
            detailType: 'CertificateIssued',
            detail,
            occurredAt: NOW,
            queuedAt: NOW,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
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
  });

  it('a duplicate delivered concurrently loses on the per-decision guard and reuses the number the other took', async () => {
    // Prepare: the other worker committed between our reads and our transaction.
    ddb
      .on(TransactWriteCommand)
      .rejectsOnce(cancelled('None', 'ConditionalCheckFailed', 'None', 'ConditionalCheckFailed'))
      .resolves({});
    ddb
      .on(GetCommand, { Key: decisionCertificateKey(PROGRAM_ID, NIP, DECISION_ID) })
      .resolvesOnce({})
      .resolves({ Item: { registrationNumber: NUMBER } });
    recorded.set(NUMBER, aCertificate());

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(transactions().filter((items) => items.length === 4)).toHaveLength(1);
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
      .rejectsOnce(cancelled('ConditionalCheckFailed', 'None', 'None', 'None'))
      .callsFake((input: TransactWriteCommandInput) => {
        const item = input.TransactItems![2]?.Put?.Item as CompetencyCertificateRecord | undefined;
        if (item) recorded.set(item.registrationNumber, item);
        return {};
      });

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(allocation(42, '0043/SKTM-ASN/L3/2027')).toBeDefined();
    expect(s3.commandCalls(PutObjectCommand)[0]!.args[0].input.Key).toBe(
      competencyCertificateKey(PROGRAM_ID, NIP, '0043/SKTM-ASN/L3/2027'),
    );
  });

  it('SERT-SATU-BERLAKU: a holding created meanwhile by another decision fails the record, to decide again', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled('None', 'None', 'None', 'ConditionalCheckFailed'));

    // Act
    const run = handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    await expect(run).rejects.toThrow(/All records failed/);
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
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
    expect(allocation(41, NUMBER)).toBeDefined();
    expect(transactions().filter((items) => items.length === 4)).toHaveLength(1);
    const keys = s3.commandCalls(PutObjectCommand).map((call) => call.args[0].input.Key);
    expect(keys).toStrictEqual([
      competencyCertificateKey(PROGRAM_ID, NIP, NUMBER),
      competencyCertificateKey(PROGRAM_ID, NIP, NUMBER),
    ]);
  });

  it('an open appeal against the decision gives no competency certificate (and takes no number)', async () => {
    // Prepare
    serveResults([aDecision()], [{ decisionId: DECISION_ID, status: 'OPEN' }]);

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
  });

  it.each([
    ['a BELUM_KOMPETEN decision', { outcome: 'BELUM_KOMPETEN' as const }],
    ['a superseded decision', { supersededBy: SUPERSEDING }],
  ])('%s gives no competency certificate', async (_name, overrides) => {
    // Prepare
    serveResults([aDecision(overrides)]);

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

  it('a concurrent duplicate that finds the document recorded by the other delivery writes no second event', async () => {
    // Prepare: numbering succeeds, recording the document loses to the other delivery.
    ddb
      .on(TransactWriteCommand)
      .callsFakeOnce((input: TransactWriteCommandInput) => {
        const item = input.TransactItems![2]!.Put!.Item as CompetencyCertificateRecord;
        recorded.set(item.registrationNumber, {
          ...item,
          document: { key: 'k', sha256: 'x', renderedAt: NOW },
        });
        return {};
      })
      .rejects(cancelled('ConditionalCheckFailed', 'None'));

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(transactions()).toHaveLength(2);
    expect(output.metrics()).toEqual([]);
  });

  it('a version whose history moved while its PDF was rendered fails the record, to be rendered and recorded again', async () => {
    // Prepare
    ddb
      .on(TransactWriteCommand)
      .callsFakeOnce((input: TransactWriteCommandInput) => {
        const item = input.TransactItems![2]!.Put!.Item as CompetencyCertificateRecord;
        recorded.set(item.registrationNumber, item);
        return {};
      })
      .rejects(cancelled('ConditionalCheckFailed', 'None'));

    // Act
    const run = handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    await expect(run).rejects.toThrow(/All records failed/);
  });

  it('a CertificateRenderRequested renders the named version (a re-issue) without numbering anything', async () => {
    // Prepare
    const reissued = aCertificate({
      registrationNumber: `${NUMBER}-P1`,
      certificateId: '0042-SKTM-ASN-L3-2027-P1',
      version: 1,
      supersedes: NUMBER,
      reissue: { reason: 'KOREKSI_NAMA', note: 'koreksi nama pemegang (SK 1)', by: 'bkn', at: NOW },
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
    const [put] = s3.commandCalls(PutObjectCommand).map((call) => call.args[0].input);
    expect(put!.Key).toBe(competencyCertificateKey(PROGRAM_ID, NIP, reissued.registrationNumber));
    expect(Buffer.from(put!.Body as Uint8Array)).toStrictEqual(
      Buffer.from(await renderCompetencyCertificate(reissued)),
    );
    const [items] = transactions();
    expect(items).toHaveLength(2);
    expect(items![0]!.Update!.ExpressionAttributeValues![':entry']).toEqual([
      expect.objectContaining({
        event: 'DITERBITKAN',
        relatedNumber: NUMBER,
        reason: `Versi baru yang menggantikan ${NUMBER}: koreksi nama pemegang (SK 1)`,
        eventId: `${NUMBER}-P1#0`,
      }),
    ]);
    expect(items![1]!.Put!.Item).toMatchObject({
      detailType: 'CertificateIssued',
      eventId: `${NUMBER}-P1#0`,
    });
  });

  describe('when the decision a certificate rests on is superseded (Perban BKN 7/2020 Pasal 34(1))', () => {
    const issued = (overrides: Partial<CompetencyCertificateRecord> = {}) =>
      aCertificate({
        document: { key: 'k', sha256: 'a'.repeat(64), renderedAt: NOW },
        history: [
          {
            event: 'DITERBITKAN',
            at: NOW,
            on: '2027-08-20',
            reason: 'Diterbitkan.',
            by: 'sistem',
            eventId: `${NUMBER}#0`,
          },
        ],
        ...overrides,
      });
    const superseding = (overrides: Partial<ResultDecision> = {}) =>
      aDecision({
        decisionId: SUPERSEDING,
        source: 'BANDING',
        appealId: 'bdg_2027-08-25T03:00:00.000Z_1a2b3c4d',
        supersedes: DECISION_ID,
        decidedAt: '2027-09-02T03:00:00.000Z',
        ...overrides,
      });

    it('SERT-BATAL-KEPUTUSAN: superseded by a BELUM_KOMPETEN decision, the certificate is annulled with its history entry and CertificateAnnulled in ONE transaction', async () => {
      // Prepare
      holds(issued());
      serveResults([
        aDecision({ supersededBy: SUPERSEDING }),
        superseding({ outcome: 'BELUM_KOMPETEN', competentUnits: [], notYetCompetentUnits: ['MASN-ADM-01'] }),
      ]);

      // Act
      const result = await handler(sqsEvent(sqsRecord(message({ decisionId: SUPERSEDING }))), context);

      // Assess
      expect(result).toStrictEqual({ batchItemFailures: [] });
      const [items] = transactions();
      expect(items).toHaveLength(2);
      const reason = `Keputusan ${DECISION_ID} yang menjadi dasar sertifikat digantikan keputusan ${SUPERSEDING} (belum kompeten); sertifikat dibatalkan karena kehilangan dasarnya (Perban BKN 7/2020 Pasal 34 ayat (1)), bukan dicabut menurut Pasal 36 ayat (3).`;
      const refs = {
        decisionId: DECISION_ID,
        supersedingDecisionId: SUPERSEDING,
        appealId: 'bdg_2027-08-25T03:00:00.000Z_1a2b3c4d',
      };
      expect(items![0]!.Update).toStrictEqual({
        TableName: TABLE_NAME,
        Key: certificateKey(NUMBER),
        ConditionExpression: '#status = :seen AND size(#history) = :length',
        UpdateExpression:
          'SET #status = :annulled, #history = list_append(if_not_exists(#history, :none), :entry) REMOVE #gsi2pk, #gsi2sk',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#gsi2pk': 'gsi2pk',
          '#gsi2sk': 'gsi2sk',
          '#history': 'history',
        },
        ExpressionAttributeValues: {
          ':seen': 'AKTIF',
          ':annulled': 'DIBATALKAN',
          ':length': 1,
          ':none': [],
          ':entry': [
            {
              event: 'DIBATALKAN',
              reason,
              rule: 'SERT-BATAL-KEPUTUSAN',
              by: 'sistem',
              ...refs,
              at: NOW,
              on: '2027-08-20',
              eventId: `${NUMBER}#1`,
            },
          ],
        },
      });
      expect(items![1]!.Put).toMatchObject({
        Item: {
          ...outboxKey(`${NUMBER}#1`),
          detailType: 'CertificateAnnulled',
          detail: {
            eventId: `${NUMBER}#1`,
            registrationNumber: NUMBER,
            nip: NIP,
            instansiCode: '3201',
            annulledOn: '2027-08-20',
            ...refs,
            reason,
          },
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      });
      expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
      expect(emfMetric(output.metrics()[0]!, 'CertificateAnnulled')).toMatchObject({ value: 1 });
    });

    it('SERT-GANTI-KEPUTUSAN: superseded by a decision still KOMPETEN, a new version on it replaces the certificate in ONE transaction, then is rendered', async () => {
      // Prepare
      holds(issued());
      serveResults([aDecision({ supersededBy: SUPERSEDING }), superseding()]);

      // Act
      const result = await handler(sqsEvent(sqsRecord(message({ decisionId: SUPERSEDING }))), context);

      // Assess
      expect(result).toStrictEqual({ batchItemFailures: [] });
      const [replace, render] = transactions();
      expect(replace).toHaveLength(5);
      expect(replace![0]!.Update).toMatchObject({
        Key: certificateKey(NUMBER),
        ConditionExpression:
          '#status = :seen AND attribute_not_exists(#supersededBy) AND size(#history) = :length',
        UpdateExpression:
          'SET #status = :superseded, #supersededBy = :next, #history = list_append(if_not_exists(#history, :none), :entry) REMOVE #gsi2pk, #gsi2sk',
        ExpressionAttributeValues: {
          ':seen': 'AKTIF',
          ':superseded': 'DIMUTAKHIRKAN',
          ':next': `${NUMBER}-P1`,
          ':length': 1,
          ':entry': [
            expect.objectContaining({
              event: 'DIMUTAKHIRKAN',
              rule: 'SERT-GANTI-KEPUTUSAN',
              relatedNumber: `${NUMBER}-P1`,
              decisionId: DECISION_ID,
              supersedingDecisionId: SUPERSEDING,
              appealId: 'bdg_2027-08-25T03:00:00.000Z_1a2b3c4d',
              eventId: `${NUMBER}#1`,
            }),
          ],
        },
      });
      expect(replace![1]!.Put).toMatchObject({
        Item: {
          ...certificateKey(`${NUMBER}-P1`),
          registrationNumber: `${NUMBER}-P1`,
          version: 1,
          decisionId: SUPERSEDING,
          status: 'AKTIF',
          supersedes: NUMBER,
          history: [],
          reissue: { reason: 'KEPUTUSAN_DIGANTI', by: 'sistem' },
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      });
      expect(replace![2]!.Put).toStrictEqual({
        TableName: TABLE_NAME,
        Item: {
          ...heldCertificateKey(PROGRAM_ID, NIP),
          entity: 'HeldCertificate',
          registrationNumber: `${NUMBER}-P1`,
          decisionId: SUPERSEDING,
        },
        ConditionExpression: 'attribute_not_exists(pk) OR #registrationNumber = :previous',
        ExpressionAttributeNames: { '#registrationNumber': 'registrationNumber' },
        ExpressionAttributeValues: { ':previous': NUMBER },
      });
      expect(replace![3]!.Put).toMatchObject({
        Item: { ...decisionCertificateKey(PROGRAM_ID, NIP, SUPERSEDING), registrationNumber: `${NUMBER}-P1` },
        ConditionExpression: 'attribute_not_exists(pk)',
      });
      expect(replace![4]!.Put!.Item).toMatchObject({
        detailType: 'CertificateReissued',
        detail: {
          eventId: `${NUMBER}#1`,
          registrationNumber: `${NUMBER}-P1`,
          supersedes: NUMBER,
          reason: 'KEPUTUSAN_DIGANTI',
          decisionId: SUPERSEDING,
          previousDecisionId: DECISION_ID,
          appealId: 'bdg_2027-08-25T03:00:00.000Z_1a2b3c4d',
        },
      });
      expect(render![1]!.Put!.Item).toMatchObject({
        detailType: 'CertificateIssued',
        eventId: `${NUMBER}-P1#0`,
        detail: { registrationNumber: `${NUMBER}-P1`, decisionId: SUPERSEDING },
      });
      expect(s3.commandCalls(PutObjectCommand)[0]!.args[0].input.Key).toBe(
        competencyCertificateKey(PROGRAM_ID, NIP, `${NUMBER}-P1`),
      );
    });

    it('SERT-GANTI-KEPUTUSAN: a revoked certificate replaced by a new version stays revoked, on the public list under its new number', async () => {
      // Prepare
      const revocation = {
        revokedOn: '2027-08-25',
        grounds: [{ kind: 'DISIPLIN' as const, decisionRef: 'SK 1', decidedOn: '2027-08-01', final: true }],
        notice: 'Dicabut.',
        revokedBy: 'bkn-admin-1',
        revokedAt: NOW,
      };
      holds(issued({ status: 'DICABUT', revocation }));
      serveResults([aDecision({ supersededBy: SUPERSEDING }), superseding()]);

      // Act
      await handler(sqsEvent(sqsRecord(message({ decisionId: SUPERSEDING }))), context);

      // Assess
      const [replace] = transactions();
      expect(replace![0]!.Update!.ExpressionAttributeValues).toMatchObject({ ':seen': 'DICABUT' });
      expect(replace![1]!.Put!.Item).toMatchObject({
        status: 'DICABUT',
        revocation,
        gsi2pk: 'CERTIFICATES#REVOKED',
        gsi2sk: `2027-08-25#${NUMBER}-P1`,
      });
    });

    it('SERT-SATU-BERLAKU: an annulled certificate gets a new version on the next KOMPETEN decision, not a second number', async () => {
      // Prepare
      holds(issued({ status: 'DIBATALKAN' }));
      serveResults([aDecision({ outcome: 'BELUM_KOMPETEN', supersededBy: SUPERSEDING }), superseding()]);

      // Act
      await handler(sqsEvent(sqsRecord(message({ decisionId: SUPERSEDING }))), context);

      // Assess
      const [replace] = transactions();
      expect(replace![0]!.Update!.ExpressionAttributeValues).toMatchObject({
        ':seen': 'DIBATALKAN',
        ':entry': [expect.objectContaining({ rule: 'SERT-SATU-BERLAKU' })],
      });
      expect(replace![1]!.Put!.Item).toMatchObject({ registrationNumber: `${NUMBER}-P1`, status: 'AKTIF' });
      expect(allocation(41, NUMBER)).toBeUndefined();
    });

    it('SERT-SATU-BERLAKU: a KOMPETEN decision of another attempt while the certificate rests on a decision still in force gives no second certificate', async () => {
      // Prepare: certified on the re-test's decision; a late appeal made the first attempt KOMPETEN too.
      const retest = 'dec_2027-08-30T03:00:00.000Z_2';
      holds(issued({ decisionId: retest }));
      serveResults([
        aDecision({ outcome: 'BELUM_KOMPETEN', supersededBy: SUPERSEDING }),
        aDecision({ decisionId: retest, attempt: 1 }),
        superseding(),
      ]);

      // Act
      const result = await handler(sqsEvent(sqsRecord(message({ decisionId: SUPERSEDING }))), context);

      // Assess
      expect(result).toStrictEqual({ batchItemFailures: [] });
      expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
      expect(output.logs('no competency certificate change')).toEqual([
        expect.objectContaining({ rule: 'SERT-SATU-BERLAKU' }),
      ]);
    });

    it('a replacement that loses to a concurrent change fails the record, to decide again', async () => {
      // Prepare
      holds(issued());
      serveResults([aDecision({ supersededBy: SUPERSEDING }), superseding()]);
      ddb
        .on(TransactWriteCommand)
        .rejects(cancelled('ConditionalCheckFailed', 'None', 'None', 'None', 'None'));

      // Act
      const run = handler(sqsEvent(sqsRecord(message({ decisionId: SUPERSEDING }))), context);

      // Assess
      await expect(run).rejects.toThrow(/All records failed/);
      expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
    });
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
  const results = (nip: string) => ({
    ExpressionAttributeValues: { ':pk': participantKey(PROGRAM_ID, nip).pk, ':prefix': 'RESULT#' },
  });

  beforeEach(() => {
    output = captureOutput();
    ddb.reset();
    s3.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
    ddb.on(GetCommand).resolves({});
    ddb.on(QueryCommand, results(NIP)).resolves({
      Items: [{ ...decisionKey(PROGRAM_ID, NIP, DECISION_ID), ...aDecision({ outcome: 'BELUM_KOMPETEN' }) }],
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
    s3.on(PutObjectCommand).resolves({});
  });

  afterEach(() => {
    vi.useRealTimers();
    output.restore();
  });

  it('a participant who earned all 21 JP gets the training certificate with its development-record entry, in one transaction, whatever the outcome; its PDF is recorded with the TrainingCertificateIssued outbox entry in another', async () => {
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
    const [created, documented] = transactions();
    expect(created![0]!.Put).toMatchObject({
      Item: {
        ...trainingCertificateKey(PROGRAM_ID, NIP),
        entity: 'TrainingCertificate',
        jp: 21,
        completedOn: '2027-07-30',
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    expect(created![1]!.Put).toMatchObject({
      Item: {
        ...developmentKey(NIP, { year: 2027, completedOn: '2027-07-30', programId: PROGRAM_ID }),
        entity: 'DevelopmentRecord',
        jp: 21,
        year: 2027,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    const [put] = s3.commandCalls(PutObjectCommand).map((call) => call.args[0].input);
    expect(put!.Key).toBe(`certificates/${PROGRAM_ID}/${NIP}/pelatihan.pdf`);
    const eventId = `PELATIHAN/${PROGRAM_ID}/${NIP}#0`;
    expect(documented).toStrictEqual([
      {
        Update: {
          TableName: TABLE_NAME,
          Key: trainingCertificateKey(PROGRAM_ID, NIP),
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#document)',
          UpdateExpression: 'SET #document = :document',
          ExpressionAttributeNames: { '#document': 'document' },
          ExpressionAttributeValues: {
            ':document': { key: put!.Key, sha256: sha256(put!.Body as Uint8Array), renderedAt: NOW },
          },
        },
      },
      {
        Put: {
          TableName: TABLE_NAME,
          Item: expect.objectContaining({
            ...outboxKey(eventId),
            eventId,
            detailType: 'TrainingCertificateIssued',
            detail: expect.objectContaining({ eventId, nip: NIP, jp: 21 }),
          }),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]);
    expect(emfMetric(output.metrics()[0]!, 'TrainingCertificateIssued')).toMatchObject({ value: 1 });
  });

  it('the decisions of a cohort in one batch read the programme, its signers, the cohort and its attendance once', async () => {
    // Prepare
    const second = '199001012015031009';
    ddb.on(QueryCommand, results(second)).resolves({
      Items: [
        {
          ...decisionKey(PROGRAM_ID, second, DECISION_ID),
          ...aDecision({ nip: second, outcome: 'BELUM_KOMPETEN' }),
        },
      ],
    });
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
    // Per participant: the certificate with its record entry, then its PDF with its event.
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(4);
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
