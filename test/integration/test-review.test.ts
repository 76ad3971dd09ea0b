import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredUnitsFor } from '../../domain/result/attempt';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, startTestStack, type Caller } from './helpers';
import { assessUnits, callerNamed, qualifiedAssessor, seatInCohort, soundEvidence } from './pipeline-helpers';
import { programme2019 } from './result-session-fixture';

/**
 * The review of the test process through the public API on the 2019 calendar (Perban BKN 7/2020 Pasal 24g, 25g,
 * 30(2)n-r): the participant's feedback, the berita acara drawn from the session and signed by the assessors who
 * took part, their reports, BKN's findings against the principles and the improvement log to done, and the
 * report the komite reads. The calendar only moves forward, so the cases run in order.
 */
const UNIT = requiredUnitsFor('ADMINISTRATOR')[0]!;
const DEWI = { nip: '198604122011012001', name: 'Dewi Anggraini, S.Sos.' };
const RINA = { nip: '199002152015032001', name: 'Rina Wulandari, S.E.' };
const BUDI = qualifiedAssessor('asesor.budi', '197501012000031001', 'Budi Santoso, S.H., M.Si.');
const SARI = qualifiedAssessor('asesor.sari', '197602022001122002', 'Sari Rahayu, S.Psi., M.Si.');
const FEEDBACK = {
  ratings: { explanation: 5, fairness: 3, conditions: 4, assessorConduct: 5 },
  complaintChannelExplained: true,
  comments: 'Waktu wawancara terlalu singkat.',
};
const PLAN = {
  action: 'Wawancara dibagi dua ruang.',
  owner: 'Koordinator TUK Pusbang',
  dueDate: '2019-09-30',
};
const TIMEOUT = 120_000;

describe('review of the test process, through the API', () => {
  let stack: LocalStack;
  let programId: string;
  let admin: Caller;
  let komite: Caller;
  let budi: Caller;
  let sari: Caller;
  let dewi: Caller;
  let rina: Caller;
  let improvementId: string;

  const session = () => `/programs/${programId}/cohorts/1`;
  const feedbackOf = (nip: string) => `${session()}/participants/${nip}/feedback`;
  const clock = (date: string) => admin('PUT', '/_local/clock', { date });
  const finding = (body: Record<string, unknown>) => admin('POST', `${session()}/review/findings`, body);
  const codes = (body: { details?: { code: string }[] }) => (body.details ?? []).map((d) => d.code);
  const change = (body: Record<string, unknown>) =>
    admin('PATCH', `${session()}/improvements/${improvementId}`, body);

  beforeAll(async () => {
    stack = await startTestStack({ workers: false, calendarStart: { date: '2019-04-04' } });
    admin = await callerNamed(stack, 'admin-bkn', 'pusbang.tinjauan');
    komite = await callerNamed(stack, 'komite', 'komite.ketua');
    budi = await callerNamed(stack, 'asesor', 'asesor.budi');
    sari = await callerNamed(stack, 'asesor', 'asesor.sari');
    dewi = await callerFor(stack, 'peserta', { nip: DEWI.nip, instansi: '3201' });
    rina = await callerFor(stack, 'peserta', { nip: RINA.nip, instansi: '3201' });
    programId = await programme2019(admin);
    await seatInCohort(programId, 1, [DEWI, RINA]);
    for (const member of [BUDI, SARI]) {
      const assigned = await admin('POST', `${session()}/team`, member);
      expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    }
  }, TIMEOUT);
  afterAll(async () => {
    await stack?.stop();
  });

  it('TINJAUAN-SETELAH-UJI: a session is not reviewed before its test day', async () => {
    const refused = await finding({
      principle: 'UJI_VALID',
      met: true,
      observation: 'Belum diuji.',
      basis: [],
    });
    expect(refused.status).toBe(422);
    expect(codes(refused.body)).toEqual(['TINJAUAN-SETELAH-UJI', 'TINJAUAN-DASAR-ADA']);
  });

  it('UMPAN-BALIK-PESERTA-DIUJI: on the test day only the participant something was recorded for gives feedback', async () => {
    expect((await clock('2019-07-30')).status).toBe(200);
    await assessUnits(budi, `${session()}/participants/${DEWI.nip}`, [UNIT]);

    const untested = await rina('PUT', feedbackOf(RINA.nip), FEEDBACK);
    const given = await dewi('PUT', feedbackOf(DEWI.nip), FEEDBACK);
    const someoneElses = await dewi('PUT', feedbackOf(RINA.nip), FEEDBACK);

    expect([untested.status, untested.body.code]).toEqual([422, 'UMPAN-BALIK-PESERTA-DIUJI']);
    expect(given.status, JSON.stringify(given.body)).toBe(200);
    expect(given.body).toMatchObject({ nip: DEWI.nip, editableUntil: '2019-08-13' });
    expect([someoneElses.status, someoneElses.body.code]).toEqual([404, 'PARTICIPANT_NOT_FOUND']);
    expect((await dewi('GET', feedbackOf(DEWI.nip))).body).toMatchObject(FEEDBACK);
  });

  it('TINJAUAN-DASAR-ADA: a finding cannot rest on assessor reports the session does not have yet', async () => {
    const refused = await finding({
      principle: 'UJI_ADIL',
      met: true,
      observation: 'Menurut laporan asesor.',
      basis: ['UMPAN_BALIK', 'LAPORAN_ASESOR'],
    });
    expect([refused.status, refused.body.code]).toEqual([422, 'TINJAUAN-DASAR-ADA']);
    expect(refused.body.details[0].field).toBe('basis.1');
  });

  it('BERITA-ACARA-ASESOR-TERLIBAT, LAPORAN-ASESOR-TERLIBAT: only the assessor who took part signs and reports; then the berita acara is complete', async () => {
    const read = await sari('GET', `${session()}/minutes`);
    expect(read.status).toBe(200);
    expect(read.body.content.participants.present.map((p: { nip: string }) => p.nip)).toEqual([DEWI.nip]);
    expect(read.body.content.participants.absent.map((p: { nip: string }) => p.nip)).toEqual([RINA.nip]);
    expect(read.body.content.units).toEqual([UNIT]);
    expect(read.body.content.methods).toEqual(['PORTOFOLIO', 'WAWANCARA']);
    expect(read.body.awaiting).toEqual(['asesor.budi']);
    const { contentHash } = read.body;

    const sariSigns = await sari('POST', `${session()}/minutes/signatures`, { contentHash });
    const sariReports = await sari('PUT', `${session()}/assessor-report`, {
      activities: 'Mengamati sesi uji.',
    });
    const budiSigns = await budi('POST', `${session()}/minutes/signatures`, { contentHash });
    const budiReports = await budi('PUT', `${session()}/assessor-report`, {
      activities: 'Menguji Dewi dengan portofolio dan wawancara.',
      issues: ['Rina tidak hadir.'],
      suggestions: ['Konfirmasi kehadiran sehari sebelum uji.'],
    });

    expect([sariSigns.status, sariSigns.body.code]).toEqual([422, 'BERITA-ACARA-ASESOR-TERLIBAT']);
    expect([sariReports.status, sariReports.body.code]).toEqual([422, 'LAPORAN-ASESOR-TERLIBAT']);
    expect(budiSigns.status, JSON.stringify(budiSigns.body)).toBe(201);
    expect(budiSigns.body).toMatchObject({ complete: true, awaiting: [] });
    expect(budiReports.status, JSON.stringify(budiReports.body)).toBe(200);
    expect(budiReports.body.signature).toMatchObject({ username: 'asesor.budi' });
    expect((await komite('GET', `${session()}/minutes`)).body.complete).toBe(true);
  });

  it('BERITA-ACARA-ASESOR-TERLIBAT: a new record changes the content; signatures on the old content no longer count', async () => {
    const before = (await budi('GET', `${session()}/minutes`)).body.contentHash;
    const recorded = await sari(
      'POST',
      `${session()}/participants/${RINA.nip}/units/${UNIT}/evidence`,
      soundEvidence('PORTOFOLIO'),
    );
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);

    const now = (await komite('GET', `${session()}/minutes`)).body;
    expect(now.contentHash).not.toBe(before);
    expect([now.complete, now.awaiting]).toEqual([false, ['asesor.budi', 'asesor.sari']]);
    const stale = await budi('POST', `${session()}/minutes/signatures`, { contentHash: before });
    expect([stale.status, stale.body.code, stale.body.details]).toEqual([
      409,
      'MINUTES_CHANGED',
      { contentHash: now.contentHash },
    ]);
    for (const who of [budi, sari]) {
      expect(
        (await who('POST', `${session()}/minutes/signatures`, { contentHash: now.contentHash })).status,
      ).toBe(201);
    }
    expect((await komite('GET', `${session()}/minutes`)).body.complete).toBe(true);
  });

  it('TINJAUAN-PERBAIKAN-TEMUAN, PERBAIKAN-TENGGAT: an unmet principle opens improvement items due from today', async () => {
    const base = {
      principle: 'UJI_ADIL',
      met: false,
      observation: 'Wawancara peserta terakhir lebih singkat.',
      basis: ['UMPAN_BALIK', 'LAPORAN_ASESOR', 'BERITA_ACARA'],
    };
    const none = await finding({ ...base, improvements: [] });
    const late = await finding({ ...base, improvements: [{ ...PLAN, dueDate: '2019-07-29' }] });
    const recorded = await finding({ ...base, improvements: [PLAN] });

    expect([none.status, none.body.code]).toEqual([422, 'TINJAUAN-PERBAIKAN-TEMUAN']);
    expect([late.status, late.body.code]).toEqual([422, 'PERBAIKAN-TENGGAT']);
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    improvementId = recorded.body.improvements[0].improvementId;
    expect(recorded.body.improvements[0]).toMatchObject({ ...PLAN, status: 'TERBUKA', version: 1 });
  });

  it('the review shows the feedback anonymous, the reports, the finding and its improvement', async () => {
    const review = await komite('GET', `${session()}/review`);
    expect(review.status).toBe(200);
    expect(review.body.feedback).toEqual({
      count: 1,
      averages: FEEDBACK.ratings,
      complaintChannelExplained: 1,
      comments: [FEEDBACK.comments],
    });
    expect(JSON.stringify(review.body)).not.toContain(DEWI.nip);
    expect(review.body.reports.map((r: { username: string }) => r.username)).toEqual(['asesor.budi']);
    expect(review.body.findings).toHaveLength(1);
    expect(review.body.improvements.map((i: { improvementId: string }) => i.improvementId)).toEqual([
      improvementId,
    ]);
  });

  it('PERBAIKAN-SELESAI-HASIL, PERBAIKAN-STATUS-MAJU: an item moves forward to done with its result, then stays done', async () => {
    const working = await change({ status: 'DIKERJAKAN', note: 'Jadwal dua ruang disusun.', version: 1 });
    const stale = await change({ status: 'SELESAI', note: 'Dua ruang dipakai.', version: 1 });
    const noResult = await change({ status: 'SELESAI', version: 2 });
    const done = await change({
      status: 'SELESAI',
      note: 'Angkatan 2 memakai dua ruang wawancara.',
      version: 2,
    });
    const back = await change({ status: 'DIKERJAKAN', note: 'Dibuka lagi.', version: 3 });

    expect(working.status, JSON.stringify(working.body)).toBe(200);
    expect([stale.status, stale.body.code]).toEqual([409, 'IMPROVEMENT_CHANGED']);
    expect([noResult.status, noResult.body.code]).toEqual([422, 'PERBAIKAN-SELESAI-HASIL']);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.history.map((h: { status: string; by: string }) => [h.status, h.by])).toEqual([
      ['TERBUKA', 'pusbang.tinjauan'],
      ['DIKERJAKAN', 'pusbang.tinjauan'],
      ['SELESAI', 'pusbang.tinjauan'],
    ]);
    expect([back.status, back.body.code]).toEqual([422, 'PERBAIKAN-STATUS-MAJU']);
  });

  it('the komite reads the report for policy per cohort, in JSON and in CSV, with nobody named', async () => {
    const json = await komite('GET', `/programs/${programId}/review-report`);
    const csv = await komite('GET', `/programs/${programId}/review-report?format=csv`);

    expect(json.status).toBe(200);
    expect(json.body.cohorts).toEqual([
      {
        programId,
        cohort: 1,
        scheme: 'ADMINISTRATOR',
        feedback: { count: 1, averages: FEEDBACK.ratings, complaintChannelExplained: 1 },
        findings: 1,
        principlesUnmet: ['UJI_ADIL'],
        improvements: { open: 0, done: 1, overdue: 0 },
      },
    ]);
    expect(json.body.programme).toEqual({
      feedback: { count: 1, averages: FEEDBACK.ratings, complaintChannelExplained: 1 },
      findings: 1,
      principlesUnmet: ['UJI_ADIL'],
      improvements: { open: 0, done: 1, overdue: 0 },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(String(csv.body)).not.toContain(DEWI.nip);
  });

  it('UMPAN-BALIK-BATAS-WAKTU: feedback is no longer given or changed from the 15th day after the test day', async () => {
    expect((await clock('2019-08-13')).status).toBe(200);
    expect((await dewi('PUT', feedbackOf(DEWI.nip), FEEDBACK)).status).toBe(200);
    expect((await clock('2019-08-14')).status).toBe(200);
    const late = await dewi('PUT', feedbackOf(DEWI.nip), FEEDBACK);
    expect([late.status, late.body.code]).toEqual([422, 'UMPAN-BALIK-BATAS-WAKTU']);
  });
});
