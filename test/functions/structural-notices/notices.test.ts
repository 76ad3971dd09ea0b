import '../helpers/env';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StructuralCandidate } from '../../../events/api/structural';
import { StructuralNotice } from '../../../events/api/structural-notice';
import { apiEvent, bodyOf, claimsWith, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { anInstansi, INSTANSI, instansiItem, NIP } from '../helpers/proposals';
import { serve } from '../preassessment/table';
import { cancelledAt } from '../../adapters/dynamodb/dynamodb-errors';

/* The routes of the structural-notices stage (Perka BKN 11/2008 III.2.a.3-4, Anak Lampiran). */
const QUEUE_URL = 'https://sqs.ap-southeast-3.amazonaws.com/123456789012/structural-notice';
process.env.STRUCTURAL_NOTICE_QUEUE_URL = QUEUE_URL;
const { handler } = await import('../../../functions/structural-notices/index');

const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
const context = lambdaContext('structuralNotices');
/** 2 March 2026, 10:00 WIB: an assessment on 25 March must be notified by 10 March (Nyepi, Lebaran). */
const NOW = '2026-03-02T03:00:00.000Z';
const official = (role: string): Claims =>
  claimsWith(`[${role}]`, { 'custom:instansi': INSTANSI, 'cognito:username': `${role}.${INSTANSI}` });
const kepegawaian = official('kepegawaian');
const EXAMPLE = structuredClone((StructuralCandidate.meta()?.examples as StructuralCandidate[])[0]!);
const PK = `STRUCTURAL#${INSTANSI}`;
const planned = (o: Record<string, unknown> = {}) => ({
  pk: PK,
  sk: `CANDIDATE#${NIP}`,
  ...EXAMPLE,
  instansiCode: INSTANSI,
  nip: NIP,
  handover: { assessor: 'TPK', unitId: 'tpk_1', unitName: 'TPK Kabupaten', by: 'k', at: NOW },
  plan: {
    methods: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'ANALISIS_KASUS'],
    startDate: '2026-03-25',
    durationDays: 1,
    documents: [],
    by: 'k',
    at: NOW,
  },
  ...o,
});
const REQUEST = {
  place: 'Cibinong',
  nature: 'Penting',
  attachment: '-',
  date: '2026-03-25',
  time: '08.00 WIB s.d. selesai',
  venue: 'Aula BKPSDM Kabupaten Bogor',
  signer: { position: 'Ketua Tim Penilaian Kompetensi', name: 'Dra. Sri Rahayu, M.Psi.' },
};
const NOTICES = 'POST /structural/instansi/{instansiCode}/candidates/{nip}/notices';
const RECEIPT = 'POST /structural/instansi/{instansiCode}/candidates/{nip}/notices/{noticeId}/receipt';
const ASSESSABILITY = 'GET /structural/instansi/{instansiCode}/candidates/{nip}/assessability';
let items: Record<string, unknown>[];
const send = (routeKey: string, body?: unknown, extra: { noticeId?: string; date?: string } = {}) =>
  handler(
    apiEvent(routeKey, {
      body,
      claims: kepegawaian,
      pathParameters: {
        instansiCode: INSTANSI,
        nip: NIP,
        ...(extra.noticeId && { noticeId: extra.noticeId }),
      },
      ...(extra.date && { queryStringParameters: { date: extra.date } }),
    }),
    context,
  );
const codes = (result: Awaited<ReturnType<typeof send>>) =>
  bodyOf<{ details: { code: string }[] }>(result).details.map((v) => v.code);

beforeEach(() => {
  ddb.reset();
  sqs.reset();
  items = [instansiItem(anInstansi(INSTANSI))];
  serve(ddb, items);
  sqs.on(SendMessageCommand).resolves({});
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('issuing a notice', () => {
  it('PK-PEMBERITAHUAN-SETELAH-RENCANA: a candidate without a plan gets no letter; nothing written, nothing queued', async () => {
    items.push(planned({ plan: undefined }));
    const result = await send(NOTICES, REQUEST);
    expect([result.statusCode, codes(result)]).toEqual([422, ['PK-PEMBERITAHUAN-SETELAH-RENCANA']]);
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(0);
  });

  it.each([
    ['2026-03-09', ['PK-PEMBERITAHUAN-6-HARI-KERJA']],
    ['2028-01-18', ['KAL-DATA-LIBUR']],
  ])('a letter for %s issued on 2 March 2026 is refused: %j', async (date, expected) => {
    items.push(planned());
    const result = await send(NOTICES, { ...REQUEST, date });
    expect([result.statusCode, codes(result)]).toEqual([422, expected]);
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });

  it("numbers the letter from the instansi's register, records it with the schedule and queues its PDF", async () => {
    items.push(planned(), { pk: PK, sk: 'COUNTER#NOTICE#2026', last: 6 });
    const result = await send(NOTICES, REQUEST);
    expect(result.statusCode, JSON.stringify(bodyOf(result))).toBe(201);
    const notice = bodyOf<StructuralNotice>(result);
    expect(notice).toMatchObject({
      id: '2026-0007',
      unitName: 'TPK Kabupaten',
      status: 'DIKIRIM',
      issued: { by: `kepegawaian.${INSTANSI}`, at: NOW },
      letter: {
        number: `0007/PK/${INSTANSI}/III/2026`,
        letterDate: '2026-03-02',
        addressee: { name: EXAMPLE.name, nip: NIP, position: EXAMPLE.position, workUnit: EXAMPLE.workUnit },
        day: 'Rabu',
        date: '2026-03-25',
        receiveBy: '2026-03-10',
        signerPosition: 'Ketua Tim Penilaian Kompetensi',
        sentVia: 'PEJABAT_KEPEGAWAIAN_INSTANSI',
      },
    });
    const [transaction] = ddb.commandCalls(TransactWriteCommand);
    expect(transaction!.args[0].input.TransactItems).toHaveLength(3);
    const message = JSON.parse(sqs.commandCalls(SendMessageCommand)[0]!.args[0].input.MessageBody!);
    expect(message).toMatchObject({ type: 'StructuralNoticeRequested', noticeId: '2026-0007', nip: NIP });
    expect(sqs.commandCalls(SendMessageCommand)[0]!.args[0].input.QueueUrl).toBe(QUEUE_URL);
  });

  it('takes the next number when another letter took this one, and answers 409 when the candidate moved', async () => {
    items.push(planned());
    ddb
      .on(TransactWriteCommand)
      .rejectsOnce(cancelledAt(3, 0))
      .resolvesOnce({})
      .rejectsOnce(cancelledAt(3, 2) as TransactionCanceledException);
    const retried = await send(NOTICES, REQUEST);
    expect(retried.statusCode).toBe(201);
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(2);
    const raced = await send(NOTICES, REQUEST);
    expect([raced.statusCode, bodyOf(raced).code]).toEqual([409, 'STRUCTURAL_CANDIDATE_CHANGED']);
  });
});

describe('the receipt and the gate', () => {
  const NOTICE = structuredClone((StructuralNotice.meta()?.examples as StructuralNotice[])[0]!);
  const stored = (o: Partial<StructuralNotice> = {}) => ({
    pk: PK,
    sk: `NOTICE#${NIP}#${NOTICE.id}`,
    ...NOTICE,
    instansiCode: INSTANSI,
    nip: NIP,
    document: { key: 'k.pdf', sha256: 'ab', signedAt: NOW },
    ...o,
  });
  const schedule = {
    noticeId: NOTICE.id,
    number: NOTICE.letter.number,
    date: '2026-03-25',
    endDate: '2026-03-25',
    receiveBy: '2026-03-10',
    status: 'MENUNGGU_PENERIMAAN',
  };

  it.each([
    ['2026-03-09', 'DITERIMA', false],
    ['2026-03-11', 'TERLAMBAT', true],
  ])(
    'PK-PEMBERITAHUAN-6-HARI-KERJA: received %s is recorded %s (late %s), with who recorded it',
    async (receivedOn, status, late) => {
      vi.setSystemTime(new Date('2026-03-12T03:00:00.000Z'));
      items.push(planned({ schedule }), stored());
      const result = await send(RECEIPT, { receivedOn }, { noticeId: NOTICE.id });
      expect(result.statusCode, JSON.stringify(bodyOf(result))).toBe(200);
      expect(bodyOf(result)).toMatchObject({
        status,
        receipt: { receivedOn, deadline: '2026-03-10', late, by: `kepegawaian.${INSTANSI}` },
      });
      const [update, candidate] = ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems!;
      expect(update!.Update!.ExpressionAttributeValues![':status']).toBe(status);
      expect(candidate!.Update!.ExpressionAttributeValues![':scheduleStatus']).toBe(
        late ? 'PERLU_JADWAL_BARU' : 'DAPAT_DINILAI',
      );
    },
  );

  it.each([
    ['a letter not yet signed', { document: undefined }, schedule, 'STRUCTURAL_NOTICE_NOT_SIGNED'],
    [
      'a replaced letter',
      { status: 'DIGANTI' as const },
      { ...schedule, noticeId: '2026-0008' },
      'STRUCTURAL_NOTICE_SUPERSEDED',
    ],
  ])(
    'refuses the receipt of %s with 409 (STRUCTURAL_NOTICE_NOT_SIGNED, _SUPERSEDED)',
    async (_case, o, current, code) => {
      items.push(planned({ schedule: current }), stored(o));
      const result = await send(RECEIPT, { receivedOn: '2026-03-02' }, { noticeId: NOTICE.id });
      expect([result.statusCode, bodyOf(result).code]).toEqual([409, code]);
      expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(0);
    },
  );

  it('PK-PEMBERITAHUAN-TANGGAL-TERIMA: a receipt dated tomorrow is refused', async () => {
    items.push(planned({ schedule }), stored());
    const result = await send(RECEIPT, { receivedOn: '2026-03-03' }, { noticeId: NOTICE.id });
    expect([result.statusCode, codes(result)]).toEqual([422, ['PK-PEMBERITAHUAN-TANGGAL-TERIMA']]);
  });

  it.each([
    ['2026-03-09', '2026-03-25', true, []],
    ['2026-03-11', '2026-03-25', false, ['PK-DINILAI-SESUAI-PEMBERITAHUAN', 'PK-PEMBERITAHUAN-6-HARI-KERJA']],
    ['2026-03-09', '2026-03-26', false, ['PK-DINILAI-SESUAI-PEMBERITAHUAN']],
  ])(
    'PK-DINILAI-SESUAI-PEMBERITAHUAN: received %s, assessed on %s → %s',
    async (receivedOn, date, assessable, reasons) => {
      const receipt = {
        receivedOn,
        deadline: '2026-03-10',
        late: receivedOn > '2026-03-10',
        by: 'k',
        at: NOW,
      };
      items.push(planned({ schedule }), stored({ receipt }));
      const result = await send(ASSESSABILITY, undefined, { date });
      expect(result.statusCode).toBe(200);
      const body = bodyOf<{ assessable: boolean; reasons: { code: string }[]; noticeId?: string }>(result);
      expect([body.assessable, body.reasons.map((r) => r.code)]).toEqual([assessable, reasons]);
      expect(body.noticeId).toBe(assessable ? NOTICE.id : undefined);
    },
  );

  it('without a date asks about the first day of the schedule', async () => {
    items.push(planned({ schedule }), stored());
    const body = bodyOf<{ date: string; assessable: boolean }>(await send(ASSESSABILITY));
    expect(body).toMatchObject({ date: '2026-03-25', assessable: false, schedule });
  });
});
