import '../helpers/env';
import { BatchGetCommand, DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { curriculumOf } from '../../../domain/certificate/training-certificate';
import type { CompetencyCertificateRecord } from '../../../events/api/certificate';
import { CertificateVerification, PdfCheck, RevocationList } from '../../../events/api/verification';
import { ApiError } from '../../../events/api/error';
import { handler } from '../../../functions/verification/index';
import {
  certificateKey,
  heldCertificateKey,
  instansiKey,
  trainingCertificateKey,
  trainingNumberKey,
} from '../../../adapters/dynamodb/keys';
import { ENV } from '../../../runtime/env';
import { apiEvent, bodyOf } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { PROGRAM_ID } from '../helpers/programs';
import { anInstansi, instansiItem, NIP, OTHER_INSTANSI } from '../helpers/proposals';
import { aCertificate, aNumberedTraining, aTraining, TRAINING_NUMBER } from '../certificate-worker/fixtures';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('verification');
const NUMBER = '0042/SKTM-ASN/L3/2027';
const SHA = 'a'.repeat(64);
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const JSON_ONLY = 'application/json';

const PAGE = 'GET /verifikasi/{nomor+}';
const SEARCH = 'GET /verifikasi';
const API = 'GET /verification/{nomor+}';
const REVOCATIONS = 'GET /revocations';

const issued = (overrides: Partial<CompetencyCertificateRecord> = {}) =>
  aCertificate({
    document: { key: 'certificates/x.pdf', sha256: SHA, renderedAt: '2027-08-20T03:00:05.000Z' },
    history: [
      {
        event: 'DITERBITKAN',
        at: '2027-08-20T03:00:05.000Z',
        on: '2027-08-20',
        reason: 'Diterbitkan atas keputusan sidang hasil dec_1 (Perban BKN 7/2020 Pasal 34 ayat (1)).',
        by: 'sistem',
        eventId: `${NUMBER}#0`,
      },
    ],
    ...overrides,
  });

const entry = (
  event: CompetencyCertificateRecord['history'][number]['event'],
  on: string,
  reason: string,
  extra: Partial<CompetencyCertificateRecord['history'][number]> = {},
) => ({
  event,
  at: `${on}T03:00:00.000Z`,
  on,
  reason,
  by: 'bkn-admin-1',
  eventId: `${NUMBER}#${on}`,
  ...extra,
});

const REVOKED_ENTRY = entry(
  'DICABUT',
  '2027-10-01',
  'Dicabut karena pelanggaran disiplin yang terbukti dengan keputusan final (Perban BKN 7/2020 Pasal 36 ayat (3)).',
);
const REVOCATION: NonNullable<CompetencyCertificateRecord['revocation']> = {
  revokedOn: '2027-10-01',
  grounds: [{ kind: 'DISIPLIN', decisionRef: 'SK-HD/123/2027', decidedOn: '2027-09-20', final: true }],
  notice: 'Sertifikat dicabut (SK-HD/123/2027).',
  revokedBy: 'bkn-admin-1',
  revokedAt: '2027-10-01T03:00:00.000Z',
};

function serve(certificate: CompetencyCertificateRecord) {
  ddb.on(GetCommand, { Key: certificateKey(certificate.registrationNumber) }).resolves({ Item: certificate });
}

/**
 * This version replaced on 2 May 2028 by -P1 for a name correction, and `latest` the holder's version now (C15).
 */
function replacedBy(latest: string) {
  serve(
    issued({
      status: 'DIMUTAKHIRKAN',
      supersededBy: `${NUMBER}-P1`,
      history: [
        ...issued().history,
        entry('DIMUTAKHIRKAN', '2028-05-02', 'Digantikan versi -P1: koreksi nama pemegang (SK 823/2028).', {
          rule: 'SERT-MUTAKHIR-VERSI',
          relatedNumber: `${NUMBER}-P1`,
        }),
      ],
    }),
  );
  ddb
    .on(GetCommand, { Key: heldCertificateKey(PROGRAM_ID, NIP) })
    .resolves({ Item: { registrationNumber: latest, decisionId: 'dec_1' } });
}

const call = (
  routeKey: string,
  options: { nomor?: string; accept?: string; query?: Record<string, string> },
) =>
  handler(
    apiEvent(routeKey, {
      claims: null,
      headers: { accept: options.accept },
      ...(options.nomor !== undefined && routeKey !== SEARCH
        ? { pathParameters: { nomor: options.nomor } }
        : {}),
      queryStringParameters:
        routeKey === SEARCH && options.nomor !== undefined ? { nomor: options.nomor } : options.query,
    }),
    context,
  );

const header = (answer: { headers?: Record<string, unknown> }, name: string) => answer.headers?.[name];
/** The text a reader sees: inline elements run on, blocks are apart. */
const textOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<\/?(a|time|span|strong|code)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

beforeEach(() => {
  ddb.reset();
  ddb.on(GetCommand).resolves({});
  ddb.on(GetCommand, { Key: instansiKey('3201') }).resolves({ Item: instansiItem(anInstansi('3201')) });
  delete process.env[ENV.verificationContact];
});

afterEach(() => {
  delete process.env[ENV.verificationContact];
});

describe('the certificate by number, as JSON for a program', () => {
  it('tells namesakes apart: the masked NIP (birth year and month, last four digits) and the instansi, never the full NIP', async () => {
    // Prepare
    serve(issued());

    // Act
    const answer = await call(API, { nomor: NUMBER, accept: JSON_ONLY });

    // Assess
    expect(answer.statusCode).toBe(200);
    expect(header(answer, 'content-type')).toMatch(/^application\/json/);
    expect(header(answer, 'vary')).toBe('accept');
    const body = CertificateVerification.parse(bodyOf(answer));
    expect(body).toMatchObject({
      registrationNumber: NUMBER,
      status: 'BERLAKU',
      holderName: 'Dewi Lestari, S.Sos.',
      maskedNip: '198503********1002',
      instansi: { code: '3201', name: 'Pemerintah Kabupaten Bogor' },
    });
    expect(answer.body).not.toContain(NIP);
  });

  it('two holders of one name are told apart by their masked NIPs and instansi', async () => {
    // Prepare
    const namesake = '199001152015032001';
    serve(issued());
    serve(
      issued({
        registrationNumber: '0043/SKTM-ASN/L3/2027',
        nip: namesake,
        holder: { name: 'Dewi Lestari, S.Sos.', nip: namesake },
        instansiCode: OTHER_INSTANSI,
      }),
    );
    ddb
      .on(GetCommand, { Key: instansiKey(OTHER_INSTANSI) })
      .resolves({ Item: instansiItem(anInstansi(OTHER_INSTANSI)) });

    // Act
    const [first, second] = await Promise.all(
      [NUMBER, '0043/SKTM-ASN/L3/2027'].map(async (nomor) =>
        bodyOf<CertificateVerification>(await call(API, { nomor, accept: JSON_ONLY })),
      ),
    );

    // Assess
    expect(first!.holderName).toBe(second!.holderName);
    expect([first!.maskedNip, second!.maskedNip]).toEqual(['198503********1002', '199001********2001']);
    expect([first!.instansi.name, second!.instansi.name]).toEqual([
      'Pemerintah Kabupaten Bogor',
      'Pemerintah Kota Bandung',
    ]);
  });

  it('an instansi BKN has not registered is named by its code only', async () => {
    // Prepare
    serve(issued({ instansiCode: '9999' }));

    // Act
    const body = bodyOf<CertificateVerification>(await call(API, { nomor: NUMBER, accept: JSON_ONLY }));

    // Assess
    expect(body.instansi).toStrictEqual({ code: '9999' });
  });

  it('a superseded version names its date, its reason in general terms and the holder’s latest version (C15)', async () => {
    // Prepare: -P1 replaced this version, and -P2 replaced -P1 since.
    replacedBy(`${NUMBER}-P2`);

    // Act
    const answer = await call(API, { nomor: NUMBER, accept: JSON_ONLY });

    // Assess
    const body = bodyOf<CertificateVerification>(answer);
    expect(body).toMatchObject({
      status: 'DIGANTIKAN',
      supersededBy: `${NUMBER}-P1`,
      supersession: {
        since: '2028-05-02',
        reason: 'Pemutakhiran sertifikat (Perban BKN 7/2020 Pasal 35 ayat (3))',
        currentVersion: `${NUMBER}-P2`,
      },
    });
    // The case behind a correction stays with BKN.
    expect(answer.body).not.toContain('SK 823/2028');
  });

  it('reads the holding (C15) only for a replaced version', async () => {
    // Prepare
    serve(issued());

    // Act
    await call(API, { nomor: NUMBER, accept: JSON_ONLY });

    // Assess
    const keys = ddb.commandCalls(GetCommand).map((c) => c.args[0].input.Key);
    expect(keys).toStrictEqual([certificateKey(NUMBER), instansiKey('3201')]);
  });

  it('a number allocated but not yet issued (no PDF) answers 404 CERTIFICATE_NOT_FOUND', async () => {
    // Prepare
    serve(aCertificate());

    // Act
    const answer = await call(API, { nomor: NUMBER, accept: JSON_ONLY });

    // Assess
    expect([answer.statusCode, bodyOf(answer).code]).toEqual([404, 'CERTIFICATE_NOT_FOUND']);
  });
});

describe('a browser always gets a page, a program asking for JSON the published JSON', () => {
  it('the QR address answers a page to a browser and to a client that states no preference', async () => {
    // Prepare
    serve(issued());

    // Act
    const answers = await Promise.all(
      [BROWSER, '*/*', undefined].map((accept) => call(PAGE, { nomor: NUMBER, accept })),
    );

    // Assess
    for (const answer of answers) {
      expect(answer.statusCode).toBe(200);
      expect(header(answer, 'content-type')).toBe('text/html; charset=utf-8');
      expect(header(answer, 'content-security-policy')).toContain("frame-ancestors 'none'");
      expect(header(answer, 'vary')).toBe('accept');
      expect(answer.body).toContain('data-status="BERLAKU"');
    }
  });

  it('the QR address answers the JSON contract to a program that asks for it', async () => {
    // Prepare
    serve(issued());

    // Act
    const answer = await call(PAGE, { nomor: NUMBER, accept: JSON_ONLY });

    // Assess
    expect(header(answer, 'content-type')).toMatch(/^application\/json/);
    expect(CertificateVerification.safeParse(bodyOf(answer)).success).toBe(true);
  });

  it('the JSON address answers a browser with the page, and a client with no preference with JSON', async () => {
    // Prepare
    serve(issued());

    // Act
    const [browser, curl] = await Promise.all(
      [BROWSER, '*/*'].map((accept) => call(API, { nomor: NUMBER, accept })),
    );

    // Assess
    expect(header(browser!, 'content-type')).toBe('text/html; charset=utf-8');
    expect(browser!.body).toContain('<!doctype html>');
    expect(header(curl!, 'content-type')).toMatch(/^application\/json/);
  });

  it('the page shows name, masked NIP, instansi, scheme, level, every unit and the history, as recorded', async () => {
    // Prepare
    serve(issued());

    // Act
    const answer = await call(PAGE, { nomor: NUMBER, accept: BROWSER });

    // Assess
    const text = textOf(answer.body!);
    expect(text).toContain('Sertifikat sah dan berlaku');
    expect(text).toContain('Dewi Lestari, S.Sos.');
    expect(text).toContain('NIP (disamarkan) 198503********1002');
    expect(text).toContain('Pemerintah Kabupaten Bogor (kode 3201)');
    expect(text).toContain('Administrator');
    for (const unit of aCertificate().units) expect(text).toContain(`${unit.code} ${unit.title}`);
    expect(text).toContain('20 Agustus 2027: Diterbitkan atas keputusan sidang hasil uji kompetensi');
    expect(text).not.toContain(NIP);
    expect(text).not.toContain('dec_1');
  });

  it('a revoked certificate says so plainly, since when and why in general terms, never the case', async () => {
    // Prepare
    serve(
      issued({
        status: 'DICABUT',
        revocation: REVOCATION,
        history: [...issued().history, REVOKED_ENTRY],
      }),
    );

    // Act
    const answer = await call(PAGE, { nomor: NUMBER, accept: BROWSER });

    // Assess
    expect(answer.body).toContain('data-status="DICABUT"');
    const text = textOf(answer.body!);
    expect(text).toContain('Sertifikat telah dicabut dan tidak berlaku');
    expect(text).toContain('Dicabut sejak 1 Oktober 2027: Pelanggaran disiplin.');
    expect(text).not.toContain('SK-HD/123/2027');
  });

  it('a reinstated certificate in force shows it was revoked on a date for a reason and recognised again on another', async () => {
    // Prepare
    serve(
      issued({
        history: [
          ...issued().history,
          REVOKED_ENTRY,
          entry(
            'DIPULIHKAN',
            '2028-04-03',
            'Diakui kembali atas permohonan pemegang melalui instansi 3201 (surat 800/123/BKPSDM) ...',
          ),
        ],
        reinstatements: [
          {
            revokedOn: '2027-10-01',
            requestedOn: '2028-04-01',
            authorityRestoredOn: '2027-10-01',
            instansiCode: '3201',
            letterNumber: '800/123/BKPSDM',
            reassessment: { schemeVersion: '2019', schemeChanged: false },
            reinstatedBy: 'bkn-admin-1',
            reinstatedAt: '2028-04-03T03:00:00.000Z',
          },
        ],
      }),
    );

    // Act
    const answer = await call(PAGE, { nomor: NUMBER, accept: BROWSER });

    // Assess
    expect(answer.body).toContain('data-status="BERLAKU"');
    const summary = textOf(/<div class="riwayat-cabut"[\s\S]*?<\/div>/.exec(answer.body!)![0]);
    expect(summary).toContain('Pernah dicabut, kini berlaku kembali.');
    expect(summary).toContain('1 Oktober 2027: Dicabut karena pelanggaran disiplin');
    expect(summary).toContain('3 April 2028: Diakui kembali atas permohonan pemegang');
    // The holder's letter is BKN's, not the public's.
    expect(answer.body).not.toContain('800/123/BKPSDM');
  });

  it('a superseded certificate says so with its date and reason, and links the current version', async () => {
    // Prepare
    replacedBy(`${NUMBER}-P1`);

    // Act
    const answer = await call(PAGE, { nomor: NUMBER, accept: BROWSER });

    // Assess
    expect(answer.body).toContain('data-status="DIGANTIKAN"');
    expect(answer.body).toContain(`<span id="versi-terbaru"><a href="/verifikasi/${NUMBER}-P1">`);
    expect(textOf(answer.body!)).toContain(
      'Digantikan sejak 2 Mei 2028: Pemutakhiran sertifikat (Perban BKN 7/2020 Pasal 35 ayat (3)).',
    );
  });

  it('an unknown number: a 404 page naming it (escaped) for a browser, 404 CERTIFICATE_NOT_FOUND for a program', async () => {
    // Prepare
    const typed = '<b>9999</b>/SKTM-ASN/L3/2027';

    // Act
    const [page, json] = await Promise.all(
      [BROWSER, JSON_ONLY].map((accept) => call(PAGE, { nomor: typed, accept })),
    );

    // Assess
    expect(page!.statusCode).toBe(404);
    expect(header(page!, 'content-type')).toBe('text/html; charset=utf-8');
    expect(page!.body).toContain('data-status="TIDAK_TERDAFTAR"');
    expect(page!.body).toContain('&lt;b&gt;9999&lt;/b&gt;/SKTM-ASN/L3/2027');
    expect(page!.body).not.toContain('<b>9999</b>');
    expect(json!.statusCode).toBe(404);
    expect(ApiError.parse(bodyOf(json!)).code).toBe('CERTIFICATE_NOT_FOUND');
  });

  it('a malformed number: a 400 page saying what is wrong for a browser, 400 VALIDATION_FAILED for a program', async () => {
    // Prepare
    const tooLong = `${'1'.repeat(38)}/SKTM`;

    // Act
    const [page, json, search] = await Promise.all([
      call(API, { nomor: tooLong, accept: BROWSER }),
      call(API, { nomor: tooLong, accept: JSON_ONLY }),
      call(SEARCH, { nomor: '   ', accept: BROWSER }),
    ]);

    // Assess
    expect(page.statusCode).toBe(400);
    expect(header(page, 'content-type')).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('data-status="NOMOR_TIDAK_SAH"');
    expect(textOf(page.body!)).toContain('Nomor registrasi terlalu panjang.');
    expect(json.statusCode).toBe(400);
    expect(ApiError.parse(bodyOf(json)).code).toBe('VALIDATION_FAILED');
    expect(search.statusCode).toBe(400);
    expect(textOf(search.body!)).toContain('Nomor registrasi wajib diisi.');
    expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
  });

  it('DynamoDB throttled: a 503 page with retry-after for a browser, 503 SERVICE_BUSY for a program', async () => {
    // Prepare
    ddb.on(GetCommand).rejects(Object.assign(new Error('slow down'), { name: 'ThrottlingException' }));

    // Act
    const [page, json] = await Promise.all(
      [BROWSER, JSON_ONLY].map((accept) => call(PAGE, { nomor: NUMBER, accept })),
    );

    // Assess
    expect([page!.statusCode, header(page!, 'retry-after')]).toEqual([503, '1']);
    expect(header(page!, 'content-type')).toBe('text/html; charset=utf-8');
    expect(textOf(page!.body!)).toContain('Layanan sedang sibuk');
    expect(ApiError.parse(bodyOf(json!)).code).toBe('SERVICE_BUSY');
  });

  it('a failure: a 500 page with the reference to quote in a complaint, never the internals', async () => {
    // Prepare
    ddb.on(GetCommand).rejects(new Error('connect ECONNREFUSED 10.0.0.1:443'));
    const event = apiEvent(PAGE, {
      claims: null,
      headers: { accept: BROWSER, 'x-correlation-id': 'rujukan-123' },
      pathParameters: { nomor: NUMBER },
    });

    // Act
    const page = await handler(event, context);

    // Assess
    expect(page.statusCode).toBe(500);
    expect(header(page, 'content-type')).toBe('text/html; charset=utf-8');
    expect(header(page, 'x-correlation-id')).toBe('rujukan-123');
    const text = textOf(page.body!);
    expect(text).toContain('Terjadi kesalahan pada sistem');
    expect(text).toContain('Kode rujukan: rujukan-123');
    expect(text).not.toContain('ECONNREFUSED');
  });

  it('the search address without a number: the form for a browser, 400 NOMOR_REQUIRED for a program', async () => {
    // Act
    const [page, json] = await Promise.all([BROWSER, JSON_ONLY].map((accept) => call(SEARCH, { accept })));

    // Assess
    expect(page!.statusCode).toBe(200);
    expect(page!.body).toContain('<form class="cari" method="get" action="/verifikasi"');
    expect(page!.body).not.toContain('id="sertifikat"');
    expect([json!.statusCode, bodyOf(json!).code]).toEqual([400, 'NOMOR_REQUIRED']);
    expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
  });

  it('the search address with a number answers as the certificate’s own address', async () => {
    // Prepare
    serve(issued());

    // Act
    const [page, json] = await Promise.all(
      [BROWSER, JSON_ONLY].map((accept) => call(SEARCH, { nomor: NUMBER, accept })),
    );

    // Assess
    expect(page!.body).toContain('data-status="BERLAKU"');
    expect(bodyOf(json!)).toStrictEqual(bodyOf(await call(API, { nomor: NUMBER, accept: JSON_ONLY })));
  });

  it('escapes what the record holds: a name is text, never markup', async () => {
    // Prepare
    serve(issued({ holder: { name: 'Dewi <script>alert(1)</script> "Lestari"', nip: NIP } }));

    // Act
    const answer = await call(PAGE, { nomor: NUMBER, accept: BROWSER });

    // Assess
    expect(answer.body).toContain('Dewi &lt;script&gt;alert(1)&lt;/script&gt; &quot;Lestari&quot;');
    expect(answer.body).not.toContain('<script>alert(1)');
  });
});

describe('the contact and complaint channel on every page', () => {
  it('names BKN’s training unit, its address and SP4N-LAPOR! by default', async () => {
    // Act
    const page = await call(SEARCH, { accept: BROWSER });

    // Assess
    const footer = textOf(/<footer[\s\S]*<\/footer>/.exec(page.body!)![0]);
    expect(footer).toContain('Kontak dan pengaduan');
    expect(footer).toContain('Pusat Pengembangan Aparatur Sipil Negara, Badan Kepegawaian Negara');
    expect(footer).toContain('Jl. Mayjen Sutoyo No. 12');
    expect(page.body).toContain('<a href="https://www.lapor.go.id">SP4N-LAPOR!');
  });

  it('shows the contact the deployment configures in VERIFICATION_CONTACT, on error pages too', async () => {
    // Prepare
    process.env[ENV.verificationContact] = JSON.stringify({
      unit: 'Kantor Regional III BKN',
      address: 'Jl. Surapati No. 1, Bandung',
      phone: '(022) 123 4567',
      email: 'pengaduan@example.go.id',
      complaint: { name: 'Layanan pengaduan Kanreg III' },
    });

    // Act
    const page = await call(PAGE, { nomor: '9999/SKTM-ASN/L3/2027', accept: BROWSER });

    // Assess
    expect(page.statusCode).toBe(404);
    const footer = textOf(/<footer[\s\S]*<\/footer>/.exec(page.body!)![0]);
    expect(footer).toContain('Kantor Regional III BKN Jl. Surapati No. 1, Bandung');
    expect(footer).toContain('Telepon: (022) 123 4567');
    expect(footer).toContain('Pengaduan: Layanan pengaduan Kanreg III');
    expect(page.body).toContain('href="tel:0221234567"');
    expect(page.body).toContain('href="mailto:pengaduan@example.go.id"');
  });

  it('a contact that is not valid fails loudly instead of showing the public an unconfigured channel', async () => {
    // Prepare
    process.env[ENV.verificationContact] = JSON.stringify({ unit: 'BKN' });

    // Act + Assess
    await expect(call(SEARCH, { accept: BROWSER })).rejects.toThrow(/VERIFICATION_CONTACT is not a contact/);
  });
});

describe('the public revocation list', () => {
  const revoked = (number: string, nip: string, instansiCode: string) => ({
    ...issued({
      registrationNumber: number,
      nip,
      holder: { name: 'Budi Santoso', nip },
      instansiCode,
      status: 'DICABUT',
      revocation: REVOCATION,
    }),
    pk: `CERTIFICATE#${number}`,
    sk: '#CERTIFICATE',
    gsi2pk: 'CERTIFICATES#REVOKED',
    gsi2sk: `2027-10-01#${number}`,
  });

  beforeEach(() => {
    ddb.on(QueryCommand).resolves({
      Items: [
        revoked('0007/SKTM-ASN/L4/2027', '197501012000032001', OTHER_INSTANSI),
        revoked('0008/SKTM-ASN/L4/2027', '198012122005011003', '3201'),
        revoked('0009/SKTM-ASN/L4/2027', '198112122005011004', '3201'),
      ],
      LastEvaluatedKey: {
        pk: 'CERTIFICATE#x',
        sk: '#CERTIFICATE',
        gsi2pk: 'CERTIFICATES#REVOKED',
        gsi2sk: 'x',
      },
    });
    ddb.on(BatchGetCommand).resolves({
      Responses: {
        'sertifikasi-test': [instansiItem(anInstansi('3201')), instansiItem(anInstansi(OTHER_INSTANSI))],
      },
    });
  });

  it('names each namesake’s masked NIP and instansi, the instansi of a page read in one BatchGetItem (N3)', async () => {
    // Act
    const answer = await call(REVOCATIONS, { accept: JSON_ONLY });

    // Assess
    const list = RevocationList.parse(bodyOf(answer));
    expect(list.items.map((i) => [i.holderName, i.maskedNip, i.instansi.name, i.reason])).toEqual([
      ['Budi Santoso', '197501********2001', 'Pemerintah Kota Bandung', 'Pelanggaran disiplin'],
      ['Budi Santoso', '198012********1003', 'Pemerintah Kabupaten Bogor', 'Pelanggaran disiplin'],
      ['Budi Santoso', '198112********1004', 'Pemerintah Kabupaten Bogor', 'Pelanggaran disiplin'],
    ]);
    expect(list.nextCursor).toBeDefined();
    const batches = ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input.RequestItems);
    expect(batches).toStrictEqual([
      {
        'sertifikasi-test': {
          Keys: [instansiKey(OTHER_INSTANSI), instansiKey('3201')],
          ConsistentRead: true,
        },
      },
    ]);
  });

  it('a browser gets it as a page, each entry linked to its verification, with the next page kept at its size', async () => {
    // Act
    const page = await call(REVOCATIONS, { accept: BROWSER, query: { limit: '3' } });

    // Assess
    expect(page.statusCode).toBe(200);
    expect(header(page, 'content-type')).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<a href="/verifikasi/0007/SKTM-ASN/L4/2027">0007/SKTM-ASN/L4/2027</a>');
    expect(textOf(page.body!)).toContain(
      'NIP (disamarkan) 197501********2001 Instansi pengusul Pemerintah Kota Bandung',
    );
    const next = /<a href="([^"]+)" rel="next">/.exec(page.body!)![1]!.replace(/&amp;/g, '&');
    const query = new URL(next, 'https://x').searchParams;
    expect(query.get('limit')).toBe('3');
    expect(query.get('cursor')).toBe(
      bodyOf<RevocationList>(await call(REVOCATIONS, { accept: JSON_ONLY })).nextCursor,
    );
  });
});

describe('a training certificate by its number, through the same public addresses', () => {
  const PDF = Buffer.from('%PDF-1.7 the issued training certificate');
  const PDF_SHA = createHash('sha256').update(PDF).digest('hex');
  const CHECK = 'POST /verification/{nomor+}';

  /** The number's item names the participant (C17), whose training certificate is then read. */
  function serveTraining(record: Record<string, unknown>) {
    ddb.on(GetCommand, { Key: trainingNumberKey(TRAINING_NUMBER) }).resolves({
      Item: {
        ...trainingNumberKey(TRAINING_NUMBER),
        number: TRAINING_NUMBER,
        programId: PROGRAM_ID,
        nip: NIP,
      },
    });
    ddb.on(GetCommand, { Key: trainingCertificateKey(PROGRAM_ID, NIP) }).resolves({ Item: record });
  }
  const document = {
    key: 'certificates/p/n/pelatihan.pdf',
    sha256: PDF_SHA,
    renderedAt: '2027-08-20T03:00:05.000Z',
  };

  it('answers the JSON contract with kind PELATIHAN: the title with its jenjang, dates, venue, JP, modules, masked NIP and instansi, never the full NIP nor the position', async () => {
    // Prepare
    serveTraining(aNumberedTraining({ document }));

    // Act
    const answer = await call(API, { nomor: TRAINING_NUMBER, accept: JSON_ONLY });

    // Assess
    expect(answer.statusCode).toBe(200);
    const body = CertificateVerification.parse(bodyOf(answer));
    expect(body).toStrictEqual({
      kind: 'PELATIHAN',
      registrationNumber: TRAINING_NUMBER,
      status: 'BERLAKU',
      holderName: 'Dewi Lestari, S.Sos.',
      maskedNip: '198503********1002',
      instansi: { code: '3201', name: 'Pemerintah Kabupaten Bogor' },
      title: 'Pelatihan dan Sertifikasi Manajemen ASN 2027 Jenjang Administrator',
      trainingType: 'TEKNIS',
      scheme: 'ADMINISTRATOR',
      level: 'Administrator',
      startDate: '2027-07-29',
      endDate: '2027-07-30',
      venue: 'Pusbang ASN BKN',
      jp: 21,
      completedOn: '2027-07-30',
      issuedOn: '2027-08-20',
      modules: curriculumOf('ADMINISTRATOR').modules,
      hours: [
        { name: 'e-learning', jp: 3 },
        { name: 'klasikal berupa penyampaian materi modul manajemen ASN', jp: 12 },
        { name: 'evaluasi/uji kompetensi', jp: 6 },
      ],
      fileSha256: PDF_SHA,
    });
    expect(answer.body).not.toContain(NIP);
    expect(answer.body).not.toContain('Kepala Bidang Pengembangan Pegawai');
    // Looked up by its number's item only: never as a competency registration number.
    const keys = ddb.commandCalls(GetCommand).map((c) => c.args[0].input.Key);
    expect(keys).not.toContainEqual(certificateKey(TRAINING_NUMBER));
  });

  it('a competency certificate answers as before, now marked kind KOMPETENSI', async () => {
    // Prepare
    serve(issued());

    // Act
    const answer = await call(API, { nomor: NUMBER, accept: JSON_ONLY });

    // Assess
    expect(bodyOf(answer)).toMatchObject({
      kind: 'KOMPETENSI',
      registrationNumber: NUMBER,
      scheme: 'ADMINISTRATOR',
    });
  });

  it('the QR address shows a browser the training certificate page: title with jenjang, dates, venue, JP, modules, masked NIP and instansi', async () => {
    // Prepare
    serveTraining(aNumberedTraining({ document }));

    // Act
    const answer = await call(PAGE, { nomor: TRAINING_NUMBER, accept: BROWSER });

    // Assess
    expect(header(answer, 'content-type')).toBe('text/html; charset=utf-8');
    const text = textOf(answer.body!);
    expect(text).toContain('Sertifikat pelatihan sah');
    expect(text).toContain(`Nomor sertifikat ${TRAINING_NUMBER}`);
    expect(text).toContain('NIP (disamarkan) 198503********1002');
    expect(text).toContain('Pemerintah Kabupaten Bogor (kode 3201)');
    expect(text).toContain('Pelatihan dan Sertifikasi Manajemen ASN 2027 Jenjang Administrator');
    expect(text).toContain('Tanggal pelatihan 29 Juli 2027 s.d. 30 Juli 2027');
    expect(text).toContain('Tempat Pusbang ASN BKN');
    expect(text).toContain('21 JP');
    for (const m of curriculumOf('ADMINISTRATOR').modules) expect(text).toContain(m.title);
    expect(text).not.toContain(NIP);
  });

  it.each([
    ['a number no training certificate took', () => undefined],
    ['a certificate whose PDF is not stored yet', () => aNumberedTraining()],
    ['a certificate issued before it was numbered', () => aTraining({ document })],
  ])('%s answers 404 CERTIFICATE_NOT_FOUND', async (_case, record) => {
    // Prepare
    const stored = record();
    if (stored) serveTraining(stored);

    // Act
    const answer = await call(API, { nomor: TRAINING_NUMBER, accept: JSON_ONLY });

    // Assess
    expect(answer.statusCode).toBe(404);
    expect(bodyOf(answer)).toMatchObject({ code: 'CERTIFICATE_NOT_FOUND' });
  });

  it('POST checks an uploaded training certificate by the record: the issued file is ASLI and in force, another is not', async () => {
    // Prepare
    serveTraining(aNumberedTraining({ document }));
    const upload = (bytes: Buffer) =>
      handler(
        {
          ...apiEvent(CHECK, {
            claims: null,
            pathParameters: { nomor: TRAINING_NUMBER },
            headers: { 'content-type': 'application/pdf', accept: JSON_ONLY },
          }),
          body: bytes.toString('base64'),
          isBase64Encoded: true,
        },
        context,
      );

    // Act
    const genuine = PdfCheck.parse(bodyOf(await upload(PDF)));
    const other = PdfCheck.parse(bodyOf(await upload(Buffer.from('%PDF-1.7 another file'))));

    // Assess
    expect(genuine).toMatchObject({
      kind: 'PELATIHAN',
      registrationNumber: TRAINING_NUMBER,
      verdict: 'ASLI',
      matches: true,
      status: 'BERLAKU',
    });
    expect(genuine.message).toContain('Sertifikat ini berlaku.');
    expect(other).toMatchObject({ kind: 'PELATIHAN', verdict: 'TANPA_TANDA_TANGAN', matches: false });
  });
});
