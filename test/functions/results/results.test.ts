import '../helpers/env';
import { SendMessageBatchCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/results/index';
import { findResultDecision, hasOpenAppeal } from '../../../functions/shared/data/result-repository';
import { apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { PROGRAM_ID } from '../helpers/programs';
import {
  anInstansi,
  bknAdmin,
  INSTANSI,
  instansiItem,
  NIP,
  OTHER_NIP,
  writeCalls,
} from '../helpers/proposals';
import { aCohort, aParticipant, cohortItem, participantItem, peserta, serve } from '../preassessment/table';
import {
  ASESOR,
  assessedUnits,
  assessorBody,
  cohortPartition,
  komite,
  PARTITION,
  teamItem,
  UNIT,
  UNITS,
} from '../assessment/fixtures';
import { attemptItem, cancelled, COMMITTEE, DECISION_ID, decisionItem, OTHER_UNITS } from './fixtures';

const CERTIFICATE_QUEUE_URL = 'https://sqs.ap-southeast-3.amazonaws.com/123456789012/certificate';
process.env.CERTIFICATE_QUEUE_URL = CERTIFICATE_QUEUE_URL;

const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
const context = lambdaContext('results');
const NOW = '2026-08-03T03:00:00.000Z';

const BASE = [
  instansiItem(anInstansi(INSTANSI)),
  cohortItem(aCohort()),
  cohortItem(aCohort({ number: 21, startDate: '2026-08-20', endDate: '2026-08-21', seatsTaken: 10 })),
  cohortItem(aCohort({ number: 22, scheme: 'PENGAWAS', startDate: '2026-08-20', endDate: '2026-08-21' })),
  participantItem(aParticipant()),
  teamItem(assessorBody()),
];

const retestItem = (n: number, cohort: number) => ({
  pk: PARTITION,
  sk: `RESULT#RETEST#${n}`,
  entity: 'RetestBooking',
  gsi1pk: `${cohortPartition(cohort)}#RETESTS`,
  gsi1sk: NIP,
  programId: PROGRAM_ID,
  nip: NIP,
  retestNumber: n,
  cohort,
  scheme: 'ADMINISTRATOR',
  unitCodes: [UNIT],
  basedOn: DECISION_ID,
  bookedBy: 'bkn-admin-1',
  bookedAt: '2026-08-01T03:00:00.000Z',
});
const APPEAL_ID = 'bdg_2026-08-02T03:00:00.000Z_1a2b3c4d';
const appealItem = (overrides: Record<string, unknown> = {}) => ({
  pk: PARTITION,
  sk: `RESULT#APPEAL#${APPEAL_ID}`,
  entity: 'Appeal',
  programId: PROGRAM_ID,
  nip: NIP,
  appealId: APPEAL_ID,
  decisionId: DECISION_ID,
  subject: 'HASIL',
  grounds: 'Bukti portofolio tidak dipertimbangkan.',
  unitCodes: [UNIT],
  status: 'OPEN',
  filedBy: 'dewi.lestari',
  filedAt: '2026-08-02T03:00:00.000Z',
  reviewDeadline: '2026-08-16T03:00:00.000Z',
  reviewer: 'komite.anggota2',
  ...overrides,
});

const send = (routeKey: string, claims: Claims, body: unknown, path: Record<string, string>) =>
  handler(apiEvent(routeKey, { pathParameters: { ...path }, body, claims }), context);
const PARTICIPANT_PATH = { programId: PROGRAM_ID, nip: NIP };
const decide = (claims: Claims = komite(), number = '19') =>
  send(
    'POST /programs/{programId}/cohorts/{number}/participants/{nip}/result',
    claims,
    { committee: COMMITTEE },
    { ...PARTICIPANT_PATH, number },
  );
const retest = (toCohort = 21) =>
  send('POST /programs/{programId}/participants/{nip}/retest', bknAdmin(), { toCohort }, PARTICIPANT_PATH);
const appeal = (claims: Claims = peserta(), body: Record<string, unknown> = {}) =>
  send(
    'POST /programs/{programId}/participants/{nip}/appeals',
    claims,
    {
      subject: 'HASIL',
      decisionId: DECISION_ID,
      grounds: 'Bukti tidak dipertimbangkan.',
      unitCodes: [UNIT],
      ...body,
    },
    PARTICIPANT_PATH,
  );
const resolve = (body: Record<string, unknown>, claims: Claims = komite()) =>
  send(
    'POST /programs/{programId}/participants/{nip}/appeals/{appealId}/resolution',
    claims,
    { committee: COMMITTEE, inResultSession: true, reason: 'Bukti memenuhi kriteria.', ...body },
    { ...PARTICIPANT_PATH, appealId: APPEAL_ID },
  );
const transactions = () =>
  ddb.commandCalls(TransactWriteCommand).map((c) => c.args[0].input.TransactItems ?? []);
/** The decisions whose certificates were requested, one message at a time (appeals) or in batches (sessions). */
const sentDecisionIds = () =>
  [
    ...sqs.commandCalls(SendMessageCommand).map((c) => c.args[0].input),
    ...sqs.commandCalls(SendMessageBatchCommand).flatMap((c) => c.args[0].input.Entries ?? []),
  ].map((entry) => JSON.parse(String(entry.MessageBody)).decisionId as string);
const queueUrls = () =>
  [...sqs.commandCalls(SendMessageCommand), ...sqs.commandCalls(SendMessageBatchCommand)].map(
    (c) => c.args[0].input.QueueUrl,
  );
beforeEach(() => {
  ddb.reset();
  sqs.reset();
  sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
  sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
  serve(ddb, BASE);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  for (const url of queueUrls()) expect(url).toBe(CERTIFICATE_QUEUE_URL);
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('POST .../cohorts/{number}/participants/{nip}/result', () => {
  it('UJI-KOMPETEN-SELURUH-UNIT: KOMPETEN when every required unit is; written append-only, then the certificate is requested', async () => {
    serve(ddb, [...BASE, ...assessedUnits(UNITS)]);
    const result = await decide();
    expect(result.statusCode).toBe(201);
    const decision = bodyOf(result);
    expect(decision).toMatchObject({
      outcome: 'KOMPETEN',
      competentUnits: [...UNITS],
      notYetCompetentUnits: [],
    });
    expect(decision.decisionId).toBe(`dec_${NOW}_1`);
    const [items] = transactions();
    expect(items).toEqual([
      {
        Put: expect.objectContaining({
          ConditionExpression: 'attribute_not_exists(pk)',
          Item: expect.objectContaining({
            pk: PARTITION,
            sk: 'RESULT#ATTEMPT#0',
            decisionId: `dec_${NOW}_1`,
          }),
        }),
      },
      {
        Put: expect.objectContaining({
          ConditionExpression: 'attribute_not_exists(pk)',
          Item: expect.objectContaining({
            pk: PARTITION,
            sk: `RESULT#DECISION#dec_${NOW}_1`,
            source: 'SIDANG_HASIL',
          }),
        }),
      },
    ]);
    expect(sentDecisionIds()).toEqual([`dec_${NOW}_1`]);
  });

  it('UJI-KOMPETEN-SELURUH-UNIT: one unit not yet competent makes the participant BELUM_KOMPETEN on that unit', async () => {
    serve(ddb, [...BASE, ...assessedUnits(UNITS, (u) => (u === UNIT ? 'BELUM_KOMPETEN' : 'KOMPETEN'))]);
    const result = await decide();
    expect(bodyOf(result)).toMatchObject({ outcome: 'BELUM_KOMPETEN', notYetCompetentUnits: [UNIT] });
    expect(sentDecisionIds()).toHaveLength(1);
  });

  it('UJI-KEPUTUSAN-ASESOR: no decision while a unit has no recommendation', async () => {
    serve(ddb, [...BASE, ...assessedUnits(OTHER_UNITS)]);
    const result = await decide();
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('UJI-KEPUTUSAN-ASESOR');
    expect(transactions()).toHaveLength(0);
  });

  it('SIDANG-BUKAN-ASESOR: the assessor of the participant may not record the decision, even as committee', async () => {
    serve(ddb, [...BASE, ...assessedUnits(UNITS)]);
    const result = await decide(komite(ASESOR));
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('SIDANG-BUKAN-ASESOR');
    expect(transactions()).toHaveLength(0);
    expect(sentDecisionIds()).toHaveLength(0);
  });

  it('idempotent: a retry finds the attempt decided, writes nothing and only requests the certificate again', async () => {
    serve(ddb, [...BASE, ...assessedUnits(UNITS), attemptItem(0), decisionItem()]);
    const result = await decide();
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).decisionId).toBe(DECISION_ID);
    expect(transactions()).toHaveLength(0);
    expect(sentDecisionIds()).toEqual([DECISION_ID]);
  });

  it('when the queue refuses, the request fails after the decision was written (a retry then only re-sends)', async () => {
    serve(ddb, [...BASE, ...assessedUnits(UNITS)]);
    sqs.on(SendMessageBatchCommand).rejects(new Error('queue down'));
    const result = await decide();
    expect(result.statusCode).toBe(500);
    expect(transactions()).toHaveLength(1);
  });

  it('UJI-ULANG-UNIT-BK: a re-test decision adds the re-tested unit to those competent before', async () => {
    serve(ddb, [
      ...BASE,
      teamItem(assessorBody(), 21),
      decisionItem(),
      attemptItem(0),
      retestItem(1, 21),
      ...assessedUnits([UNIT], () => 'KOMPETEN', 1),
    ]);
    const result = await decide(komite(), '21');
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).toMatchObject({
      attempt: 1,
      cohort: 21,
      outcome: 'KOMPETEN',
      competentUnits: [...UNITS],
    });
    expect(bodyOf(result).decisionId).toBe(`dec_${NOW}_2`);
  });
});

describe('POST .../participants/{nip}/retest', () => {
  it('UJI-ULANG-UNIT-BK: books the failed units only into a later cohort, taking a seat under capacity', async () => {
    serve(ddb, [...BASE, decisionItem(), attemptItem(0)]);
    const result = await retest();
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).toMatchObject({
      retestNumber: 1,
      cohort: 21,
      unitCodes: [UNIT],
      basedOn: DECISION_ID,
    });
    const [items] = transactions();
    expect(items![0]).toEqual({
      Update: expect.objectContaining({
        Key: { pk: cohortPartition(21), sk: '#COHORT' },
        ConditionExpression: '#taken < #capacity',
        UpdateExpression: 'SET #taken = #taken + :one',
      }),
    });
    expect(items![1]).toEqual({
      Put: expect.objectContaining({
        ConditionExpression: 'attribute_not_exists(pk)',
        Item: expect.objectContaining({
          sk: 'RESULT#RETEST#1',
          gsi1pk: `${cohortPartition(21)}#RETESTS`,
          gsi1sk: NIP,
        }),
      }),
    });
  });

  it('COHORT_FULL: the seat transaction failing on the cohort answers 409', async () => {
    serve(ddb, [...BASE, decisionItem(), attemptItem(0)]);
    ddb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None'));
    const result = await retest();
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe('COHORT_FULL');
  });

  it('UJI-ULANG-ANGKATAN-BERIKUTNYA: a cohort of another level is refused', async () => {
    serve(ddb, [...BASE, decisionItem(), attemptItem(0)]);
    const result = await retest(22);
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('UJI-ULANG-ANGKATAN-BERIKUTNYA');
  });

  it('UJI-ULANG-MAKS-2: a 3rd re-test is refused; the follow-up is competency development', async () => {
    const second = 'dec_2026-09-01T03:00:00.000Z_3';
    serve(ddb, [
      ...BASE,
      cohortItem(aCohort({ number: 23, startDate: '2026-09-20', endDate: '2026-09-21' })),
      decisionItem(),
      decisionItem({ decisionId: 'dec_2026-08-22T03:00:00.000Z_2', attempt: 1, cohort: 21 }),
      decisionItem({ decisionId: second, attempt: 2, cohort: 21 }),
      retestItem(1, 21),
      retestItem(2, 21),
    ]);
    const result = await retest(23);
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('UJI-ULANG-MAKS-2');
    const record = await send(
      'GET /programs/{programId}/participants/{nip}/results',
      bknAdmin(),
      undefined,
      PARTICIPANT_PATH,
    );
    expect(bodyOf(record)).toMatchObject({ current: second, followUp: 'PENGEMBANGAN' });
  });

  it('UJI-ULANG-BELUM-KOMPETEN: a competent participant gets no re-test', async () => {
    serve(ddb, [
      ...BASE,
      decisionItem({ outcome: 'KOMPETEN', competentUnits: UNITS, notYetCompetentUnits: [] }),
    ]);
    const result = await retest();
    expect(result.statusCode).toBe(422);
    expect(bodyOf<{ details: { code: string }[] }>(result).details.map((d) => d.code)).toContain(
      'UJI-ULANG-BELUM-KOMPETEN',
    );
  });
});

describe('appeals', () => {
  it('the participant files an appeal within the period: a case with a review deadline, and an open appeal', async () => {
    serve(ddb, [...BASE, decisionItem()]);
    const result = await appeal();
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).toMatchObject({ status: 'OPEN', reviewDeadline: '2026-08-17T03:00:00.000Z' });
    const [put] = ddb.commandCalls(TransactWriteCommand).map((c) => c.args[0].input.TransactItems![0]!.Put!);
    expect(put).toMatchObject({
      ConditionExpression: 'attribute_not_exists(pk)',
      Item: { entity: 'Appeal' },
    });
  });

  it('BANDING-BATAS-WAKTU: an appeal after the period the session set is refused', async () => {
    serve(ddb, [...BASE, decisionItem({ appealUntil: '2026-08-02T03:00:00.000Z' })]);
    const result = await appeal();
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('BANDING-BATAS-WAKTU');
  });

  it('AKSES-PESERTA-SENDIRI: another participant cannot appeal for this one, and learns no more than for a NIP that is no participant (404)', async () => {
    serve(ddb, [...BASE, decisionItem()]);
    const result = await appeal(peserta(OTHER_NIP));
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toStrictEqual({
      code: 'PARTICIPANT_NOT_FOUND',
      message: 'Peserta tidak ditemukan dalam program.',
    });
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it('BANDING-PENINJAU-INDEPENDEN: the assessor of the participant cannot review the appeal', async () => {
    serve(ddb, [...BASE, decisionItem(), appealItem({ reviewer: undefined })]);
    const result = await send(
      'PUT /programs/{programId}/participants/{nip}/appeals/{appealId}/reviewer',
      bknAdmin(),
      { reviewer: ASESOR },
      { ...PARTICIPANT_PATH, appealId: APPEAL_ID },
    );
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('BANDING-PENINJAU-INDEPENDEN');
  });

  it('BANDING-DIPUTUS-SIDANG: an upheld appeal writes a new decision that supersedes the old, then requests the certificate for it', async () => {
    serve(ddb, [...BASE, decisionItem(), attemptItem(0), appealItem()]);
    const result = await resolve({ upheld: true, competentUnits: [UNIT] });
    expect(result.statusCode).toBe(200);
    const newId = `dec_${NOW}_2`;
    expect(bodyOf(result)).toMatchObject({ status: 'RESOLVED', resolution: { resultingDecisionId: newId } });
    const [items] = transactions();
    expect(items).toEqual([
      { Update: expect.objectContaining({ ConditionExpression: '#status = :open' }) },
      {
        Put: expect.objectContaining({
          ConditionExpression: 'attribute_not_exists(pk)',
          Item: expect.objectContaining({
            decisionId: newId,
            outcome: 'KOMPETEN',
            source: 'BANDING',
            supersedes: DECISION_ID,
            appealId: APPEAL_ID,
          }),
        }),
      },
      {
        Update: expect.objectContaining({
          Key: { pk: PARTITION, sk: `RESULT#DECISION#${DECISION_ID}` },
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#supersededBy)',
          ExpressionAttributeValues: { ':by': newId },
        }),
      },
    ]);
    expect(sentDecisionIds()).toEqual([newId]);
  });

  it('an appeal closed without change keeps the decision and requests its certificate again', async () => {
    serve(ddb, [...BASE, decisionItem(), appealItem()]);
    const result = await resolve({ upheld: false });
    expect(result.statusCode).toBe(200);
    expect(transactions()[0]).toHaveLength(1);
    expect(sentDecisionIds()).toEqual([DECISION_ID]);
  });

  it('BANDING-DIPUTUS-SIDANG: BKN staff outside the committee cannot decide an appeal', async () => {
    serve(ddb, [...BASE, decisionItem(), appealItem()]);
    const result = await resolve({ upheld: false }, bknAdmin());
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('BANDING-DIPUTUS-SIDANG');
  });

  it('BANDING-PENINJAU-INDEPENDEN: no ruling before a reviewer is named', async () => {
    serve(ddb, [...BASE, decisionItem(), appealItem({ reviewer: undefined })]);
    const result = await resolve({ upheld: false });
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('BANDING-PENINJAU-INDEPENDEN');
  });
});

describe("result repository (the certificate worker's reads)", () => {
  it('findResultDecision reads one decision by key, strongly consistent', async () => {
    serve(ddb, [decisionItem()]);
    expect(await findResultDecision(PROGRAM_ID, NIP, DECISION_ID)).toMatchObject({ decisionId: DECISION_ID });
    expect(await findResultDecision(PROGRAM_ID, NIP, 'dec_x')).toBeUndefined();
  });

  it('hasOpenAppeal is true only while an appeal against that decision is open', async () => {
    serve(ddb, [appealItem()]);
    expect(await hasOpenAppeal(PROGRAM_ID, NIP, DECISION_ID)).toBe(true);
    expect(await hasOpenAppeal(PROGRAM_ID, NIP, 'dec_other')).toBe(false);
    serve(ddb, [appealItem({ status: 'RESOLVED' })]);
    expect(await hasOpenAppeal(PROGRAM_ID, NIP, DECISION_ID)).toBe(false);
  });
});
