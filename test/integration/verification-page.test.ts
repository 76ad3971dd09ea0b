import { GetObjectCommand } from '@aws-sdk/client-s3';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredUnitCodes, qualificationsOfScheme } from '../../domain/reference/qualifications';
import type { SchemeCode } from '../../domain/reference/schemes';
import { addDays, addMonths, dateInWib } from '../../domain/shared/dates';
import { CertificateSignersRequest, type CertificateSigners } from '../../events/api/certificate';
import type { Participant } from '../../events/api/participant';
import type { ResultDecision } from '../../events/api/result';
import type { CertificateVerification, RevocationList } from '../../events/api/verification';
import type { CertificateRequested } from '../../events/messages/certificate-requested';
import {
  allocateTrainingCertificate,
  findCertificateByNumber,
  findDecisionCertificateNumber,
  saveCertificateSigners,
  trainingCertificateRegister,
} from '../../adapters/dynamodb/certificate-repository';
import { takeNext } from '../../adapters/dynamodb/register';
import { curriculumOf } from '../../domain/certificate/training-certificate';
import { formatTrainingNumber } from '../../domain/certificate/training-number';
import { LEVEL_NAMES } from '../../services/certificate/model';
import { recordSessionDecision } from '../../adapters/dynamodb/result-repository';
import { saveParticipant } from '../../adapters/dynamodb/seating-repository';
import { DEFAULT_CONTACT } from '../../events/config/verification-contact';
import { certificatePage, problemPage, revocationsPage } from '../../functions/verification/page';
import { chromiumExecutable, launchChromium } from '../../tools/local/chromium';
import type { LocalStack } from '../../tools/local/local-stack';
import { OVERFLOW, seriousViolations } from './browser-checks';
import { callerFor, eventually, startTestStack, type Caller } from './helpers';

/*
 * The public verification pages, as a member of the public sees them: in headless Chromium (Debian's package),
 * on a phone's 390 px and on a desktop, checked for overflow and by axe-core. CI installs Chromium; elsewhere
 * the suite says plainly that it is skipped for want of one. With VERIFICATION_SCREENSHOTS=<dir> each page is
 * also written there as a PNG at both widths, for a person to look at.
 */
const browserAvailable = chromiumExecutable() !== undefined;
if (!browserAvailable && process.env.CI) throw new Error('CI must have Chromium (see .ci/run)');

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const SCREENSHOTS = process.env.VERIFICATION_SCREENSHOTS;

describe.skipIf(!browserAvailable)('public certificate verification pages in headless Chromium', () => {
  let stack: LocalStack;
  let admin: Caller;
  let browser: Browser;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'verifikasi-'));
  const today = dateInWib(new Date());
  const PROGRAM = 'prg_5a1c0e2e-7a9f-4b1e-9c3d-1f2e3d4c5b6a';
  const LONG_INSTANSI = '3273';
  const LONG_INSTANSI_NAME = `Pemerintah Kota Bandung, Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah, Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian, Subbidang Data dan Sistem Informasi`;
  // 200 characters, the most the API takes, with degrees, as a name is written on a certificate.
  const LONG_NAME =
    'Prof. Dr. Ir. Raden Ajeng Siti Nurhaliza Kusumawardhani Prawiranegara Soerjosoemarno Hadiningrat Mangkunegara Tjokroaminoto Wiryawan Sastrodiharjo, S.H., M.H., M.Si., M.Kn., M.Psi., Ph.D., CHRP., CPHR.'.slice(
      0,
      200,
    );
  const holders = {
    valid: { nip: '198703152010012004', name: 'Sri Wahyuni Verifikasi, S.E.', instansi: '3201' },
    // A namesake of the valid holder, elsewhere: the page must tell them apart.
    namesake: { nip: '199105202015031002', name: 'Sri Wahyuni Verifikasi, S.E.', instansi: LONG_INSTANSI },
    revoked: { nip: '198001012005011001', name: 'Bambang Dicabut, S.Sos.', instansi: '3201' },
    reinstated: { nip: '197501012000032001', name: 'Ratna Dipulihkan, M.Si.', instansi: '3201' },
    // Misspelt at first: BKN re-issues the certificate with the name corrected.
    superseded: { nip: '198205052008012003', name: 'Dewi Digantikn, S.H.', instansi: '3201' },
    longest: { nip: '198512312010121001', name: LONG_NAME, instansi: LONG_INSTANSI },
  } as const;
  type Holder = keyof typeof holders;
  const numbers = {} as Record<Holder, string>;
  /** Training certificates: an ordinary one, and the longest name, instansi and module titles (Pengawas). */
  const trainingNumbers = {} as Record<'valid' | 'longest', string>;
  let pdf: Buffer;
  const pathOf = (n: string) => `/verifikasi/${n}`;
  const idOf = (n: string) => n.replaceAll('/', '-');

  async function issue(holder: Holder, scheme: SchemeCode = 'ADMINISTRATOR'): Promise<string> {
    const { nip, name, instansi } = holders[holder];
    const at = new Date().toISOString();
    const participant: Participant = {
      programId: PROGRAM,
      nip,
      instansiCode: instansi,
      name,
      scheme,
      position: { title: 'Kepala Bagian Kepegawaian', unit: 'BKPSDM', rank: 'III/d' },
      status: 'SET',
      setting: { decision: 'SET', decidedBy: 'sidang-penetapan', decidedAt: at },
      updatedAt: at,
    };
    await saveParticipant(participant);
    const decision: ResultDecision = {
      programId: PROGRAM,
      nip,
      decisionId: `dec_${at}_1`,
      scheme,
      cohort: 19,
      attempt: 0,
      outcome: 'KOMPETEN',
      competentUnits: [...requiredUnitCodes(qualificationsOfScheme(scheme)[0]!.code)],
      notYetCompetentUnits: [],
      decidedBy: 'pusbang.sidang',
      decidedAt: at,
      reason: 'Kompeten pada seluruh unit.',
      source: 'SIDANG_HASIL',
    };
    expect(await recordSessionDecision(decision)).toBe(true);
    const message: CertificateRequested = {
      type: 'CertificateRequested',
      version: 1,
      programId: PROGRAM,
      nip,
      decisionId: decision.decisionId,
      requestedAt: at,
      correlationId: `verifikasi-${holder}`,
    };
    await stack.clients.sqs.send(
      new SendMessageCommand({
        QueueUrl: stack.resources.queues.certificate.url,
        MessageBody: JSON.stringify(message),
      }),
    );
    return eventually(
      async () => {
        const issued = await findDecisionCertificateNumber(PROGRAM, nip, decision.decisionId);
        return issued && (await findCertificateByNumber(issued))?.document ? issued : undefined;
      },
      `the certificate PDF of ${holder}`,
      60_000,
    );
  }

  /** A training certificate recorded as the worker records one, with its PDF's hash (the page reads no PDF). */
  async function issueTraining(holder: Holder, scheme: 'ADMINISTRATOR' | 'PENGAWAS'): Promise<string> {
    const { nip, name, instansi } = holders[holder];
    const year = Number(today.slice(0, 4));
    return takeNext(trainingCertificateRegister(year), async (last) => {
      const number = formatTrainingNumber({ sequence: last + 1, year });
      if (!number.ok) throw new Error(number.violations[0]!.message);
      const outcome = await allocateTrainingCertificate(year, last, {
        programId: PROGRAM,
        nip,
        instansiCode: instansi,
        participant: { name, nip, position: 'Kepala Bagian Kepegawaian' },
        trainingType: 'TEKNIS',
        title: 'Pelatihan dan Sertifikasi Manajemen ASN',
        jp: 21,
        completedOn: today,
        cohort: 19,
        place: 'Jakarta',
        signer: { name: 'Dr. Andi Wijaya, M.Si.', position: 'Kepala Pusbang ASN', institution: 'BKN' },
        issuedAt: new Date().toISOString(),
        document: {
          key: `certificates/${PROGRAM}/${nip}/pelatihan.pdf`,
          sha256: 'b'.repeat(64),
          renderedAt: new Date().toISOString(),
        },
        number: number.value,
        verificationUrl: `${stack.baseUrl}/verifikasi/${number.value}`,
        issuedOn: today,
        scheme,
        level: LEVEL_NAMES[scheme],
        startDate: addDays(today, -1),
        endDate: today,
        venue: holder === 'longest' ? LONG_INSTANSI_NAME : 'Pusbang ASN BKN',
        instansi: {
          code: instansi,
          name: instansi === LONG_INSTANSI ? LONG_INSTANSI_NAME : 'Pemerintah Kabupaten Bogor',
        },
        ...curriculumOf(scheme),
      });
      if (outcome === 'ALREADY_ISSUED') throw new Error(`${holder} already holds a training certificate`);
      return outcome === 'ALLOCATED' ? number.value : outcome;
    });
  }

  const revoke = (number: string, decidedOn: string) =>
    admin('POST', `/certificates/${idOf(number)}/revocation`, {
      grounds: [{ kind: 'DISIPLIN', decisionRef: 'SK-HD/123/2027', decidedOn, final: true }],
    });

  /** Opens `path` at `viewport` as a browser does; its screenshot is kept when asked for. */
  async function open(path: string, viewport = PHONE, shot?: string) {
    await page.setViewportSize(viewport);
    const response = await page.goto(`${stack.baseUrl}${path}`);
    if (SCREENSHOTS && shot) {
      await page.screenshot({ path: join(SCREENSHOTS, `${shot}-${viewport.width}.png`), fullPage: true });
    }
    return response;
  }

  beforeAll(async () => {
    if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
    stack = await startTestStack({ workerConcurrency: 4 });
    admin = await callerFor(stack, 'admin-bkn');
    for (const [code, name] of [
      ['3201', 'Pemerintah Kabupaten Bogor'],
      [LONG_INSTANSI, LONG_INSTANSI_NAME],
    ]) {
      const put = await admin('PUT', `/instansi/${code}`, { name, kind: 'KABUPATEN_KOTA', kanreg: 'III' });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
    }
    await saveCertificateSigners({
      ...(CertificateSignersRequest.meta()?.examples as CertificateSigners[])[0]!,
      programId: PROGRAM,
      updatedBy: 'bkn-admin-1',
      updatedAt: new Date().toISOString(),
    });
    // The Pengawas units have the longest titles of the handbook.
    const schemes: Partial<Record<Holder, SchemeCode>> = { longest: 'PENGAWAS' };
    const issued = await Promise.all(
      (Object.keys(holders) as Holder[]).map(async (h) => [h, await issue(h, schemes[h])] as const),
    );
    for (const [h, n] of issued) numbers[h] = n;
    trainingNumbers.valid = await issueTraining('valid', 'ADMINISTRATOR');
    trainingNumbers.longest = await issueTraining('longest', 'PENGAWAS');

    // Revoked through the API; reinstated six months after the holder's authority returned; re-issued.
    const lostOn = addMonths(today, -12);
    for (const h of ['revoked', 'reinstated'] as const) {
      const revoked = await revoke(numbers[h], lostOn);
      expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    }
    const reinstated = await admin('POST', `/certificates/${idOf(numbers.reinstated)}/reinstatement`, {
      requestedByNip: holders.reinstated.nip,
      instansiCode: '3201',
      letterNumber: '800/123/BKPSDM',
      authorityRestoredOn: addMonths(today, -6),
      requestedOn: today,
    });
    expect(reinstated.status, JSON.stringify(reinstated.body)).toBe(200);
    const reissued = await admin('POST', `/certificates/${idOf(numbers.superseded)}/reissue`, {
      reason: 'KOREKSI_NAMA',
      name: 'Dewi Digantikan, S.H.',
      basis: 'SK 823/2028',
    });
    expect(reissued.status, JSON.stringify(reissued.body)).toBe(201);
    await eventually(
      async () => (await findCertificateByNumber(`${numbers.superseded}-P1`))?.document,
      'the re-issued version rendered',
      60_000,
    );

    const record = (await findCertificateByNumber(numbers.valid))!;
    const object = await stack.clients.s3.send(
      new GetObjectCommand({ Bucket: stack.resources.buckets.documents, Key: record.document!.key }),
    );
    pdf = Buffer.from(await object.Body!.transformToByteArray());
    browser = await launchChromium();
    page = await browser.newPage({ viewport: PHONE });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the QR target shows the certificate as recorded: in force, name, masked NIP, instansi, scheme, level and every unit', async () => {
    const response = await open(pathOf(numbers.valid));
    expect(response?.status()).toBe(200);
    expect(await page.textContent('#status')).toContain('sah dan berlaku');
    expect(await page.textContent('#nomor')).toBe(numbers.valid);
    expect(await page.textContent('#nama')).toBe(holders.valid.name);
    expect(await page.textContent('#nip')).toBe('198703********2004');
    expect(await page.textContent('#instansi')).toBe('Pemerintah Kabupaten Bogor (kode 3201)');
    expect(await page.textContent('#skema')).toContain('Administrator');
    expect(await page.textContent('#jenjang')).toBe('Administrator');
    const record = (await findCertificateByNumber(numbers.valid))!;
    const rows = await page.locator('#unit tbody tr').allTextContents();
    expect(rows).toHaveLength(record.units.length);
    for (const [i, unit] of record.units.entries()) expect(rows[i]).toContain(unit.code);
  });

  it('namesakes are told apart by masked NIP and instansi; the full NIP and the position are never shown', async () => {
    await open(pathOf(numbers.valid));
    const first = [await page.textContent('#nip'), await page.textContent('#instansi')];
    const text = (await page.textContent('body'))!;
    await open(pathOf(numbers.namesake));
    expect(await page.textContent('#nama')).toBe(holders.valid.name);
    const second = [await page.textContent('#nip'), await page.textContent('#instansi')];

    expect(second).not.toEqual(first);
    expect(second[0]).toBe('199105********1002');
    expect(second[1]).toContain('Pemerintah Kota Bandung');
    expect(text).not.toContain(holders.valid.nip);
    expect(text).not.toContain('Kepala Bagian Kepegawaian');
  });

  it('an uploaded PDF passes only when it is the issued file, its signature intact; an edited copy saved again whole is not the issued file', async () => {
    const original = join(dir, 'asli.pdf');
    writeFileSync(original, pdf);
    const edited = join(dir, 'diubah.pdf');
    // An edit as a PDF editor makes one: a name written over the page, the file saved again.
    const document = await PDFDocument.load(pdf);
    document.getPage(0).drawText('Orang Lain Sekali, S.E.', { x: 300, y: 300, size: 20 });
    const editedBytes = Buffer.from(await document.save());
    expect(editedBytes.equals(pdf)).toBe(false);
    writeFileSync(edited, editedBytes);

    await open(pathOf(numbers.valid));
    await page.setInputFiles('#periksa-pdf input[type=file]', original);
    await page.click('#periksa-pdf button');
    await page.waitForSelector('#hasil-pdf[data-hasil]');
    expect(await page.getAttribute('#hasil-pdf', 'data-hasil')).toBe('sesuai');
    expect(await page.textContent('#hasil-pdf')).toContain('Sertifikat ini berlaku.');

    await open(pathOf(numbers.valid));
    await page.setInputFiles('#periksa-pdf input[type=file]', edited);
    await page.click('#periksa-pdf button');
    await page.waitForSelector('#hasil-pdf[data-hasil]');
    expect(await page.getAttribute('#hasil-pdf', 'data-hasil')).toBe('tidak-sesuai');
    expect(await page.textContent('#hasil-pdf')).toContain('bukan berkas sertifikat');
  });

  it('the search form finds a certificate by number; an unknown number is reported as not registered', async () => {
    await open('/verifikasi', PHONE);
    await page.fill('input[name=nomor]', numbers.valid);
    await page.click('form[action="/verifikasi"] button');
    await page.waitForSelector('#sertifikat');
    expect(await page.getAttribute('#sertifikat', 'data-status')).toBe('BERLAKU');

    const unknown = await open(pathOf('9999/SKTM-ASN/L3/2027'));
    expect(unknown?.status()).toBe(404);
    expect(await page.textContent('#status')).toContain('tidak terdaftar');
  });

  it('a revoked certificate says so plainly, since when and why in general terms, and is on the public list with its masked NIP', async () => {
    await open(pathOf(numbers.revoked));
    expect(await page.getAttribute('#sertifikat', 'data-status')).toBe('DICABUT');
    const text = (await page.textContent('#status'))!;
    expect(text).toContain('telah dicabut');
    expect(text).toContain(`Dicabut sejak ${await longDate(today)}: Pelanggaran disiplin.`);
    // General terms only: the case reference stays with BKN.
    expect(await page.textContent('body')).not.toContain('SK-HD/123/2027');

    await open('/revocations');
    const entry = page.locator(`li[data-nomor="${numbers.revoked}"]`);
    expect(await entry.textContent()).toContain('198001********1001');
    await entry.locator('a').click();
    await page.waitForURL(`**${pathOf(numbers.revoked)}`);
    expect(await page.getAttribute('#sertifikat', 'data-status')).toBe('DICABUT');
  });

  it('a reinstated certificate is in force and shows its history: revoked on a date for a reason, recognised again on another', async () => {
    await open(pathOf(numbers.reinstated));
    expect(await page.getAttribute('#sertifikat', 'data-status')).toBe('BERLAKU');
    const summary = (await page.textContent('#riwayat-pencabutan'))!;
    const on = await longDate(today);
    expect(summary).toContain('Pernah dicabut, kini berlaku kembali.');
    expect(summary).toContain(`${on}: Dicabut karena pelanggaran disiplin`);
    expect(summary).toContain(`${on}: Diakui kembali atas permohonan pemegang`);
    const events = await Promise.all(
      (await page.locator('#riwayat li').all()).map((item) => item.getAttribute('data-peristiwa')),
    );
    expect(events).toEqual(['DITERBITKAN', 'DICABUT', 'DIPULIHKAN']);
    expect(await page.textContent('body')).not.toContain('800/123/BKPSDM');
  });

  it('a superseded certificate says so with its date and reason, and links the current version, which is in force', async () => {
    await open(pathOf(numbers.superseded));
    expect(await page.getAttribute('#sertifikat', 'data-status')).toBe('DIGANTIKAN');
    const text = (await page.textContent('#status'))!;
    expect(text).toContain(`Digantikan sejak ${await longDate(today)}: Pemutakhiran sertifikat`);
    await page.click('#versi-terbaru a');
    await page.waitForURL(`**${pathOf(`${numbers.superseded}-P1`)}`);
    expect(await page.getAttribute('#sertifikat', 'data-status')).toBe('BERLAKU');
    expect(await page.textContent('#nama')).toBe('Dewi Digantikan, S.H.');
  });

  it('a browser gets a page for every answer: a malformed number, the JSON address, the revocation list', async () => {
    const malformed = await open(pathOf(`${'1'.repeat(41)}/SKTM`), PHONE, 'nomor-tidak-sah');
    expect(malformed?.status()).toBe(400);
    expect(malformed?.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(await page.getAttribute('#sertifikat', 'data-status')).toBe('NOMOR_TIDAK_SAH');
    expect(await page.textContent('#status')).toContain('Nomor registrasi terlalu panjang.');

    const json = await open(`/verification/${numbers.valid}`);
    expect(json?.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(await page.getAttribute('#sertifikat', 'data-status')).toBe('BERLAKU');

    const unknown = await open('/verification/9999/SKTM-ASN/L3/2027');
    expect(unknown?.status()).toBe(404);
    expect(unknown?.headers()['content-type']).toBe('text/html; charset=utf-8');

    const list = await open('/revocations?limit=abc');
    expect(list?.status()).toBe(400);
    expect(list?.headers()['content-type']).toBe('text/html; charset=utf-8');
  });

  it('a program asking for JSON gets the published contract on every address, errors included', async () => {
    const get = async (path: string) => {
      const response = await fetch(`${stack.baseUrl}${path}`, { headers: { accept: 'application/json' } });
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        body: await response.json(),
      };
    };
    for (const path of [pathOf(numbers.namesake), `/verification/${numbers.namesake}`]) {
      const answer = await get(path);
      expect(answer.type).toMatch(/^application\/json/);
      expect(answer.body as CertificateVerification).toMatchObject({
        registrationNumber: numbers.namesake,
        maskedNip: '199105********1002',
        instansi: { code: LONG_INSTANSI, name: LONG_INSTANSI_NAME },
      });
    }
    expect(await get(pathOf('9999/SKTM-ASN/L3/2027'))).toMatchObject({
      status: 404,
      body: { code: 'CERTIFICATE_NOT_FOUND' },
    });
    expect(await get(pathOf(`${'1'.repeat(41)}/SKTM`))).toMatchObject({
      status: 400,
      body: { code: 'VALIDATION_FAILED' },
    });
    expect(((await get('/revocations')).body as RevocationList).items).toContainEqual(
      expect.objectContaining({
        registrationNumber: numbers.revoked,
        maskedNip: '198001********1001',
        instansi: { code: '3201', name: 'Pemerintah Kabupaten Bogor' },
      }),
    );
  });

  const states: [string, () => string][] = [
    ['berlaku', () => pathOf(numbers.valid)],
    ['dicabut', () => pathOf(numbers.revoked)],
    ['dipulihkan', () => pathOf(numbers.reinstated)],
    ['digantikan', () => pathOf(numbers.superseded)],
    ['tidak-terdaftar', () => pathOf('9999/SKTM-ASN/L3/2027')],
    ['terpanjang', () => pathOf(numbers.longest)],
    ['pelatihan', () => pathOf(trainingNumbers.valid)],
    ['pelatihan-terpanjang', () => pathOf(trainingNumbers.longest)],
    ['pencarian', () => '/verifikasi'],
    ['daftar-cabut', () => '/revocations'],
  ];

  it.each(states)('the %s page does not overflow a 390 px phone, nor a desktop', async (state, path) => {
    for (const viewport of [PHONE, DESKTOP]) {
      await open(path(), viewport, state);
      expect(await page.evaluate<string[]>(OVERFLOW), `${state} at ${viewport.width} px`).toEqual([]);
    }
  });

  it('the longest inputs wrap inside a 390 px phone: a 200-character name, a long instansi, the longest unit titles', async () => {
    await open(pathOf(numbers.longest));
    expect(await page.textContent('#nama')).toBe(LONG_NAME);
    expect(await page.textContent('#instansi')).toContain(LONG_INSTANSI_NAME);
    expect(await page.textContent('#unit')).toContain(
      'Melaksanakan Prosedur Penggajian, Tunjangan, Fasilitas dan Penghargaan ASN',
    );
    expect(await page.evaluate<string[]>(OVERFLOW)).toEqual([]);
  });

  it('a training certificate’s page shows it as recorded, with the masked NIP and instansi; the longest inputs wrap inside a 390 px phone', async () => {
    await open(pathOf(trainingNumbers.valid));
    expect(await page.getAttribute('#sertifikat', 'data-jenis')).toBe('PELATIHAN');
    expect(await page.textContent('#nomor')).toBe(trainingNumbers.valid);
    expect(await page.textContent('#nip')).toBe('198703********2004');
    expect(await page.textContent('#instansi')).toBe('Pemerintah Kabupaten Bogor (kode 3201)');
    expect(await page.textContent('#judul')).toBe(
      'Pelatihan dan Sertifikasi Manajemen ASN Jenjang Administrator',
    );
    expect(await page.locator('#modul li').count()).toBe(8);

    await open(pathOf(trainingNumbers.longest));
    expect(await page.textContent('#nama')).toBe(LONG_NAME);
    expect(await page.textContent('#instansi')).toContain(LONG_INSTANSI_NAME);
    expect(await page.textContent('#modul')).toContain(
      'Prosedur Pengangkatan, Pengalihan dan Kenaikan Pangkat PNS',
    );
    expect(await page.evaluate<string[]>(OVERFLOW)).toEqual([]);
  });

  it.each(states)(
    'axe-core finds no serious or critical accessibility violation on the %s page',
    async (_state, path) => {
      await open(path());
      expect(await seriousViolations(page)).toEqual([]);
    },
  );

  /** A date as the page writes it, by the browser's own Indonesian locale. */
  async function longDate(iso: string): Promise<string> {
    return page.evaluate(
      `new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date('${iso}T00:00:00Z'))`,
    );
  }
});

/*
 * Inputs longer than any the API lets through today, rendered straight into the browser: a name, an instansi
 * and unit titles without a single space, the longest number the routes take, an error page.
 */
describe.skipIf(!browserAvailable)('verification pages with inputs beyond the longest the API takes', () => {
  let browser: Browser;
  let page: Page;
  const unbroken = (n: number) => 'Panjang'.repeat(Math.ceil(n / 7)).slice(0, n);
  const worst: CertificateVerification = {
    kind: 'KOMPETENSI',
    registrationNumber: `${'9'.repeat(24)}/SKTM-ASN/L3/2027-P9`,
    status: 'DIGANTIKAN',
    holderName: unbroken(200),
    maskedNip: '197501********2001',
    instansi: { code: 'A'.repeat(32), name: unbroken(200) },
    scheme: 'JPT_PRATAMA',
    schemeName: unbroken(120),
    level: unbroken(60),
    issuedOn: '2027-08-20',
    units: [
      { code: 'MASN-JPT-01', title: unbroken(200) },
      { code: 'X'.repeat(40), title: `${unbroken(100)} ${unbroken(100)}` },
    ],
    history: [
      { on: '2027-08-20', event: 'DITERBITKAN', description: unbroken(300) },
      { on: '2027-09-01', event: 'DICABUT', description: unbroken(300) },
      { on: '2028-03-01', event: 'DIPULIHKAN', description: unbroken(300) },
      {
        on: '2028-05-01',
        event: 'DIMUTAKHIRKAN',
        description: unbroken(300),
        relatedNumber: `${'8'.repeat(30)}/X`,
      },
    ],
    supersededBy: `${'8'.repeat(30)}/X`,
    supersession: { since: '2028-05-01', reason: unbroken(300), currentVersion: `${'7'.repeat(36)}/X` },
    fileSha256: 'a'.repeat(64),
  };
  const worstTraining: CertificateVerification = {
    kind: 'PELATIHAN',
    registrationNumber: `${'9'.repeat(30)}/SPL-MASN/2027`,
    status: 'BERLAKU',
    holderName: unbroken(200),
    maskedNip: '197501********2001',
    instansi: { code: 'A'.repeat(32), name: unbroken(200) },
    title: unbroken(200),
    trainingType: 'TEKNIS',
    scheme: 'PENGAWAS',
    level: unbroken(60),
    startDate: '2027-07-29',
    endDate: '2027-07-30',
    venue: unbroken(300),
    jp: 21,
    completedOn: '2027-07-30',
    issuedOn: '2027-08-20',
    modules: [{ code: 'MOD-PGW-01', title: unbroken(200) }],
    hours: [{ name: unbroken(200), jp: 21 }],
    fileSha256: 'a'.repeat(64),
  };
  const pages: [string, string][] = [
    ['certificate', certificatePage(worst, DEFAULT_CONTACT)],
    ['training certificate', certificatePage(worstTraining, DEFAULT_CONTACT)],
    [
      'error',
      problemPage(
        { status: 400, message: unbroken(300), number: '1'.repeat(500), reference: 'r'.repeat(200) },
        DEFAULT_CONTACT,
      ),
    ],
    [
      'revocation list',
      revocationsPage(
        {
          items: [
            {
              registrationNumber: worst.registrationNumber,
              holderName: unbroken(200),
              maskedNip: worst.maskedNip,
              instansi: { code: 'A'.repeat(32), name: unbroken(200) },
              scheme: 'PENGAWAS',
              since: '2028-01-01',
              reason: unbroken(200),
            },
          ],
          nextCursor: 'c'.repeat(2000),
        },
        `/revocations?cursor=${'c'.repeat(2000)}`,
        {
          ...DEFAULT_CONTACT,
          unit: unbroken(200),
          address: unbroken(300),
          email: `${'e'.repeat(60)}@example.go.id`,
          web: `https://example.go.id/${'w'.repeat(200)}`,
        },
      ),
    ],
  ];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: PHONE });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(pages)('the %s page wraps every word inside a 390 px phone', async (_name, html) => {
    await page.setContent(html);
    expect(await page.evaluate<string[]>(OVERFLOW)).toEqual([]);
  });

  it('the checks can fail: a word that does not wrap overflows, a field without a label is a critical violation', async () => {
    await page.setContent(
      `<!doctype html><html lang="id"><head><title>x</title></head><body><main><p style="overflow-wrap:normal">${unbroken(200)}</p><input type="text"></main></body></html>`,
    );
    expect(await page.evaluate<string[]>(OVERFLOW)).toContain(
      'page scrolls sideways: ' +
        (await page.evaluate<number>('document.documentElement.scrollWidth')) +
        ' > 390',
    );
    expect(await seriousViolations(page)).toEqual([expect.stringMatching(/^label \(critical\): input/)]);
  });
});
