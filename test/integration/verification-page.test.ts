import { GetObjectCommand } from '@aws-sdk/client-s3';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredUnitCodes, qualificationsOfScheme } from '../../domain/reference/qualifications';
import type { Participant } from '../../events/api/participant';
import type { ResultDecision } from '../../events/api/result';
import type { CertificateRequested } from '../../events/messages/certificate-requested';
import { changeOf } from '../../services/certificate/model';
import {
  findCertificateByNumber,
  findDecisionCertificateNumber,
  recordRevocation,
  saveCertificateSigners,
} from '../../adapters/dynamodb/certificate-repository';
import { recordSessionDecision } from '../../adapters/dynamodb/result-repository';
import { saveParticipant } from '../../adapters/dynamodb/seating-repository';
import { chromiumExecutable, launchChromium } from '../../tools/local/chromium';
import type { LocalStack } from '../../tools/local/local-stack';
import { eventually, startTestStack } from './helpers';

/*
 * The public verification page, as a member of the public sees it: in headless Chromium (Debian's package).
 * CI installs Chromium; elsewhere the suite says plainly that it is skipped for want of one.
 */
const browserAvailable = chromiumExecutable() !== undefined;
if (!browserAvailable && process.env.CI) throw new Error('CI must have Chromium (see .ci/run)');

const PROGRAM = 'prg_5a1c0e2e-7a9f-4b1e-9c3d-1f2e3d4c5b6a';
const NIP = '198703152010012004';
const NAME = 'Sri Wahyuni Verifikasi, S.E.';

describe.skipIf(!browserAvailable)('public certificate verification page in headless Chromium', () => {
  let stack: LocalStack;
  let browser: Browser;
  let page: Page;
  let number: string;
  let pdf: Buffer;
  const dir = mkdtempSync(join(tmpdir(), 'verifikasi-'));
  const pageOf = (n: string) => `${stack.baseUrl}/verifikasi/${n}`;

  beforeAll(async () => {
    stack = await startTestStack();
    const qualification = qualificationsOfScheme('ADMINISTRATOR')[0]!;
    const units = [...requiredUnitCodes(qualification.code)];
    const at = '2027-08-20T03:00:00.000Z';
    const participant: Participant = {
      programId: PROGRAM,
      nip: NIP,
      instansiCode: '3201',
      name: NAME,
      scheme: 'ADMINISTRATOR',
      position: { title: 'Kepala Bagian Kepegawaian', unit: 'BKPSDM Kabupaten Bogor', rank: 'III/d' },
      status: 'SET',
      setting: { decision: 'SET', decidedBy: 'sidang-penetapan', decidedAt: at },
      updatedAt: at,
    };
    await saveParticipant(participant);
    await saveCertificateSigners({
      programId: PROGRAM,
      front: {
        role: 'KEPALA_BKN',
        name: 'Prof. Dr. Zudan Arif Fakrulloh, S.H., M.H.',
        position: 'Kepala Badan Kepegawaian Negara',
      },
      back: {
        name: 'Dr. Andi Wijaya, M.Si.',
        nip: '197001011995031001',
        position: 'Kepala Pusat Pengembangan Aparatur Sipil Negara',
      },
      place: 'Jakarta',
      updatedBy: 'bkn-admin-1',
      updatedAt: at,
    });
    const decision: ResultDecision = {
      programId: PROGRAM,
      nip: NIP,
      decisionId: `dec_${at}_1`,
      scheme: 'ADMINISTRATOR',
      cohort: 19,
      attempt: 0,
      outcome: 'KOMPETEN',
      competentUnits: units,
      notYetCompetentUnits: [],
      decidedBy: 'pusbang.sidang',
      decidedAt: at,
      reason: 'Kompeten pada seluruh unit.',
      source: 'SIDANG_HASIL',
    };
    await recordSessionDecision(decision);
    const message: CertificateRequested = {
      type: 'CertificateRequested',
      version: 1,
      programId: PROGRAM,
      nip: NIP,
      decisionId: decision.decisionId,
      requestedAt: at,
      correlationId: 'verifikasi-browser',
    };
    await stack.clients.sqs.send(
      new SendMessageCommand({
        QueueUrl: stack.resources.queues.certificate.url,
        MessageBody: JSON.stringify(message),
      }),
    );
    number = await eventually(async () => {
      const issued = await findDecisionCertificateNumber(PROGRAM, NIP, decision.decisionId);
      return issued && (await findCertificateByNumber(issued))?.document ? issued : undefined;
    }, 'the certificate PDF');
    const record = (await findCertificateByNumber(number))!;
    const object = await stack.clients.s3.send(
      new GetObjectCommand({ Bucket: stack.resources.buckets.documents, Key: record.document!.key }),
    );
    pdf = Buffer.from(await object.Body!.transformToByteArray());
    browser = await launchChromium();
    page = await browser.newPage();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the QR target shows the certificate as recorded: in force, name, scheme, level and every unit', async () => {
    const response = await page.goto(pageOf(number));
    expect(response?.status()).toBe(200);
    expect(await page.textContent('#status')).toContain('sah dan berlaku');
    expect(await page.textContent('#nomor')).toBe(number);
    expect(await page.textContent('#nama')).toBe(NAME);
    expect(await page.textContent('#skema')).toContain('Administrator');
    expect(await page.textContent('#jenjang')).toBe('Administrator');
    const record = (await findCertificateByNumber(number))!;
    const rows = await page.locator('#unit tbody tr').allTextContents();
    expect(rows).toHaveLength(record.units.length);
    for (const [i, unit] of record.units.entries()) expect(rows[i]).toContain(unit.code);
  });

  it('shows no personal data beyond name, scheme and level: no NIP, position, unit or instansi', async () => {
    await page.goto(pageOf(number));
    const text = (await page.textContent('body'))!;
    expect(text).not.toContain(NIP);
    expect(text).not.toContain('Kepala Bagian Kepegawaian');
    expect(text).not.toContain('BKPSDM');
  });

  it('an uploaded PDF passes only when it is exactly the issued file; an edited copy does not', async () => {
    const original = join(dir, 'asli.pdf');
    writeFileSync(original, pdf);
    const edited = join(dir, 'diubah.pdf');
    // An edit as a PDF editor makes one: a name written over the page, the file saved again.
    const document = await PDFDocument.load(pdf);
    document.getPage(0).drawText('Orang Lain Sekali, S.E.', { x: 300, y: 300, size: 20 });
    const editedBytes = Buffer.from(await document.save());
    expect(editedBytes.equals(pdf)).toBe(false);
    writeFileSync(edited, editedBytes);

    await page.goto(pageOf(number));
    await page.setInputFiles('#periksa-pdf input[type=file]', original);
    await page.click('#periksa-pdf button');
    await page.waitForSelector('#hasil-pdf[data-hasil]');
    expect(await page.getAttribute('#hasil-pdf', 'data-hasil')).toBe('sesuai');

    await page.goto(pageOf(number));
    await page.setInputFiles('#periksa-pdf input[type=file]', edited);
    await page.click('#periksa-pdf button');
    await page.waitForSelector('#hasil-pdf[data-hasil]');
    expect(await page.getAttribute('#hasil-pdf', 'data-hasil')).toBe('tidak-sesuai');
  });

  it('the search form finds a certificate by number; an unknown number is reported as not registered', async () => {
    await page.goto(`${stack.baseUrl}/verifikasi`);
    await page.fill('input[name=nomor]', number);
    await page.click('form[action="/verifikasi"] button');
    await page.waitForSelector('#sertifikat');
    expect(await page.getAttribute('#sertifikat', 'data-status')).toBe('BERLAKU');

    const unknown = await page.goto(pageOf('9999/SKTM-ASN/L3/2027'));
    expect(unknown?.status()).toBe(404);
    expect(await page.textContent('#status')).toContain('tidak terdaftar');
  });

  it('a revoked certificate shows as revoked, since when and why in general terms, and is on the public list', async () => {
    const certificate = (await findCertificateByNumber(number))!;
    const notice = 'Sertifikat dicabut karena hukuman disiplin berat (SK-HD/123/2027).';
    const revoked = await recordRevocation(
      certificate,
      {
        revokedOn: '2027-10-01',
        grounds: [{ kind: 'DISIPLIN', decisionRef: 'SK-HD/123/2027', decidedOn: '2027-09-20', final: true }],
        notice,
        revokedBy: 'bkn-admin-1',
        revokedAt: '2027-10-01T03:00:00.000Z',
      },
      changeOf(
        certificate,
        new Date('2027-10-01T03:00:00.000Z'),
        { event: 'DICABUT', reason: 'Dicabut karena pelanggaran disiplin yang terbukti.', by: 'bkn-admin-1' },
        'CertificateRevoked',
        {
          registrationNumber: number,
          nip: NIP,
          instansiCode: '3201',
          revokedOn: '2027-10-01',
          kinds: ['DISIPLIN'],
          notice,
        },
      ),
    );
    expect(revoked).toBe(true);
    await page.goto(pageOf(number));
    expect(await page.getAttribute('#sertifikat', 'data-status')).toBe('DICABUT');
    const text = (await page.textContent('#sertifikat'))!;
    expect(text).toContain('Dicabut sejak 1 Oktober 2027');
    expect(text).toContain('Pelanggaran disiplin');
    // General terms only: the case reference stays with BKN.
    expect(text).not.toContain('SK-HD/123/2027');

    const list = (await (await fetch(`${stack.baseUrl}/revocations`)).json()) as { items: unknown[] };
    expect(list.items).toContainEqual(
      expect.objectContaining({
        registrationNumber: number,
        since: '2027-10-01',
        reason: 'Pelanggaran disiplin',
      }),
    );
  });
});
