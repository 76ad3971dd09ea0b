import '../helpers/env';
import { serveRegistry } from '../helpers/operators';
import { captureOutput, emfMetric } from '../helpers/output';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import {
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompetencyCertificateRecord } from '../../../events/api/certificate';
import { handler as certificates } from '../../../functions/certificates/index';
import { handler as maintenance } from '../../../functions/certificate-maintenance/index';
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
  NIP,
  OTHER_INSTANSI,
  OTHER_NIP,
  ALL_OPERATORS,
} from '../helpers/proposals';
import { aCertificate, aParticipant, aSigners, PUBLIC_BASE_URL } from '../certificate-worker/fixtures';
import {
  certificateChanges,
  eventsWritten,
  itemsPut,
  transactionsOf,
} from '../certificate-worker/certificate-writes';
import { writesOf } from '../helpers/writes';
import {
  certificateKey,
  certificateSignersKey,
  heldCertificateKey,
  outboxKey,
  participantKey,
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

/** Each route goes to the function that serves it: the certificates stage, or their maintenance. */
const handlerOf = (routeKey: string) =>
  ROUTES.find((route) => `${route.method} ${route.path}` === routeKey)?.function === 'certificateMaintenance'
    ? maintenance
    : certificates;

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

  it('a scheme change needs a new scheme version (422 SERT-MUTAKHIR-PERUBAHAN-SKEMA), nothing written', async () => {
    // Prepare
    serve(aCertificate());

    // Act
    const result = await call(
      'POST /certificates/{certificateId}/reissue',
      { certificateId: ID },
      {
        body: { reason: 'PERUBAHAN_SKEMA', schemeVersion: '2019', unitCodes: ['MASN-ADM-01'] },
      },
    );

    // Assess
    expect([result.statusCode, bodyOf(result).code]).toEqual([422, 'SERT-MUTAKHIR-PERUBAHAN-SKEMA']);
    expect(writesOf(ddb)).toStrictEqual([]);
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

describe('GET /asn/{nip}/development-record', () => {
  const entry = (year: number, jp: number) => ({
    pk: `ASN#${NIP}`,
    sk: `DEVELOPMENT#${year}#${year}-07-30#${PROGRAM_ID}`,
    entity: 'DevelopmentRecord',
    nip: NIP,
    year,
    programId: PROGRAM_ID,
    title: 'Pelatihan, "Manajemen" ASN',
    trainingType: 'TEKNIS',
    jp,
    completedOn: `${year}-07-30`,
    instansiCode: INSTANSI,
  });

  beforeEach(() => {
    ddb.on(QueryCommand).resolves({ Items: [entry(2027, 21), entry(2028, 12)] });
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

  it('exports CSV with ?format=csv for Excel with Indonesian settings: byte-order mark, ; between fields, NIP kept as text', async () => {
    // Act
    const result = await call(
      'GET /asn/{nip}/development-record',
      { nip: NIP },
      { query: { format: 'csv' } },
    );

    // Assess
    expect(result.statusCode).toBe(200);
    expect(result.headers?.['content-type']).toBe('text/csv; charset=utf-8');
    expect(String(result.body).split('\r\n')).toEqual([
      '\uFEFFnip;tahun;program_id;judul;jenis;jp;tanggal_selesai;instansi;total_jp_tahun;kekurangan_jp_tahun',
      `"=""${NIP}""";2027;${PROGRAM_ID};"Pelatihan, ""Manajemen"" ASN";TEKNIS;21;2027-07-30;"=""${INSTANSI}""";21;0`,
      `"=""${NIP}""";2028;${PROGRAM_ID};"Pelatihan, ""Manajemen"" ASN";TEKNIS;12;2028-07-30;"=""${INSTANSI}""";12;8`,
      '',
    ]);
  });

  it('neutralises a training title that begins with = in the CSV, so a spreadsheet shows it as text', async () => {
    // Prepare
    const formula = '=HYPERLINK("http://x.test","Pelatihan")';
    ddb.on(QueryCommand).resolves({ Items: [{ ...entry(2027, 21), title: formula }] });

    // Act
    const result = await call(
      'GET /asn/{nip}/development-record',
      { nip: NIP },
      { query: { format: 'csv' } },
    );

    // Assess
    expect(String(result.body).split('\r\n')[1]).toBe(
      `"=""${NIP}""";2027;${PROGRAM_ID};"'=HYPERLINK(""http://x.test"",""Pelatihan"")";TEKNIS;21;2027-07-30;"=""${INSTANSI}""";21;0`,
    );
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
