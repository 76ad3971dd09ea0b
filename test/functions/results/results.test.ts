import '../helpers/env';
import { SendMessageBatchCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler as appealsHandler } from '../../../functions/appeals/index';
import { handler as resultsHandler } from '../../../functions/results/index';
import { apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';
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
  SESSION,
  SIDANG,
  sidang,
  PARTITION,
  teamItem,
  UNIT,
  UNITS,
} from '../assessment/fixtures';
import {
  APPEAL_ID,
  appealItem,
  attemptItem,
  DECISION_ID,
  decisionItem,
  openAppealKey,
  openGuardItem,
  OTHER_UNITS,
} from './fixtures';
import { cancelled } from '../../adapters/dynamodb/dynamodb-errors';

const CERTIFICATE_QUEUE_URL = 'https://sqs.ap-southeast-3.amazonaws.com/123456789012/certificate';
process.env.CERTIFICATE_QUEUE_URL = CERTIFICATE_QUEUE_URL;

const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
const context = lambdaContext('results');
const NOW = '2026-08-03T03:00:00.000Z';

const BASE = [
  instansiItem(anInstansi(INSTANSI)),
  cohortItem(aCohort()),
  cohortItem(aCohort({ number: 21, startDate: '2026-07-31', endDate: '2026-08-01', seatsTaken: 10 })),
  cohortItem(aCohort({ number: 22, scheme: 'PENGAWAS', startDate: '2026-07-31', endDate: '2026-08-01' })),
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
/** What every resolution writes first: the appeal resolved, and its decision's open-case guard released. */
const resolutionWrites = [
  { op: 'Update', pk: PARTITION, sk: `RESULT#APPEAL#${APPEAL_ID}` },
  { op: 'Delete', ...openAppealKey },
];

/** Appeals are served by their own function (functions/appeals) over the same records. */
const send = (routeKey: string, claims: Claims, body: unknown, path: Record<string, string>) =>
  (routeKey.includes('/appeals') ? appealsHandler : resultsHandler)(
    apiEvent(routeKey, { pathParameters: { ...path }, body, claims }),
    context,
  );
const PARTICIPANT_PATH = { programId: PROGRAM_ID, nip: NIP };
const decide = (claims: Claims = sidang(), number = '19') =>
  send(
    'POST /programs/{programId}/cohorts/{number}/participants/{nip}/result',
    claims,
    { session: SESSION },
    { ...PARTICIPANT_PATH, number },
  );
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
const resolve = (body: Record<string, unknown>, claims: Claims = sidang('pusbang.peninjau')) =>
  send(
    'POST /programs/{programId}/participants/{nip}/appeals/{appealId}/resolution',
    claims,
    { reason: 'Bukti memenuhi kriteria.', ...body },
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
    expect(decision.source).toBe('SIDANG_HASIL');
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', pk: PARTITION, sk: 'RESULT#ATTEMPT#0', entity: 'ResultAttempt' },
      { op: 'Put', pk: PARTITION, sk: `RESULT#DECISION#dec_${NOW}_1`, entity: 'ResultDecision' },
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

  it("UJI-HARI-UJI: a result session before the cohort's test day decides nothing", async () => {
    vi.setSystemTime(new Date('2026-07-29T12:00:00.000Z')); // 29 July WIB; cohort 19 is tested on 30 July
    serve(ddb, [...BASE, ...assessedUnits(UNITS)]);
    const result = await decide();
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('UJI-HARI-UJI');
    expect(transactions()).toHaveLength(0);
    expect(sentDecisionIds()).toHaveLength(0);
  });

  it('SIDANG-BUKAN-ASESOR: the assessor of the participant may not record the decision, even as committee', async () => {
    serve(ddb, [...BASE, ...assessedUnits(UNITS)]);
    const result = await decide(sidang(ASESOR));
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
    const result = await decide(sidang(), '21');
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

describe('appeals', () => {
  it("the participant files an appeal within the period: the case, with a review deadline, and its decision's open-case guard, in one transaction checking the decision", async () => {
    serve(ddb, [...BASE, decisionItem()]);
    const result = await appeal();
    expect(result.statusCode).toBe(201);
    const filed = bodyOf<{ appealId: string }>(result);
    expect(filed).toMatchObject({ status: 'OPEN', reviewDeadline: '2026-08-17T03:00:00.000Z' });
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', ...openAppealKey, entity: 'OpenAppeal' },
      { op: 'Put', pk: PARTITION, sk: `RESULT#APPEAL#${filed.appealId}`, entity: 'Appeal' },
      { op: 'ConditionCheck', pk: PARTITION, sk: `RESULT#DECISION#${DECISION_ID}` },
    ]);
    expect(transactions()[0]![1]!.Put!.Item).toMatchObject(filed);
  });

  it("BANDING-IKUT-STRATEGI: a filing carries the appeal strategy of the session that decided, its review deadline from the strategy's days", async () => {
    const strategy = {
      programId: PROGRAM_ID,
      number: 19,
      reviewers: ['pusbang.peninjau'],
      reviewDays: 7,
      methods: ['TELAAH_DOKUMEN'],
      setBy: SIDANG,
      setAt: '2026-07-31T03:00:00.000Z',
    };
    serve(ddb, [
      ...BASE,
      decisionItem(),
      { pk: cohortPartition(19), sk: 'APPEAL_STRATEGY', entity: 'AppealStrategy', ...strategy },
    ]);
    const result = await appeal();
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).toMatchObject({
      reviewDeadline: '2026-08-10T03:00:00.000Z',
      strategy: { reviewers: ['pusbang.peninjau'], reviewDays: 7, methods: ['TELAAH_DOKUMEN'] },
    });
  });

  it('BANDING-SATU-TERBUKA: the same filing while its case is open answers 200 with that case and writes nothing', async () => {
    serve(ddb, [...BASE, decisionItem(), appealItem(), openGuardItem()]);
    const result = await appeal(peserta(), { grounds: 'Bukti portofolio tidak dipertimbangkan.' });
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({ appealId: APPEAL_ID, status: 'OPEN' });
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it('BANDING-SATU-TERBUKA: a process complaint against a decision whose result appeal is open is refused (422) and writes nothing', async () => {
    serve(ddb, [...BASE, decisionItem(), appealItem(), openGuardItem()]);
    const result = await appeal(peserta(), { subject: 'PROSES', unitCodes: [] });
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'BANDING-SATU-TERBUKA']);
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it("BANDING-SATU-TERBUKA: a filing that loses the guard to a concurrent one answers 200 with the winner's case", async () => {
    const items: Record<string, unknown>[] = [...BASE, decisionItem()];
    serve(ddb, items);
    // The concurrent filing commits between this one's reads and its transaction.
    ddb.on(TransactWriteCommand).callsFake(() => {
      items.push(appealItem({ grounds: 'Bukti tidak dipertimbangkan.' }), openGuardItem());
      throw cancelled('ConditionalCheckFailed', 'None', 'None');
    });
    const result = await appeal();
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).appealId).toBe(APPEAL_ID);
    expect(transactions()).toHaveLength(1);
  });

  it('a filing that runs into a concurrent transaction tries again, and files', async () => {
    serve(ddb, [...BASE, decisionItem()]);
    ddb
      .on(TransactWriteCommand)
      .rejectsOnce(cancelled('TransactionConflict', 'None', 'None'))
      .resolves({});
    const result = await appeal();
    expect(result.statusCode).toBe(201);
    expect(transactions()).toHaveLength(2);
    expect(transactions()[1]).toEqual(transactions()[0]);
  });

  it('RESULT_CHANGED: a filing whose every try ran into another transaction answers 409, not 500', async () => {
    serve(ddb, [...BASE, decisionItem()]);
    ddb.on(TransactWriteCommand).rejects(cancelled('TransactionConflict', 'None', 'None'));
    const result = await appeal();
    expect([result.statusCode, bodyOf(result).code]).toEqual([409, 'RESULT_CHANGED']);
    expect(transactions()).toHaveLength(5);
  });

  it('RESULT_CHANGED: a filing against a decision superseded meanwhile answers 409', async () => {
    serve(ddb, [...BASE, decisionItem()]);
    ddb.on(TransactWriteCommand).rejects(cancelled('None', 'None', 'ConditionalCheckFailed'));
    const result = await appeal();
    expect([result.statusCode, bodyOf(result).code]).toEqual([409, 'RESULT_CHANGED']);
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
    // Both reasons: they tested the participant and attended the session that decided.
    expect(bodyOf<{ details: { code: string }[] }>(result).details.map((d) => d.code)).toEqual([
      'BANDING-PENINJAU-INDEPENDEN',
      'BANDING-PENINJAU-INDEPENDEN',
    ]);
  });

  it('BANDING-PENINJAU-INDEPENDEN: the official who recorded the session that decided cannot review its appeal', async () => {
    serve(ddb, [...BASE, decisionItem(), appealItem({ reviewer: undefined })]);
    const result = await send(
      'PUT /programs/{programId}/participants/{nip}/appeals/{appealId}/reviewer',
      bknAdmin(),
      { reviewer: 'pusbang.sidang' },
      { ...PARTICIPANT_PATH, appealId: APPEAL_ID },
    );
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('BANDING-PENINJAU-INDEPENDEN');
  });

  it('BANDING-DIPUTUS-PENINJAU: the named reviewer upholds an appeal: a new decision that supersedes the old, then requests the certificate for it', async () => {
    serve(ddb, [...BASE, decisionItem(), attemptItem(0), appealItem()]);
    const result = await resolve({ upheld: true, competentUnits: [UNIT] });
    expect(result.statusCode).toBe(200);
    const newId = `dec_${NOW}_2`;
    expect(bodyOf(result)).toMatchObject({ status: 'RESOLVED', resolution: { resultingDecisionId: newId } });
    expect(writesOf(ddb)).toEqual([
      ...resolutionWrites,
      { op: 'Put', pk: PARTITION, sk: `RESULT#DECISION#${newId}`, entity: 'ResultDecision' },
      { op: 'Update', pk: PARTITION, sk: `RESULT#DECISION#${DECISION_ID}` },
    ]);
    expect(transactions()[0]![2]!.Put!.Item).toMatchObject({
      outcome: 'KOMPETEN',
      source: 'BANDING',
      supersedes: DECISION_ID,
      appealId: APPEAL_ID,
    });
    expect(sentDecisionIds()).toEqual([newId]);
  });

  it('an appeal closed without change keeps the decision, releases its open-case guard and requests its certificate again', async () => {
    serve(ddb, [...BASE, decisionItem(), appealItem(), openGuardItem()]);
    const result = await resolve({ upheld: false });
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({
      status: 'RESOLVED',
      resolution: { upheld: false, resultingDecisionId: DECISION_ID },
    });
    expect(writesOf(ddb)).toEqual(resolutionWrites);
    expect(sentDecisionIds()).toEqual([DECISION_ID]);
  });

  it('BANDING-DIPUTUS-PENINJAU: another official of the unit than the named reviewer cannot decide the appeal', async () => {
    serve(ddb, [...BASE, decisionItem(), appealItem()]);
    const result = await resolve({ upheld: false }, bknAdmin());
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('BANDING-DIPUTUS-PENINJAU');
  });

  it('BANDING-PENINJAU-INDEPENDEN: no ruling before a reviewer is named', async () => {
    serve(ddb, [...BASE, decisionItem(), appealItem({ reviewer: undefined })]);
    const result = await resolve({ upheld: false });
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('BANDING-PENINJAU-INDEPENDEN');
  });
});

describe('POST .../participants/{nip}/results/{decisionId}/correction', () => {
  const correct = (body: Record<string, unknown> = {}, claims: Claims = sidang()) =>
    send(
      'POST /programs/{programId}/participants/{nip}/results/{decisionId}/correction',
      claims,
      {
        session: SESSION,
        reason: 'Bukti portofolio ternyata bukan karya peserta (berita acara 12/2026).',
        competentUnits: OTHER_UNITS,
        ...body,
      },
      { ...PARTICIPANT_PATH, decisionId: DECISION_ID },
    );
  const kompeten = () =>
    decisionItem({ outcome: 'KOMPETEN', competentUnits: UNITS, notYetCompetentUnits: [] });

  it('SIDANG-KOREKSI-PERSIDANGAN: the session corrects the decision in force with a new decision that supersedes it, in one transaction, then requests the certificate for it', async () => {
    serve(ddb, [...BASE, kompeten(), attemptItem(0)]);
    const result = await correct();
    expect(result.statusCode).toBe(201);
    const newId = `dec_${NOW}_2`;
    const correction = {
      decisionId: newId,
      outcome: 'BELUM_KOMPETEN',
      competentUnits: OTHER_UNITS,
      notYetCompetentUnits: [UNIT],
      source: 'KOREKSI',
      supersedes: DECISION_ID,
      decidedBy: SIDANG,
      appealUntil: '2026-08-17T03:00:00.000Z',
    };
    expect(bodyOf(result)).toMatchObject(correction);
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', pk: PARTITION, sk: `RESULT#DECISION#${newId}`, entity: 'ResultDecision' },
      { op: 'Update', pk: PARTITION, sk: `RESULT#DECISION#${DECISION_ID}` },
      { op: 'ConditionCheck', ...openAppealKey },
    ]);
    expect(transactions()[0]![0]!.Put!.Item).toMatchObject(correction);
    expect(sentDecisionIds()).toEqual([newId]);
  });

  it('a retry of the same correction writes nothing and only requests the certificate again (200)', async () => {
    const recorded = decisionItem({
      decisionId: `dec_${NOW}_2`,
      source: 'KOREKSI',
      supersedes: DECISION_ID,
      reason: 'Bukti portofolio ternyata bukan karya peserta (berita acara 12/2026).',
    });
    serve(ddb, [...BASE, { ...kompeten(), supersededBy: `dec_${NOW}_2` }, recorded]);
    const result = await correct();
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result).decisionId).toBe(`dec_${NOW}_2`);
    expect(transactions()).toEqual([]);
    expect(sentDecisionIds()).toEqual([`dec_${NOW}_2`]);
  });

  it.each([
    [
      'SIDANG-KOREKSI-BERLAKU',
      'a decision already superseded',
      () => [{ ...kompeten(), supersededBy: 'dec_2026-08-01T03:00:00.000Z_2' }],
      {},
    ],
    [
      'SIDANG-KOREKSI-BERLAKU',
      'a decision under an open appeal',
      () => [
        kompeten(),
        {
          pk: PARTITION,
          sk: 'RESULT#APPEAL#bdg_2026-08-02T03:00:00.000Z_1a2b3c4d',
          decisionId: DECISION_ID,
          status: 'OPEN',
        },
      ],
      {},
    ],
    [
      'SIDANG-KOREKSI-UNIT',
      'a unit not required of the participant',
      () => [kompeten()],
      { competentUnits: ['MASN-PWS-01'] },
    ],
    [
      'SIDANG-ASESOR-HADIR',
      'a session without an assessor of the team',
      () => [kompeten()],
      { session: { ...SESSION, attendees: [SESSION.attendees[0]] } },
    ],
  ])('%s: refuses %s (422) and writes nothing', async (code, _name, items, body) => {
    serve(ddb, [...BASE, ...items()]);
    const result = await correct(body);
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, code]);
    expect(transactions()).toEqual([]);
    expect(sentDecisionIds()).toEqual([]);
  });

  it('SIDANG-BUKAN-ASESOR: the assessor of the participant may not record the correction', async () => {
    serve(ddb, [...BASE, kompeten()]);
    const result = await correct({}, sidang(ASESOR));
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'SIDANG-BUKAN-ASESOR']);
  });

  it('RESULT_CHANGED: a correction that loses to another one meanwhile answers 409', async () => {
    serve(ddb, [...BASE, kompeten()]);
    ddb.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed'));
    const result = await correct();
    expect([result.statusCode, bodyOf(result).code]).toEqual([409, 'RESULT_CHANGED']);
    expect(sentDecisionIds()).toEqual([]);
  });

  it('RESULT_CHANGED: a correction of a decision appealed meanwhile (its open-case guard appeared) answers 409', async () => {
    serve(ddb, [...BASE, kompeten()]);
    ddb.on(TransactWriteCommand).rejects(cancelled('None', 'None', 'ConditionalCheckFailed'));
    const result = await correct();
    expect([result.statusCode, bodyOf(result).code]).toEqual([409, 'RESULT_CHANGED']);
    expect(sentDecisionIds()).toEqual([]);
  });
});
