import { savePdf } from '../../../adapters/pdf/save';
import '../helpers/env';
import { createHash } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { KMSClient } from '@aws-sdk/client-kms';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockSigning } from '../helpers/signing';
import type { LocalSigning } from '../../../tools/local/signing-ca';
import { pdfsig, VALID_AND_TRUSTED } from '../../adapters/pdf/pdfsig';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, type IsoDate } from '../../../domain/shared/dates';
import { handler, invitationKey } from '../../../functions/invitation-worker/index';
import { renderInvitation } from '../../../functions/invitation-worker/render-invitation';
import type { InvitationRecord } from '../../../events/api/invitation';
import type { InvitationRequested } from '../../../events/messages/invitation-requested';
import { lambdaContext } from '../helpers/context';
import { DOCUMENTS_BUCKET, NOTIFICATION_QUEUE_URL } from '../helpers/env';
import { writesOf } from '../helpers/writes';
import { serveBatchGetsAsGets } from '../helpers/batch-gets';
import { aProgram, programItem, programKey, PROGRAM_ID } from '../helpers/programs';
import { anInstansi, INSTANSI, instansiItem, instansiKey, NIP, OTHER_NIP } from '../helpers/proposals';
import { pdfText } from '../certificate-worker/pdf-reading';
import { sqsEvent, sqsRecord } from '../helpers/sqs-event';
import {
  aCohort,
  aDelivery,
  aLetter,
  aReadyInvitation,
  aSeatedParticipant,
  aSigner,
  cohortItem,
  cohortKey,
  COHORT,
  counterKey,
  invitationPdfKey,
  OPENS_AT,
  participantItem,
  participantKey,
  signerItem,
  signerKey,
  TOO_LATE,
} from '../invitations/fixtures';

const ddb = mockClient(DynamoDBDocumentClient);
const s3 = mockClient(S3Client);
const kms = mockClient(KMSClient);
const sqs = mockClient(SQSClient);
let signing: LocalSigning;
const context = lambdaContext('invitation-worker');

const message = (overrides: Partial<InvitationRequested> = {}): InvitationRequested => ({
  type: 'InvitationRequested',
  version: 1,
  programId: PROGRAM_ID,
  cohort: COHORT,
  nip: NIP,
  requestedAt: OPENS_AT,
  correlationId: 'corr-opening',
  ...overrides,
});

/** The invitation as the worker records it once numbered: the year's 7th letter, issued 15 July 2027. */
const numbered = (): InvitationRecord => ({
  status: 'NUMBERED',
  cohort: COHORT,
  requestedAt: OPENS_AT,
  issuedOn: '2027-07-15',
  numberedAt: OPENS_AT,
  number: '0007/UND/PUSBANG-ASN/VII/2027',
  letter: aLetter(),
});

const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

/** OTHER_NIP sits in cohort 21: its message for cohort 19 is dropped, a success that writes nothing. */
const movedAway = () =>
  ddb.on(GetCommand, { Key: participantKey(OTHER_NIP) }).resolves({
    Item: participantItem(aSeatedParticipant({ nip: OTHER_NIP, seat: { cohort: 21, placedAt: OPENS_AT } })),
  });

/** The notification requests the worker queued, as their messages. */
const notificationsAsked = () =>
  sqs
    .commandCalls(SendMessageBatchCommand)
    .flatMap((call) => call.args[0].input.Entries!.map((entry) => JSON.parse(entry.MessageBody!)));

const putBodies = () =>
  s3.commandCalls(PutObjectCommand).map((call) => Buffer.from(call.args[0].input.Body as Uint8Array));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** Each page's text with its runs of spaces (from the PDF's text items) made single. */
const textOf = async (bytes: Uint8Array) => (await pdfText(bytes)).map((page) => page.replace(/\s+/g, ' '));

/*
 * What the worker wrote on the participant item; the commands themselves (I4-I6) are proved beside the
 * invitation repository (test/adapters/dynamodb/invitation-repository.test.ts).
 */
/** The invitation each numbering transaction (I4) set. */
const numberedRecords = () =>
  ddb
    .commandCalls(TransactWriteCommand)
    .map((call) => call.args[0].input.TransactItems![1]!.Update!.ExpressionAttributeValues![':record']);
/** The invitation each refusal (I6) set. */
const refusals = () =>
  ddb.commandCalls(UpdateCommand).map((call) => call.args[0].input.ExpressionAttributeValues![':record']);
/** What each letter marked READY (I5) recorded. */
const markedReady = () =>
  ddb.commandCalls(UpdateCommand).map((call) => {
    const values = call.args[0].input.ExpressionAttributeValues!;
    return {
      number: values[':number'],
      documentKey: values[':key'],
      sha256: values[':sha256'],
      delivery: values[':delivery'],
      issuedAt: values[':now'],
    };
  });
const ready = (number: string, sha: string, now = OPENS_AT) => ({
  number,
  documentKey: invitationPdfKey(),
  sha256: sha,
  delivery: aDelivery(now),
  issuedAt: now,
});
/** The number's transaction: the year's register and the participant, together. */
const numbering = (year = 2027) => [
  { op: 'Update', ...counterKey(year) },
  { op: 'Update', ...participantKey() },
];

describe('invitation worker', () => {
  beforeEach(async () => {
    ddb.reset();
    serveBatchGetsAsGets(ddb);
    s3.reset();
    kms.reset();
    sqs.reset();
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    process.env.PUBLIC_BASE_URL = 'https://sertifikasi.bkn.go.id';
    signing = await mockSigning(s3, kms);
    ddb.on(GetCommand, { Key: participantKey() }).resolves({ Item: participantItem(aSeatedParticipant()) });
    ddb
      .on(GetCommand, { Key: cohortKey() })
      .resolves({ Item: cohortItem(aCohort({ registration: 'OPEN' })) });
    ddb.on(GetCommand, { Key: programKey(PROGRAM_ID) }).resolves({ Item: programItem(aProgram()) });
    ddb.on(GetCommand, { Key: signerKey() }).resolves({ Item: signerItem(aSigner()) });
    ddb.on(GetCommand, { Key: instansiKey(INSTANSI) }).resolves({ Item: instansiItem(anInstansi()) });
    ddb.on(GetCommand, { Key: counterKey(2027) }).resolves({ Item: { ...counterKey(2027), last: 6 } });
    ddb.on(TransactWriteCommand).resolves({});
    ddb.on(UpdateCommand).resolves({});
    s3.on(PutObjectCommand).resolves({ ETag: '"d41d8cd98f00b204e9800998ecf8427e"' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(OPENS_AT));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes the next number of the year register with the invitation in one transaction', async () => {
    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
    expect(writesOf(ddb).slice(0, 2)).toStrictEqual(numbering());
    expect(numberedRecords()).toStrictEqual([numbered()]);
  });

  it('starts the register of a new year at 0001', async () => {
    // Prepare
    ddb.on(GetCommand, { Key: counterKey(2027) }).resolves({});

    // Act
    await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    const record = { ...numbered(), number: '0001/UND/PUSBANG-ASN/VII/2027' };
    record.letter = aLetter({ number: record.number });
    expect(writesOf(ddb).slice(0, 2)).toStrictEqual(numbering());
    expect(numberedRecords()).toStrictEqual([record]);
  });

  it('stores the invitation electronically signed (PAdES) by the Kepala Pusat Pengembangan ASN: pdfsig finds it valid, whole and trusted', async () => {
    // Act
    await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(pdfsig(putBodies()[0]!, signing.caPem)).toMatchObject([
      { ...VALID_AND_TRUSTED, signerName: 'Kepala Pusat Pengembangan ASN' },
    ]);
  });

  it('stores the PDF at invitations/<programId>/<cohort>/<nip>.pdf, then records it READY and sent through the instansi, with its sha256', async () => {
    // Act
    await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    const puts = s3.commandCalls(PutObjectCommand);
    expect(puts).toHaveLength(1);
    const { Body: _body, ...rest } = puts[0]!.args[0].input;
    expect(rest).toStrictEqual({
      Bucket: DOCUMENTS_BUCKET,
      Key: `invitations/${PROGRAM_ID}/19/${NIP}.pdf`,
      ContentType: 'application/pdf',
    });
    expect(invitationKey(PROGRAM_ID, COHORT, NIP)).toBe(rest.Key);
    const [body] = putBodies();
    expect(body!.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(writesOf(ddb)).toStrictEqual([...numbering(), { op: 'Update', ...participantKey() }]);
    expect(markedReady()).toStrictEqual([ready('0007/UND/PUSBANG-ASN/VII/2027', sha256(body!))]);
    const updates = ddb.commandCalls(UpdateCommand);
    expect(puts[0]!.calledBefore(updates[0]!)).toBe(true);
    expect(ddb.commandCalls(TransactWriteCommand)[0]!.calledBefore(puts[0]!)).toBe(true);
  });

  it("names the cohort's verified test site as the place (9) and the attached forms (4), taken from the cohort read", async () => {
    // Prepare
    const testSite = {
      ...aCohort().testSite!,
      name: 'Kanreg III BKN, Aula',
      address: 'Jl. Surapati 1, Bandung',
    };
    ddb.on(GetCommand, { Key: cohortKey() }).resolves({ Item: cohortItem(aCohort({ testSite })) });

    // Act
    await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    const [record] = numberedRecords() as InvitationRecord[];
    expect(record!.letter).toMatchObject({
      venue: 'Kanreg III BKN, Aula, Jl. Surapati 1, Bandung',
      attachment:
        '2 (dua) berkas: Formulir Riwayat Pekerjaan dan Formulir Rencana Tindak Lanjut (Action Plan)',
    });
  });

  it('renders the letter and, on the following pages, the work history and action plan forms filled with what is known', async () => {
    // Act
    const pages = await textOf(await savePdf(await renderInvitation(aLetter())));

    // Assess
    expect(pages).toHaveLength(4);
    expect(pages[0]).toContain('Lampiran : 2 (dua) berkas: Formulir Riwayat Pekerjaan dan Formulir Rencana');
    expect(pages[0]).toContain('Tempat : Pusbang ASN BKN, Bogor, Jawa Barat');
    expect(pages[1]).toContain('FORMULIR RIWAYAT PEKERJAAN');
    for (const known of ['Dewi Lestari, S.Sos.', NIP, 'III/d', 'Pemerintah Kabupaten Bogor']) {
      expect(pages[1]).toContain(known);
    }
    expect(pages[2]).toContain('FORMULIR RENCANA TINDAK LANJUT (ACTION PLAN)');
    for (const row of [
      'HP / Email',
      'Mentor/Atasan Langsung',
      'Judul',
      'Latar Belakang',
      'Pokok Permasalahan',
    ]) {
      expect(pages[2]).toContain(row);
    }
    expect(pages[2]).toContain('Tujuan');
    expect(pages[2]).toContain('Manfaat');
    for (const term of ['Jangka Pendek (s.d. 3 bulan)', 'Jangka Menengah', 'Jangka Panjang']) {
      expect(pages[3]).toContain(term);
    }
    expect(pages[3]).toContain('Target Capaian/Output');
    expect(pages[3]).toContain('Timeline Langkah Kerja/Milestones');
    expect(pages[3]).toContain('1 2 3 4 5 6 7 8 9 10 11 12');
  });

  it('leaves the rank and instansi lines of the forms blank when they are not known', async () => {
    // Prepare
    const { rank: _rank, instansi: _instansi, ...addressee } = aLetter().addressee;

    // Act
    const pages = await textOf(await savePdf(await renderInvitation(aLetter({ addressee }))));

    // Assess
    expect(pages[1]).not.toContain('III/d');
    expect(pages[1]).not.toContain('Pemerintah Kabupaten Bogor');
    expect(pages[0]).toContain('kepegawaian instansi Saudara');
  });

  it('renders the same bytes for the same letter, whenever it is rendered', async () => {
    // Act
    const first = await savePdf(await renderInvitation(aLetter()));
    vi.setSystemTime(new Date('2027-07-16T08:30:00.000Z'));
    const second = await savePdf(await renderInvitation(aLetter()));

    // Assess
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(
      Buffer.from(
        await savePdf(await renderInvitation(aLetter({ number: '0008/UND/PUSBANG-ASN/VII/2027' }))),
      ),
    ).not.toEqual(Buffer.from(first));
  });

  it('for a duplicate of a message whose invitation is READY, writes nothing and only asks its e-mail again (sent once per letter)', async () => {
    // Prepare
    ddb
      .on(GetCommand, { Key: participantKey() })
      .resolves({ Item: participantItem(aSeatedParticipant({ invitation: aReadyInvitation() })) });

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
    expect(s3.calls()).toHaveLength(0);
    expect(notificationsAsked().map((n) => n.notificationId)).toStrictEqual([
      `UNDANGAN#${PROGRAM_ID}#${NIP}#${aReadyInvitation().number}`,
    ]);
  });

  it('asks the UNDANGAN e-mail of the issued letter, to the participant, with its number, dates, venue and link', async () => {
    // Act
    await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(sqs.commandCalls(SendMessageBatchCommand)[0]!.args[0].input.QueueUrl).toBe(NOTIFICATION_QUEUE_URL);
    const letter = numbered().letter!;
    expect(notificationsAsked()).toStrictEqual([
      {
        type: 'NotificationRequested',
        version: 1,
        notificationId: `UNDANGAN#${PROGRAM_ID}#${NIP}#${letter.number}`,
        kind: 'UNDANGAN',
        to: { email: null, name: aSeatedParticipant().name },
        about: { programId: PROGRAM_ID, nip: NIP },
        fields: {
          programName: aProgram().name,
          cohort: COHORT,
          letterNumber: letter.number,
          startDate: letter.date,
          endDate: letter.endDate,
          venue: letter.venue,
          confirmBy: addDays(letter.date as IsoDate, -1),
          link: `https://sertifikasi.bkn.go.id/programs/${PROGRAM_ID}/participants/${NIP}/invitation`,
        },
        requestedAt: OPENS_AT,
        correlationId: 'corr-opening',
      },
    ]);
  });

  it('reuses the number of a NUMBERED invitation (a delivery that failed after numbering), rendering the same bytes', async () => {
    // Prepare: a first delivery numbers and stores; the second finds the number already taken
    await handler(sqsEvent(sqsRecord(message())), context);
    ddb
      .on(GetCommand, { Key: participantKey() })
      .resolves({ Item: participantItem(aSeatedParticipant({ invitation: numbered() })) });
    vi.setSystemTime(new Date('2027-07-15T09:00:00.000Z'));

    // Act
    await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
    const [first, second] = putBodies();
    expect(second!.equals(first!)).toBe(true);
    expect(markedReady()[1]).toStrictEqual(
      ready('0007/UND/PUSBANG-ASN/VII/2027', sha256(first!), '2027-07-15T09:00:00.000Z'),
    );
  });

  it('takes no second number when a concurrent duplicate numbered the letter first', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed'));
    ddb
      .on(GetCommand, { Key: participantKey() })
      .resolvesOnce({ Item: participantItem(aSeatedParticipant()) })
      .resolves({ Item: participantItem(aSeatedParticipant({ invitation: numbered() })) });

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
    expect(markedReady().map((mark) => mark.number)).toStrictEqual(['0007/UND/PUSBANG-ASN/VII/2027']);
  });

  it('takes the following number when another letter took the one it read', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejectsOnce(cancelled('ConditionalCheckFailed', 'None')).resolves({});
    ddb
      .on(GetCommand, { Key: counterKey(2027) })
      .resolvesOnce({ Item: { ...counterKey(2027), last: 6 } })
      .resolves({ Item: { ...counterKey(2027), last: 7 } });

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    const record = { ...numbered(), number: '0008/UND/PUSBANG-ASN/VII/2027' };
    record.letter = aLetter({ number: record.number });
    expect(writesOf(ddb).slice(0, 4)).toStrictEqual([...numbering(), ...numbering()]);
    expect(numberedRecords()).toStrictEqual([numbered(), record]);
  });

  it('records a refusal with PK-PEMBERITAHUAN-6-HARI-KERJA when it is too late, takes no number and does not fail', async () => {
    // Prepare
    vi.setSystemTime(new Date(TOO_LATE));

    // Act
    const result = await handler(sqsEvent(sqsRecord(message({ requestedAt: TOO_LATE }))), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    expect(s3.calls()).toHaveLength(0);
    expect(writesOf(ddb)).toStrictEqual([{ op: 'Update', ...participantKey() }]);
    expect(refusals()).toStrictEqual([
      {
        status: 'REFUSED',
        cohort: COHORT,
        requestedAt: TOO_LATE,
        issuedOn: '2027-07-22',
        code: 'PK-PEMBERITAHUAN-6-HARI-KERJA',
        violations: [
          {
            code: 'PK-PEMBERITAHUAN-6-HARI-KERJA',
            article: 'Perka BKN 11/2008 Lampiran III.2.a.4)',
            message: 'Surat diterima 2027-07-22; paling lambat 2027-07-21 (6 hari kerja sebelum 2027-07-29).',
            field: 'receivedOn',
          },
        ],
        refusedAt: TOO_LATE,
      },
    ]);
  });

  it('records a refusal with UNDANGAN-TEMPAT-TUK when the cohort has no verified test site, taking no number', async () => {
    // Prepare
    ddb
      .on(GetCommand, { Key: cohortKey() })
      .resolves({ Item: cohortItem(aCohort({ registration: 'OPEN', testSite: undefined })) });

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(writesOf(ddb)).toStrictEqual([{ op: 'Update', ...participantKey() }]);
    expect(refusals()[0]).toMatchObject({
      status: 'REFUSED',
      code: 'UNDANGAN-TEMPAT-TUK',
      violations: [expect.objectContaining({ code: 'UNDANGAN-TEMPAT-TUK', field: 'testSite' })],
    });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    expect(s3.calls()).toHaveLength(0);
  });

  it('records a refusal with PK-SURAT-ISI when the programme has no signer', async () => {
    // Prepare
    ddb.on(GetCommand, { Key: signerKey() }).resolves({});

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(writesOf(ddb)).toStrictEqual([{ op: 'Update', ...participantKey() }]);
    expect(refusals()).toMatchObject([{ status: 'REFUSED', code: 'PK-SURAT-ISI' }]);
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    expect(s3.calls()).toHaveLength(0);
  });

  it('drops a message for a cohort the participant no longer sits in', async () => {
    // Prepare
    ddb
      .on(GetCommand, { Key: participantKey() })
      .resolves({ Item: participantItem(aSeatedParticipant({ seat: { cohort: 21, placedAt: OPENS_AT } })) });

    // Act
    const result = await handler(sqsEvent(sqsRecord(message())), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(GetCommand)).toHaveLength(1);
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    expect(s3.calls()).toHaveLength(0);
  });

  it.each([
    ['a body that is not JSON', '{"type":"InvitationRequested",'],
    ['a message of another version', message({ version: 2 as 1 })],
    ['a message without a cohort', { ...message(), cohort: undefined }],
    ['a message with an unknown field', { ...message(), priority: 'high' }],
  ])('fails only the record of %s', async (_case, body) => {
    // Prepare
    const bad = sqsRecord(body, 'bad');
    const good = sqsRecord(message(), 'good');

    // Act
    const result = await handler(sqsEvent(bad, good), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: 'bad' }] });
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(1);
  });

  it('reads the cohort, programme and signer once for a batch of letters to the cohort, its participants in one call and their instansi in another', async () => {
    // Prepare
    const third = '199001012015031009';
    ddb
      .on(GetCommand, { Key: participantKey(third) })
      .resolves({ Item: participantItem(aSeatedParticipant({ nip: third })) });
    const readsOf = (key: Record<string, unknown>) =>
      ddb
        .commandCalls(GetCommand)
        .filter((call) => JSON.stringify(call.args[0].input.Key) === JSON.stringify(key));

    // Act
    const result = await handler(
      sqsEvent(sqsRecord(message(), 'first'), sqsRecord(message({ nip: third }), 'second')),
      context,
    );

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(2);
    expect(readsOf(cohortKey())).toHaveLength(1);
    expect(readsOf(programKey(PROGRAM_ID))).toHaveLength(1);
    expect(readsOf(signerKey())).toHaveLength(1);
    expect(readsOf(instansiKey(INSTANSI))).toHaveLength(1);
    expect(
      ddb.commandCalls(BatchGetCommand).map((call) => Object.values(call.args[0].input.RequestItems!)[0]),
    ).toStrictEqual([
      { Keys: [participantKey(), participantKey(third)], ConsistentRead: true },
      { Keys: [instansiKey(INSTANSI)] },
    ]);
  });

  it('fails the record of a NIP that is no participant, writing nothing for it', async () => {
    // Prepare
    ddb.on(GetCommand, { Key: participantKey(OTHER_NIP) }).resolves({});

    // Act
    const result = await handler(
      sqsEvent(sqsRecord(message({ nip: OTHER_NIP }), 'missing'), sqsRecord(message(), 'present')),
      context,
    );

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: 'missing' }] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
  });

  it('fails the record, leaving the letter NUMBERED, when S3 refuses the PDF', async () => {
    // Prepare
    s3.on(PutObjectCommand).rejects(new Error('SlowDown'));
    const other = sqsRecord(message({ nip: OTHER_NIP }), 'other');
    movedAway();

    // Act
    const result = await handler(sqsEvent(sqsRecord(message(), 'not-stored'), other), context);

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: 'not-stored' }] });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('fails the record when the transaction is cancelled for another reason (e.g. throttling)', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(cancelled('ThrottlingError', 'None'));
    movedAway();

    // Act
    const result = await handler(
      sqsEvent(sqsRecord(message(), 'throttled'), sqsRecord(message({ nip: OTHER_NIP }), 'other')),
      context,
    );

    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: 'throttled' }] });
    expect(s3.calls()).toHaveLength(0);
  });
});
