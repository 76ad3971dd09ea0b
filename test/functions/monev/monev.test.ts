import '../helpers/env';
import {
  DynamoDBDocumentClient,
  QueryCommand,
  UpdateCommand,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/monev/index';
import { MonevAnswerRequest, type Questionnaire } from '../../../events/api/monev';
import { ACTION_PLAN_EXAMPLE } from '../../../events/api/training';
import { apiEvent, bodyOf, claimsWith, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { PROGRAM_ID } from '../helpers/programs';
import { INSTANSI, NIP } from '../helpers/proposals';
import { aParticipant, participantItem, peserta, serve } from '../preassessment/table';
import { conditionFailed } from '../../adapters/dynamodb/dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('monev');
const MENTOR = '197001011995031001';
const ROUND_PARTITION = `MONEV#${PROGRAM_ID}#19#3`;
const ANSWER = (MonevAnswerRequest.meta()!.examples as MonevAnswerRequest[])[0]!;
const mentor = (nip = MENTOR): Claims =>
  claimsWith('[mentor]', { 'custom:nip': nip, 'cognito:username': 'mentor' });

const confirmationItem = {
  pk: `PARTICIPANT#${PROGRAM_ID}#${NIP}`,
  sk: 'TRAINING#CONFIRMATION',
  entity: 'Confirmation',
  programId: PROGRAM_ID,
  nip: NIP,
  instansiCode: INSTANSI,
  cohort: 19,
  attending: true,
  actionPlan: ACTION_PLAN_EXAMPLE,
  confirmedBy: 'dewi.lestari',
  confirmedAt: '2026-07-20T03:00:00.000Z',
  version: 1,
};
const questionnaire = (respondent: 'PESERTA' | 'MENTOR', overrides: Partial<Questionnaire> = {}) => ({
  pk: ROUND_PARTITION,
  sk: `Q#${NIP}#${respondent}`,
  entity: 'Questionnaire',
  programId: PROGRAM_ID,
  cohort: 19,
  point: 3,
  nip: NIP,
  respondent,
  recipientNip: respondent === 'MENTOR' ? MENTOR : NIP,
  instansiCode: INSTANSI,
  level: 'ADMINISTRATOR',
  participantName: 'Dewi Lestari, S.Sos.',
  plan: {
    title: ACTION_PLAN_EXAMPLE.title,
    milestones: ACTION_PLAN_EXAMPLE.milestones.map((m, i) => ({ id: `M${i + 1}`, ...m })),
  },
  opensOn: '2026-10-30',
  remindOn: '2026-11-22',
  closesOn: '2026-11-29',
  ...overrides,
});

const answer = (claims: Claims, body: unknown = ANSWER, point = '3') =>
  handler(
    apiEvent('PUT /programs/{programId}/participants/{nip}/monev/{point}', {
      pathParameters: { programId: PROGRAM_ID, nip: NIP, point },
      body,
      claims,
    }),
    context,
  );
const answerWrites = () => ddb.commandCalls(UpdateCommand).map((c) => c.args[0].input as UpdateCommandInput);

let items: Record<string, unknown>[];
beforeEach(() => {
  ddb.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-29T16:59:59.000Z')); // 23:59:59 WIB on the last day
  items = [
    participantItem(aParticipant()),
    confirmationItem,
    questionnaire('PESERTA'),
    questionnaire('MENTOR'),
  ];
  serve(ddb, items);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Monev API handler', () => {
  it("the mentor the plan names answers the mentor's questionnaire, on the last day until midnight WIB", async () => {
    const result = await answer(mentor());
    expect(result.statusCode, result.body).toBe(200);
    expect(bodyOf(result)).toMatchObject({ respondent: 'MENTOR', answer: ANSWER });
    expect(answerWrites().map((w) => w.Key)).toEqual([{ pk: ROUND_PARTITION, sk: `Q#${NIP}#MENTOR` }]);
  });

  it("the participant answers their own questionnaire, not the mentor's", async () => {
    expect((await answer(peserta())).statusCode).toBe(200);
    expect(answerWrites().map((w) => w.Key)).toEqual([{ pk: ROUND_PARTITION, sk: `Q#${NIP}#PESERTA` }]);
  });

  it('MONEV-DITUTUP: a minute past the last day (WIB), refused without a write', async () => {
    vi.setSystemTime(new Date('2026-11-29T17:00:00.000Z'));
    const result = await answer(peserta());
    expect(result.statusCode).toBe(422);
    expect((bodyOf(result).details as { code: string }[]).map((v) => v.code)).toEqual(['MONEV-DITUTUP']);
    expect(answerWrites()).toEqual([]);
  });

  it('MONEV_ANSWER_CHANGED: answered by another request between the read and the write', async () => {
    ddb.on(UpdateCommand).rejects(conditionFailed());
    const result = await answer(peserta());
    expect([result.statusCode, bodyOf(result).code]).toEqual([409, 'MONEV_ANSWER_CHANGED']);
  });

  it('AKSES-MENTOR: a mentor the plan does not name gets the 404 of a participant that does not exist', async () => {
    const result = await answer(mentor('196805051990031002'));
    expect([result.statusCode, bodyOf(result).code]).toEqual([404, 'PARTICIPANT_NOT_FOUND']);
    const plan = await handler(
      apiEvent('GET /programs/{programId}/participants/{nip}/action-plan', {
        pathParameters: { programId: PROGRAM_ID, nip: NIP },
        claims: mentor('196805051990031002'),
      }),
      context,
    );
    expect([plan.statusCode, bodyOf(plan).code]).toEqual([404, 'PARTICIPANT_NOT_FOUND']);
  });

  it('QUESTIONNAIRE_NOT_FOUND: no round at that point', async () => {
    const result = await answer(peserta(), ANSWER, '4');
    expect([result.statusCode, bodyOf(result).code]).toEqual([404, 'QUESTIONNAIRE_NOT_FOUND']);
  });

  it('the report as CSV for Excel: byte-order mark, `;`, decimal comma, a row per group and point', async () => {
    items.push(
      {
        pk: `PROGRAM#${PROGRAM_ID}#MONEV`,
        sk: 'ROUND#019#03',
        entity: 'MonevRound',
        programId: PROGRAM_ID,
        cohort: 19,
        point: 3,
      },
      {
        ...questionnaire('PESERTA'),
        sk: `Q#${NIP}#PESERTA`,
        answer: { ...ANSWER, impact: { rating: 3, description: 'x' } },
      },
    );
    items.splice(2, 1); // the unanswered copy of the participant's questionnaire
    const result = await handler(
      apiEvent('GET /monev/report', {
        queryStringParameters: { by: 'cohort', programId: PROGRAM_ID, format: 'csv' },
      }),
      context,
    );
    expect(result.statusCode).toBe(200);
    expect(result.headers?.['content-type']).toBe('text/csv; charset=utf-8');
    const lines = String(result.body).split('\r\n');
    expect(lines[0]!.startsWith('\uFEFFkelompok;titik_bulan;peserta_dikirim')).toBe(true);
    expect(lines[1]).toBe(`${PROGRAM_ID}#19;3;1;1;1;3;1;0;0;;0;1;1;0`);
  });

  it("the report of every programme of a year lists that year's programmes only (P3 by year), not every one", async () => {
    const result = await handler(
      apiEvent('GET /monev/report', { queryStringParameters: { by: 'level', year: '2026' } }),
      context,
    );
    expect([result.statusCode, bodyOf(result)]).toEqual([200, { by: 'level', year: 2026, rows: [] }]);
    const listing = ddb.commandCalls(QueryCommand)[0]!.args[0].input;
    expect(listing).toMatchObject({
      IndexName: 'gsi1',
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :year)',
      ExpressionAttributeValues: { ':pk': 'PROGRAMS', ':year': '2026#' },
    });
  });

  it("the report naming neither a programme nor a year is the current year's (WIB), not every programme", async () => {
    vi.setSystemTime(new Date('2026-12-31T17:00:00.000Z')); // 1 January 2027, 00:00 WIB
    const result = await handler(
      apiEvent('GET /monev/report', { queryStringParameters: { by: 'level' } }),
      context,
    );
    expect([result.statusCode, bodyOf(result)]).toEqual([200, { by: 'level', year: 2027, rows: [] }]);
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input.ExpressionAttributeValues).toMatchObject({
      ':year': '2027#',
    });
    vi.useRealTimers();
  });

  it('refuses a report naming both a programme and a year: 400, nothing read', async () => {
    const query = { by: 'level', programId: PROGRAM_ID, year: '2026' };
    const result = await handler(apiEvent('GET /monev/report', { queryStringParameters: query }), context);
    expect([result.statusCode, bodyOf(result).code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(0);
  });
});
