import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredUnitsFor } from '../../domain/result/attempt';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, startTestStack, type Caller } from './helpers';
import { programme2019 } from './result-session-fixture';
import { assessUnits, BUDI, callerNamed, seatInCohort, sessionWith, soundEvidence } from './pipeline-helpers';

/**
 * What the result session settles besides its decisions (Perban BKN 7/2020 Pasal 25b, 25e, 25h, 15(3)a, 26(2)),
 * through the API on the 2019 calendar: additional evidence asked of a participant holds their decision until it
 * comes in or its deadline passes; a participant not yet competent reads the statement of the units recognised, and
 * the re-test covers only the rest; the strategy the session sets for appeals is the one the appeal routes follow.
 */
const UNITS = requiredUnitsFor('ADMINISTRATOR');
const MISSING = UNITS[2]!;
const DEWI = { nip: '198604122011012001', name: 'Dewi Anggraini, S.Sos.' };
const EKO = { nip: '198807152012011003', name: 'Eko Prasetyo, S.E.' };
const TIMEOUT = 120_000;
const codes = (body: { details?: { code: string }[] }) => (body.details ?? []).map((d) => d.code);

describe('result-session completeness through the API (Pasal 25b, 25e, 25h)', () => {
  let stack: LocalStack;
  let admin: Caller;
  let sidang: Caller;
  let budi: Caller;
  let dewi: Caller;
  let eko: Caller;
  let bogor: Caller;
  let programId: string;

  const at = (nip: string) => `/programs/${programId}/cohorts/1/participants/${nip}`;
  const of = (nip: string) => `/programs/${programId}/participants/${nip}`;
  const decide = (nip: string) =>
    sidang('POST', `${at(nip)}/result`, { session: sessionWith('asesor.budi') });
  const ask = (nip: string, deadline: string, unitCodes: string[] = [MISSING]) =>
    sidang('POST', `${at(nip)}/evidence-requests`, {
      unitCodes,
      missing: 'Portofolio usulan kenaikan pangkat yang disusun peserta tahun berjalan.',
      deadline,
    });
  const clock = (date: string) => admin('PUT', '/_local/clock', { date });

  beforeAll(async () => {
    stack = await startTestStack({ workers: false, calendarStart: { date: '2019-04-04' } });
    admin = await callerNamed(stack, 'admin-bkn', 'bkn-admin-1');
    sidang = await callerNamed(stack, 'admin-bkn', 'pusbang.sidang');
    budi = await callerNamed(stack, 'asesor', 'asesor.budi');
    dewi = await callerFor(stack, 'peserta', { nip: DEWI.nip, instansi: '3201' });
    eko = await callerFor(stack, 'peserta', { nip: EKO.nip, instansi: '3201' });
    bogor = await callerFor(stack, 'instansi', { instansi: '3201' });
    programId = await programme2019(admin);
    await seatInCohort(programId, 1, [DEWI, EKO]);
    expect((await admin('POST', `/programs/${programId}/cohorts/1/team`, BUDI)).status).toBe(200);
    await clock('2019-07-30');
    await assessUnits(budi, at(DEWI.nip), UNITS, [MISSING]);
    await assessUnits(budi, at(EKO.nip), UNITS, [MISSING]);
  }, TIMEOUT);
  afterAll(async () => {
    await stack?.stop();
  });

  it('SIDANG-BUKTI-TAMBAHAN: a request names units tested in the attempt and a deadline after today, within 30 days; every reason at once', async () => {
    const refused = await ask(DEWI.nip, '2019-07-30', [MISSING, 'MASN-JPT-01']);
    expect(refused.status).toBe(422);
    expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual(['unitCodes.1', 'deadline']);
    expect(codes(refused.body)).toEqual(['SIDANG-BUKTI-TAMBAHAN', 'SIDANG-BUKTI-TAMBAHAN']);
    const tooLate = await ask(DEWI.nip, '2019-08-30');
    expect(tooLate.status).toBe(422);
    expect(tooLate.body.code).toBe('SIDANG-BUKTI-TAMBAHAN');
    expect((await ask('199001012015011001', '2019-08-06')).status).toBe(404);
  });

  it('SIDANG-MENUNGGU-BUKTI-TAMBAHAN: the decision waits while the evidence is awaited; the participant and their instansi read the request', async () => {
    const asked = await ask(DEWI.nip, '2019-08-06');
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body).toMatchObject({
      attempt: 0,
      unitCodes: [MISSING],
      deadline: '2019-08-06',
      status: { state: 'MENUNGGU', outstandingUnits: [MISSING] },
    });
    const waiting = await decide(DEWI.nip);
    expect(waiting.status).toBe(422);
    expect(waiting.body.code).toBe('SIDANG-MENUNGGU-BUKTI-TAMBAHAN');
    const cohortWide = await sidang('POST', `/programs/${programId}/cohorts/1/results`, {
      session: sessionWith('asesor.budi'),
      decisions: [{ nip: DEWI.nip }],
    });
    expect(cohortWide.status).toBe(422);
    expect(codes(cohortWide.body)).toContain('SIDANG-MENUNGGU-BUKTI-TAMBAHAN');

    for (const reader of [dewi, bogor]) {
      const listed = await reader('GET', `${of(DEWI.nip)}/evidence-requests`);
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((r: { status: { state: string } }) => r.status.state)).toEqual([
        'MENUNGGU',
      ]);
    }
    expect((await eko('GET', `${of(DEWI.nip)}/evidence-requests`)).status).toBe(404);
  });

  it('the evidence comes in through the assessment routes and the assessor recommends again: the request is answered and the session decides on it', async () => {
    const unit = `${at(DEWI.nip)}/units/${MISSING}`;
    expect((await budi('POST', `${unit}/evidence`, soundEvidence('PORTOFOLIO'))).status).toBe(201);
    // Evidence without a new recommendation does not answer yet: the decision would rest on the old one.
    expect((await decide(DEWI.nip)).status).toBe(422);
    const recommended = await budi('POST', `${unit}/recommendation`, {
      recommendation: 'KOMPETEN',
      evidenceSufficient: true,
    });
    expect(recommended.status).toBe(201);
    const listed = await dewi('GET', `${of(DEWI.nip)}/evidence-requests`);
    expect(listed.body.items[0].status).toEqual({
      state: 'TERPENUHI',
      answeredUnits: [MISSING],
      outstandingUnits: [],
    });
    const decided = await decide(DEWI.nip);
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(decided.body.outcome).toBe('KOMPETEN');
    // Decided: no more requests on the attempt.
    const late = await ask(DEWI.nip, '2019-08-06');
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('SIDANG-BUKTI-TAMBAHAN');
  });

  it('past the deadline without the evidence, the session decides on what there is: the latest recommendations', async () => {
    expect((await ask(EKO.nip, '2019-08-02')).status).toBe(201);
    expect((await decide(EKO.nip)).status).toBe(422);
    await clock('2019-08-03');
    const listed = await eko('GET', `${of(EKO.nip)}/evidence-requests`);
    expect(listed.body.items[0].status.state).toBe('LEWAT_BATAS');
    const decided = await decide(EKO.nip);
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(decided.body).toMatchObject({ outcome: 'BELUM_KOMPETEN', notYetCompetentUnits: [MISSING] });
  });

  it('PENGAKUAN-UNIT: the participant not yet competent and their instansi read the units recognised, not a certificate; the re-test asks only for the rest', async () => {
    for (const reader of [eko, bogor]) {
      const statement = await reader('GET', `${of(EKO.nip)}/unit-recognition`);
      expect(statement.status, JSON.stringify(statement.body)).toBe(200);
      expect(statement.body.recognised.map((u: { unitCode: string }) => u.unitCode)).toEqual(
        UNITS.filter((code) => code !== MISSING),
      );
      expect(statement.body.remaining.map((u: { unitCode: string }) => u.unitCode)).toEqual([MISSING]);
      expect(statement.body.note).toContain('bukan sertifikat');
    }
    expect((await dewi('GET', `${of(EKO.nip)}/unit-recognition`)).status).toBe(404);
    const competent = await dewi('GET', `${of(DEWI.nip)}/unit-recognition`);
    expect(competent.status).toBe(422);
    expect(competent.body.code).toBe('PENGAKUAN-UNIT');

    const { current } = (await eko('GET', `${of(EKO.nip)}/results`)).body;
    const retest = await eko('POST', `${of(EKO.nip)}/retest-requests`, { decisionId: current });
    expect(retest.status, JSON.stringify(retest.body)).toBe(201);
    expect(retest.body.unitCodes).toEqual([MISSING]);
  });

  it('BANDING-STRATEGI: the session sets who reviews, in how many days and how; a member of the test team cannot review', async () => {
    const path = `/programs/${programId}/cohorts/1/appeal-strategy`;
    expect((await sidang('GET', path)).status).toBe(404);
    const tester = await sidang('PUT', path, {
      reviewers: ['asesor.budi'],
      reviewDays: 7,
      methods: ['TELAAH_DOKUMEN'],
    });
    expect(tester.status).toBe(422);
    expect(tester.body.code).toBe('BANDING-STRATEGI');
    const set = await sidang('PUT', path, {
      reviewers: ['pusbang.peninjau'],
      reviewDays: 7,
      methods: ['TELAAH_DOKUMEN'],
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect((await sidang('GET', path)).body).toMatchObject({
      reviewers: ['pusbang.peninjau'],
      reviewDays: 7,
    });
  });

  it('BANDING-IKUT-STRATEGI: an appeal carries the strategy: its deadline, its reviewers, its ways of review', async () => {
    const { current } = (await eko('GET', `${of(EKO.nip)}/results`)).body;
    const filed = await eko('POST', `${of(EKO.nip)}/appeals`, {
      subject: 'HASIL',
      decisionId: current,
      grounds: 'Portofolio yang dikirim sesudah batas waktu tidak dipertimbangkan.',
      unitCodes: [MISSING],
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    expect(filed.body.strategy).toMatchObject({ reviewers: ['pusbang.peninjau'], reviewDays: 7 });
    expect(Date.parse(filed.body.reviewDeadline) - Date.parse(filed.body.filedAt)).toBe(7 * 86_400_000);
    const appeal = `${of(EKO.nip)}/appeals/${filed.body.appealId}`;

    const outsider = await admin('PUT', `${appeal}/reviewer`, { reviewer: 'pusbang.lain' });
    expect(outsider.status).toBe(422);
    expect(outsider.body.code).toBe('BANDING-IKUT-STRATEGI');
    expect((await admin('PUT', `${appeal}/reviewer`, { reviewer: 'pusbang.peninjau' })).status).toBe(200);

    const peninjau = await callerNamed(stack, 'admin-bkn', 'pusbang.peninjau');
    const ruling = { upheld: false, reason: 'Bukti sesudah batas waktu tidak mengubah keputusan.' };
    const without = await peninjau('POST', `${appeal}/resolution`, ruling);
    expect(without.status).toBe(422);
    expect(without.body.code).toBe('BANDING-IKUT-STRATEGI');
    const otherWay = await peninjau('POST', `${appeal}/resolution`, { ...ruling, method: 'KLARIFIKASI' });
    expect(otherWay.status).toBe(422);
    expect(otherWay.body.code).toBe('BANDING-IKUT-STRATEGI');
    const resolved = await peninjau('POST', `${appeal}/resolution`, { ...ruling, method: 'TELAAH_DOKUMEN' });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect(resolved.body.resolution).toMatchObject({ upheld: false, method: 'TELAAH_DOKUMEN' });
  });
});
