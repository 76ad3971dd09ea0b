import { savePdf } from '../../../adapters/pdf/save';
import '../helpers/env';
import { captureOutput, emfMetric } from '../helpers/output';
import { createHash } from 'node:crypto';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { KMSClient } from '@aws-sdk/client-kms';
import { mockSigning } from '../helpers/signing';
import { pdfText } from './pdf-reading';
import type { LocalSigning } from '../../../tools/local/signing-ca';
import { pdfsig, VALID_AND_TRUSTED } from '../../adapters/pdf/pdfsig';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompetencyCertificateRecord } from '../../../events/api/certificate';
import type { Appeal, ResultDecision } from '../../../events/api/result';
import { competencyCertificateKey } from '../../../services/certificate/model';
import { handler } from '../../../functions/certificate-worker/index';
import { renderCompetencyCertificate } from '../../../functions/certificate-worker/render-certificate';
import { lambdaContext } from '../helpers/context';
import { DOCUMENTS_BUCKET } from '../helpers/env';
import { programItem, programKey, aProgram, PROGRAM_ID } from '../helpers/programs';
import { NIP } from '../helpers/proposals';
import { sqsEvent, sqsRecord } from '../helpers/sqs-event';
import { writesOf } from '../helpers/writes';
import { serveBatchGetsAsGets } from '../helpers/batch-gets';
import { certificateChanges, eventsWritten, itemsPut, transactionsOf } from './certificate-writes';
import {
  aCertificate,
  aDecision,
  aParticipant,
  aNumberedTraining,
  aSigners,
  aTraining,
  DECISION_ID,
  message,
  NOW,
  PUBLIC_BASE_URL,
  TRAINING_NUMBER,
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
  instansiKey,
  outboxKey,
  participantKey,
  pikGraduationKey,
  trainingCertificateKey,
  trainingCounterKey,
  trainingNumberKey,
} from '../../../adapters/dynamodb/keys';
import { cancelled } from '../../adapters/dynamodb/dynamodb-errors';

process.env.PUBLIC_BASE_URL = PUBLIC_BASE_URL;

const ddb = mockClient(DynamoDBDocumentClient);

const s3 = mockClient(S3Client);
const kms = mockClient(KMSClient);
let signing: LocalSigning;
const context = lambdaContext('certificate-worker');

const NUMBER = '0042/SKTM-ASN/L3/2027';
const SUPERSEDING = 'dec_2027-09-02T03:00:00.000Z_2';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Certificate versions the transactions created, so a later GetItem reads them back as DynamoDB would. */
let recorded: Map<string, CompetencyCertificateRecord>;

/** The reads of the items of partition `pk` under `prefix` (each one Query; the command is the repositories'). */
const partitionQuery = (pk: string, prefix: string) => ({
  ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
});

/** The moves of the scheme's register of numbers: one per number tried. */
const registerMoves = () =>
  writesOf(ddb).filter((write) => write.pk === certificateCounterKey('L3', 2027).pk);

/** The numbers the certificate items written carry, in order (tried ones too). */
const numbersWritten = () => itemsPut(ddb, 'Certificate').map((item) => item.registrationNumber);

/** The participant's decisions (and appeals) as the worker's one query of their results reads them. */
function serveResults(decisions: ResultDecision[], appeals: Partial<Appeal>[] = []) {
  ddb.on(QueryCommand, partitionQuery(participantKey(PROGRAM_ID, NIP).pk, 'RESULT#')).resolves({
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
  beforeEach(async () => {
    output = captureOutput();
    ddb.reset();
    serveBatchGetsAsGets(ddb);
    s3.reset();
    kms.reset();
    signing = await mockSigning(s3, kms);
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

  it("numbers a KOMPETEN decision in ONE transaction: the register moved to last+1 (0042 after 41), the decision's guard, the certificate and the participant's holding", async () => {
    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    const [numbering] = transactionsOf(ddb);
    expect(numbering).toStrictEqual([
      { op: 'Update', ...certificateCounterKey('L3', 2027) },
      { op: 'Put', ...decisionCertificateKey(PROGRAM_ID, NIP, DECISION_ID), entity: 'DecisionCertificate' },
      { op: 'Put', ...certificateKey(NUMBER), entity: 'Certificate' },
      { op: 'Put', ...heldCertificateKey(PROGRAM_ID, NIP), entity: 'HeldCertificate' },
    ]);
    expect(itemsPut(ddb, 'Certificate')).toMatchObject([
      {
        registrationNumber: NUMBER,
        programId: PROGRAM_ID,
        nip: NIP,
        instansiCode: '3201',
        decisionId: DECISION_ID,
        status: 'AKTIF',
        history: [],
        issuedAt: NOW,
        verificationUrl: `${PUBLIC_BASE_URL}/verifikasi/${NUMBER}`,
        units: expect.arrayContaining([
          { code: 'MASN-ADM-01', title: 'Melaksanakan Manajemen Perencanaan ASN' },
        ]),
      },
    ]);
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
    const [, documented, ...more] = transactionsOf(ddb);
    expect(documented).toStrictEqual([
      { op: 'Update', ...certificateKey(NUMBER) },
      { op: 'Put', ...outboxKey(`${NUMBER}#0`), entity: 'OutboxEvent' },
    ]);
    expect(certificateChanges(ddb)).toStrictEqual([{ ...certificateKey(NUMBER), entry, document }]);
    expect(eventsWritten(ddb)).toStrictEqual([{ detailType: 'CertificateIssued', detail, occurredAt: NOW }]);
    // Nothing is written outside the two transactions.
    expect(more).toStrictEqual([]);
    expect(writesOf(ddb)).toStrictEqual(transactionsOf(ddb).flat());
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
    expect(registerMoves()).toHaveLength(1);
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
    expect(registerMoves()).toHaveLength(2);
    expect(numbersWritten()).toStrictEqual([NUMBER, '0043/SKTM-ASN/L3/2027']);
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
    expect(registerMoves()).toHaveLength(1);
    expect(numbersWritten()).toStrictEqual([NUMBER]);
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
    expect(transactionsOf(ddb)).toHaveLength(2);
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
    const stored = put!.Body as Uint8Array;
    expect(await pdfText(stored)).toStrictEqual(
      await pdfText(await savePdf(await renderCompetencyCertificate(reissued))),
    );
    expect(pdfsig(stored, signing.caPem)).toMatchObject([
      { ...VALID_AND_TRUSTED, signerName: 'Kepala Badan Kepegawaian Negara' },
    ]);
    expect(writesOf(ddb)).toStrictEqual([
      { op: 'Update', ...certificateKey(reissued.registrationNumber) },
      { op: 'Put', ...outboxKey(`${NUMBER}-P1#0`), entity: 'OutboxEvent' },
    ]);
    expect(certificateChanges(ddb)).toMatchObject([
      {
        entry: {
          event: 'DITERBITKAN',
          relatedNumber: NUMBER,
          reason: `Versi baru yang menggantikan ${NUMBER}: koreksi nama pemegang (SK 1)`,
          eventId: `${NUMBER}-P1#0`,
        },
      },
    ]);
    expect(eventsWritten(ddb)).toMatchObject([
      { detailType: 'CertificateIssued', detail: { eventId: `${NUMBER}-P1#0` } },
    ]);
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
      expect(writesOf(ddb)).toStrictEqual([
        { op: 'Update', ...certificateKey(NUMBER) },
        { op: 'Put', ...outboxKey(`${NUMBER}#1`), entity: 'OutboxEvent' },
      ]);
      const reason = `Keputusan ${DECISION_ID} yang menjadi dasar sertifikat digantikan keputusan ${SUPERSEDING} (belum kompeten); sertifikat dibatalkan karena kehilangan dasarnya (Perban BKN 7/2020 Pasal 34 ayat (1)), bukan dicabut menurut Pasal 36 ayat (3).`;
      const refs = {
        decisionId: DECISION_ID,
        supersedingDecisionId: SUPERSEDING,
        appealId: 'bdg_2027-08-25T03:00:00.000Z_1a2b3c4d',
      };
      expect(certificateChanges(ddb)).toStrictEqual([
        {
          ...certificateKey(NUMBER),
          entry: {
            event: 'DIBATALKAN',
            reason,
            rule: 'SERT-BATAL-KEPUTUSAN',
            by: 'sistem',
            ...refs,
            at: NOW,
            on: '2027-08-20',
            eventId: `${NUMBER}#1`,
          },
        },
      ]);
      expect(eventsWritten(ddb)).toStrictEqual([
        {
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
          occurredAt: NOW,
        },
      ]);
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
      const [replace, render] = transactionsOf(ddb);
      expect(replace).toStrictEqual([
        { op: 'Update', ...certificateKey(NUMBER) },
        { op: 'Put', ...certificateKey(`${NUMBER}-P1`), entity: 'Certificate' },
        { op: 'Put', ...heldCertificateKey(PROGRAM_ID, NIP), entity: 'HeldCertificate' },
        { op: 'Put', ...decisionCertificateKey(PROGRAM_ID, NIP, SUPERSEDING), entity: 'DecisionCertificate' },
        { op: 'Put', ...outboxKey(`${NUMBER}#1`), entity: 'OutboxEvent' },
      ]);
      expect(render).toStrictEqual([
        { op: 'Update', ...certificateKey(`${NUMBER}-P1`) },
        { op: 'Put', ...outboxKey(`${NUMBER}-P1#0`), entity: 'OutboxEvent' },
      ]);
      expect(certificateChanges(ddb)[0]).toMatchObject({
        ...certificateKey(NUMBER),
        entry: {
          event: 'DIMUTAKHIRKAN',
          rule: 'SERT-GANTI-KEPUTUSAN',
          relatedNumber: `${NUMBER}-P1`,
          decisionId: DECISION_ID,
          supersedingDecisionId: SUPERSEDING,
          appealId: 'bdg_2027-08-25T03:00:00.000Z_1a2b3c4d',
          eventId: `${NUMBER}#1`,
        },
      });
      expect(itemsPut(ddb, 'Certificate')).toMatchObject([
        {
          registrationNumber: `${NUMBER}-P1`,
          version: 1,
          decisionId: SUPERSEDING,
          status: 'AKTIF',
          supersedes: NUMBER,
          history: [],
          reissue: { reason: 'KEPUTUSAN_DIGANTI', by: 'sistem' },
        },
      ]);
      expect(itemsPut(ddb, 'HeldCertificate')).toMatchObject([
        { registrationNumber: `${NUMBER}-P1`, decisionId: SUPERSEDING },
      ]);
      expect(eventsWritten(ddb)).toMatchObject([
        {
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
        },
        {
          detailType: 'CertificateIssued',
          detail: { eventId: `${NUMBER}-P1#0`, registrationNumber: `${NUMBER}-P1`, decisionId: SUPERSEDING },
        },
      ]);
      expect(s3.commandCalls(PutObjectCommand)[0]!.args[0].input.Key).toBe(
        competencyCertificateKey(PROGRAM_ID, NIP, `${NUMBER}-P1`),
      );
    });

    it('SERT-GANTI-KEPUTUSAN: a revoked certificate replaced by a new version stays revoked, with its revocation, under its new number', async () => {
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
      expect(transactionsOf(ddb)[0]![0]).toStrictEqual({ op: 'Update', ...certificateKey(NUMBER) });
      expect(itemsPut(ddb, 'Certificate')).toMatchObject([
        { registrationNumber: `${NUMBER}-P1`, status: 'DICABUT', revocation },
      ]);
    });

    it('SERT-SATU-BERLAKU: an annulled certificate gets a new version on the next KOMPETEN decision, not a second number', async () => {
      // Prepare
      holds(issued({ status: 'DIBATALKAN' }));
      serveResults([aDecision({ outcome: 'BELUM_KOMPETEN', supersededBy: SUPERSEDING }), superseding()]);

      // Act
      await handler(sqsEvent(sqsRecord(message({ decisionId: SUPERSEDING }))), context);

      // Assess
      expect(transactionsOf(ddb)[0]![0]).toStrictEqual({ op: 'Update', ...certificateKey(NUMBER) });
      expect(certificateChanges(ddb)[0]!.entry).toMatchObject({ rule: 'SERT-SATU-BERLAKU' });
      expect(itemsPut(ddb, 'Certificate')).toMatchObject([
        { registrationNumber: `${NUMBER}-P1`, status: 'AKTIF' },
      ]);
      expect(registerMoves()).toStrictEqual([]);
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
  const results = (nip: string) => partitionQuery(participantKey(PROGRAM_ID, nip).pk, 'RESULT#');
  const training = (nip: string) => partitionQuery(participantKey(PROGRAM_ID, nip).pk, 'TRAINING#');
  const attendance = partitionQuery(cohortKey(PROGRAM_ID, 19).pk, 'ATTENDANCE#');
  const delivery = partitionQuery(cohortKey(PROGRAM_ID, 19).pk, 'DELIVERY#');

  beforeEach(async () => {
    output = captureOutput();
    ddb.reset();
    serveBatchGetsAsGets(ddb);
    s3.reset();
    kms.reset();
    signing = await mockSigning(s3, kms);
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
      Item: { number: 19, scheme: 'ADMINISTRATOR', startDate: '2027-07-29', endDate: '2027-07-30' },
    });
    ddb
      .on(GetCommand, { Key: instansiKey('3201') })
      .resolves({ Item: { code: '3201', name: 'Pemerintah Kabupaten Bogor' } });
    ddb.on(GetCommand, { Key: trainingCounterKey(2027) }).resolves({ Item: { last: 6 } });
    ddb.on(QueryCommand, training(NIP)).resolves({
      Items: [{ sk: 'TRAINING#ELEARNING', completedOn: '2027-07-25' }],
    });
    ddb.on(QueryCommand, delivery).resolves({ Items: [] });
    ddb.on(TransactWriteCommand).resolves({});
    s3.on(PutObjectCommand).resolves({});
  });

  afterEach(() => {
    vi.useRealTimers();
    output.restore();
  });

  it('SERTPEL-NOMOR-URUT-TANPA-CELAH: a participant who earned all 21 JP gets the training certificate numbered last + 1 of the year’s register (0007 after 6) in ONE transaction with its development-record entry and its number’s item, whatever the outcome; its PDF is recorded with the TrainingCertificateIssued outbox entry in another', async () => {
    // Prepare
    ddb.on(QueryCommand, attendance).resolves({ Items: attended(true) });

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    const [created, documented] = transactionsOf(ddb);
    expect(created).toStrictEqual([
      { op: 'Update', ...trainingCounterKey(2027) },
      { op: 'Put', ...trainingCertificateKey(PROGRAM_ID, NIP), entity: 'TrainingCertificate' },
      {
        op: 'Put',
        ...developmentKey(NIP, { year: 2027, completedOn: '2027-07-30', programId: PROGRAM_ID }),
        entity: 'DevelopmentRecord',
      },
      { op: 'Put', ...trainingNumberKey(TRAINING_NUMBER), entity: 'TrainingCertificateNumber' },
    ]);
    expect(itemsPut(ddb, 'TrainingCertificate')).toStrictEqual([
      {
        ...trainingCertificateKey(PROGRAM_ID, NIP),
        entity: 'TrainingCertificate',
        gsi1pk: `PROGRAM#${PROGRAM_ID}#INSTANSI#3201#CERTIFICATES`,
        gsi1sk: `${NIP}#TRAINING`,
        gsi2pk: 'INSTANSI#3201#TRAINING_CERTIFICATES',
        gsi2sk: `${PROGRAM_ID}#${NIP}`,
        ...aNumberedTraining({
          title: aProgram().name,
          venue: 'Pusbang ASN BKN',
          signer: { ...aSigners().back, institution: 'Badan Kepegawaian Negara' },
        }),
      },
    ]);
    expect(itemsPut(ddb, 'TrainingCertificateNumber')).toMatchObject([
      { number: TRAINING_NUMBER, programId: PROGRAM_ID, nip: NIP },
    ]);
    expect(itemsPut(ddb, 'DevelopmentRecord')).toMatchObject([{ jp: 21, year: 2027 }]);
    const [put] = s3.commandCalls(PutObjectCommand).map((call) => call.args[0].input);
    expect(pdfsig(put!.Body as Uint8Array, signing.caPem)).toMatchObject([
      { ...VALID_AND_TRUSTED, signerName: 'Kepala Pusat Pengembangan ASN' },
    ]);
    expect(put!.Key).toBe(`certificates/${PROGRAM_ID}/${NIP}/pelatihan.pdf`);
    const eventId = `PELATIHAN/${PROGRAM_ID}/${NIP}#0`;
    expect(documented).toStrictEqual([
      { op: 'Update', ...trainingCertificateKey(PROGRAM_ID, NIP) },
      { op: 'Put', ...outboxKey(eventId), entity: 'OutboxEvent' },
    ]);
    expect(certificateChanges(ddb)).toStrictEqual([
      {
        ...trainingCertificateKey(PROGRAM_ID, NIP),
        document: { key: put!.Key, sha256: sha256(put!.Body as Uint8Array), renderedAt: NOW },
      },
    ]);
    expect(eventsWritten(ddb)).toStrictEqual([
      {
        detailType: 'TrainingCertificateIssued',
        detail: expect.objectContaining({ eventId, nip: NIP, jp: 21, number: TRAINING_NUMBER }),
        occurredAt: NOW,
      },
    ]);
    expect(emfMetric(output.metrics()[0]!, 'TrainingCertificateIssued')).toMatchObject({ value: 1 });
  });

  it('the decisions of a cohort in one batch read the programme, its signers, the cohort, its attendance and its delivery once, and each participant’s items in one call', async () => {
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
      .on(QueryCommand, training(second))
      .resolves({ Items: [{ sk: 'TRAINING#ELEARNING', completedOn: '2027-07-25' }] });
    ddb
      .on(QueryCommand, attendance)
      .resolves({ Items: attended(true).map((r) => ({ ...r, present: [...r.present, second] })) });
    const reads = (key: Record<string, string>) =>
      ddb
        .commandCalls(GetCommand)
        .filter((call) => JSON.stringify(call.args[0].input.Key) === JSON.stringify(key));
    const attendanceReads = () => ddb.commandCalls(QueryCommand, attendance);

    // Act
    const result = await handler(
      sqsEvent(sqsRecord(message(), 'first'), sqsRecord(message({ nip: second }), 'second')),
      context,
    );

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    // Per participant: the certificate with its number and record entry, then its PDF with its event.
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(4);
    expect(reads(programKey(PROGRAM_ID))).toHaveLength(1);
    expect(reads(certificateSignersKey(PROGRAM_ID))).toHaveLength(1);
    expect(reads(cohortKey(PROGRAM_ID, 19))).toHaveLength(1);
    expect(attendanceReads()).toHaveLength(1);
    expect(ddb.commandCalls(QueryCommand, delivery)).toHaveLength(1);
    // The participant, the decision's guard, the holding and the training certificate: one BatchGetItem each.
    expect(
      ddb
        .commandCalls(BatchGetCommand)
        .map((call) => Object.values(call.args[0].input.RequestItems!)[0]!.Keys!.map((key) => key.sk)),
    ).toEqual([
      ['#PARTICIPANT', `CERTIFICATE#DECISION#${DECISION_ID}`, 'CERTIFICATE#CURRENT', 'CERTIFICATE#TRAINING'],
      ['#PARTICIPANT', `CERTIFICATE#DECISION#${DECISION_ID}`, 'CERTIFICATE#CURRENT', 'CERTIFICATE#TRAINING'],
    ]);
  });

  it('the training certificate names the cohort’s verified test site as its venue when it has one', async () => {
    // Prepare
    ddb.on(QueryCommand, attendance).resolves({ Items: attended(true) });
    ddb.on(GetCommand, { Key: cohortKey(PROGRAM_ID, 19) }).resolves({
      Item: {
        number: 19,
        scheme: 'PENGAWAS',
        startDate: '2027-07-29',
        endDate: '2027-07-30',
        testSite: { name: 'Kantor Regional III BKN', address: 'Jl. Surapati No. 1, Bandung' },
      },
    });

    // Act
    await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(itemsPut(ddb, 'TrainingCertificate')).toMatchObject([
      {
        venue: 'Kantor Regional III BKN, Jl. Surapati No. 1, Bandung',
        level: 'Pengawas',
        modules: expect.arrayContaining([{ code: 'MOD-PGW-09', title: expect.any(String) }]),
      },
    ]);
  });

  it('SERTPEL-NOMOR-URUT-TANPA-CELAH: a number taken by a concurrent worker is retried with the next one: 0007 lost, 0008 taken, no gap', async () => {
    // Prepare
    ddb.on(QueryCommand, attendance).resolves({ Items: attended(true) });
    ddb
      .on(GetCommand, { Key: trainingCounterKey(2027) })
      .resolvesOnce({ Item: { last: 6 } })
      .resolves({ Item: { last: 7 } });
    ddb
      .on(TransactWriteCommand)
      .rejectsOnce(cancelled('ConditionalCheckFailed', 'None', 'None', 'None'))
      .resolves({});

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    const moves = writesOf(ddb).filter((w) => w.pk === trainingCounterKey(2027).pk);
    expect(moves).toHaveLength(2);
    expect(itemsPut(ddb, 'TrainingCertificateNumber').map((i) => i.number)).toStrictEqual([
      TRAINING_NUMBER,
      '0008/SPL-MASN/2027',
    ]);
    expect(eventsWritten(ddb)).toMatchObject([{ detail: { number: '0008/SPL-MASN/2027' } }]);
  });

  it('a duplicate delivered concurrently loses on the certificate item and renders the certificate the other numbered, taking no second number', async () => {
    // Prepare: the other delivery committed between our read and our transaction.
    ddb.on(QueryCommand, attendance).resolves({ Items: attended(true) });
    ddb
      .on(GetCommand, { Key: trainingCertificateKey(PROGRAM_ID, NIP) })
      .resolvesOnce({})
      .resolves({ Item: { ...trainingCertificateKey(PROGRAM_ID, NIP), ...aNumberedTraining() } });
    ddb
      .on(TransactWriteCommand)
      .rejectsOnce(cancelled('None', 'ConditionalCheckFailed', 'ConditionalCheckFailed', 'None'))
      .resolves({});

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    const moves = writesOf(ddb).filter((w) => w.pk === trainingCounterKey(2027).pk);
    expect(moves).toHaveLength(1);
    expect(eventsWritten(ddb)).toMatchObject([{ detail: { number: TRAINING_NUMBER } }]);
  });

  it('a render/storage failure fails the record but keeps the number: the retry renders the certificate as numbered, taking no other', async () => {
    // Prepare
    ddb.on(QueryCommand, attendance).resolves({ Items: attended(true) });
    s3.on(PutObjectCommand).rejectsOnce(new Error('S3 unavailable')).resolves({});

    // Act
    // A batch whose every record failed is failed whole (Powertools), so SQS redelivers it.
    await expect(handler(sqsEvent(sqsRecord(message())), context)).rejects.toThrow(/All records failed/);
    const [numbered] = itemsPut(ddb, 'TrainingCertificate');
    ddb.on(GetCommand, { Key: trainingCertificateKey(PROGRAM_ID, NIP) }).resolves({ Item: numbered });
    const retried = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(retried).toStrictEqual({ batchItemFailures: [] });
    expect(writesOf(ddb).filter((w) => w.pk === trainingCounterKey(2027).pk)).toHaveLength(1);
    expect(eventsWritten(ddb)).toMatchObject([{ detail: { number: TRAINING_NUMBER } }]);
  });

  it('SERTPEL-INSTANSI: a participant whose instansi is not registered gets no training certificate and no number is taken', async () => {
    // Prepare
    ddb.on(QueryCommand, attendance).resolves({ Items: attended(true) });
    ddb.on(GetCommand, { Key: instansiKey('3201') }).resolves({});

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    expect(output.logs('training certificate refused')).toMatchObject([{ codes: ['SERTPEL-INSTANSI'] }]);
  });

  it('a training certificate issued before it was numbered, its PDF not yet stored, is rendered as it is: no number is taken for it', async () => {
    // Prepare
    ddb
      .on(GetCommand, { Key: trainingCertificateKey(PROGRAM_ID, NIP) })
      .resolves({ Item: { ...trainingCertificateKey(PROGRAM_ID, NIP), ...aTraining() } });

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(transactionsOf(ddb)).toStrictEqual([
      [
        { op: 'Update', ...trainingCertificateKey(PROGRAM_ID, NIP) },
        { op: 'Put', ...outboxKey(`PELATIHAN/${PROGRAM_ID}/${NIP}#0`), entity: 'OutboxEvent' },
      ],
    ]);
    expect(eventsWritten(ddb)[0]!.detail).not.toHaveProperty('number');
  });

  it('a participant who missed a session (18 of 21 JP) gets no training certificate', async () => {
    // Prepare
    ddb.on(QueryCommand, attendance).resolves({ Items: attended(false) });

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
    expect(output.metrics()).toEqual([]);
  });

  it('PIK-TANPA-PELATIHAN: a PIK graduate entering the test directly gets no training certificate, even with 21 JP recorded before the graduation was', async () => {
    // Prepare
    ddb.on(QueryCommand, attendance).resolves({ Items: attended(true) });
    ddb
      .on(GetCommand, { Key: pikGraduationKey({ programId: PROGRAM_ID, instansiCode: '3201' }, NIP) })
      .resolves({ Item: { nip: NIP, entry: 'UJI_LANGSUNG_PIK' } });

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
  });

  it('ELEARNING-RESUME-LENGKAP: in a cohort whose e-learning modules BKN set, the recorded e-learning without every module resume (18 of 21 JP) earns no training certificate', async () => {
    // Prepare
    ddb.on(QueryCommand, attendance).resolves({ Items: attended(true) });
    ddb.on(QueryCommand, delivery).resolves({
      Items: [
        {
          sk: 'DELIVERY#ELEARNING',
          modules: [
            { code: 'MOD-ADM-01', title: 'Manajemen Perencanaan Pegawai Negeri Sipil', facilitators: [] },
            { code: 'MOD-ADM-02', title: 'Manajemen Pengadaan Pegawai Negeri Sipil', facilitators: [] },
          ],
        },
      ],
    });
    ddb.on(QueryCommand, training(NIP)).resolves({
      Items: [
        { sk: 'TRAINING#ELEARNING', completedOn: '2027-07-25' },
        { sk: 'TRAINING#RESUME#MOD-ADM-01', document: { key: 'training/resume' } },
      ],
    });

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
  });
});
