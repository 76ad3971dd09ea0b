import '../helpers/env';
import { BatchGetCommand, DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/review/index';
import { apiEvent, bodyOf, claimsWith, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { queriesOf } from '../helpers/queries';
import { PROGRAM_ID } from '../helpers/programs';
import { bknAdmin, NIP } from '../helpers/proposals';
import { writesOf } from '../helpers/writes';
import { serve } from '../preassessment/table';
import { asesor, assessorBody, BASE, evidenceItem, komite, teamItem, UNIT } from '../assessment/fixtures';
import { aFeedback, anImprovement, aReport, REVIEW_PARTITION } from './fixtures';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('review');
const COHORT_PATH = { programId: PROGRAM_ID, number: '19' };
const FEEDBACK_BODY = {
  ratings: { explanation: 5, fairness: 4, conditions: 3, assessorConduct: 5 },
  complaintChannelExplained: true,
};
const peserta = (nip = NIP): Claims => claimsWith('[peserta]', { 'custom:nip': nip });

const call = (
  routeKey: string,
  claims: Claims,
  path: Record<string, string>,
  body?: unknown,
  query?: Record<string, string>,
) =>
  handler(
    apiEvent(routeKey, {
      pathParameters: path,
      body,
      claims,
      ...(query && { queryStringParameters: query }),
    }),
    context,
  );
const putFeedback = (body: unknown = FEEDBACK_BODY, claims = peserta()) =>
  call(
    'PUT /programs/{programId}/cohorts/{number}/participants/{nip}/feedback',
    claims,
    { ...COHORT_PATH, nip: NIP },
    body,
  );
const minutes = (claims: Claims = asesor()) =>
  call('GET /programs/{programId}/cohorts/{number}/minutes', claims, COHORT_PATH);
const sign = (contentHash: string, claims: Claims = asesor()) =>
  call('POST /programs/{programId}/cohorts/{number}/minutes/signatures', claims, COHORT_PATH, {
    contentHash,
  });
const finding = (body: Record<string, unknown>) =>
  call('POST /programs/{programId}/cohorts/{number}/review/findings', bknAdmin(), COHORT_PATH, body);
const codes = (result: Awaited<ReturnType<typeof handler>>) =>
  (bodyOf<{ details?: { code: string }[] }>(result).details ?? []).map((d) => d.code);

const TEAM = [
  teamItem(assessorBody()),
  teamItem(assessorBody({ username: 'asesor.sari', nip: '197602022001122002' })),
];
/** The session as tested: Budi recorded evidence for the participant; Sari, on the team, recorded nothing. */
const TESTED = [...BASE, ...TEAM, evidenceItem(UNIT, 'PORTOFOLIO')];
let items: Record<string, unknown>[];

const at = (now: string) => vi.setSystemTime(new Date(now));

beforeEach(() => {
  ddb.reset();
  items = [...TESTED];
  serve(ddb, items);
  vi.useFakeTimers({ toFake: ['Date'] });
  at('2026-07-30T09:00:00.000Z');
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('PUT .../participants/{nip}/feedback', () => {
  it('keeps the feedback of a participant tested in the session, editable until 14 days after the test day, reading the participant once', async () => {
    const result = await putFeedback();
    expect(result.statusCode).toBe(200);
    // The scope's read of the participant serves the test's context too.
    const participantGets = ddb
      .commandCalls(GetCommand)
      .filter((c) => c.args[0].input.Key?.sk === '#PARTICIPANT');
    expect(participantGets).toHaveLength(1);
    expect(bodyOf(result)).toMatchObject({
      ...FEEDBACK_BODY,
      nip: NIP,
      cohort: 19,
      editableUntil: '2026-08-13',
    });
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', pk: REVIEW_PARTITION, sk: `FEEDBACK#${NIP}`, entity: 'Feedback' },
    ]);
  });

  it('UMPAN-BALIK-PESERTA-DIUJI: refuses a participant of the cohort nothing was recorded for, writing nothing', async () => {
    items.splice(items.indexOf(TESTED.at(-1)!), 1);
    const result = await putFeedback();
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'UMPAN-BALIK-PESERTA-DIUJI']);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('UMPAN-BALIK-BATAS-WAKTU: refuses on the 15th day after the test day', async () => {
    at('2026-08-14T03:00:00.000Z');
    const result = await putFeedback();
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'UMPAN-BALIK-BATAS-WAKTU']);
  });

  it('changes the one feedback of the test, keeping when it was first given; a concurrent change answers 409', async () => {
    const first = aFeedback({ cohort: 19, nip: NIP, submittedAt: '2026-07-30T04:00:00.000Z' });
    items.push({ pk: REVIEW_PARTITION, sk: `FEEDBACK#${NIP}`, entity: 'Feedback', ...first });
    const changed = await putFeedback({ ...FEEDBACK_BODY, comments: 'Ruang terlalu dingin.' });
    expect(bodyOf(changed)).toMatchObject({
      submittedAt: first.submittedAt,
      comments: 'Ruang terlalu dingin.',
    });
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input.ConditionExpression).toBe('updatedAt = :read');

    ddb.on(PutCommand).rejects(Object.assign(new Error('x'), { name: 'ConditionalCheckFailedException' }));
    const raced = await putFeedback();
    expect([raced.statusCode, bodyOf(raced).code]).toEqual([409, 'FEEDBACK_CHANGED']);
  });

  it("answers another participant's NIP as missing", async () => {
    const result = await putFeedback(FEEDBACK_BODY, peserta('199002152015032001'));
    expect([result.statusCode, bodyOf(result).code]).toEqual([404, 'PARTICIPANT_NOT_FOUND']);
  });
});

describe('berita acara and assessor report', () => {
  it('draws the berita acara from the records (one Query a participant): who was present, the assessor who took part, awaiting signature', async () => {
    const result = await minutes(komite());
    expect(result.statusCode).toBe(200);
    const body = bodyOf<{
      content: {
        participants: { present: { nip: string }[]; absent: { nip: string }[] };
        assessors: { username: string }[];
      };
      contentHash: string;
      complete: boolean;
      awaiting: string[];
    }>(result);
    expect(body.content.participants.present.map((p) => p.nip)).toEqual([NIP]);
    expect(body.content.participants.absent).toHaveLength(1);
    expect(body.content.assessors.map((a) => a.username)).toEqual(['asesor.budi']);
    expect([body.complete, body.awaiting]).toEqual([false, ['asesor.budi']]);
    expect(body.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    // Each participant's item, assessment and results in one Query (TR1), nothing read on its own.
    const { participants } = body.content;
    const everyone = [...participants.present, ...participants.absent].map(
      (p) => `PARTICIPANT#${PROGRAM_ID}#${p.nip}`,
    );
    const perParticipant = queriesOf(ddb).filter((query) => everyone.includes(String(query.pk)));
    expect(perParticipant.map((query) => `${String(query.pk)} ${String(query.sk)}`).sort()).toEqual(
      everyone.map((pk) => `${pk} #PARTICIPANT`).sort(),
    );
    expect(ddb.commandCalls(BatchGetCommand)).toHaveLength(0);
    const participantGets = ddb
      .commandCalls(GetCommand)
      .filter((c) => c.args[0].input.Key?.sk === '#PARTICIPANT');
    expect(participantGets).toHaveLength(0);
  });

  it('an assessor who took part signs the content read: the berita acara is complete', async () => {
    const { contentHash } = bodyOf<{ contentHash: string }>(await minutes());
    const result = await sign(contentHash);
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).toMatchObject({
      complete: true,
      awaiting: [],
      signed: [{ username: 'asesor.budi', contentHash }],
    });
    expect(writesOf(ddb)).toEqual([
      {
        op: 'Put',
        pk: REVIEW_PARTITION,
        sk: `MINUTES#SIGNATURE#asesor.budi#${contentHash}`,
        entity: 'MinutesSignature',
      },
    ]);
  });

  it('MINUTES_CHANGED: a hash that is not the current content is not signed', async () => {
    const result = await sign(`sha256:${'0'.repeat(64)}`);
    expect([result.statusCode, bodyOf(result).code]).toEqual([409, 'MINUTES_CHANGED']);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('BERITA-ACARA-ASESOR-TERLIBAT, LAPORAN-ASESOR-TERLIBAT: an assessor of the team who recorded nothing neither signs nor reports', async () => {
    const { contentHash } = bodyOf<{ contentHash: string }>(await minutes());
    const signed = await sign(contentHash, asesor('asesor.sari'));
    const reported = await call(
      'PUT /programs/{programId}/cohorts/{number}/assessor-report',
      asesor('asesor.sari'),
      COHORT_PATH,
      {
        activities: 'Mengamati sesi wawancara.',
      },
    );
    expect([signed.statusCode, bodyOf(signed).code]).toEqual([422, 'BERITA-ACARA-ASESOR-TERLIBAT']);
    expect([reported.statusCode, bodyOf(reported).code]).toEqual([422, 'LAPORAN-ASESOR-TERLIBAT']);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('keeps the report of an assessor who took part, signed with the hash of its content', async () => {
    const result = await call(
      'PUT /programs/{programId}/cohorts/{number}/assessor-report',
      asesor(),
      COHORT_PATH,
      {
        activities: 'Menguji satu peserta dengan portofolio.',
        suggestions: ['Tambahkan satu ruang wawancara.'],
      },
    );
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({
      username: 'asesor.budi',
      issues: [],
      signature: { username: 'asesor.budi', contentHash: expect.stringMatching(/^sha256:/) },
    });
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', pk: REVIEW_PARTITION, sk: 'ASSESSOR_REPORT#asesor.budi', entity: 'AssessorReport' },
    ]);
  });
});

describe("BKN's review and the improvement log", () => {
  const FINDING = {
    principle: 'UJI_ADIL',
    met: false,
    observation: 'Waktu wawancara peserta terakhir lebih singkat.',
    basis: ['UMPAN_BALIK'],
    improvements: [{ action: 'Dua ruang wawancara.', owner: 'Koordinator TUK', dueDate: '2026-08-30' }],
  };

  it('TINJAUAN-DASAR-ADA, TINJAUAN-PERBAIKAN-TEMUAN: every reason at once, nothing written', async () => {
    const result = await finding({ ...FINDING, improvements: [] });
    expect([result.statusCode, codes(result)]).toEqual([
      422,
      ['TINJAUAN-DASAR-ADA', 'TINJAUAN-PERBAIKAN-TEMUAN'],
    ]);
    expect(writesOf(ddb)).toEqual([]);
  });

  it('records the finding and opens its improvement items in one transaction', async () => {
    items.push({ pk: REVIEW_PARTITION, sk: `FEEDBACK#${NIP}`, entity: 'Feedback', ...aFeedback() });
    const result = await finding(FINDING);
    expect(result.statusCode).toBe(201);
    const body = bodyOf<{
      finding: { findingId: string; improvementIds: string[] };
      improvements: { status: string }[];
    }>(result);
    expect(body.improvements.map((i) => i.status)).toEqual(['TERBUKA']);
    expect(writesOf(ddb)).toEqual([
      { op: 'Put', pk: REVIEW_PARTITION, sk: `FINDING#${body.finding.findingId}`, entity: 'Finding' },
      {
        op: 'Put',
        pk: REVIEW_PARTITION,
        sk: `IMPROVEMENT#${body.finding.improvementIds[0]}`,
        entity: 'Improvement',
      },
    ]);
  });

  const change = (body: Record<string, unknown>) =>
    call(
      'PATCH /programs/{programId}/cohorts/{number}/improvements/{improvementId}',
      bknAdmin(),
      { ...COHORT_PATH, improvementId: anImprovement().improvementId },
      body,
    );

  it('moves an item to done with its note, keeping the history; a stale version answers 409', async () => {
    const item = anImprovement({ cohort: 19 });
    items.push({
      pk: REVIEW_PARTITION,
      sk: `IMPROVEMENT#${item.improvementId}`,
      entity: 'Improvement',
      ...item,
    });
    const stale = await change({ status: 'SELESAI', note: 'Dua ruang dipakai.', version: 2 });
    const done = await change({ status: 'SELESAI', note: 'Dua ruang dipakai.', version: 1 });
    expect([stale.statusCode, bodyOf(stale).code]).toEqual([409, 'IMPROVEMENT_CHANGED']);
    expect(done.statusCode).toBe(200);
    expect(bodyOf(done)).toMatchObject({ status: 'SELESAI', version: 2 });
    expect(
      bodyOf<{ history: { status: string; note?: string }[] }>(done).history.map((h) => [h.status, h.note]),
    ).toEqual([
      ['TERBUKA', undefined],
      ['SELESAI', 'Dua ruang dipakai.'],
    ]);
  });

  it('IMPROVEMENT_NOT_FOUND: an item the session does not have', async () => {
    const result = await change({ status: 'DIKERJAKAN', version: 1 });
    expect([result.statusCode, bodyOf(result).code]).toEqual([404, 'IMPROVEMENT_NOT_FOUND']);
  });
});

describe('GET /programs/{programId}/review-report', () => {
  it('gives the komite a CSV for Excel: one line per cohort, feedback averages, no comment and no NIP', async () => {
    items.push(
      { pk: 'PROGRAM#' + PROGRAM_ID, sk: '#PROGRAM', entity: 'Program', id: PROGRAM_ID },
      {
        pk: REVIEW_PARTITION,
        sk: `FEEDBACK#${NIP}`,
        entity: 'Feedback',
        ...aFeedback({ comments: 'Rahasia peserta.' }),
      },
      { pk: REVIEW_PARTITION, sk: 'ASSESSOR_REPORT#asesor.budi', entity: 'AssessorReport', ...aReport() },
    );
    const result = await call(
      'GET /programs/{programId}/review-report',
      komite(),
      { programId: PROGRAM_ID },
      undefined,
      {
        format: 'csv',
      },
    );
    expect(result.statusCode).toBe(200);
    expect(result.headers?.['content-type']).toBe('text/csv; charset=utf-8');
    const lines = String(result.body).replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe(
      'program_id;angkatan;jenjang;jumlah_umpan_balik;rata_explanation;rata_fairness;rata_conditions;rata_assessorConduct;pengaduan_dijelaskan;jumlah_temuan;prinsip_tidak_terpenuhi;perbaikan_terbuka;perbaikan_selesai;perbaikan_lewat_tenggat',
    );
    expect(lines[1]).toBe(`${PROGRAM_ID};19;ADMINISTRATOR;1;5;4;4;5;1;0;;0;0;0`);
    expect(String(result.body)).not.toContain('Rahasia');
    expect(String(result.body)).not.toContain(NIP);
  });
});
