import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredUnitsFor } from '../../domain/result/attempt';
import { ReinstatementRequest } from '../../events/api/certificate';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, eventually, startTestStack, type Caller } from './helpers';
import {
  assessUnits,
  BUDI,
  callerNamed,
  sessionWith,
  historyEventIds,
  programWithSigners,
  publishedEventIds,
  onTestDay,
  seatInCohort,
  todayOn,
  plannedForTest,
  teamByDecree,
} from './pipeline-helpers';

/*
 * Point 8 of issue 13 through the public API: a certificate issued on a decision that the result session
 * later corrects. Superseded by a not-yet-competent decision it is annulled (not revoked); an upheld appeal
 * against that correction gives it a new version; a correction that keeps the participant competent replaces
 * it by a new version. Every step is in the certificate's history, on the verification page, and announced
 * exactly once on the event bus.
 */
const SCHEME = 'ADMINISTRATOR';
const UNITS = requiredUnitsFor(SCHEME);
const CONTESTED = UNITS[2]!;
const A = { nip: '198702142012012001', name: 'Ayu Pratiwi, S.H.' };
const B = { nip: '199003052014031002', name: 'Bima Nugraha, S.E.' };
const TIMEOUT = 120_000;

describe('a certificate whose decision is superseded after it was issued (Perban BKN 7/2020 Pasal 34(1))', () => {
  let stack: LocalStack;
  let admin: Caller;
  let sidang: Caller;
  let anyone: Caller;
  let programId: string;
  /** Each participant's decision in force; the first is the one their certificate was issued on. */
  const decisions: Record<string, string> = {};
  const issuedOn: Record<string, string> = {};
  const numbers: Record<string, string> = {};

  const participantPath = (nip: string) => `/programs/${programId}/participants/${nip}`;
  const idOf = (number: string) => number.replaceAll('/', '-');
  const certificate = async (number: string) => (await admin('GET', `/certificates/${idOf(number)}`)).body;
  const versionsOf = async (nip: string) =>
    (await admin('GET', `${participantPath(nip)}/certificates`)).body.competency as {
      registrationNumber: string;
      status: string;
      decisionId: string;
      history: { event: string; eventId: string }[];
      download?: unknown;
    }[];
  const verification = async (number: string) => (await anyone('GET', `/verification/${number}`)).body;
  const page = async (number: string) => (await fetch(`${stack.baseUrl}/verifikasi/${number}`)).text();
  const rendered = (number: string) =>
    eventually(
      async () => {
        const found = await certificate(number);
        return found?.download ? found : undefined;
      },
      `the PDF of ${number}`,
      90_000,
    );
  const correct = (nip: string, competentUnits: readonly string[], reason: string) =>
    sidang('POST', `${participantPath(nip)}/results/${decisions[nip]}/correction`, {
      session: sessionWith('asesor.budi'),
      reason,
      competentUnits,
    });

  beforeAll(async () => {
    stack = await startTestStack();
    admin = await callerNamed(stack, 'admin-bkn', 'bkn-admin-1');
    sidang = await callerNamed(stack, 'admin-bkn', 'pusbang.sidang');
    anyone = await callerFor(stack);
    const budi = await callerNamed(stack, 'asesor', 'asesor.budi');
    programId = await programWithSigners(admin, 'Program uji koreksi keputusan', [
      { number: 1, scheme: SCHEME, capacity: 2, startsInDays: 3 },
    ]);
    await seatInCohort(programId, 1, [A, B]);
    await teamByDecree(admin, programId, 1, [BUDI]);
    await plannedForTest(programId, 1);
    await onTestDay(admin, programId, 1);
    for (const { nip } of [A, B]) {
      await assessUnits(budi, `/programs/${programId}/cohorts/1/participants/${nip}`, UNITS);
      const decided = await sidang('POST', `/programs/${programId}/cohorts/1/participants/${nip}/result`, {
        session: sessionWith('asesor.budi'),
      });
      expect(decided.body).toMatchObject({ outcome: 'KOMPETEN' });
      decisions[nip] = decided.body.decisionId;
      issuedOn[nip] = decided.body.decisionId;
      const issued = await eventually(
        async () => (await versionsOf(nip)).find((c) => c.download),
        `the certificate of ${nip}`,
        90_000,
      );
      numbers[nip] = issued.registrationNumber;
    }
  }, TIMEOUT);

  afterAll(async () => {
    await stack?.stop();
  });

  it(
    'SERT-BATAL-KEPUTUSAN: corrected to BELUM_KOMPETEN, the certificate is annulled, not revoked: its history says when and why, the verification page says so plainly, it is on no revocation list and cannot be reinstated',
    async () => {
      const number = numbers[A.nip]!;
      const corrected = await correct(
        A.nip,
        UNITS.filter((u) => u !== CONTESTED),
        `Bukti portofolio unit ${CONTESTED} ternyata bukan karya peserta (berita acara 12).`,
      );
      expect(corrected.status, JSON.stringify(corrected.body)).toBe(201);
      expect(corrected.body).toMatchObject({
        source: 'KOREKSI',
        outcome: 'BELUM_KOMPETEN',
        supersedes: decisions[A.nip],
      });

      const today = await todayOn(admin);
      const annulled = await eventually(async () => {
        const found = await certificate(number);
        return found.status === 'DIBATALKAN' ? found : undefined;
      }, 'the annulment');
      expect(annulled.history).toEqual([
        expect.objectContaining({
          event: 'DITERBITKAN',
          decisionId: decisions[A.nip],
          eventId: `${number}#0`,
        }),
        expect.objectContaining({
          event: 'DIBATALKAN',
          rule: 'SERT-BATAL-KEPUTUSAN',
          by: 'sistem',
          on: today,
          decisionId: decisions[A.nip],
          supersedingDecisionId: corrected.body.decisionId,
          eventId: `${number}#1`,
        }),
      ]);
      expect(annulled.revocation).toBeUndefined();

      expect(await verification(number)).toMatchObject({
        status: 'DIBATALKAN',
        annulment: { since: today, reason: expect.stringContaining('bukan pencabutan') },
        history: [
          expect.objectContaining({ event: 'DITERBITKAN' }),
          expect.objectContaining({ event: 'DIBATALKAN', on: today }),
        ],
      });
      const html = await page(number);
      expect(html).toContain('data-status="DIBATALKAN"');
      expect(html).toContain('Sertifikat telah dibatalkan dan tidak berlaku');
      expect(html).toContain('data-peristiwa="DIBATALKAN"');
      // The public learns that the decision changed, not the case behind it.
      expect(html).not.toContain('berita acara');
      expect(html).not.toContain(corrected.body.decisionId);
      const revocations = (await anyone('GET', '/revocations')).body.items as {
        registrationNumber: string;
      }[];
      expect(revocations.map((r) => r.registrationNumber)).not.toContain(number);
      const reinstate = await admin('POST', `/certificates/${idOf(number)}/reinstatement`, {
        ...(ReinstatementRequest.meta()?.examples as object[])[0],
        requestedByNip: A.nip,
      });
      expect(reinstate.status).toBe(422);
      expect(reinstate.body.details.map((v: { code: string }) => v.code)).toContain('SERT-PULIH-DICABUT');
      decisions[A.nip] = corrected.body.decisionId;
    },
    TIMEOUT,
  );

  it(
    'SERT-SATU-BERLAKU: an upheld appeal against the correction gives the certificate a new version on its decision, whose history names the appeal; never a second number',
    async () => {
      const number = numbers[A.nip]!;
      const participant = await callerNamed(stack, 'peserta', 'ayu.pratiwi', A.nip);
      const filed = await participant('POST', `${participantPath(A.nip)}/appeals`, {
        subject: 'HASIL',
        decisionId: decisions[A.nip],
        grounds: 'Portofolio unit itu karya saya sendiri; saksi dan dokumen asli terlampir.',
        unitCodes: [CONTESTED],
      });
      expect(filed.status, JSON.stringify(filed.body)).toBe(201);
      const appealPath = `${participantPath(A.nip)}/appeals/${filed.body.appealId}`;
      expect((await admin('PUT', `${appealPath}/reviewer`, { reviewer: 'pusbang.peninjau' })).status).toBe(
        200,
      );
      const peninjau = await callerNamed(stack, 'admin-bkn', 'pusbang.peninjau');
      const resolved = await peninjau('POST', `${appealPath}/resolution`, {
        upheld: true,
        reason: 'Dokumen asli membuktikan portofolio karya peserta.',
        competentUnits: [CONTESTED],
      });
      expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
      const upheld = resolved.body.resolution.resultingDecisionId as string;

      const next = await rendered(`${number}-P1`);
      expect(next).toMatchObject({ status: 'AKTIF', decisionId: upheld, supersedes: number, version: 1 });
      const old = await certificate(number);
      expect(old).toMatchObject({ status: 'DIMUTAKHIRKAN', supersededBy: `${number}-P1` });
      expect(old.history.at(-1)).toMatchObject({
        event: 'DIMUTAKHIRKAN',
        rule: 'SERT-SATU-BERLAKU',
        relatedNumber: `${number}-P1`,
        // The annulled version still rests on the decision it was issued on, which the appeal's decision ends.
        decisionId: issuedOn[A.nip],
        supersedingDecisionId: upheld,
        appealId: filed.body.appealId,
      });
      expect(await verification(number)).toMatchObject({
        status: 'DIGANTIKAN',
        supersededBy: `${number}-P1`,
      });
      expect(await verification(`${number}-P1`)).toMatchObject({
        status: 'BERLAKU',
        history: [expect.objectContaining({ event: 'DITERBITKAN', relatedNumber: number })],
      });
      const versions = await versionsOf(A.nip);
      expect(versions.map((v) => [v.registrationNumber, v.status])).toEqual([
        [number, 'DIMUTAKHIRKAN'],
        [`${number}-P1`, 'AKTIF'],
      ]);
    },
    TIMEOUT,
  );

  it(
    'SERT-GANTI-KEPUTUSAN: a correction that keeps the participant KOMPETEN replaces the certificate by a new version on the new decision; the old one says superseded, with a link to the current one',
    async () => {
      const number = numbers[B.nip]!;
      const corrected = await correct(
        B.nip,
        UNITS,
        'Sidang pertama tidak melibatkan seluruh unsur penyelenggara (Pasal 25f); diputus ulang.',
      );
      expect(corrected.status, JSON.stringify(corrected.body)).toBe(201);
      expect(corrected.body.outcome).toBe('KOMPETEN');

      const next = await rendered(`${number}-P1`);
      expect(next).toMatchObject({
        status: 'AKTIF',
        decisionId: corrected.body.decisionId,
        reissue: { reason: 'KEPUTUSAN_DIGANTI', by: 'sistem' },
      });
      const old = await certificate(number);
      expect(old).toMatchObject({ status: 'DIMUTAKHIRKAN', supersededBy: `${number}-P1` });
      expect(old.history.map((h: { event: string }) => h.event)).toEqual(['DITERBITKAN', 'DIMUTAKHIRKAN']);
      expect(old.history[1]).toMatchObject({
        rule: 'SERT-GANTI-KEPUTUSAN',
        decisionId: decisions[B.nip],
        supersedingDecisionId: corrected.body.decisionId,
      });
      const html = await page(number);
      expect(html).toContain('data-status="DIGANTIKAN"');
      expect(html).toContain(`href="/verifikasi/${number}-P1"`);
      expect(html).toContain(
        'keputusan hasil uji kompetensi yang menjadi dasarnya digantikan keputusan baru',
      );
    },
    TIMEOUT,
  );

  it(
    'never two certificates in force for one participant and level of a programme; every change announced exactly once on the bus, with the id of its history entry',
    async () => {
      const versions = [...(await versionsOf(A.nip)), ...(await versionsOf(B.nip))];
      for (const nip of [A.nip, B.nip]) {
        const inForce = (await versionsOf(nip)).filter((v) => ['AKTIF', 'DICABUT'].includes(v.status));
        expect(inForce).toHaveLength(1);
      }
      const published = await publishedEventIds(stack);
      const certificateEvents = published.filter((id) => !id.startsWith('PELATIHAN/'));
      expect(new Set(published).size).toBe(published.length);
      expect(certificateEvents.sort()).toEqual(historyEventIds(versions).sort());
      expect(stack.repeatedEvents()).toEqual([]);
      const types = stack.events().map((e) => e['detail-type']);
      expect(types.filter((t) => t === 'CertificateAnnulled')).toHaveLength(1);
      expect(types.filter((t) => t === 'CertificateReissued')).toHaveLength(2);
    },
    TIMEOUT,
  );
});
