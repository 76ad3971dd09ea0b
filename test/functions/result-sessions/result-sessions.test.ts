import '../helpers/env';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/result-sessions/index';
import { apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';
import { PROGRAM_ID } from '../helpers/programs';
import { anInstansi, INSTANSI, instansiItem, instansiOperator, NIP, OTHER_NIP } from '../helpers/proposals';
import { aCohort, aParticipant, cohortItem, participantItem, peserta, serve } from '../preassessment/table';
import { assessorBody, cohortPartition, PARTITION, sidang, teamItem, UNIT } from '../assessment/fixtures';
import { attemptItem, decisionItem, OTHER_UNITS } from '../results/fixtures';
import { cancelled } from '../../adapters/dynamodb/dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('resultSessions');
const NOW = '2026-08-03T03:00:00.000Z';
const TABLE: Record<string, unknown>[] = [];
const BASE = [
  instansiItem(anInstansi(INSTANSI)),
  cohortItem(aCohort()),
  participantItem(aParticipant()),
  teamItem(assessorBody()),
];

const send = (routeKey: string, claims: Claims, path: Record<string, string>, body?: unknown) =>
  handler(apiEvent(routeKey, { pathParameters: { programId: PROGRAM_ID, ...path }, body, claims }), context);
const ask = (body: Record<string, unknown> = {}) =>
  send(
    'POST /programs/{programId}/cohorts/{number}/participants/{nip}/evidence-requests',
    sidang(),
    { number: '19', nip: NIP },
    { unitCodes: [UNIT], missing: 'Portofolio usulan kenaikan pangkat.', deadline: '2026-08-10', ...body },
  );
const strategy = (reviewers: string[]) =>
  send(
    'PUT /programs/{programId}/cohorts/{number}/appeal-strategy',
    sidang(),
    { number: '19' },
    {
      reviewers,
      reviewDays: 7,
      methods: ['TELAAH_DOKUMEN'],
    },
  );
const recognition = (claims: Claims) =>
  send('GET /programs/{programId}/participants/{nip}/unit-recognition', claims, { nip: NIP });

beforeEach(() => {
  ddb.reset();
  TABLE.splice(0, TABLE.length, ...BASE);
  serve(ddb, TABLE);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('POST …/participants/{nip}/evidence-requests', () => {
  it("SIDANG-BUKTI-TAMBAHAN: the request is written with a check that the attempt's guard is still absent", async () => {
    const result = await ask();
    expect(result.statusCode, result.body).toBe(201);
    expect(bodyOf(result)).toMatchObject({
      attempt: 0,
      unitCodes: [UNIT],
      session: { programId: PROGRAM_ID, number: 19 },
      status: { state: 'MENUNGGU', outstandingUnits: [UNIT] },
    });
    const requestId = String(bodyOf(result).requestId);
    expect(writesOf(ddb)).toEqual([
      {
        op: 'Put',
        pk: PARTITION,
        sk: `RESULT#EVIDENCE_REQUEST#${requestId}`,
        entity: 'AdditionalEvidenceRequest',
      },
      { op: 'ConditionCheck', pk: PARTITION, sk: 'RESULT#ATTEMPT#0' },
    ]);
  });

  it('SIDANG-BUKTI-TAMBAHAN: an attempt already decided is refused (422) and nothing is written', async () => {
    TABLE.push(attemptItem(0), decisionItem());
    const result = await ask();
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('SIDANG-BUKTI-TAMBAHAN');
    expect(writesOf(ddb)).toEqual([]);
  });

  it('ATTEMPT_DECIDED: a decision recorded meanwhile cancels the write (409)', async () => {
    ddb.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed'));
    const result = await ask();
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe('ATTEMPT_DECIDED');
  });
});

describe('PUT …/cohorts/{number}/appeal-strategy', () => {
  it('BANDING-STRATEGI: an assessor of the session cannot be a reviewer; nothing is written', async () => {
    const result = await strategy(['asesor.budi']);
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('BANDING-STRATEGI');
    expect(writesOf(ddb)).toEqual([]);
  });

  it('the strategy is put beside the cohort', async () => {
    const result = await strategy(['pusbang.peninjau']);
    expect(result.statusCode, result.body).toBe(200);
    expect(bodyOf(result)).toMatchObject({
      reviewers: ['pusbang.peninjau'],
      reviewDays: 7,
      setBy: 'pusbang.sidang',
    });
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', pk: cohortPartition(19), sk: 'APPEAL_STRATEGY', entity: 'AppealStrategy' },
    ]);
  });
});

describe('GET …/participants/{nip}/unit-recognition', () => {
  it('PENGAKUAN-UNIT: the participant and their instansi read the units recognised and the rest', async () => {
    TABLE.push(attemptItem(0), decisionItem());
    for (const claims of [peserta(), instansiOperator()]) {
      const result = await recognition(claims);
      expect(result.statusCode, result.body).toBe(200);
      const body = bodyOf(result) as {
        recognised: { unitCode: string }[];
        remaining: { unitCode: string }[];
      };
      expect(body.recognised.map((u) => u.unitCode)).toEqual(OTHER_UNITS);
      expect(body.remaining.map((u) => u.unitCode)).toEqual([UNIT]);
    }
  });

  it('PENGAKUAN-UNIT: a participant competent on every unit has the certificate instead (422)', async () => {
    TABLE.push(
      attemptItem(0),
      decisionItem({ outcome: 'KOMPETEN', competentUnits: [...OTHER_UNITS, UNIT], notYetCompetentUnits: [] }),
    );
    const result = await recognition(peserta());
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('PENGAKUAN-UNIT');
  });

  it('another participant learns nothing (404)', async () => {
    TABLE.push(attemptItem(0), decisionItem());
    expect((await recognition(peserta(OTHER_NIP))).statusCode).toBe(404);
  });
});
