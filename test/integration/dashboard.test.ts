import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_DOCUMENTS } from '../../domain/eligibility/documents';
import { requiredUnitsFor } from '../../domain/result/attempt';
import { CertificateSignersRequest } from '../../events/api/certificate';
import type { ProgramDashboard } from '../../events/api/dashboard';
import { MonevAnswerRequest } from '../../events/api/monev';
import { ACTION_PLAN_EXAMPLE } from '../../events/api/training';
import { saveCv } from '../../adapters/dynamodb/training-repository';
import { ENV } from '../../runtime/env';
import { chromiumExecutable, launchChromium } from '../../tools/local/chromium';
import type { LocalStack } from '../../tools/local/local-stack';
import { OVERFLOW, seriousViolations } from './browser-checks';
import { callerFor, eligibleCandidate, eventually, startTestStack, type Caller } from './helpers';
import { assessUnits, BUDI, callerNamed, onTestDay, seatInCohort, sessionWith } from './pipeline-helpers';

/*
 * BKN's programme dashboard on the local stack: a small programme played through the public API (a proposal of
 * four, three of them set and seated, two tested, one competent and certified by the certificate worker, one
 * Monev answer), its figures read from GET /programs/{programId}/dashboard, and the page that draws them, in
 * headless Chromium (Debian's package): it asks for a login without a token and shows no data; with one, its
 * charts show the data route's numbers, on a 390 px phone without sideways scrolling and without serious axe
 * violations. With DASHBOARD_SCREENSHOTS=<dir> the drawn page is written there as PNG at both widths.
 */
const browserAvailable = chromiumExecutable() !== undefined;
if (!browserAvailable && process.env.CI) throw new Error('CI must have Chromium (see .ci/run)');

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const SCREENSHOTS = process.env.DASHBOARD_SCREENSHOTS;
const TIMEOUT = 180_000;
const PDF = Buffer.from('%PDF-1.7\n% dokumen\n%%EOF\n');
const UNITS = requiredUnitsFor('ADMINISTRATOR');
const FAILED_UNIT = UNITS[4]!;
const ANSWER = (MonevAnswerRequest.meta()!.examples as MonevAnswerRequest[])[0]!;

const A = { nip: '198601012010011001', name: 'Dewi Lestari, S.Sos.' };
const B = { nip: '198702022011012002', name: 'Rina Kartika, S.H.' };
const C = { nip: '198803032012011003', name: 'Agus Pratama, S.E.' };
/** Proposed, never set as a participant. */
const D = { nip: '198904042013011004', name: 'Bambang Sutrisno, S.Kom.' };

describe('the programme dashboard: its figures through the API and its page in Chromium', () => {
  let stack: LocalStack;
  let admin: Caller;
  let programId: string;
  let figures: ProgramDashboard;

  const proposal = () => `/programs/${programId}/proposals/3201`;
  const candidatePath = (nip: string) => `${proposal()}/candidates/${nip}`;
  const participantPath = (nip: string) => `/programs/${programId}/cohorts/1/participants/${nip}`;

  beforeAll(async () => {
    stack = await startTestStack({ calendarStart: { date: '2019-04-04' } });
    admin = await callerNamed(stack, 'admin-bkn', 'bkn-admin-1');
    const bogor = await callerFor(stack, 'instansi', { instansi: '3201' });
    const sidang = await callerNamed(stack, 'admin-bkn', 'pusbang.sidang');
    const budi = await callerNamed(stack, 'asesor', 'asesor.budi');
    const ok = (answer: { status: number; body: unknown }, status = 200) =>
      expect(answer.status, JSON.stringify(answer.body)).toBe(status);

    ok(
      await admin('PUT', '/instansi/3201', {
        name: 'Pemerintah Kabupaten Bogor',
        kind: 'KABUPATEN_KOTA',
        kanreg: 'III',
      }),
    );
    const program = await admin('POST', '/programs', {
      name: 'Pelatihan dan Sertifikasi Manajemen ASN 2019 (Dasbor)',
      year: 2019,
      schemes: ['ADMINISTRATOR'],
      quotaPerInstansi: { ADMINISTRATOR: 4 },
      proposalWindow: { opensAt: '2019-04-05T00:00:00+07:00', closesAt: '2019-04-15T23:59:59+07:00' },
      cohortPlan: [
        { number: 1, scheme: 'ADMINISTRATOR', capacity: 3, startDate: '2019-05-02', endDate: '2019-05-03' },
        { number: 2, scheme: 'ADMINISTRATOR', capacity: 2, startDate: '2019-07-01', endDate: '2019-07-02' },
      ],
    });
    ok(program, 201);
    programId = program.body.id;
    ok(
      await admin(
        'PUT',
        `/programs/${programId}/certificate-signers`,
        (CertificateSignersRequest.meta()?.examples as unknown[])[0],
      ),
    );

    // Bogor proposes four officials, with every document and the letter, and submits.
    await admin('PUT', '/_local/clock', { date: '2019-04-08' });
    await stack.fireSchedule('proposalWindows');
    ok(await bogor('PUT', proposal()), 201);
    const upload = async (slotPath: string, confirmPath: string) => {
      const slot = await bogor('POST', slotPath, { contentType: 'application/pdf', size: PDF.length });
      await fetch(slot.body.url, { method: 'PUT', headers: slot.body.headers, body: PDF });
      ok(await bogor('PUT', confirmPath));
    };
    for (const { nip, name } of [A, B, C, D]) {
      const candidate = eligibleCandidate('ADMINISTRATOR', name);
      ok(
        await bogor('PUT', candidatePath(nip), {
          ...candidate,
          position: { ...candidate.position, since: '2015-01-02' },
          performance: [
            { year: 2017, rating: 'BAIK' },
            { year: 2018, rating: 'BAIK' },
          ],
        }),
        201,
      );
      for (const kind of REQUIRED_DOCUMENTS) {
        const path = `${candidatePath(nip)}/documents/${kind}`;
        await upload(`${path}/upload`, path);
      }
    }
    await upload(`${proposal()}/letter/upload`, `${proposal()}/letter`);
    ok(await bogor('POST', `${proposal()}/submit`));

    // Three of them set and seated in cohort 1, as the placement flow leaves them; A confirms with a plan.
    await seatInCohort(programId, 1, [A, B, C]);
    await saveCv(programId, A.nip, {
      key: `training/${programId}/${A.nip}/CV/1`,
      versionId: 'v1',
      sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      contentType: 'application/pdf',
      size: 1000,
      uploadedAt: '2019-04-08T01:00:00.000Z',
      uploadedBy: A.nip,
    });
    const dewi = await callerFor(stack, 'peserta', { nip: A.nip, instansi: '3201' });
    ok(
      await dewi('POST', `/programs/${programId}/participants/${A.nip}/confirmation`, {
        attending: true,
        actionPlan: ACTION_PLAN_EXAMPLE,
      }),
    );

    // A and B tested: A competent on every unit, B not yet on one; C not tested.
    ok(await admin('POST', `/programs/${programId}/cohorts/1/team`, BUDI));
    await onTestDay(admin, programId, 1);
    await assessUnits(budi, participantPath(A.nip), UNITS);
    await assessUnits(budi, participantPath(B.nip), UNITS, [FAILED_UNIT]);
    for (const { nip } of [A, B]) {
      ok(
        await sidang('POST', `${participantPath(nip)}/result`, { session: sessionWith('asesor.budi') }),
        201,
      );
    }
    await eventually(
      async () => {
        const { body } = await admin('GET', `/programs/${programId}/participants/${A.nip}/certificates`);
        return body?.competency?.length ? true : undefined;
      },
      "A's certificate",
      90_000,
    );

    // Three months after the cohort: the Monev round opens and A answers.
    await admin('PUT', '/_local/clock', { date: '2019-08-03' });
    await stack.fireSchedule('monevRounds');
    ok(await dewi('PUT', `/programs/${programId}/participants/${A.nip}/monev/3`, ANSWER));

    const read = await admin('GET', `/programs/${programId}/dashboard`);
    ok(read);
    figures = read.body;
  }, TIMEOUT);

  afterAll(async () => {
    await stack?.stop();
  });

  it('the pipeline counts each person once per stage: 4 proposed, 3 eligible and seated, 2 tested, 1 competent, certified and answering Monev', () => {
    const expected = {
      proposed: 4,
      eligible: 3,
      seated: 3,
      tested: 2,
      competent: 1,
      certified: 1,
      monevAnswered: 1,
    };
    expect(figures.total).toEqual(expected);
    expect(figures.byInstansi).toEqual([
      { instansiCode: '3201', name: 'Pemerintah Kabupaten Bogor', counts: expected },
    ]);
    expect(figures.byLevel).toEqual([{ scheme: 'ADMINISTRATOR', name: 'Administrator', counts: expected }]);
  });

  it('seats per cohort: capacity and seats taken of each training cohort', () => {
    expect(figures.cohorts.map((c) => [c.number, c.capacity, c.seatsTaken])).toEqual([
      [1, 3, 3],
      [2, 2, 0],
    ]);
  });

  it('results per unit: every unit competent for both tested, the failed one competent for one and not yet for the other', () => {
    expect(figures.units.map((u) => u.code)).toEqual([...UNITS].sort());
    for (const unit of figures.units) {
      const failed = unit.code === FAILED_UNIT;
      expect(unit).toMatchObject({ competent: failed ? 1 : 2, notYetCompetent: failed ? 1 : 0 });
    }
  });

  it('only BKN and the Komite read the figures; an unknown programme is 404 PROGRAM_NOT_FOUND', async () => {
    const komite = await callerFor(stack, 'komite');
    expect((await komite('GET', `/programs/${programId}/dashboard`)).status).toBe(200);
    const kanreg = await callerFor(stack, 'kanreg', { kanreg: 'III' });
    expect((await kanreg('GET', `/programs/${programId}/dashboard`)).status).toBe(403);
    const missing = await admin('GET', '/programs/prg_00000000-0000-4000-8000-000000000000/dashboard');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('PROGRAM_NOT_FOUND');
  });

  describe.skipIf(!browserAvailable)('the page in headless Chromium', () => {
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
      browser = await launchChromium();
      page = await browser.newPage({ viewport: PHONE });
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('the page itself carries no data: without a token it asks for a login and shows nothing else', async () => {
      const response = await page.goto(`${stack.baseUrl}/dashboard?program=${programId}`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
      await expect.poll(() => page.textContent('#pesan')).toBe('Silakan masuk untuk melihat dasbor.');
      expect(await page.isVisible('#token')).toBe(true);
      expect(await page.locator('#dasbor *').count()).toBe(0);
      const html = (await response!.text())!;
      expect(html).not.toContain('Bogor');
      expect(html).not.toContain(programId);
    });

    it('with a BKN token in the address fragment it draws the data route’s numbers, fits a 390 px phone and passes axe', async () => {
      const token = await stack.authority.mint({ role: 'admin-bkn', username: 'bkn-dasbor' });
      await page.goto(`${stack.baseUrl}/dashboard?program=${programId}#id_token=${token}`);
      await page.waitForSelector('#unit .grafik li');
      expect(page.url()).not.toContain('id_token');

      const value = (selector: string) => page.textContent(`${selector} .nilai`);
      for (const [stage, count] of Object.entries(figures.total)) {
        expect(await value(`#alur [data-stage=${stage}]`)).toBe(String(count));
      }
      expect(await page.textContent('#per-instansi summary')).toBe(
        'Pemerintah Kabupaten Bogor (3201): diusulkan 4, bersertifikat 1',
      );
      expect(await page.textContent('#per-jenjang summary')).toBe(
        'Administrator: diusulkan 4, bersertifikat 1',
      );
      expect(await value('#kursi [data-cohort="1"]')).toBe('3 dari 3');
      expect(await value('#kursi [data-cohort="2"]')).toBe('0 dari 2');
      const failed = figures.units.find((u) => u.code === FAILED_UNIT)!;
      expect(await page.textContent(`#unit [data-unit="${FAILED_UNIT}"] .label`)).toBe(
        `${failed.code} ${failed.title}`,
      );
      expect(await value(`#unit [data-unit="${FAILED_UNIT}"]`)).toBe('kompeten 1 · belum kompeten 1');
      expect(await page.locator('#unit .grafik li').count()).toBe(figures.units.length);

      await page.click('#per-instansi summary');
      expect(await page.evaluate(OVERFLOW)).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      if (SCREENSHOTS) {
        for (const viewport of [PHONE, DESKTOP]) {
          await page.setViewportSize(viewport);
          await page.screenshot({ path: join(SCREENSHOTS, `dasbor-${viewport.width}.png`), fullPage: true });
        }
        await page.setViewportSize(PHONE);
      }
    });

    it('with the Cognito Hosted UI configured: the login goes there with this page as redirect and a fresh state, and only a token coming back with that state is taken', async () => {
      process.env[ENV.loginDomain] = 'https://sertifikasi-uji.auth.ap-southeast-3.amazoncognito.com';
      process.env[ENV.loginClientId] = 'klien-uji';
      try {
        const token = await stack.authority.mint({ role: 'komite', username: 'komite-dasbor' });
        await page.goto(`${stack.baseUrl}/dashboard`);
        await page.click('#keluar');
        await page.goto(`${stack.baseUrl}/dashboard?program=${programId}#id_token=${token}&state=palsu`);
        await expect
          .poll(() => page.textContent('#pesan'))
          .toBe('Login tidak dapat dipastikan berasal dari halaman ini. Silakan masuk kembali.');
        expect(await page.locator('#dasbor *').count()).toBe(0);

        let asked: URL | undefined;
        await page.route(
          'https://sertifikasi-uji.auth.ap-southeast-3.amazoncognito.com/**',
          async (route) => {
            asked = new URL(route.request().url());
            const back = new URLSearchParams({ id_token: token, state: asked.searchParams.get('state')! });
            await route.fulfill({
              status: 302,
              headers: { location: `${asked.searchParams.get('redirect_uri')}?program=${programId}#${back}` },
            });
          },
        );
        await page.click('#masuk-cognito');
        await page.waitForSelector('#alur [data-stage=certified] .nilai');
        expect(asked?.pathname).toBe('/oauth2/authorize');
        expect(Object.fromEntries(asked!.searchParams)).toMatchObject({
          response_type: 'token',
          client_id: 'klien-uji',
          scope: 'openid',
          redirect_uri: `${stack.baseUrl}/dashboard`,
        });
        expect(await page.textContent('#alur [data-stage=certified] .nilai')).toBe('1');
      } finally {
        delete process.env[ENV.loginDomain];
        delete process.env[ENV.loginClientId];
        await page.unrouteAll();
      }
    });

    it('locally a pasted token works too; a Kanreg token is told it may not see the dashboard, and no figures are drawn', async () => {
      const kanreg = await stack.authority.mint({ role: 'kanreg', kanreg: 'III', username: 'kanreg-dasbor' });
      await page.goto(`${stack.baseUrl}/dashboard`);
      await page.click('#keluar');
      await page.fill('#token', kanreg);
      await page.click('#token-form button');
      await expect
        .poll(() => page.textContent('#pesan'))
        .toBe('Akun Anda tidak berwenang melihat dasbor ini (khusus BKN dan Komite).');
      expect(await page.locator('#dasbor *').count()).toBe(0);
    });
  });
});
