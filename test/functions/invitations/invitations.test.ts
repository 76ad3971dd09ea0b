import '../helpers/env';
import { operatorEntry, serveRegistry } from '../helpers/operators';
import { ThrottlingException } from '@aws-sdk/client-dynamodb';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type BatchGetCommandInput,
  type GetCommandInput,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/invitations/index';
import { apiEvent, bodyOf, claimsWith, REQUEST_ID, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { ACCESS_KEY_ID, DOCUMENTS_BUCKET, REGION, TABLE_NAME } from '../helpers/env';
import { writesOf } from '../helpers/writes';
import { aProgram, programItem, PROGRAM_ID } from '../helpers/programs';
import {
  anInstansi,
  bknAdmin,
  instansiItem,
  instansiKey,
  instansiOperator,
  INSTANSI,
  kanregOperator,
  NIP,
  OTHER_INSTANSI,
  OTHER_KANREG,
  OTHER_NIP,
  ALL_OPERATORS,
  eachTestOnRegistryAt,
} from '../helpers/proposals';
import {
  aCohort,
  aDelivery,
  aReadyInvitation,
  aSeatedParticipant,
  aSigner,
  cohortItem,
  cohortKey,
  COHORT,
  INVITATION_QUEUE_URL,
  invitationPdfKey,
  LATEST_ISSUE_DATE,
  OPENS_AT,
  participantItem,
  participantKey,
  seatsPartition,
  SHA256,
  signerItem,
  signerKey,
  TOO_LATE,
} from './fixtures';

const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
const context = lambdaContext('invitations');

/** Answers GetItem and BatchGetItem from `items` by key, as DynamoDB would. */
function serve(...items: Record<string, unknown>[]) {
  // The registry entries of the tests' operators are in the table too (the shared handler reads them).
  const table = [...ALL_OPERATORS().map((claims) => operatorEntry(claims)), ...items];
  const find = (key: Record<string, unknown> | undefined) =>
    table.find((i) => i.pk === key?.pk && i.sk === key?.sk);
  ddb.on(GetCommand).callsFake((input: GetCommandInput) => {
    const item = find(input.Key);
    return item ? { Item: structuredClone(item) } : {};
  });
  ddb.on(BatchGetCommand).callsFake((input: BatchGetCommandInput) => ({
    Responses: {
      [TABLE_NAME]: (input.RequestItems?.[TABLE_NAME]?.Keys ?? []).flatMap((key) => {
        const item = find(key);
        return item ? [structuredClone(item)] : [];
      }),
    },
  }));
}

const nipOf = (i: number) => `1985031020100110${String(i).padStart(2, '0')}`;

describe('PUT /programs/{programId}/invitation-signer (putInvitationSigner)', () => {
  const put = (body: unknown, claims: Claims = bknAdmin()) =>
    handler(
      apiEvent('PUT /programs/{programId}/invitation-signer', {
        pathParameters: { programId: PROGRAM_ID },
        body,
        claims,
      }),
      context,
    );

  eachTestOnRegistryAt(ddb, '2027-07-01T03:00:00.000Z');
  beforeEach(() => {
    ddb.on(PutCommand).resolves({});
  });

  it('stores the signer of the programme, replacing the earlier one, and answers it', async () => {
    // Prepare
    serve(programItem(aProgram()));

    // Act
    const result = await put({ name: ' Dr. Andi Wijaya, M.Si. ', position: 'Kepala Pusat Pengembangan ASN' });

    // Assess
    expect(result.statusCode).toBe(200);
    const signer = {
      programId: PROGRAM_ID,
      name: 'Dr. Andi Wijaya, M.Si.',
      position: 'Kepala Pusat Pengembangan ASN',
      updatedBy: 'bkn-admin-1',
      updatedAt: '2027-07-01T03:00:00.000Z',
    };
    expect(bodyOf(result)).toStrictEqual(signer);
    expect(writesOf(ddb)).toStrictEqual([{ op: 'Put', ...signerKey(), entity: 'InvitationSigner' }]);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input.Item).toMatchObject(signer);
  });

  it("stores the signer's NIP when given, printed under the name on each invitation", async () => {
    // Prepare
    serve(programItem(aProgram()));

    // Act
    const result = await put({
      name: 'Dr. Andi Wijaya, M.Si.',
      nip: '197001011995031001',
      position: 'Kepala Pusat Pengembangan ASN',
    });

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({ nip: '197001011995031001' });
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input.Item).toMatchObject({ nip: '197001011995031001' });
  });

  it('answers 400 VALIDATION_FAILED for a NIP that is not 18 digits, writing nothing', async () => {
    // Prepare
    serve(programItem(aProgram()));

    // Act
    const result = await put({ name: 'Dr. Andi Wijaya', nip: '19700101199503100', position: 'Kepala Pusat' });

    // Assess
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result)).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
  });

  it('answers 404 NOT_FOUND for a programme that does not exist, writing nothing', async () => {
    // Prepare
    serve();

    // Act
    const result = await put({ name: 'Dr. Andi Wijaya', position: 'Kepala Pusat' });

    // Assess
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toMatchObject({ code: 'NOT_FOUND' });
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
  });

  it('answers 400 VALIDATION_FAILED for an empty name or an unknown field', async () => {
    // Prepare
    serve(programItem(aProgram()));

    // Act
    const empty = await put({ name: ' ', position: 'Kepala Pusat' });
    const extra = await put({ name: 'Dr. Andi Wijaya', position: 'Kepala Pusat', rank: 'IV/c' });

    // Assess
    expect([empty.statusCode, extra.statusCode]).toStrictEqual([400, 400]);
    expect(bodyOf(empty)).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(ddb.calls()).toHaveLength(0);
  });

  it('answers 403 FORBIDDEN_ROLE to an instansi operator', async () => {
    // Act
    const result = await put({ name: 'Dr. Andi Wijaya', position: 'Kepala Pusat' }, instansiOperator());

    // Assess
    expect(result.statusCode).toBe(403);
    expect(bodyOf(result)).toMatchObject({ code: 'FORBIDDEN_ROLE' });
    expect(ddb.calls()).toHaveLength(0);
  });
});

describe('POST /programs/{programId}/cohorts/{number}/invitations (requestCohortInvitations)', () => {
  const request = (number = String(COHORT), claims: Claims = bknAdmin()) =>
    handler(
      apiEvent('POST /programs/{programId}/cohorts/{number}/invitations', {
        pathParameters: { programId: PROGRAM_ID, number },
        claims,
      }),
      context,
    );

  const seated = (count: number) =>
    Array.from({ length: count }, (_, i) => participantItem(aSeatedParticipant({ nip: nipOf(i + 1) })));

  beforeEach(() => {
    ddb.reset();
    serveRegistry(ddb, ...ALL_OPERATORS());
    sqs.reset();
    serve(cohortItem(aCohort()), signerItem(aSigner()));
    // The seats of cohort 19 (S5), as the index partition of its seats answers them.
    ddb
      .on(QueryCommand)
      .callsFake((input: QueryCommandInput) =>
        input.ExpressionAttributeValues?.[':pk'] === seatsPartition() ? { Items: seated(12) } : { Items: [] },
      );
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(OPENS_AT));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('queues one InvitationRequested per seated participant, ten per SendMessageBatch, and answers 202', async () => {
    // Act
    const result = await request();

    // Assess
    expect(result.statusCode).toBe(202);
    expect(bodyOf(result)).toStrictEqual({
      programId: PROGRAM_ID,
      cohort: COHORT,
      queued: 12,
      latestIssueDate: LATEST_ISSUE_DATE,
    });
    expect(writesOf(ddb)).toStrictEqual([]);
    const batches = sqs.commandCalls(SendMessageBatchCommand).map((call) => call.args[0].input);
    expect(batches.map((b) => b.Entries?.length)).toStrictEqual([10, 2]);
    expect(batches[1]).toStrictEqual({
      QueueUrl: INVITATION_QUEUE_URL,
      Entries: [11, 12].map((i) => ({
        Id: nipOf(i),
        MessageBody: JSON.stringify({
          type: 'InvitationRequested',
          version: 1,
          programId: PROGRAM_ID,
          cohort: COHORT,
          nip: nipOf(i),
          requestedAt: OPENS_AT,
          correlationId: REQUEST_ID,
        }),
      })),
    });
  });

  it('queues nothing and answers 202 with queued 0 for a cohort nobody sits in yet', async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({ Items: [] });

    // Act
    const result = await request();

    // Assess
    expect(result.statusCode).toBe(202);
    expect(bodyOf(result)).toMatchObject({ queued: 0 });
    expect(sqs.calls()).toHaveLength(0);
  });

  it('answers 422 PK-PEMBERITAHUAN-6-HARI-KERJA once the letters could not arrive 6 working days ahead', async () => {
    // Prepare
    vi.setSystemTime(new Date(TOO_LATE));

    // Act
    const result = await request();

    // Assess
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result)).toStrictEqual({
      code: 'PK-PEMBERITAHUAN-6-HARI-KERJA',
      message:
        'Undangan untuk angkatan yang dimulai 2027-07-29 paling lambat diterbitkan 2027-07-21 (6 hari kerja sebelumnya); hari ini 2027-07-22.',
      details: [
        {
          code: 'PK-PEMBERITAHUAN-6-HARI-KERJA',
          article: 'Perka BKN 11/2008 Lampiran III.2.a.4)',
          message: expect.any(String),
          field: 'startDate',
        },
      ],
    });
    expect(sqs.calls()).toHaveLength(0);
  });

  it('answers 422 UNDANGAN-TEMPAT-TUK for a cohort without a verified test site, queueing nothing', async () => {
    // Prepare
    serve(cohortItem(aCohort({ testSite: undefined })), signerItem(aSigner()));

    // Act
    const result = await request();

    // Assess
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result)).toMatchObject({
      code: 'UNDANGAN-TEMPAT-TUK',
      details: [
        {
          code: 'UNDANGAN-TEMPAT-TUK',
          article: 'Perka BKN 11/2008 Anak Lampiran (9); Perban BKN 7/2020 Pasal 27(4)',
          field: 'testSite',
        },
      ],
    });
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(0);
    expect(sqs.calls()).toHaveLength(0);
  });

  it('answers 422 with both rules when it is too late and the cohort has no verified test site', async () => {
    // Prepare
    serve(cohortItem(aCohort({ testSite: undefined })), signerItem(aSigner()));
    vi.setSystemTime(new Date(TOO_LATE));

    // Act
    const result = await request();

    // Assess
    expect(result.statusCode).toBe(422);
    expect(bodyOf<{ details: { code: string }[] }>(result).details.map((d) => d.code)).toStrictEqual([
      'PK-PEMBERITAHUAN-6-HARI-KERJA',
      'UNDANGAN-TEMPAT-TUK',
    ]);
    expect(sqs.calls()).toHaveLength(0);
  });

  it('answers 409 INVITATION_SIGNER_MISSING when the programme has no signer yet, queueing nothing', async () => {
    // Prepare
    serve(cohortItem(aCohort()));

    // Act
    const result = await request();

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result)).toMatchObject({ code: 'INVITATION_SIGNER_MISSING' });
    expect(sqs.calls()).toHaveLength(0);
  });

  it('answers 404 COHORT_NOT_FOUND for a cohort the programme does not have', async () => {
    // Act
    const result = await request('7');

    // Assess
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toMatchObject({ code: 'COHORT_NOT_FOUND' });
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input.Key).toStrictEqual(cohortKey(7));
  });

  it('answers 400 for a cohort number that is not a number', async () => {
    // Act
    const result = await request('angkatan-19');

    // Assess
    expect(result.statusCode).toBe(400);
    expect(ddb.calls()).toHaveLength(0);
  });

  it('answers a plain 500 naming nobody when SQS refuses entries of a batch', async () => {
    // Prepare
    sqs.on(SendMessageBatchCommand).resolves({
      Successful: [],
      Failed: [{ Id: nipOf(1), Code: 'InternalError', SenderFault: false }],
    });

    // Act
    const result = await request();

    // Assess
    expect(result.statusCode).toBe(500);
    expect(result.body).not.toContain(nipOf(1));
  });

  it('answers 503 SERVICE_BUSY when DynamoDB throttles the seat query, queueing nothing', async () => {
    // Prepare
    ddb.on(QueryCommand).rejects(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }));

    // Act
    const result = await request();

    // Assess
    expect(result.statusCode).toBe(503);
    expect(bodyOf(result)).toMatchObject({ code: 'SERVICE_BUSY' });
    expect(result.body).not.toContain('Rate exceeded');
    expect(sqs.calls()).toHaveLength(0);
  });

  it.each([['[instansi]'], ['[kanreg]'], ['[peserta]']])(
    'answers 403 FORBIDDEN_ROLE to %s',
    async (group) => {
      // Act
      const result = await request(String(COHORT), claimsWith(group));

      // Assess
      expect(result.statusCode).toBe(403);
      expect(ddb.calls()).toHaveLength(0);
      expect(sqs.calls()).toHaveLength(0);
    },
  );
});

describe('GET /programs/{programId}/participants/{nip}/invitation (getInvitation)', () => {
  const NOW = '2027-07-15T02:00:00.000Z';
  const get = (claims: Claims = bknAdmin(), nip = NIP) =>
    handler(
      apiEvent('GET /programs/{programId}/participants/{nip}/invitation', {
        pathParameters: { programId: PROGRAM_ID, nip },
        claims,
      }),
      context,
    );
  const participant = (invitation = aReadyInvitation(), overrides = {}) =>
    participantItem(aSeatedParticipant({ invitation, ...overrides }));
  const peserta = (nip: string) =>
    claimsWith('[peserta]', { 'custom:nip': nip, 'custom:instansi': INSTANSI });

  beforeEach(() => {
    ddb.reset();
    serveRegistry(ddb, ...ALL_OPERATORS());
    serve(participant(), instansiItem(anInstansi(INSTANSI)));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers 200 with the letter, how it was sent, and a five-minute presigned GET URL to its PDF', async () => {
    // Act
    const result = await get();

    // Assess
    expect(result.statusCode).toBe(200);
    expect(writesOf(ddb)).toStrictEqual([]);
    const body = bodyOf<{ download: { url: string; expiresAt: string; sha256: string } }>(result);
    const { download, ...rest } = body;
    expect(rest).toStrictEqual({
      programId: PROGRAM_ID,
      nip: NIP,
      cohort: COHORT,
      number: '0007/UND/PUSBANG-ASN/VII/2027',
      issuedAt: '2027-07-14T17:05:03.000Z',
      letter: aReadyInvitation().letter,
      delivery: aDelivery(),
    });
    expect(download.expiresAt).toBe('2027-07-15T02:05:00.000Z');
    expect(download.sha256).toBe(SHA256);
    const url = new URL(download.url);
    expect(url.hostname).toBe(`${DOCUMENTS_BUCKET}.s3.${REGION}.amazonaws.com`);
    expect(url.pathname).toBe(`/${invitationPdfKey()}`);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('X-Amz-Credential')).toBe(
      `${ACCESS_KEY_ID}/20270715/${REGION}/s3/aws4_request`,
    );
    expect(url.searchParams.get('response-content-disposition')).toBe(
      `attachment; filename="undangan-${NIP}.pdf"`,
    );
  });

  it('shows the receipt once acknowledged, flagged late with its rule, to BKN and the instansi', async () => {
    // Prepare
    const receipt = {
      receivedOn: '2027-07-22',
      deadline: LATEST_ISSUE_DATE,
      late: true,
      rule: {
        code: 'PK-PEMBERITAHUAN-6-HARI-KERJA',
        article: 'Perka BKN 11/2008 Lampiran III.2.a.4)',
        message: 'Surat diterima 2027-07-22; paling lambat 2027-07-21 (6 hari kerja sebelum 2027-07-29).',
      },
      acknowledgedBy: 'peserta.dewi',
      acknowledgedAs: 'peserta' as const,
      acknowledgedAt: '2027-07-22T02:00:00.000Z',
    };
    serve(participant(aReadyInvitation({ receipt })), instansiItem(anInstansi(INSTANSI)));

    // Act
    const bkn = await get();
    const operator = await get(instansiOperator(INSTANSI));

    // Assess
    expect(bodyOf(bkn)).toMatchObject({ receipt });
    expect(bodyOf(operator)).toMatchObject({ receipt });
  });

  it('answers 200 to the participant for their own NIP, without any instansi lookup', async () => {
    // Act
    const result = await get(peserta(NIP));

    // Assess
    expect(result.statusCode).toBe(200);
    expect(ddb.commandCalls(GetCommand)).toHaveLength(1);
  });

  it('answers a participant asking for another NIP exactly as a NIP that is no participant (404, no oracle)', async () => {
    // Act
    const result = await get(peserta(OTHER_NIP));
    const missing = await get(peserta(OTHER_NIP), OTHER_NIP);

    // Assess
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toStrictEqual(bodyOf(missing));
    expect(bodyOf(result)).toMatchObject({ code: 'PARTICIPANT_NOT_FOUND' });
  });

  it('answers 200 to the operator of the participant instansi and to its Kanreg', async () => {
    // Act
    const operator = await get(instansiOperator(INSTANSI));
    const kanreg = await get(kanregOperator());

    // Assess: only the Kanreg operator's rule needs the instansi's region.
    expect([operator.statusCode, kanreg.statusCode]).toStrictEqual([200, 200]);
    expect(ddb.commandCalls(GetCommand, { Key: instansiKey(INSTANSI) })).toHaveLength(1);
  });

  it('answers the operator of another instansi and another Kanreg exactly as a NIP that is no participant (404)', async () => {
    // Act
    const operator = await get(instansiOperator(OTHER_INSTANSI));
    const kanreg = await get(kanregOperator(OTHER_KANREG));
    const missing = await get(instansiOperator(OTHER_INSTANSI), OTHER_NIP);

    // Assess
    expect(operator.statusCode).toBe(404);
    expect(bodyOf(operator)).toMatchObject({ code: 'PARTICIPANT_NOT_FOUND' });
    expect(bodyOf(operator)).toStrictEqual(bodyOf(missing));
    expect(bodyOf(kanreg)).toStrictEqual(bodyOf(missing));
  });

  it('answers 404 PARTICIPANT_NOT_FOUND for a NIP that is no participant', async () => {
    // Prepare
    serve();

    // Act
    const result = await get();

    // Assess
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toMatchObject({ code: 'PARTICIPANT_NOT_FOUND' });
  });

  it.each([
    ['no invitation yet', participantItem(aSeatedParticipant())],
    ['an invitation to the cohort left', participant(aReadyInvitation({ cohort: 18 }))],
  ])('answers 404 INVITATION_NOT_FOUND for %s', async (_case, item) => {
    // Prepare
    serve(item, instansiItem(anInstansi(INSTANSI)));

    // Act
    const result = await get();

    // Assess
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toMatchObject({ code: 'INVITATION_NOT_FOUND' });
  });

  it('answers 409 INVITATION_REFUSED with the rule that refused it', async () => {
    // Prepare
    const violations = [
      {
        code: 'PK-PEMBERITAHUAN-6-HARI-KERJA',
        article: 'Perka BKN 11/2008 Lampiran III.2.a.4)',
        message: 'Surat diterima 2027-07-22; paling lambat 2027-07-21 (6 hari kerja sebelum 2027-07-29).',
        field: 'receivedOn',
      },
    ];
    serve(
      participant({
        status: 'REFUSED',
        cohort: COHORT,
        requestedAt: TOO_LATE,
        issuedOn: '2027-07-22',
        code: 'PK-PEMBERITAHUAN-6-HARI-KERJA',
        violations,
        refusedAt: TOO_LATE,
      }),
      instansiItem(anInstansi(INSTANSI)),
    );

    // Act
    const result = await get();

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result)).toStrictEqual({
      code: 'INVITATION_REFUSED',
      message: `Undangan tidak diterbitkan: ${violations[0]!.message}`,
      details: violations,
    });
  });

  it('answers 409 DOCUMENT_NOT_READY while the numbered letter is being rendered', async () => {
    // Prepare
    const { documentKey: _k, sha256: _s, issuedAt: _i, delivery: _d, ...numbered } = aReadyInvitation();
    serve(participant({ ...numbered, status: 'NUMBERED' }), instansiItem(anInstansi(INSTANSI)));

    // Act
    const result = await get();

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result)).toMatchObject({ code: 'DOCUMENT_NOT_READY' });
  });
});

describe('POST /programs/{programId}/participants/{nip}/invitation/receipt (acknowledgeInvitation)', () => {
  /** 09:00 WIB on Friday 16 July 2027: the day after the letter, five working days before it had to arrive. */
  const NOW = '2027-07-16T02:00:00.000Z';
  const acknowledge = (receivedOn: unknown, claims: Claims = peserta(NIP), nip = NIP) =>
    handler(
      apiEvent('POST /programs/{programId}/participants/{nip}/invitation/receipt', {
        pathParameters: { programId: PROGRAM_ID, nip },
        body: { receivedOn },
        claims,
      }),
      context,
    );
  const peserta = (nip: string) =>
    claimsWith('[peserta]', {
      'custom:nip': nip,
      'custom:instansi': INSTANSI,
      'cognito:username': 'peserta.dewi',
    });
  const receiptOf = (receivedOn: string, by: 'peserta' | 'instansi' = 'peserta') => ({
    receivedOn,
    deadline: LATEST_ISSUE_DATE,
    late: false,
    acknowledgedBy: by === 'peserta' ? 'peserta.dewi' : 'operator-bogor',
    acknowledgedAs: by,
    acknowledgedAt: NOW,
  });
  /** The receipt each write recorded and the letter it was conditional on (I9's command is proved beside its repository). */
  const recorded = () =>
    ddb.commandCalls(UpdateCommand).map((call) => {
      const values = call.args[0].input.ExpressionAttributeValues!;
      return {
        letter: { cohort: values[':cohort'], number: values[':number'] },
        receipt: values[':receipt'],
      };
    });

  beforeEach(() => {
    ddb.reset();
    serve(
      participantItem(aSeatedParticipant({ invitation: aReadyInvitation() })),
      instansiItem(anInstansi(INSTANSI)),
    );
    ddb.on(UpdateCommand).resolves({});
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('records the participant acknowledging receipt, in time, with who and when, on the current letter only', async () => {
    // Act
    const result = await acknowledge('2027-07-16');

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toStrictEqual({
      programId: PROGRAM_ID,
      nip: NIP,
      cohort: COHORT,
      number: '0007/UND/PUSBANG-ASN/VII/2027',
      receipt: receiptOf('2027-07-16'),
    });
    expect(writesOf(ddb)).toStrictEqual([{ op: 'Update', ...participantKey() }]);
    expect(recorded()).toStrictEqual([
      {
        letter: { cohort: COHORT, number: '0007/UND/PUSBANG-ASN/VII/2027' },
        receipt: receiptOf('2027-07-16'),
      },
    ]);
  });

  it('records the operator of the instansi acknowledging for the participant, as the instansi', async () => {
    // Act
    const result = await acknowledge('2027-07-15', instansiOperator(INSTANSI));

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({
      receipt: { ...receiptOf('2027-07-15', 'instansi'), acknowledgedBy: 'operator-bogor' },
    });
  });

  it('PK-PEMBERITAHUAN-6-HARI-KERJA: accepts a receipt after the 6th working day before the cohort, flagged late with the rule and the deadline', async () => {
    // Prepare
    vi.setSystemTime(new Date('2027-07-23T02:00:00.000Z'));

    // Act
    const result = await acknowledge('2027-07-22');

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({
      receipt: {
        receivedOn: '2027-07-22',
        deadline: '2027-07-21',
        late: true,
        rule: {
          code: 'PK-PEMBERITAHUAN-6-HARI-KERJA',
          article: 'Perka BKN 11/2008 Lampiran III.2.a.4)',
          message: 'Surat diterima 2027-07-22; paling lambat 2027-07-21 (6 hari kerja sebelum 2027-07-29).',
        },
      },
    });
  });

  it.each([
    ['2027-07-14', 'before the letter date'],
    ['2027-07-17', 'tomorrow in WIB'],
  ])('UNDANGAN-TANGGAL-TERIMA: answers 422 for a receipt on %s (%s), writing nothing', async (receivedOn) => {
    // Act
    const result = await acknowledge(receivedOn);

    // Assess
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result)).toMatchObject({ code: 'UNDANGAN-TANGGAL-TERIMA' });
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('UNDANGAN-TANGGAL-TERIMA: today is taken in WIB, at 23:30 WIB on 16 July (16:30 UTC) the 16th is today, the 17th is not', async () => {
    // Prepare
    vi.setSystemTime(new Date('2027-07-16T16:30:00.000Z'));

    // Act
    const today = await acknowledge('2027-07-16');
    const tomorrow = await acknowledge('2027-07-17');

    // Assess
    expect([today.statusCode, tomorrow.statusCode]).toStrictEqual([200, 422]);
  });

  it('answers the receipt on record to the same date again, writing nothing', async () => {
    // Prepare
    serve(
      participantItem(
        aSeatedParticipant({ invitation: aReadyInvitation({ receipt: receiptOf('2027-07-16') }) }),
      ),
    );

    // Act
    const result = await acknowledge('2027-07-16');

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({ receipt: receiptOf('2027-07-16') });
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('answers 409 INVITATION_RECEIPT_RECORDED to another date once a receipt is recorded', async () => {
    // Prepare
    serve(
      participantItem(
        aSeatedParticipant({ invitation: aReadyInvitation({ receipt: receiptOf('2027-07-15') }) }),
      ),
    );

    // Act
    const result = await acknowledge('2027-07-16');

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result)).toMatchObject({
      code: 'INVITATION_RECEIPT_RECORDED',
      details: receiptOf('2027-07-15'),
    });
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('answers 409 INVITATION_CHANGED when the letter changed between the read and the write', async () => {
    // Prepare
    ddb.on(UpdateCommand).rejects(new ConditionalCheckFailedException({ message: 'failed', $metadata: {} }));

    // Act
    const result = await acknowledge('2027-07-16');

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result)).toMatchObject({ code: 'INVITATION_CHANGED' });
  });

  it.each([
    ['a letter to the cohort left (a move)', aReadyInvitation({ cohort: 18 }), 404, 'INVITATION_NOT_FOUND'],
    ['no letter yet', undefined, 404, 'INVITATION_NOT_FOUND'],
    [
      'a refused letter',
      {
        status: 'REFUSED' as const,
        cohort: COHORT,
        requestedAt: OPENS_AT,
        issuedOn: '2027-07-15',
        code: 'X',
      },
      409,
      'INVITATION_REFUSED',
    ],
  ])('answers %s with %i %s, writing nothing', async (_case, invitation, status, code) => {
    // Prepare
    serve(participantItem(aSeatedParticipant(invitation ? { invitation } : {})));

    // Act
    const result = await acknowledge('2027-07-16');

    // Assess
    expect(result.statusCode).toBe(status);
    expect(bodyOf(result)).toMatchObject({ code });
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('answers a participant for another NIP and the operator of another instansi as a NIP that is no participant (404, no oracle), before any write', async () => {
    // Act
    const other = await acknowledge('2027-07-16', peserta(OTHER_NIP));
    const foreign = await acknowledge('2027-07-16', instansiOperator(OTHER_INSTANSI));
    const missing = await acknowledge('2027-07-16', peserta(OTHER_NIP), OTHER_NIP);

    // Assess
    expect(other.statusCode).toBe(404);
    expect(bodyOf(other)).toStrictEqual(bodyOf(missing));
    expect(bodyOf(foreign)).toStrictEqual(bodyOf(missing));
    expect(bodyOf(missing)).toMatchObject({ code: 'PARTICIPANT_NOT_FOUND' });
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it.each([['[admin-bkn]'], ['[kanreg]'], ['[asesor]']])(
    'answers 403 FORBIDDEN_ROLE to %s',
    async (group) => {
      // Act
      const result = await acknowledge('2027-07-16', claimsWith(group));

      // Assess
      expect(result.statusCode).toBe(403);
      expect(bodyOf(result)).toMatchObject({ code: 'FORBIDDEN_ROLE' });
      expect(ddb.calls()).toHaveLength(0);
    },
  );

  it.each([['2027-02-30'], ['16-07-2027'], [20270716]])(
    'answers 400 for receivedOn %j',
    async (receivedOn) => {
      // Act
      const result = await acknowledge(receivedOn);

      // Assess
      expect(result.statusCode).toBe(400);
      expect(ddb.calls()).toHaveLength(0);
    },
  );
});
