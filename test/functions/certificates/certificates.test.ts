import '../helpers/env';
import { operatorEntry, serveRegistry } from '../helpers/operators';
import { captureOutput, emfMetric } from '../helpers/output';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import {
  BatchGetCommand,
  type BatchGetCommandInput,
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEVELOPMENT_CSV_COLUMNS,
  InstansiDevelopmentRecord,
  type CompetencyCertificateRecord,
  type TrainingCertificateRecord,
} from '../../../events/api/certificate';
import { handler as certificates } from '../../../functions/certificates/index';
import { handler as maintenance } from '../../../functions/certificate-maintenance/index';
import { handler as reissue } from '../../../functions/reissue/index';
import { handler as surveillance } from '../../../functions/surveillance/index';
import { ROUTES } from '../../../events/api/routes';
import { apiEvent, bodyOf, claimsWith, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { PROGRAM_ID } from '../helpers/programs';
import {
  anInstansi,
  bknAdmin,
  INSTANSI,
  instansiItem,
  instansiKey,
  instansiOperator,
  kanregOperator,
  NIP,
  OTHER_INSTANSI,
  OTHER_KANREG,
  OTHER_NIP,
  ALL_OPERATORS,
} from '../helpers/proposals';
import {
  aCertificate,
  aParticipant,
  aSigners,
  aTraining,
  PUBLIC_BASE_URL,
  TRAINING_NUMBER,
} from '../certificate-worker/fixtures';
import { aCohort, cohortItem } from '../invitations/fixtures';
import { TABLE_NAME } from '../helpers/env';
import { queriesOf } from '../helpers/queries';
import { bytesOf, openInExcel } from '../../services/exports/spreadsheet';
import {
  certificateChanges,
  eventsWritten,
  itemsPut,
  transactionsOf,
} from '../certificate-worker/certificate-writes';
import { writesOf } from '../helpers/writes';
import {
  certificateKey,
  schemePartition,
  certificateSignersKey,
  credentialKey,
  developmentKey,
  heldCertificateKey,
  outboxKey,
  participantKey,
  trainingCertificateIndexKeys,
  trainingCertificateKey,
} from '../../../adapters/dynamodb/keys';

process.env.PUBLIC_BASE_URL = PUBLIC_BASE_URL;
process.env.CERTIFICATE_QUEUE_URL = 'https://sqs.ap-southeast-3.amazonaws.com/123456789012/certificate';

const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
const context = lambdaContext('certificates');
const NUMBER = '0042/SKTM-ASN/L3/2027';
const ID = '0042-SKTM-ASN-L3-2027';
const TODAY = '2028-03-10T03:00:00.000Z';
const peserta = (nip: string): Claims => claimsWith('[peserta]', { 'custom:nip': nip });

/** Each route goes to the function that serves it: the certificates stage, their maintenance, re-issue or surveillance. */
const STAGES: Partial<Record<string, typeof certificates>> = {
  certificateMaintenance: maintenance,
  reissue,
  surveillance,
};
const handlerOf = (routeKey: string) => {
  const fn = ROUTES.find((route) => `${route.method} ${route.path}` === routeKey)?.function;
  return (fn && STAGES[fn]) ?? certificates;
};

const call = (
  routeKey: string,
  pathParameters: Record<string, string>,
  options: { body?: unknown; claims?: Claims; query?: Record<string, string> } = {},
) =>
  handlerOf(routeKey)(
    apiEvent(routeKey, {
      pathParameters,
      body: options.body,
      claims: options.claims ?? bknAdmin(),
      queryStringParameters: options.query,
    }),
    context,
  );

const issuedEntry: CompetencyCertificateRecord['history'][number] = {
  event: 'DITERBITKAN',
  at: '2027-08-20T03:00:05.000Z',
  on: '2027-08-20',
  reason: 'Diterbitkan.',
  by: 'sistem',
  eventId: `${NUMBER}#0`,
};

function serve(certificate: CompetencyCertificateRecord) {
  ddb.on(GetCommand, { Key: certificateKey(certificate.registrationNumber) }).resolves({ Item: certificate });
}

let output: ReturnType<typeof captureOutput>;
beforeEach(() => {
  output = captureOutput();
  ddb.reset();
  sqs.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(TODAY));
  ddb.on(GetCommand).resolves({});
  serveRegistry(ddb, ...ALL_OPERATORS());
  ddb.on(GetCommand, { Key: instansiKey(INSTANSI) }).resolves({ Item: instansiItem(anInstansi(INSTANSI)) });
  ddb.on(GetCommand, { Key: participantKey(PROGRAM_ID, NIP) }).resolves({ Item: aParticipant() });
  ddb.on(GetCommand, { Key: certificateSignersKey(PROGRAM_ID) }).resolves({ Item: aSigners() });
  ddb.on(BatchGetCommand).resolves({});
  ddb.on(UpdateCommand).resolves({});
  ddb.on(TransactWriteCommand).resolves({});
  sqs.on(SendMessageCommand).resolves({ MessageId: 'm-1' });
});

afterEach(() => {
  vi.useRealTimers();
  output.restore();
});

describe('GET /certificates/{certificateId}: download link', () => {
  const rendered = () =>
    aCertificate({
      document: {
        key: `certificates/${PROGRAM_ID}/${NIP}/${ID}.pdf`,
        sha256: 'a'.repeat(64),
        renderedAt: TODAY,
      },
    });

  it('gives the holder a presigned link valid 5 minutes, with the sha256 of the file', async () => {
    // Prepare
    serve(rendered());

    // Act
    const result = await call(
      'GET /certificates/{certificateId}',
      { certificateId: ID },
      { claims: peserta(NIP) },
    );

    // Assess
    expect(result.statusCode).toBe(200);
    const body = bodyOf<{ download: { url: string; expiresAt: string; sha256: string } }>(result);
    expect(body.download.url).toContain(`certificates/${PROGRAM_ID}/${NIP}/${ID}.pdf`);
    expect(body.download.url).toContain('X-Amz-Expires=300');
    expect(body.download).toMatchObject({ expiresAt: '2028-03-10T03:05:00.000Z', sha256: 'a'.repeat(64) });
  });

  it('links the Open Badges credential once it is signed (its own id, media type, sha256); not while only allocated', async () => {
    // Prepare
    serve(rendered());
    const allocated = {
      ...credentialKey(NUMBER),
      entity: 'Credential',
      registrationNumber: NUMBER,
      programId: PROGRAM_ID,
      nip: NIP,
      listId: 1,
      index: 41,
      salt: '00ff',
      allocatedAt: TODAY,
    };
    const signed = {
      ...allocated,
      document: {
        key: `credentials/${PROGRAM_ID}/${NIP}/${ID}.json`,
        sha256: 'b'.repeat(64),
        issuedAt: TODAY,
      },
    };
    const get = async (credential: Record<string, unknown>) => {
      ddb.on(GetCommand, { Key: credentialKey(NUMBER) }).resolves({ Item: credential });
      const result = await call(
        'GET /certificates/{certificateId}',
        { certificateId: ID },
        { claims: peserta(NIP) },
      );
      return bodyOf<{ credential?: unknown }>(result).credential;
    };

    // Act
    const [whileAllocated, once] = [await get(allocated), await get(signed)];

    // Assess
    expect(whileAllocated).toBeUndefined();
    expect(once).toStrictEqual({
      url: `${PUBLIC_BASE_URL}/certificates/${ID}/credential`,
      mediaType: 'application/vc+ld+json',
      issuedAt: TODAY,
      sha256: 'b'.repeat(64),
    });
  });

  it('answers another participant and an instansi out of scope exactly as an unknown number (404, no oracle)', async () => {
    // Prepare
    serve(rendered());

    // Act
    const other = await call(
      'GET /certificates/{certificateId}',
      { certificateId: ID },
      { claims: peserta(OTHER_NIP) },
    );
    const foreign = await call(
      'GET /certificates/{certificateId}',
      { certificateId: ID },
      { claims: instansiOperator(OTHER_INSTANSI) },
    );

    const unknown = await call('GET /certificates/{certificateId}', {
      certificateId: '0999-SKTM-ASN-L3-2027',
    });

    // Assess
    expect([other.statusCode, bodyOf(other).code]).toEqual([404, 'CERTIFICATE_NOT_FOUND']);
    expect(bodyOf(other)).toStrictEqual(bodyOf(unknown));
    expect(bodyOf(foreign)).toStrictEqual(bodyOf(unknown));
    expect(foreign.statusCode).toBe(404);
  });

  it('answers 404 CERTIFICATE_NOT_FOUND for an unknown number', async () => {
    const result = await call('GET /certificates/{certificateId}', {
      certificateId: '0999-SKTM-ASN-L3-2027',
    });
    expect([result.statusCode, bodyOf(result).code]).toEqual([404, 'CERTIFICATE_NOT_FOUND']);
  });
});

describe('POST /certificates/{certificateId}/revocation', () => {
  const grounds = [
    { kind: 'DISIPLIN', decisionRef: 'SK Bupati Bogor 862/2028', decidedOn: '2028-03-01', final: true },
  ];

  it('revokes an AKTIF certificate: its revocation, history entry and the CertificateRevoked outbox entry in ONE transaction', async () => {
    // Prepare: the certificate has one entry (its issue), so this change is entry 1.
    serve(aCertificate({ history: [issuedEntry] }));

    // Act
    const result = await call(
      'POST /certificates/{certificateId}/revocation',
      { certificateId: ID },
      { body: { grounds } },
    );

    // Assess
    expect(result.statusCode).toBe(200);
    const entry = {
      event: 'DICABUT',
      reason:
        'Dicabut karena pelanggaran disiplin yang terbukti dengan keputusan final (Perban BKN 7/2020 Pasal 36 ayat (3)).',
      rule: 'SERT-CABUT-ALASAN',
      by: 'bkn-admin-1',
      at: TODAY,
      on: '2028-03-10',
      eventId: `${NUMBER}#1`,
    };
    const revocation = {
      revokedOn: '2028-03-10',
      grounds,
      notice: expect.stringContaining(`nomor ${NUMBER}`),
      revokedBy: 'bkn-admin-1',
      revokedAt: TODAY,
    };
    expect(writesOf(ddb)).toStrictEqual([
      { op: 'Update', ...certificateKey(NUMBER) },
      { op: 'Put', ...outboxKey(`${NUMBER}#1`), entity: 'OutboxEvent' },
    ]);
    expect(transactionsOf(ddb)).toHaveLength(1);
    expect(certificateChanges(ddb)).toStrictEqual([{ ...certificateKey(NUMBER), entry, revocation }]);
    expect(eventsWritten(ddb)).toStrictEqual([
      {
        detailType: 'CertificateRevoked',
        detail: {
          registrationNumber: NUMBER,
          nip: NIP,
          instansiCode: INSTANSI,
          revokedOn: '2028-03-10',
          kinds: ['DISIPLIN'],
          notice: expect.stringContaining(`nomor ${NUMBER}`),
          eventId: `${NUMBER}#1`,
        },
        occurredAt: TODAY,
      },
    ]);
    const [blob] = output.metrics();
    expect(emfMetric(blob!, 'CertificateRevoked')).toMatchObject({ namespace: 'SertifikasiASN', value: 1 });
  });

  it('refuses a decision that is not final (422 SERT-CABUT-ALASAN) and writes nothing', async () => {
    // Prepare
    serve(aCertificate());

    // Act
    const result = await call(
      'POST /certificates/{certificateId}/revocation',
      { certificateId: ID },
      {
        body: { grounds: [{ ...grounds[0], final: false }] },
      },
    );

    // Assess
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'SERT-CABUT-ALASAN']);
    expect(writesOf(ddb)).toStrictEqual([]);
    expect(output.metrics()).toEqual([]);
  });

  it('is for BKN only (403 for an instansi operator)', async () => {
    const result = await call(
      'POST /certificates/{certificateId}/revocation',
      { certificateId: ID },
      { body: { grounds }, claims: instansiOperator() },
    );
    expect(result.statusCode).toBe(403);
  });
});

describe('POST /certificates/{certificateId}/reinstatement', () => {
  const revoked = () =>
    aCertificate({
      status: 'DICABUT',
      revocation: { revokedOn: '2027-09-01', grounds: [], notice: 'x', revokedBy: 'bkn', revokedAt: TODAY },
    });
  const body = (requestedOn: string) => ({
    requestedByNip: NIP,
    instansiCode: INSTANSI,
    letterNumber: '800/123/BKPSDM/2028',
    authorityRestoredOn: '2027-09-10',
    requestedOn,
  });
  // The scheme's register holds no published version: version 1 (2019) is in force.
  beforeEach(() => {
    ddb
      .on(QueryCommand, {
        ExpressionAttributeValues: { ':pk': schemePartition('ADMINISTRATOR'), ':prefix': 'VERSION#' },
      })
      .resolves({ Items: [] });
  });

  it('refuses a request earlier than 6 months after the authority returned (422 SERT-PULIH-6-BULAN) and writes nothing', async () => {
    // Prepare
    serve(revoked());

    // Act
    const result = await call(
      'POST /certificates/{certificateId}/reinstatement',
      { certificateId: ID },
      { body: body('2028-03-09') },
    );

    // Assess
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'SERT-PULIH-6-BULAN']);
    expect(writesOf(ddb)).toStrictEqual([]);
  });

  it('reinstates exactly 6 months after, with its history entry and the CertificateReinstated outbox entry in one transaction', async () => {
    // Prepare
    serve(revoked());

    // Act
    const result = await call(
      'POST /certificates/{certificateId}/reinstatement',
      { certificateId: ID },
      { body: body('2028-03-10') },
    );

    // Assess
    expect(result.statusCode).toBe(200);
    expect(writesOf(ddb)).toStrictEqual([
      { op: 'Update', ...certificateKey(NUMBER) },
      { op: 'Put', ...outboxKey(`${NUMBER}#0`), entity: 'OutboxEvent' },
    ]);
    expect(transactionsOf(ddb)).toHaveLength(1);
    expect(certificateChanges(ddb)).toMatchObject([
      { entry: { event: 'DIPULIHKAN', rule: 'SERT-PULIH-6-BULAN', eventId: `${NUMBER}#0` } },
    ]);
    expect(eventsWritten(ddb)).toMatchObject([
      {
        detailType: 'CertificateReinstated',
        detail: { eventId: `${NUMBER}#0`, registrationNumber: NUMBER, reinstatedOn: '2028-03-10' },
      },
    ]);
    const [blob] = output.metrics();
    expect(emfMetric(blob!, 'CertificateReinstated')).toMatchObject({
      namespace: 'SertifikasiASN',
      value: 1,
    });
  });

  it('refuses a request through an instansi that is not the holder’s workplace (422 SERT-PULIH-MELALUI-INSTANSI) and writes nothing', async () => {
    // Prepare
    serve(revoked());

    // Act
    const result = await call(
      'POST /certificates/{certificateId}/reinstatement',
      { certificateId: ID },
      {
        body: { ...body('2028-03-10'), instansiCode: OTHER_INSTANSI },
      },
    );

    // Assess
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'SERT-PULIH-MELALUI-INSTANSI']);
    expect(writesOf(ddb)).toStrictEqual([]);
  });
});

describe('POST /certificates/{certificateId}/reissue', () => {
  it('a name correction records version -P1, supersedes the old one, moves the holding and writes the CertificateReissued outbox entry in one transaction, then queues its rendering', async () => {
    // Prepare
    serve(aCertificate());

    // Act
    const result = await call(
      'POST /certificates/{certificateId}/reissue',
      { certificateId: ID },
      {
        body: { reason: 'KOREKSI_NAMA', name: 'Dewi Lestari, S.Sos., M.Si.', basis: 'SK 823/2028' },
      },
    );

    // Assess
    expect(result.statusCode).toBe(201);
    expect(bodyOf(result)).toMatchObject({
      registrationNumber: `${NUMBER}-P1`,
      version: 1,
      supersedes: NUMBER,
      holder: { name: 'Dewi Lestari, S.Sos., M.Si.' },
      verificationUrl: `${PUBLIC_BASE_URL}/verifikasi/${NUMBER}-P1`,
    });
    expect(transactionsOf(ddb)).toStrictEqual([
      [
        { op: 'Update', ...certificateKey(NUMBER) },
        { op: 'Put', ...certificateKey(`${NUMBER}-P1`), entity: 'Certificate' },
        { op: 'Put', ...heldCertificateKey(PROGRAM_ID, NIP), entity: 'HeldCertificate' },
        { op: 'Put', ...outboxKey(`${NUMBER}#0`), entity: 'OutboxEvent' },
      ],
    ]);
    expect(certificateChanges(ddb)).toMatchObject([
      {
        ...certificateKey(NUMBER),
        entry: {
          event: 'DIMUTAKHIRKAN',
          relatedNumber: `${NUMBER}-P1`,
          reason: `Digantikan versi ${NUMBER}-P1: koreksi nama pemegang (SK 823/2028).`,
          eventId: `${NUMBER}#0`,
        },
      },
    ]);
    expect(itemsPut(ddb, 'Certificate')).toMatchObject([
      { registrationNumber: `${NUMBER}-P1`, supersedes: NUMBER, status: 'AKTIF', history: [] },
    ]);
    expect(eventsWritten(ddb)).toMatchObject([
      {
        detailType: 'CertificateReissued',
        detail: { eventId: `${NUMBER}#0`, registrationNumber: `${NUMBER}-P1`, reason: 'KOREKSI_NAMA' },
      },
    ]);
    expect(JSON.parse(sqs.commandCalls(SendMessageCommand)[0]!.args[0].input.MessageBody!)).toMatchObject({
      type: 'CertificateRenderRequested',
      registrationNumber: `${NUMBER}-P1`,
    });
  });

  it('a scheme change is refused here: it is made from an enrolment of the new scheme version only (422 SEGAR-TERBIT-DARI-CATATAN), nothing read or written', async () => {
    // Prepare
    serve(aCertificate());

    // Act
    const result = await call(
      'POST /certificates/{certificateId}/reissue',
      { certificateId: ID },
      {
        body: { reason: 'PERUBAHAN_SKEMA', schemeVersion: '2028', unitCodes: ['MASN-ADM-01'] },
      },
    );

    // Assess
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'SEGAR-TERBIT-DARI-CATATAN']);
    expect(writesOf(ddb)).toStrictEqual([]);
    expect(ddb.commandCalls(GetCommand, { Key: certificateKey(NUMBER) })).toHaveLength(0);
  });

  it('a revoked certificate is not re-issued (422 SERT-MUTAKHIR-STATUS-AKTIF), nothing written', async () => {
    // Prepare
    serve(aCertificate({ status: 'DICABUT' }));

    // Act
    const result = await call(
      'POST /certificates/{certificateId}/reissue',
      { certificateId: ID },
      {
        body: { reason: 'KOREKSI_NAMA', name: 'Dewi Lestari', basis: 'KTP' },
      },
    );

    // Assess
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'SERT-MUTAKHIR-STATUS-AKTIF']);
    expect(writesOf(ddb)).toStrictEqual([]);
  });
});

/**
 * Items the BatchGetItems of the development-record exports find, by key, as DynamoDB would answer them, with the
 * registry entries and the instansi an operator's access check reads in one of them.
 */
function serveBatchGets(items: Record<string, unknown>[]) {
  const access = [
    ...ALL_OPERATORS().map((claims) => operatorEntry(claims)),
    instansiItem(anInstansi(INSTANSI)),
  ];
  const byKey = new Map([...access, ...items].map((item) => [`${String(item.pk)}|${String(item.sk)}`, item]));
  ddb.on(BatchGetCommand).callsFake((input: BatchGetCommandInput) => ({
    Responses: {
      [TABLE_NAME]: (input.RequestItems?.[TABLE_NAME]?.Keys ?? []).flatMap((key) => {
        const item = byKey.get(`${String(key.pk)}|${String(key.sk)}`);
        return item ? [structuredClone(item)] : [];
      }),
    },
  }));
}

const LATER_PROGRAM = 'prg_7c9e6679-7425-40de-944b-e07fc1f90ae7';

/** A training certificate as stored, listed under its instansi (C17). */
const trainingItem = (training: TrainingCertificateRecord) => ({
  ...trainingCertificateKey(training.programId, training.nip),
  entity: 'TrainingCertificate',
  ...trainingCertificateIndexKeys(training),
  ...training,
});
/** Dewi's 2027 training certificate is numbered; her 2028 one was issued before training certificates had numbers. */
const dewi2027 = aTraining({
  title: 'Pelatihan, "Manajemen"; ASN',
  completedOn: '2027-07-30',
  number: TRAINING_NUMBER,
});
const dewi2028 = aTraining({
  programId: LATER_PROGRAM,
  title: 'Pelatihan Lanjutan Manajemen ASN',
  jp: 12,
  completedOn: '2028-02-02',
  cohort: 3,
  participant: { name: 'Dewi Lestari, S.Sos.', nip: NIP, position: 'Kepala Bidang Pengembangan Pegawai' },
});
const budi = aTraining({
  nip: OTHER_NIP,
  participant: { name: 'Budi Ñúñez Santoso, S.E.', nip: OTHER_NIP, position: 'Analis SDM Aparatur' },
});
/** Dewi holds -P1 of the 2027 programme, revoked; Budi holds none. */
const held = {
  ...heldCertificateKey(PROGRAM_ID, NIP),
  entity: 'HeldCertificate',
  registrationNumber: `${NUMBER}-P1`,
  decisionId: 'dec_2027-08-20T03:00:00.000Z_1',
};
const inForce = aCertificate({ registrationNumber: `${NUMBER}-P1`, version: 1, status: 'DICABUT' });
const STORED = [
  trainingItem(dewi2027),
  trainingItem(dewi2028),
  trainingItem(budi),
  held,
  { ...certificateKey(`${NUMBER}-P1`), entity: 'Certificate', ...inForce },
  cohortItem(aCohort({ number: 19 })),
  cohortItem(
    aCohort({ programId: LATER_PROGRAM, number: 3, startDate: '2028-02-01', endDate: '2028-02-02' }),
  ),
];

describe('GET /asn/{nip}/development-record', () => {
  const entry = (training: TrainingCertificateRecord) => ({
    ...developmentKey(NIP, { ...training, year: Number(training.completedOn.slice(0, 4)) }),
    entity: 'DevelopmentRecord',
    nip: NIP,
    year: Number(training.completedOn.slice(0, 4)),
    programId: training.programId,
    title: training.title,
    trainingType: training.trainingType,
    jp: training.jp,
    completedOn: training.completedOn,
    instansiCode: training.instansiCode,
  });

  beforeEach(() => {
    ddb.on(QueryCommand).resolves({ Items: [entry(dewi2027), entry(dewi2028)] });
    serveBatchGets(STORED);
  });

  it('sums the JP per year against the 20 JP right', async () => {
    // Act
    const result = await call('GET /asn/{nip}/development-record', { nip: NIP }, { claims: peserta(NIP) });

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf<{ years: unknown[] }>(result).years).toMatchObject([
      { year: 2027, totalJp: 21, rightJp: 20, shortfallJp: 0 },
      { year: 2028, totalJp: 12, rightJp: 20, shortfallJp: 8 },
    ]);
  });

  it('exports a CSV that Indonesian Excel opens as written: the national record’s fields, NIP as text, dates, JP as numbers, the training certificate’s number, the competency certificate and its status, the year’s JP', async () => {
    // Act
    const result = await call(
      'GET /asn/{nip}/development-record',
      { nip: NIP },
      { query: { format: 'csv' } },
    );

    // Assess
    expect(result.statusCode).toBe(200);
    expect(result.headers).toMatchObject({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="Pengembangan Kompetensi ${NIP}.csv"`,
    });
    const sheet = openInExcel(bytesOf(String(result.body)));
    expect(sheet.header).toEqual([...DEVELOPMENT_CSV_COLUMNS, 'total_jp_tahun', 'kekurangan_jp_tahun']);
    const text = (value: string) => ({ type: 'text', value });
    const number = (value: number) => ({ type: 'number', value });
    const date = (value: string) => ({ type: 'date', value });
    expect(sheet.rows).toStrictEqual([
      {
        nip: text(NIP),
        nama: text('Dewi Lestari, S.Sos.'),
        jabatan: text('Kepala Bidang Pengembangan Pegawai'),
        kode_instansi: text(INSTANSI),
        jenis_pelatihan: text('Teknis'),
        judul_pelatihan: text('Pelatihan, "Manajemen"; ASN'),
        penyelenggara: text('Badan Kepegawaian Negara'),
        tempat: text('Jakarta'),
        angkatan: number(19),
        tanggal_mulai: date('2027-07-29'),
        tanggal_selesai: date('2027-07-30'),
        tahun: number(2027),
        jp: number(21),
        nomor_sertifikat_pelatihan: text(TRAINING_NUMBER),
        nomor_sertifikat_kompetensi: text(`${NUMBER}-P1`),
        status_sertifikat_kompetensi: text('DICABUT'),
        total_jp_tahun: number(21),
        kekurangan_jp_tahun: number(0),
      },
      {
        nip: text(NIP),
        nama: text('Dewi Lestari, S.Sos.'),
        jabatan: text('Kepala Bidang Pengembangan Pegawai'),
        kode_instansi: text(INSTANSI),
        jenis_pelatihan: text('Teknis'),
        judul_pelatihan: text('Pelatihan Lanjutan Manajemen ASN'),
        penyelenggara: text('Badan Kepegawaian Negara'),
        tempat: text('Jakarta'),
        angkatan: number(3),
        tanggal_mulai: date('2028-02-01'),
        tanggal_selesai: date('2028-02-02'),
        tahun: number(2028),
        jp: number(12),
        nomor_sertifikat_pelatihan: text(''),
        nomor_sertifikat_kompetensi: text(''),
        status_sertifikat_kompetensi: text(''),
        total_jp_tahun: number(12),
        kekurangan_jp_tahun: number(8),
      },
    ]);
    expect(String(result.body)).not.toContain('prg_');
    expect(writesOf(ddb)).toStrictEqual([]);
  });

  it('neutralises a training title that begins with = in the CSV, so a spreadsheet shows it as text', async () => {
    // Prepare
    const formula = '=HYPERLINK("http://x.test","Pelatihan")';
    serveBatchGets([...STORED, trainingItem({ ...dewi2027, title: formula })]);

    // Act
    const result = await call(
      'GET /asn/{nip}/development-record',
      { nip: NIP },
      { query: { format: 'csv' } },
    );

    // Assess
    expect(openInExcel(bytesOf(String(result.body))).rows[0]!.judul_pelatihan).toStrictEqual({
      type: 'text',
      value: `'${formula}`,
    });
  });

  it('answers another participant exactly as a NIP without a record (404 DEVELOPMENT_RECORD_NOT_FOUND, no oracle)', async () => {
    const result = await call(
      'GET /asn/{nip}/development-record',
      { nip: NIP },
      { claims: peserta(OTHER_NIP) },
    );
    ddb.on(QueryCommand).resolves({ Items: [] });
    const own = await call(
      'GET /asn/{nip}/development-record',
      { nip: OTHER_NIP },
      { claims: peserta(OTHER_NIP) },
    );
    expect([result.statusCode, bodyOf(result).code]).toEqual([404, 'DEVELOPMENT_RECORD_NOT_FOUND']);
    expect(own.statusCode).toBe(404);
    expect(bodyOf(result)).toStrictEqual(bodyOf(own));
  });
});

describe('GET /instansi/{instansiCode}/development-record: the record of an instansi, in bulk', () => {
  const ROUTE = 'GET /instansi/{instansiCode}/development-record';
  const TRAININGS = `INSTANSI#${INSTANSI}#TRAINING_CERTIFICATES`;
  const lastKeyOf = (training: TrainingCertificateRecord) => {
    const item = trainingItem(training);
    return { pk: item.pk, sk: item.sk, gsi2pk: item.gsi2pk, gsi2sk: item.gsi2sk };
  };

  beforeEach(() => {
    serveBatchGets(STORED);
    // Two pages: DynamoDB stops the first after Budi's certificate.
    ddb
      .on(QueryCommand)
      .resolvesOnce({
        Items: [trainingItem(dewi2027), trainingItem(budi)],
        LastEvaluatedKey: lastKeyOf(budi),
      })
      .resolvesOnce({ Items: [trainingItem(dewi2028)] });
  });

  it('reads every page of the instansi’s listing (gsi2, 100 a page, no Scan) and answers every row, by name, NIP and end date', async () => {
    // Act
    const result = await call(ROUTE, { instansiCode: INSTANSI }, { claims: instansiOperator() });

    // Assess
    expect(result.statusCode).toBe(200);
    const body = bodyOf<{ instansiCode: string; rows: Record<string, unknown>[] }>(result);
    expect(body.instansiCode).toBe(INSTANSI);
    expect(
      body.rows.map((row) => [row.name, row.programId, row.startDate, row.competencyCertificate]),
    ).toEqual([
      ['Budi Ñúñez Santoso, S.E.', PROGRAM_ID, '2027-07-29', null],
      [
        'Dewi Lestari, S.Sos.',
        PROGRAM_ID,
        '2027-07-29',
        { registrationNumber: `${NUMBER}-P1`, status: 'DICABUT' },
      ],
      ['Dewi Lestari, S.Sos.', LATER_PROGRAM, '2028-02-01', null],
    ]);
    // Budi's row: the contract's example row (the same training) as his, without a competency certificate.
    const [example] = (InstansiDevelopmentRecord.meta()?.examples as { rows: unknown[] }[])[0]!.rows;
    expect(body.rows[0]).toStrictEqual({
      ...(example as object),
      nip: OTHER_NIP,
      name: 'Budi Ñúñez Santoso, S.E.',
      position: 'Analis SDM Aparatur',
      programId: PROGRAM_ID,
      trainingCertificateNumber: null,
      competencyCertificate: null,
    });
    const listed = queriesOf(ddb).filter((q) => q.pk === TRAININGS);
    expect(listed).toStrictEqual([
      { index: 'gsi2', pk: TRAININGS, limit: 100 },
      { index: 'gsi2', pk: TRAININGS, limit: 100 },
    ]);
    expect(ddb.commandCalls(QueryCommand)[1]!.args[0].input.ExclusiveStartKey).toStrictEqual(lastKeyOf(budi));
    expect(writesOf(ddb)).toStrictEqual([]);
  });

  it('?programId= reads only that programme’s part of the listing', async () => {
    // Act
    const result = await call(
      ROUTE,
      { instansiCode: INSTANSI },
      { claims: bknAdmin(), query: { programId: LATER_PROGRAM } },
    );

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf<{ programId: string }>(result).programId).toBe(LATER_PROGRAM);
    expect(queriesOf(ddb).filter((q) => q.pk === TRAININGS)[0]).toStrictEqual({
      index: 'gsi2',
      pk: TRAININGS,
      sk: `${LATER_PROGRAM}#`,
      limit: 100,
    });
  });

  it('?format=csv answers the rows as a CSV for Indonesian Excel, saved under the instansi’s name', async () => {
    // Act
    const result = await call(
      ROUTE,
      { instansiCode: INSTANSI },
      { claims: kanregOperator(), query: { format: 'csv' } },
    );

    // Assess
    expect(result.statusCode).toBe(200);
    expect(result.headers).toMatchObject({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="Pengembangan Kompetensi ${anInstansi(INSTANSI).name}.csv"`,
    });
    const sheet = openInExcel(bytesOf(String(result.body)));
    expect(sheet.header).toEqual(DEVELOPMENT_CSV_COLUMNS);
    expect(sheet.rows.map((row) => [row.nip, row.nama!.value, row.tanggal_mulai, row.jp])).toStrictEqual([
      [
        { type: 'text', value: OTHER_NIP },
        'Budi Ñúñez Santoso, S.E.',
        { type: 'date', value: '2027-07-29' },
        { type: 'number', value: 21 },
      ],
      [
        { type: 'text', value: NIP },
        'Dewi Lestari, S.Sos.',
        { type: 'date', value: '2027-07-29' },
        { type: 'number', value: 21 },
      ],
      [
        { type: 'text', value: NIP },
        'Dewi Lestari, S.Sos.',
        { type: 'date', value: '2028-02-01' },
        { type: 'number', value: 12 },
      ],
    ]);
  });

  it('refuses more than 5000 rows (413 EXPORT_TOO_LARGE) and stops reading at the first page beyond them', async () => {
    // Prepare: every page full and followed by another.
    const page = Array.from({ length: 100 }, (_, i) =>
      trainingItem({ ...budi, nip: `1990011520150320${String(i).padStart(2, '0')}` }),
    );
    ddb.on(QueryCommand).resolves({ Items: page, LastEvaluatedKey: lastKeyOf(budi) });

    // Act
    const result = await call(ROUTE, { instansiCode: INSTANSI }, { claims: bknAdmin() });

    // Assess
    expect([result.statusCode, bodyOf(result).code]).toEqual([413, 'EXPORT_TOO_LARGE']);
    expect(queriesOf(ddb).filter((q) => q.pk === TRAININGS)).toHaveLength(51);
  });

  it('answers an instansi outside an operator’s scope exactly as an unregistered one (404 INSTANSI_NOT_FOUND), before reading any record', async () => {
    // Act
    const foreign = await call(
      ROUTE,
      { instansiCode: INSTANSI },
      { claims: instansiOperator(OTHER_INSTANSI) },
    );
    const otherRegion = await call(
      ROUTE,
      { instansiCode: INSTANSI },
      { claims: kanregOperator(OTHER_KANREG) },
    );
    const unknown = await call(ROUTE, { instansiCode: '9999' }, { claims: bknAdmin() });

    // Assess
    expect([foreign.statusCode, bodyOf(foreign).code]).toEqual([404, 'INSTANSI_NOT_FOUND']);
    expect(bodyOf(foreign)).toStrictEqual(bodyOf(unknown));
    expect(bodyOf(otherRegion)).toStrictEqual(bodyOf(unknown));
    expect(queriesOf(ddb).filter((q) => q.pk === TRAININGS)).toStrictEqual([]);
  });

  it('is not for a participant (403)', async () => {
    const result = await call(ROUTE, { instansiCode: INSTANSI }, { claims: peserta(NIP) });
    expect([result.statusCode, bodyOf(result).code]).toEqual([403, 'FORBIDDEN_ROLE']);
  });
});
