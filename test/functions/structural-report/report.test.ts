import '../helpers/env';
import { BatchWriteCommand, DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/structural-report/index';
import { PlanRequest, StructuralCandidate, Tpk } from '../../../events/api/structural';
import { StructuralReportRequest, StructuralResultRequest } from '../../../events/api/structural-report';
import { StructuralNotice } from '../../../events/api/structural-notice';
import { apiEvent, bodyOf, claimsWith, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { anInstansi, INSTANSI, instansiItem, NIP, OTHER_INSTANSI } from '../helpers/proposals';
import { serve } from '../preassessment/table';
import { conditionFailed } from '../../adapters/dynamodb/dynamodb-errors';

/* The results and report routes of the structural-assessment stage (Perka BKN 11/2008 III.2 Pelaksanaan dan Laporan, II.B, IV.4). */
const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('structuralReport');
const NOW = '2025-03-18T03:00:00.000Z';
const PK = `STRUCTURAL#${INSTANSI}`;
const TEAM = { ...structuredClone((Tpk.meta()?.examples as Tpk[])[0]!), instansiCode: INSTANSI };
const [PSYCHOLOGIST, , MEMBER] = TEAM.members.map((m) => m.nip);
const PLAN = structuredClone((PlanRequest.meta()?.examples as PlanRequest[])[0]!);
const CANDIDATE = {
  ...structuredClone((StructuralCandidate.meta()?.examples as StructuralCandidate[])[0]!),
  instansiCode: INSTANSI,
  nip: NIP,
  handover: { assessor: 'TPK', unitId: TEAM.id, unitName: TEAM.name, by: 'kepegawaian', at: NOW },
  plan: { ...PLAN, by: 'kepegawaian', at: NOW },
};
const RESULT = structuredClone((StructuralResultRequest.meta()?.examples as StructuralResultRequest[])[0]!);
const REPORT = structuredClone((StructuralReportRequest.meta()?.examples as StructuralReportRequest[])[0]!);
const REPORT_SK = `REPORT#KABAG-REN#${NIP}`;

const asesor = (nip: string): Claims =>
  claimsWith('[asesor]', { 'custom:nip': nip, 'cognito:username': `asesor.${nip}` });
const official = (role: string, code = INSTANSI): Claims =>
  claimsWith(`[${role}]`, { 'custom:instansi': code, 'cognito:username': `${role}.${code}` });
const peserta = (nip: string): Claims =>
  claimsWith('[peserta]', { 'custom:nip': nip, 'cognito:username': 'peserta' });

const CANDIDATE_PATH = '/structural/instansi/{instansiCode}/candidates/{nip}';
const send = (route: string, claims: Claims, body?: unknown, query?: Record<string, string>) =>
  handler(
    apiEvent(route, {
      body,
      claims,
      queryStringParameters: query,
      pathParameters: { instansiCode: INSTANSI, ...(route.includes('{nip}') && { nip: NIP }) },
    }),
    context,
  );
const codes = (result: Awaited<ReturnType<typeof send>>) =>
  bodyOf<{ details: { code: string }[] }>(result).details.map((v) => v.code);
const resultItem = (method: string) => ({
  pk: PK,
  sk: `RESULT#${NIP}#${method}`,
  ...RESULT,
  method,
  instansiCode: INSTANSI,
  nip: NIP,
  recorded: { by: 'asesor', assessorNip: MEMBER, at: NOW },
});
const reportItem = (reportDate: string) => ({
  pk: PK,
  sk: REPORT_SK,
  instansiCode: INSTANSI,
  nip: NIP,
  name: CANDIDATE.name,
  positionCode: 'KABAG-REN',
  position: { title: 'Kepala Bagian Perencanaan', unit: 'Biro Perencanaan' },
  echelon: 'III',
  assessedBy: { assessor: 'TPK', unitId: TEAM.id, unitName: TEAM.name },
  methods: PLAN.methods,
  assessedOn: ['2025-03-17'],
  ...REPORT,
  reportDate,
  sentToPpk: { by: 'asesor', assessorNip: MEMBER, at: NOW },
  feedback: [],
});
/** The letter for Monday 17 March 2025, received on Friday 7 March: the 6th working day before (III.2.a.4). */
const example = structuredClone((StructuralNotice.meta()?.examples as StructuralNotice[])[0]!);
const NOTICE: StructuralNotice = {
  ...example,
  id: '2025-0001',
  instansiCode: INSTANSI,
  nip: NIP,
  letter: {
    ...example.letter,
    letterDate: '2025-03-03',
    addressee: { ...example.letter.addressee, nip: NIP },
    day: 'Senin',
    date: '2025-03-17',
    endDay: 'Senin',
    endDate: '2025-03-17',
    receiveBy: '2025-03-07',
  },
  status: 'DITERIMA',
  receipt: { receivedOn: '2025-03-07', deadline: '2025-03-07', late: false, by: 'kepegawaian', at: NOW },
};
let items: Record<string, unknown>[];

beforeEach(() => {
  ddb.reset();
  items = [
    instansiItem(anInstansi(INSTANSI)),
    { pk: PK, sk: `TPK#${TEAM.id}`, ...TEAM },
    { pk: PK, sk: `CANDIDATE#${NIP}`, ...CANDIDATE },
    { pk: PK, sk: `NOTICE#${NIP}#${NOTICE.id}`, ...NOTICE },
  ];
  serve(ddb, items);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('results', () => {
  const RESULTS = `POST ${CANDIDATE_PATH}/results`;

  it('PK-HASIL-OLEH-ASESOR: an assessor outside the TPK is answered as a missing candidate and nothing is written', async () => {
    const result = await send(RESULTS, asesor('199001012015011001'), RESULT);
    expect([result.statusCode, bodyOf(result).code]).toEqual([404, 'STRUCTURAL_CANDIDATE_NOT_FOUND']);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
  });

  it('PK-PSIKOMETRI-PSIKOLOG, PK-HASIL-SESUAI-RENCANA, PK-DINILAI-SESUAI-PEMBERITAHUAN: psychometry by a non-psychologist, dated ahead and off the letter, is refused with all three and nothing is written', async () => {
    const result = await send(RESULTS, asesor(MEMBER!), {
      ...RESULT,
      method: 'PSIKOMETRI',
      assessedOn: ['2025-03-19'],
    });
    expect([result.statusCode, codes(result)]).toEqual([
      422,
      ['PK-HASIL-SESUAI-RENCANA', 'PK-PSIKOMETRI-PSIKOLOG', 'PK-DINILAI-SESUAI-PEMBERITAHUAN'],
    ]);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
  });

  it.each([
    ['no letter issued', () => items.pop()],
    ['the letter not yet received', () => delete (items.at(-1) as Partial<StructuralNotice>).receipt],
  ])(
    'PK-DINILAI-SESUAI-PEMBERITAHUAN: with %s the day cannot be assessed and nothing is written',
    async (_case, change) => {
      change();
      const result = await send(RESULTS, asesor(MEMBER!), RESULT);
      expect([result.statusCode, codes(result)[0]]).toEqual([422, 'PK-DINILAI-SESUAI-PEMBERITAHUAN']);
      expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
    },
  );

  it('a member records a method once, with their NIP and when; a race on the same method is a 409', async () => {
    const result = await send(RESULTS, asesor(MEMBER!), RESULT);
    expect(result.statusCode, JSON.stringify(bodyOf(result))).toBe(201);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toMatchObject({
      Item: { sk: `RESULT#${NIP}#WAWANCARA_KOMPETENSI`, recorded: { assessorNip: MEMBER, at: NOW } },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    ddb.on(PutCommand).rejects(conditionFailed());
    const raced = await send(RESULTS, asesor(MEMBER!), RESULT);
    expect([raced.statusCode, bodyOf(raced).code]).toEqual([409, 'STRUCTURAL_RESULT_EXISTS']);
  });

  it('psychometry is recorded by the psychologist the plan names', async () => {
    const result = await send(RESULTS, asesor(PSYCHOLOGIST!), { ...RESULT, method: 'PSIKOMETRI' });
    expect(result.statusCode, JSON.stringify(bodyOf(result))).toBe(201);
  });
});

describe('report', () => {
  const SEND = `POST ${CANDIDATE_PATH}/report`;
  const READ = `GET ${CANDIDATE_PATH}/report`;

  it('PK-LAPORAN-LENGKAP: a report before every method of the plan is refused and nothing is written', async () => {
    items.push(resultItem('PSIKOMETRI'));
    const result = await send(SEND, asesor(MEMBER!), REPORT);
    expect([result.statusCode, codes(result)]).toEqual([422, ['PK-LAPORAN-LENGKAP']]);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
  });

  it('the report on every method is written once under its position, valid 2 years from its date; again is a 409', async () => {
    items.push(...PLAN.methods.map(resultItem));
    const result = await send(SEND, asesor(MEMBER!), REPORT);
    expect(result.statusCode, JSON.stringify(bodyOf(result))).toBe(201);
    expect(bodyOf(result)).toMatchObject({
      reportDate: '2025-03-18',
      validUntil: '2027-03-17',
      status: 'BERLAKU',
      sentToPpk: { by: `asesor.${MEMBER}`, assessorNip: MEMBER, at: NOW },
    });
    const { Item } = ddb.commandCalls(PutCommand)[0]!.args[0].input as { Item: Record<string, unknown> };
    expect([Item.sk, 'validUntil' in Item, 'status' in Item]).toEqual([REPORT_SK, false, false]);
    ddb.on(PutCommand).rejects(conditionFailed());
    const again = await send(SEND, asesor(MEMBER!), REPORT);
    expect([again.statusCode, bodyOf(again).code]).toEqual([409, 'STRUCTURAL_REPORT_EXISTS']);
  });

  it('PK-HASIL-KONFIDENSIAL: a read by the PPK is logged with who, role and when before it is answered', async () => {
    items.push(reportItem('2025-03-18'));
    const result = await send(READ, official('ppk'));
    expect(result.statusCode, JSON.stringify(bodyOf(result))).toBe(200);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toMatchObject({
      Item: {
        entity: 'StructuralReportRead',
        nip: NIP,
        reader: `ppk.${INSTANSI}`,
        role: 'ppk',
        at: NOW,
        via: 'LAPORAN',
      },
    });
  });

  it("PK-HASIL-KONFIDENSIAL: another instansi's PPK and another peserta get the 404 of a missing report, and no read is logged", async () => {
    items.push(reportItem('2025-03-18'));
    for (const claims of [official('ppk', OTHER_INSTANSI), peserta('199001012015011001')]) {
      const result = await send(READ, claims);
      expect([result.statusCode, bodyOf(result).code]).toEqual([404, 'STRUCTURAL_REPORT_NOT_FOUND']);
    }
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
    expect((await send(READ, peserta(NIP))).statusCode).toBe(200);
  });

  it('the listing answers one page, 100 reports by default, and logs the reads of that page only', async () => {
    items.push(reportItem('2025-03-18'));
    ddb.on(BatchWriteCommand).resolves({});
    const other = { pk: `STRUCTURAL#${OTHER_INSTANSI}`, sk: `REPORT#KABAG-REN#${NIP}` };

    const result = await send(
      'GET /structural/instansi/{instansiCode}/position-results',
      official('baperjakat'),
      undefined,
      { limit: '1' },
    );
    const foreign = await send(
      'GET /structural/instansi/{instansiCode}/position-results',
      official('baperjakat'),
      undefined,
      { cursor: Buffer.from(JSON.stringify(other)).toString('base64url') },
    );

    expect(result.statusCode, JSON.stringify(bodyOf(result))).toBe(200);
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toMatchObject([
      { ExpressionAttributeValues: { ':prefix': 'REPORT#' }, Limit: 1 },
    ]);
    expect([foreign.statusCode, bodyOf(foreign).code]).toStrictEqual([400, 'INVALID_CURSOR']);
    expect(ddb.commandCalls(BatchWriteCommand)).toHaveLength(1);
  });

  it('PK-HASIL-BERLAKU-2TH: two years to the day after the report the listing shows it KEDALUWARSA, and logs each listed read', async () => {
    items.push(reportItem('2023-03-18'));
    ddb.on(BatchWriteCommand).resolves({});
    const result = await send(
      'GET /structural/instansi/{instansiCode}/position-results',
      official('baperjakat'),
      undefined,
      { positionCode: 'KABAG-REN' },
    );
    expect(result.statusCode, JSON.stringify(bodyOf(result))).toBe(200);
    expect(bodyOf(result)).toEqual({
      items: [
        {
          nip: NIP,
          name: CANDIDATE.name,
          echelon: 'III',
          conclusion: REPORT.conclusion,
          reportDate: '2023-03-18',
          validUntil: '2025-03-17',
          status: 'KEDALUWARSA',
        },
      ],
    });
    const batch = ddb.commandCalls(BatchWriteCommand)[0]!.args[0].input.RequestItems!;
    expect(Object.values(batch)[0]).toMatchObject([
      { PutRequest: { Item: { nip: NIP, role: 'baperjakat', via: 'DAFTAR_JABATAN' } } },
    ]);
  });
});

/*
 * A later nomination of the NIP (PK-PENCALONAN-BERAKHIR): the routes address it, its results and report are its
 * own; the earlier report stays readable with `?nomination=1`, its reads logged against it.
 */
describe('a later nomination', () => {
  beforeEach(() => {
    items.splice(2, 1, { pk: PK, sk: `CANDIDATE#${NIP}`, ...CANDIDATE, nomination: 2 });
    items.push({ pk: PK, sk: `NOMINATION#${NIP}#0001`, ...CANDIDATE }, reportItem('2023-03-01'));
  });

  it("PK-DINILAI-SESUAI-PEMBERITAHUAN: the first nomination's letter does not let the second be assessed, its results read under its own key", async () => {
    const refused = await send(`POST ${CANDIDATE_PATH}/results`, asesor(MEMBER!), {
      ...RESULT,
      method: 'WAWANCARA_KOMPETENSI',
      assessedOn: ['2025-03-17'],
    });
    expect([refused.statusCode, codes(refused)]).toEqual([422, ['PK-DINILAI-SESUAI-PEMBERITAHUAN']]);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
    expect(
      ddb.commandCalls(QueryCommand).map((c) => c.args[0].input.ExpressionAttributeValues),
    ).toContainEqual({
      ':pk': PK,
      ':prefix': `RESULT#${NIP}~0002#`,
    });
  });

  it('PK-HASIL-KONFIDENSIAL: the current report is not the earlier one (404, as for a nomination never recorded); with ?nomination=1 the earlier is read, KEDALUWARSA, the read logged against it', async () => {
    const current = await send(`GET ${CANDIDATE_PATH}/report`, official('ppk'));
    expect([current.statusCode, bodyOf(current).code]).toEqual([404, 'STRUCTURAL_REPORT_NOT_FOUND']);
    const earlier = await send(`GET ${CANDIDATE_PATH}/report`, official('ppk'), undefined, {
      nomination: '1',
    });
    expect([earlier.statusCode, bodyOf(earlier).status, bodyOf(earlier).reportDate]).toEqual([
      200,
      'KEDALUWARSA',
      '2023-03-01',
    ]);
    const [read] = ddb.commandCalls(PutCommand).map((c) => c.args[0].input.Item!);
    expect(read).toMatchObject({ entity: 'StructuralReportRead', reader: 'ppk.3201', via: 'LAPORAN' });
    expect(read!.sk).toMatch(new RegExp(`^REPORTREAD#${NIP}#${NOW}#`));
    expect(read).not.toHaveProperty('nomination');
    // A nomination the instansi never recorded is the same 404 as a report not sent.
    const unknown = await send(`GET ${CANDIDATE_PATH}/report`, official('ppk'), undefined, {
      nomination: '3',
    });
    expect([unknown.statusCode, bodyOf(unknown)]).toEqual([404, bodyOf(current)]);
  });
});
