import '../helpers/env';
import { serveRegistry } from '../helpers/operators';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as trainingRepository from '../../../adapters/dynamodb/training-repository';
import { handler } from '../../../functions/training/index';
import { ADMIN_USERNAME, apiEvent, bodyOf, claimsWith, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { queriesOf } from '../helpers/queries';
import { writesOf } from '../helpers/writes';
import { UPLOADS_BUCKET } from '../helpers/env';
import { PROGRAM_ID } from '../helpers/programs';
import {
  anInstansi,
  bknAdmin,
  INSTANSI,
  instansiItem,
  instansiOperator,
  KANREG,
  kanregOperator,
  NIP,
  OTHER_INSTANSI,
  OTHER_KANREG,
  OTHER_NIP,
  aPinnedUpload,
  slotItem,
  SLOT_ID,
  STORED_SHA256,
  STORED_VERSION,
  stubS3Head,
  transactItems,
  writeCalls,
  ALL_OPERATORS,
} from '../helpers/proposals';
import {
  aCohort,
  aParticipant,
  cohortItem,
  participantItem,
  peserta,
  PESERTA,
  serve,
} from '../preassessment/table';
import { cancelled } from '../../adapters/dynamodb/dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('training');
/** A week before cohort 19 (29-30 July 2026). */
const NOW = '2026-07-20T03:00:00.000Z';
const PARTICIPANT_PATH = { programId: PROGRAM_ID, nip: NIP };
const PARTITION = `PARTICIPANT#${PROGRAM_ID}#${NIP}`;
const COHORT_PARTITION = `COHORT#${PROGRAM_ID}#019`;

const ACTION_PLAN = {
  title: 'Implementasi Coaching dan Mentoring Kepegawaian',
  background: 'Kebutuhan pengembangan bagi PNS di luar pelatihan.',
  problem: 'Hak 20 JP per tahun tidak sebanding dengan anggaran.',
  goal: 'Peningkatan kompetensi pengelola kepegawaian.',
  benefits: 'Kinerja organisasi meningkat.',
  milestones: [
    {
      term: 'PENDEK',
      activity: 'Menyusun konsep',
      duration: { value: 2, unit: 'MINGGU' },
      output: 'Konsep metode',
    },
  ],
};
const CV_PREFIX = `training/${PROGRAM_ID}/${NIP}/CV`;
const CV_FILE = { contentType: 'application/pdf', size: 120_311 };
const CV = {
  ...aPinnedUpload(CV_PREFIX),
  ...CV_FILE,
  uploadedAt: '2026-07-19T03:00:00.000Z',
  uploadedBy: PESERTA,
};
/** The participant's open CV slot, issued now for `CV_FILE`. */
const cvSlot = () => ({
  ...slotItem(PARTITION, 'CV', CV_PREFIX, CV_FILE),
  issuedAt: NOW,
  expiresAt: Date.parse(NOW) / 1000 + 86_400,
});

const cvItem = {
  pk: PARTITION,
  sk: 'TRAINING#CV',
  entity: 'ParticipantCv',
  programId: PROGRAM_ID,
  nip: NIP,
  document: CV,
};
const confirmationItem = (attending = true, cohort = 19) => ({
  pk: PARTITION,
  sk: 'TRAINING#CONFIRMATION',
  entity: 'Confirmation',
  programId: PROGRAM_ID,
  nip: NIP,
  instansiCode: INSTANSI,
  cohort,
  attending,
  confirmedBy: PESERTA,
  confirmedAt: NOW,
  version: 1,
});
/**
 * The seat check every training write of a participant carries (stillSeatedIn), as writesOf names it; the exact
 * commands of T1-T7 are proved in test/adapters/dynamodb/training-repository.test.ts.
 */
const seatChecked = (nip: string = NIP) => ({
  op: 'ConditionCheck',
  pk: `PARTICIPANT#${PROGRAM_ID}#${nip}`,
  sk: '#PARTICIPANT',
});
const register = (date: string, session: 'KLASIKAL' | 'EVALUASI', present: string[]) => ({
  pk: COHORT_PARTITION,
  sk: `ATTENDANCE#${date}#${session}`,
  entity: 'AttendanceRegister',
  programId: PROGRAM_ID,
  cohort: 19,
  date,
  day: date === '2026-07-29' ? 1 : 2,
  session,
  present,
  recordedBy: ADMIN_USERNAME,
  recordedAt: NOW,
  version: 1,
});

const BASE = [
  instansiItem(anInstansi(INSTANSI)),
  instansiItem(anInstansi(OTHER_INSTANSI)),
  participantItem(aParticipant()),
  cohortItem(aCohort()),
];

const send = (
  routeKey: string,
  claims: Claims,
  body?: unknown,
  path: Record<string, string> = PARTICIPANT_PATH,
) => handler(apiEvent(routeKey, { pathParameters: { ...path }, body, claims }), context);
const confirm = (
  claims: Claims,
  body: unknown = { attending: true, actionPlan: ACTION_PLAN },
  path = PARTICIPANT_PATH,
) => send('POST /programs/{programId}/participants/{nip}/confirmation', claims, body, path);
const learning = (claims: Claims, path = PARTICIPANT_PATH) =>
  send('GET /programs/{programId}/participants/{nip}/learning', claims, undefined, path);
const eLearning = (body: unknown, claims: Claims = bknAdmin()) =>
  send('POST /programs/{programId}/participants/{nip}/e-learning', claims, body);
const attendance = (body: unknown, number = '19', claims: Claims = bknAdmin()) =>
  send('POST /programs/{programId}/cohorts/{number}/attendance', claims, body, {
    programId: PROGRAM_ID,
    number,
  });

beforeEach(() => {
  ddb.reset();
  serveRegistry(ddb, ...ALL_OPERATORS());
  serve(ddb, BASE);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('POST .../confirmation', () => {
  const confirmation = {
    programId: PROGRAM_ID,
    nip: NIP,
    instansiCode: INSTANSI,
    cohort: 19,
    attending: true,
    actionPlan: ACTION_PLAN,
    cv: CV,
    confirmedBy: PESERTA,
    confirmedAt: NOW,
    version: 1,
  };

  it('a seated participant with a CV confirms with the action plan: its cohort, PIK graduation, CV and confirmation read at once, one transaction checks the seat, writes version 1 and its history item', async () => {
    // Prepare
    serve(ddb, [...BASE, cvItem]);
    const save = vi.spyOn(trainingRepository, 'saveConfirmation');

    // Act
    const result = await confirm(peserta());

    // Assess
    expect(result.statusCode).toBe(200);
    expect(writesOf(ddb)).toStrictEqual([
      seatChecked(),
      { op: 'Put', pk: PARTITION, sk: 'TRAINING#CONFIRMATION', entity: 'Confirmation' },
      { op: 'Put', pk: PARTITION, sk: 'TRAINING_HISTORY#CONFIRMATION#001', entity: 'ConfirmationVersion' },
    ]);
    expect(save).toHaveBeenCalledWith(confirmation, undefined);
    expect(bodyOf(result)).toEqual(confirmation);
    // The cohort, the PIK graduation, the CV and the confirmation, all keyed from the participant, in one strongly
    // consistent BatchGetItem (T8); no Query of the training records.
    const batches = ddb
      .commandCalls(BatchGetCommand)
      .map((c) => Object.values(c.args[0].input.RequestItems!)[0]!);
    expect(batches.map((read) => [read.Keys!.map((key) => key.sk), read.ConsistentRead])).toEqual([
      [['#COHORT', `PIK_GRADUATION#${NIP}`, 'TRAINING#CV', 'TRAINING#CONFIRMATION'], true],
    ]);
    expect(ddb.commandCalls(GetCommand).map((c) => c.args[0].input.Key?.sk)).not.toContain('#COHORT');
    expect(queriesOf(ddb).filter((query) => query.pk === PARTITION)).toEqual([]);
  });

  it('a changed answer (attending, then declining) is version 2, names the answer it replaces and is written only on version 1', async () => {
    // Prepare
    serve(ddb, [...BASE, cvItem, { ...confirmationItem(), actionPlan: ACTION_PLAN, cv: CV }]);
    const save = vi.spyOn(trainingRepository, 'saveConfirmation');

    // Act
    const result = await confirm(peserta(), { attending: false });

    // Assess
    expect(result.statusCode).toBe(200);
    const replaces = { version: 1, cohort: 19, attending: true, confirmedBy: PESERTA, confirmedAt: NOW };
    expect(bodyOf(result)).toMatchObject({ attending: false, version: 2, replaces });
    expect(writesOf(ddb)).toStrictEqual([
      seatChecked(),
      { op: 'Put', pk: PARTITION, sk: 'TRAINING#CONFIRMATION', entity: 'Confirmation' },
      { op: 'Put', pk: PARTITION, sk: 'TRAINING_HISTORY#CONFIRMATION#002', entity: 'ConfirmationVersion' },
    ]);
    const [, current, history] = transactItems(ddb)!;
    expect(current!.Put!.Item).toMatchObject({ attending: false, version: 2, replaces });
    expect(current!.Put!.Item).not.toHaveProperty('actionPlan');
    expect(history!.Put!.Item).toMatchObject({ attending: false, version: 2, replaces });
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ version: 2 }), 1);
  });

  it('an answer stored before answers had versions is replaced only while it still has none', async () => {
    // Prepare
    const { version: _unversioned, ...legacy } = confirmationItem();
    serve(ddb, [...BASE, legacy]);
    const save = vi.spyOn(trainingRepository, 'saveConfirmation');

    // Act
    const result = await confirm(peserta(), { attending: false });

    // Assess
    expect(bodyOf(result)).toMatchObject({ version: 1, replaces: { version: 0 } });
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ version: 1 }), 0);
  });

  it.each([
    [
      'the participant was moved or gave the seat back meanwhile',
      ['ConditionalCheckFailed', 'None', 'None'],
      'PARTICIPANT_CHANGED',
    ],
    ['someone answered meanwhile', ['None', 'ConditionalCheckFailed', 'None'], 'TRAINING_CHANGED'],
    [
      'another request wrote the same version',
      ['None', 'None', 'ConditionalCheckFailed'],
      'TRAINING_CHANGED',
    ],
  ])('answers 409 when %s, and nothing is written', async (_label, reasons, code) => {
    // Prepare
    serve(ddb, [...BASE, cvItem]);
    ddb.on(TransactWriteCommand).rejects(cancelled(...reasons));

    // Act
    const result = await confirm(peserta());

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe(code);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
  });

  it('a participant who cannot come confirms without CV or action plan', async () => {
    const result = await confirm(peserta(), { attending: false });
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({ attending: false });
  });

  it.each([
    ['no CV uploaded', BASE, { attending: true, actionPlan: ACTION_PLAN }, ['KONFIRMASI-CV']],
    ['no action plan', [...BASE, cvItem], { attending: true }, ['KONFIRMASI-RTL']],
    [
      'an action plan with a 4-month short-term step',
      [...BASE, cvItem],
      {
        attending: true,
        actionPlan: {
          ...ACTION_PLAN,
          milestones: [{ ...ACTION_PLAN.milestones[0], duration: { value: 4, unit: 'BULAN' } }],
        },
      },
      ['RTL-JANGKA-WAKTU'],
    ],
    [
      'a participant without a seat, without a CV',
      [...BASE.slice(0, 2), participantItem(aParticipant({ seat: undefined }))],
      { attending: true, actionPlan: ACTION_PLAN },
      ['KONFIRMASI-PESERTA', 'KONFIRMASI-CV'],
    ],
  ])('answers 422 for %s, listing every rule, and writes nothing', async (_label, items, body, codes) => {
    // Prepare
    serve(ddb, items);

    // Act
    const result = await confirm(peserta(), body);

    // Assess
    expect(result.statusCode).toBe(422);
    expect(bodyOf<{ details: { code: string }[] }>(result).details.map((d) => d.code)).toEqual(codes);
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it('answers 422 KONFIRMASI-SEBELUM-KELAS once the cohort has started', async () => {
    // Prepare: 29 July 2026 07:00 WIB
    serve(ddb, [...BASE, cvItem]);
    vi.setSystemTime(new Date('2026-07-29T00:00:00.000Z'));

    // Act
    const result = await confirm(peserta());

    // Assess
    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('KONFIRMASI-SEBELUM-KELAS');
  });

  it('answers 404 PARTICIPANT_NOT_FOUND for a NIP that is no participant', async () => {
    const result = await confirm(instansiOperator(), undefined, { programId: PROGRAM_ID, nip: OTHER_NIP });
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result).code).toBe('PARTICIPANT_NOT_FOUND');
  });

  it('maps a DynamoDB failure on the write to 500 INTERNAL_ERROR', async () => {
    serve(ddb, [...BASE, cvItem]);
    ddb.on(TransactWriteCommand).rejects(Object.assign(new Error('boom'), { name: 'InternalServerError' }));
    const result = await confirm(peserta());
    expect(result.statusCode).toBe(500);
    expect(bodyOf(result)).toEqual({ code: 'INTERNAL_ERROR', message: expect.any(String) });
  });
});

describe('CV upload', () => {
  it('gives a signed PUT slot to a new CV key of its own in the uploads bucket, written once, and records the slot', async () => {
    // Act
    const result = await send('POST /programs/{programId}/participants/{nip}/cv/upload', peserta(), CV_FILE);

    // Assess
    expect(result.statusCode).toBe(200);
    const slot = bodyOf<{ url: string; headers: Record<string, string> }>(result);
    const url = new URL(slot.url);
    expect(url.hostname).toBe(`${UPLOADS_BUCKET}.s3.ap-southeast-3.amazonaws.com`);
    expect(url.pathname).toMatch(new RegExp(`^/${CV_PREFIX}/[0-9a-f-]{36}$`));
    expect(slot.headers).toEqual({
      'content-type': 'application/pdf',
      'content-length': '120311',
      'if-none-match': '*',
    });
    expect(ddb.commandCalls(PutCommand).map((c) => c.args[0].input.Item)).toStrictEqual([
      { ...cvSlot(), key: url.pathname.slice(1) },
    ]);
    expect(writeCalls(ddb)).toHaveLength(1);
  });

  it('records the CV of the latest slot, pinned to its version, size and SHA-256', async () => {
    // Prepare
    serve(ddb, [...BASE, cvSlot()]);
    stubS3Head(CV_FILE);

    // Act
    const result = await send('PUT /programs/{programId}/participants/{nip}/cv', peserta());

    // Assess
    expect(result.statusCode).toBe(200);
    const document = {
      ...CV,
      key: `${CV_PREFIX}/${SLOT_ID}`,
      versionId: STORED_VERSION,
      sha256: STORED_SHA256,
      uploadedAt: NOW,
    };
    expect(writesOf(ddb)).toStrictEqual([
      { op: 'Put', pk: PARTITION, sk: 'TRAINING#CV', entity: 'ParticipantCv' },
    ]);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input.Item).toStrictEqual({ ...cvItem, document });
    expect(bodyOf(result)).toEqual({ programId: PROGRAM_ID, nip: NIP, document });
  });

  it.each([
    ['S3 holds nothing for the slot', [cvSlot()], 404, 409, 'UPLOAD_NOT_FOUND'],
    ['no slot was issued', [], CV_FILE, 409, 'UPLOAD_NOT_FOUND'],
    ['S3 holds an HTML page', [cvSlot()], { contentType: 'text/html', size: 13 }, 422, 'UPLOAD_TYPE'],
    [
      'the slot’s CV is already the one recorded (UNGGAH-SEKALI)',
      [cvSlot(), { ...cvItem, document: { ...CV, key: `${CV_PREFIX}/${SLOT_ID}` } }],
      CV_FILE,
      422,
      'UNGGAH-SEKALI',
    ],
    [
      'S3 holds a file of another size than declared (UNGGAH-SESUAI)',
      [cvSlot()],
      { ...CV_FILE, size: 120_312 },
      422,
      'UNGGAH-SESUAI',
    ],
  ] as const)('refuses a confirmation when %s, writing nothing', async (_case, items, head, status, code) => {
    serve(ddb, [...BASE, ...items]);
    stubS3Head(head);
    const result = await send('PUT /programs/{programId}/participants/{nip}/cv', peserta());
    expect(result.statusCode).toBe(status);
    expect(bodyOf(result).code).toBe(code);
    expect(writeCalls(ddb)).toHaveLength(0);
  });
});

describe('POST .../e-learning', () => {
  const record = {
    programId: PROGRAM_ID,
    nip: NIP,
    cohort: 19,
    completedOn: '2026-07-20',
    recordedBy: ADMIN_USERNAME,
    recordedAt: NOW,
    version: 1,
  };

  it('BKN records a confirmed participant’s e-learning completed before the class: conditional on the seat and on the attending answer read', async () => {
    // Prepare
    serve(ddb, [...BASE, confirmationItem()]);
    const save = vi.spyOn(trainingRepository, 'saveELearning');

    // Act
    const result = await eLearning({ completedOn: '2026-07-20' });

    // Assess
    expect(result.statusCode).toBe(200);
    expect(writesOf(ddb)).toStrictEqual([
      seatChecked(),
      { op: 'ConditionCheck', pk: PARTITION, sk: 'TRAINING#CONFIRMATION' },
      { op: 'Put', pk: PARTITION, sk: 'TRAINING#ELEARNING', entity: 'ELearning' },
    ]);
    // On the attending confirmation read (version 1), as the first record.
    expect(save).toHaveBeenCalledWith(record, 1, undefined);
    expect(bodyOf(result)).toEqual(record);
    // The seat, the PIK entry, the cohort's e-learning setup (ED14), the confirmation and the e-learning (T9) in
    // one BatchGetItem; no setup, so no Query of the cohort's delivery nor of the training records' resumes.
    const batches = ddb
      .commandCalls(BatchGetCommand)
      .map((c) => Object.values(c.args[0].input.RequestItems!)[0]!.Keys!.map((key) => key.sk));
    expect(batches).toEqual([
      [
        '#COHORT',
        `PIK_GRADUATION#${NIP}`,
        'DELIVERY#ELEARNING',
        'TRAINING#CONFIRMATION',
        'TRAINING#ELEARNING',
      ],
    ]);
    expect(queriesOf(ddb)).toEqual([]);
  });

  it('a correction is version 2, written only on version 1', async () => {
    // Prepare
    serve(ddb, [
      ...BASE,
      confirmationItem(),
      { pk: PARTITION, sk: 'TRAINING#ELEARNING', entity: 'ELearning', ...record, completedOn: '2026-07-19' },
    ]);
    const save = vi.spyOn(trainingRepository, 'saveELearning');

    // Act
    const result = await eLearning({ completedOn: '2026-07-20' });

    // Assess
    expect(bodyOf(result)).toMatchObject({ completedOn: '2026-07-20', version: 2 });
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ version: 2 }), 1, 1);
  });

  it.each([
    ['not confirmed', BASE, '2026-07-20', ['ELEARNING-PESERTA']],
    ['declined attendance', [...BASE, confirmationItem(false)], '2026-07-20', ['ELEARNING-PESERTA']],
    [
      'a confirmation for the cohort the participant was moved from',
      [...BASE, confirmationItem(true, 4)],
      '2026-07-20',
      ['ELEARNING-PESERTA'],
    ],
    [
      'a completion date tomorrow (WIB)',
      [...BASE, confirmationItem()],
      '2026-07-21',
      ['ELEARNING-TANGGAL-BELUM-TIBA'],
    ],
  ])('answers 422 for %s, writing nothing', async (_label, items, completedOn, codes) => {
    serve(ddb, items);
    const result = await eLearning({ completedOn });
    expect(result.statusCode).toBe(422);
    expect(bodyOf<{ details: { code: string }[] }>(result).details.map((d) => d.code)).toEqual(codes);
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it.each([
    [
      'the participant lost the seat meanwhile',
      ['ConditionalCheckFailed', 'None', 'None'],
      'PARTICIPANT_CHANGED',
    ],
    [
      'the participant changed the answer meanwhile',
      ['None', 'ConditionalCheckFailed', 'None'],
      'TRAINING_CHANGED',
    ],
    ['BKN recorded it meanwhile', ['None', 'None', 'ConditionalCheckFailed'], 'TRAINING_CHANGED'],
  ])('answers 409 when %s', async (_label, reasons, code) => {
    serve(ddb, [...BASE, confirmationItem()]);
    ddb.on(TransactWriteCommand).rejects(cancelled(...reasons));
    const result = await eLearning({ completedOn: '2026-07-20' });
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe(code);
  });

  it.each([
    ['the participant', peserta()],
    ['an instansi operator', instansiOperator()],
  ])('answers 403 FORBIDDEN_ROLE to %s, without a call', async (_label, claims) => {
    const result = await eLearning({ completedOn: '2026-07-20' }, claims);
    expect(result.statusCode).toBe(403);
    expect(ddb.calls()).toHaveLength(0);
  });
});

describe('POST /programs/{programId}/cohorts/{number}/attendance', () => {
  /** 30 July 2026, 17.00 WIB: both days of cohort 19 have happened. */
  const AFTER = '2026-07-30T10:00:00.000Z';
  const recorded = (date: string, session: 'KLASIKAL' | 'EVALUASI', present: string[]) => ({
    ...register(date, session, present),
    recordedAt: AFTER,
  });
  /** A participant of another programme booked for a re-test into cohort 19's test session. */
  const RETESTED = '197812312005041003';
  const retestBooking = {
    pk: `PARTICIPANT#prg_other#${RETESTED}`,
    sk: 'RESULT#RETEST#1',
    entity: 'RetestBooking',
    gsi1pk: `COHORT#${PROGRAM_ID}#019#RETESTS`,
    gsi1sk: RETESTED,
    programId: 'prg_other',
    nip: RETESTED,
    retestNumber: 1,
    cohort: 4,
    session: { programId: PROGRAM_ID, number: 19, testDate: '2026-07-30' },
  };
  beforeEach(() => vi.setSystemTime(new Date(AFTER)));

  it('records the classroom register of day 1 in the cohort partition, checking each listed participant’s seat in the same transaction', async () => {
    // Prepare
    const save = vi.spyOn(trainingRepository, 'saveAttendance');

    // Act
    const result = await attendance({ date: '2026-07-29', present: [NIP, NIP] });

    // Assess
    expect(result.statusCode).toBe(200);
    expect(writesOf(ddb)).toStrictEqual([
      { op: 'Put', pk: COHORT_PARTITION, sk: 'ATTENDANCE#2026-07-29#KLASIKAL', entity: 'AttendanceRegister' },
      seatChecked(),
    ]);
    expect(transactItems(ddb)![0]!.Put!.Item).toStrictEqual(recorded('2026-07-29', 'KLASIKAL', [NIP]));
    expect(save).toHaveBeenCalledWith(expect.anything(), undefined, [NIP]);
  });

  it('records the evaluation register of day 2, with a re-test booked into the session: only the seated are checked', async () => {
    // Prepare
    serve(ddb, [...BASE, retestBooking]);

    // Act
    const result = await attendance({ date: '2026-07-30', evaluation: true, present: [NIP, RETESTED] });

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({ day: 2, session: 'EVALUASI', present: [NIP, RETESTED] });
    expect(writesOf(ddb).slice(1)).toStrictEqual([seatChecked()]);
  });

  it('a register sent again corrects it as version 2, written only on version 1', async () => {
    // Prepare
    serve(ddb, [...BASE, recorded('2026-07-29', 'KLASIKAL', [])]);
    const save = vi.spyOn(trainingRepository, 'saveAttendance');

    // Act
    const result = await attendance({ date: '2026-07-29', present: [NIP] });

    // Assess
    expect(bodyOf(result)).toMatchObject({ present: [NIP], version: 2 });
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ version: 2 }), 1, [NIP]);
  });

  it.each([
    ['a date outside the cohort', { date: '2026-07-28', present: [NIP] }, ['PELATIHAN-HARI-ANGKATAN']],
    [
      'the evaluation on day 1',
      { date: '2026-07-29', evaluation: true, present: [NIP] },
      ['PELATIHAN-EVALUASI-HARI'],
    ],
    [
      'a NIP not seated in the cohort',
      { date: '2026-07-29', present: [NIP, OTHER_NIP] },
      ['PELATIHAN-PESERTA-ANGKATAN'],
    ],
    [
      'a re-test booked into the session, at a classroom session',
      { date: '2026-07-30', present: ['197812312005041003'] },
      ['PELATIHAN-PESERTA-ANGKATAN'],
    ],
  ])('answers 422 for %s, writing nothing', async (_label, body, codes) => {
    serve(ddb, [...BASE, retestBooking]);
    const result = await attendance(body);
    expect(result.statusCode).toBe(422);
    expect(bodyOf<{ details: { code: string }[] }>(result).details.map((d) => d.code)).toEqual(codes);
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it.each([
    ['day 2 on the evening of day 1 (WIB)', '2026-07-29T12:00:00.000Z', '2026-07-30'],
    ['day 1 a week before it', NOW, '2026-07-29'],
  ])('PELATIHAN-TANGGAL-BELUM-TIBA: refuses %s, writing nothing', async (_label, now, date) => {
    vi.setSystemTime(new Date(now));
    const result = await attendance({ date, present: [NIP] });
    expect(result.statusCode).toBe(422);
    expect(bodyOf<{ details: { code: string }[] }>(result).details.map((d) => d.code)).toEqual([
      'PELATIHAN-TANGGAL-BELUM-TIBA',
    ]);
    expect(writeCalls(ddb)).toHaveLength(0);
  });

  it('answers 409 PARTICIPANT_CHANGED naming whose seat changed meanwhile, writing nothing', async () => {
    // Prepare
    const second = '199006152014032002';
    serve(ddb, [...BASE, participantItem(aParticipant({ nip: second }))]);
    ddb.on(TransactWriteCommand).rejects(cancelled('None', 'None', 'ConditionalCheckFailed'));

    // Act
    const result = await attendance({ date: '2026-07-29', present: [NIP, second] });

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result)).toMatchObject({ code: 'PARTICIPANT_CHANGED', details: { nips: [second] } });
  });

  it('answers 409 TRAINING_CHANGED when another register of the session was recorded meanwhile', async () => {
    ddb.on(TransactWriteCommand).rejects(cancelled('ConditionalCheckFailed', 'None'));
    const result = await attendance({ date: '2026-07-29', present: [NIP] });
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe('TRAINING_CHANGED');
  });

  it('BKN’s re-test session records its evaluation on its one test day, the re-tests booked into it', async () => {
    // Prepare
    const session = aCohort({
      number: 51,
      kind: 'UJI_ULANG',
      capacity: 0,
      seatsTaken: 0,
      startDate: '2026-07-30',
      endDate: '2026-07-30',
    });
    serve(ddb, [
      ...BASE,
      cohortItem(session),
      { ...retestBooking, gsi1pk: `COHORT#${PROGRAM_ID}#051#RETESTS` },
    ]);

    // Act
    const refused = await attendance({ date: '2026-07-30', present: [] }, '51');
    const result = await attendance({ date: '2026-07-30', evaluation: true, present: [RETESTED] }, '51');

    // Assess
    expect(bodyOf(refused).code).toBe('PELATIHAN-EVALUASI-HARI');
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({ cohort: 51, day: 1, session: 'EVALUASI', present: [RETESTED] });
    expect(transactItems(ddb)).toHaveLength(1);
  });

  it('answers 404 COHORT_NOT_FOUND for a cohort the programme does not have', async () => {
    const result = await attendance({ date: '2026-07-29', present: [] }, '42');
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result).code).toBe('COHORT_NOT_FOUND');
  });

  it('answers 403 FORBIDDEN_ROLE to an instansi operator, without a call', async () => {
    const result = await attendance({ date: '2026-07-29', present: [NIP] }, '19', instansiOperator());
    expect(result.statusCode).toBe(403);
    expect(ddb.calls()).toHaveLength(0);
  });
});

describe('GET .../learning', () => {
  it('adds up e-learning, both classroom days and the evaluation: 21 JP', async () => {
    // Prepare
    serve(ddb, [
      ...BASE,
      cvItem,
      { ...confirmationItem(), actionPlan: ACTION_PLAN },
      { ...confirmationItem(), sk: 'TRAINING_HISTORY#CONFIRMATION#001', entity: 'ConfirmationVersion' },
      {
        pk: PARTITION,
        sk: 'TRAINING#ELEARNING',
        entity: 'ELearning',
        programId: PROGRAM_ID,
        nip: NIP,
        completedOn: '2026-07-20',
        recordedBy: ADMIN_USERNAME,
        recordedAt: NOW,
      },
      register('2026-07-29', 'KLASIKAL', [NIP]),
      register('2026-07-30', 'KLASIKAL', [NIP]),
      register('2026-07-30', 'EVALUASI', [NIP]),
    ]);

    // Act
    const result = await learning(peserta());

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toEqual({
      programId: PROGRAM_ID,
      nip: NIP,
      cohort: 19,
      confirmation: {
        cohort: 19,
        attending: true,
        confirmedAt: NOW,
        hasActionPlan: true,
        hasCv: true,
        version: 1,
        history: [{ version: 1, cohort: 19, attending: true, confirmedBy: PESERTA, confirmedAt: NOW }],
      },
      eLearning: { completedOn: '2026-07-20', jp: 3 },
      classroom: [
        { date: '2026-07-29', day: 1, jp: 9 },
        { date: '2026-07-30', day: 2, jp: 3 },
      ],
      evaluation: { date: '2026-07-30', jp: 6 },
      totalJp: 21,
      maxJp: 21,
    });
    // The participant's records (T1), the cohort's registers (T6) and the confirmation's answers (T7); the
    // cohort's e-learning setup read with the seat and PIK entry (ED14: none set, so the recorded completion counts).
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(3);
    expect(
      ddb
        .commandCalls(BatchGetCommand)
        .map((c) => Object.values(c.args[0].input.RequestItems!)[0]!.Keys!.map((key) => key.sk)),
    ).toEqual([['#COHORT', `PIK_GRADUATION#${NIP}`, 'DELIVERY#ELEARNING']]);
  });

  it('counts only the sessions the participant is listed in', async () => {
    serve(ddb, [
      ...BASE,
      register('2026-07-29', 'KLASIKAL', [OTHER_NIP]),
      register('2026-07-30', 'KLASIKAL', [NIP]),
    ]);
    const result = await learning(bknAdmin());
    expect(bodyOf(result)).toMatchObject({
      totalJp: 3,
      eLearning: { completedOn: null, jp: 0 },
      confirmation: null,
    });
  });
});

describe('isolation of participant routes', () => {
  const ROUTES = [
    ['POST confirmation', (claims: Claims, path = PARTICIPANT_PATH) => confirm(claims, undefined, path)],
    ['GET learning', (claims: Claims, path = PARTICIPANT_PATH) => learning(claims, path)],
    [
      'POST cv/upload',
      (claims: Claims, path = PARTICIPANT_PATH) =>
        send(
          'POST /programs/{programId}/participants/{nip}/cv/upload',
          claims,
          { contentType: 'application/pdf', size: 10 },
          path,
        ),
    ],
    [
      'PUT cv',
      (claims: Claims, path = PARTICIPANT_PATH) =>
        send('PUT /programs/{programId}/participants/{nip}/cv', claims, undefined, path),
    ],
  ] as const;

  /** A NIP that is no participant of the programme: what every participant outside the scope must look like. */
  const MISSING_NIP = '199912312020121009';

  describe.each(ROUTES)('%s', (_name, act) => {
    it.each([
      ['a participant naming another NIP', () => peserta(OTHER_NIP), () => peserta(MISSING_NIP)],
      [
        'an operator of another instansi',
        () => instansiOperator(OTHER_INSTANSI),
        () => instansiOperator(OTHER_INSTANSI),
      ],
      [
        'a Kanreg operator of another region',
        () => kanregOperator(OTHER_KANREG),
        () => kanregOperator(OTHER_KANREG),
      ],
    ])(
      'answers %s exactly as a NIP that is no participant (404 PARTICIPANT_NOT_FOUND), writing nothing',
      async (_case, claims, missingClaims) => {
        const result = await act(claims());
        const missing = await act(missingClaims(), { ...PARTICIPANT_PATH, nip: MISSING_NIP });
        expect(result.statusCode).toBe(404);
        expect(bodyOf(result)).toStrictEqual(bodyOf(missing));
        expect(bodyOf(result).code).toBe('PARTICIPANT_NOT_FOUND');
        expect(writeCalls(ddb)).toHaveLength(0);
      },
    );

    it('answers 403 FORBIDDEN_ROLE to an assessor, without a call', async () => {
      const result = await act(claimsWith('[asesor]'));
      expect(result.statusCode).toBe(403);
      expect(ddb.calls()).toHaveLength(0);
    });
  });

  it('lets the Kanreg of the participant’s region read their learning record', async () => {
    expect((await learning(kanregOperator(KANREG))).statusCode).toBe(200);
  });
});
