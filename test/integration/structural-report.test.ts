import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../tools/local/local-stack';
import {
  PositionResultList,
  StructuralReport,
  StructuralReportReadList,
  StructuralResult,
} from '../../events/api/structural-report';
import { callerFor, startTestStack, type Caller } from './helpers';
import {
  ASSESSORS,
  assessAll,
  candidatePath,
  competency,
  formTpk,
  NOTICE,
  OTHER,
  OWN,
  plannedCandidate,
  receiveNotice,
  OTHER_POSITION_CODE,
  POSITION,
  POSITION_CODE,
  registerInstansi,
  registerUpk,
  reportBody,
  resultBody,
  type Officials,
} from './structural-fixture';

/*
 * The assessment of a structural candidate and its confidential report through the public API (Perka BKN 11/2008
 * III.2 Pelaksanaan dan Laporan, II.B, II.A.7, IV.4): the assessors of the TPK or UPK the candidate was handed to record the results per
 * method and competency, the report goes to the PPK; only the PPK, Baperjakat of the instansi and the PNS assessed
 * read it, every read logged; Baperjakat lists a position's results, each valid for 2 years on the business clock.
 */

const NIP = '198503102010011002';
const SECOND = '198601012010011001';
const NOBODY = '199912312020121009';

let stack: LocalStack;
let o: Officials;
let psychologist: Caller;
let member: Caller;
let outsider: Caller;
let upkPsychologist: Caller;
let upkAssessor: Caller;
let peserta: Caller;
let otherPeserta: Caller;
let otherPpk: Caller;
let otherBaperjakat: Caller;
const codes = (body: { details: { code: string }[] }) => body.details.map((v) => v.code);
const path = candidatePath(OWN, NIP);
const moveClock = async (date: string) =>
  expect((await o.admin('PUT', '/_local/clock', { date })).status).toBe(200);

beforeAll(async () => {
  // The letter for 10-11 March must reach the PNS by 28 February, 6 working days before (III.2.a.4).
  stack = await startTestStack({ calendarStart: { date: '2025-02-24' } });
  o = await registerInstansi(stack);
  const asesor = (nip: string, username: string) => callerFor(stack, 'asesor', { nip, username });
  psychologist = await asesor(ASSESSORS[0], 'asesor.sri');
  member = await asesor(ASSESSORS[2], 'asesor.hendra');
  outsider = await asesor(ASSESSORS[6], 'asesor.luar');
  upkPsychologist = await asesor(ASSESSORS[5], 'asesor.upk.psikolog');
  upkAssessor = await asesor(ASSESSORS[6], 'asesor.upk');
  peserta = await callerFor(stack, 'peserta', { nip: NIP, instansi: OWN, username: 'peserta.budi' });
  otherPeserta = await callerFor(stack, 'peserta', { nip: SECOND, instansi: OWN });
  otherPpk = await callerFor(stack, 'ppk', { instansi: OTHER });
  otherBaperjakat = await callerFor(stack, 'baperjakat', { instansi: OTHER });
  const tpk = await formTpk(o);
  await plannedCandidate(
    o,
    NIP,
    { assessor: 'TPK', unitId: tpk.id, psychologist: ASSESSORS[0] },
    '2025-03-10',
    '2025-02-24',
  );
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe('results per method and competency (Perka BKN 11/2008 III.2 Pelaksanaan)', () => {
  it('PK-HASIL-OLEH-ASESOR: an assessor outside the TPK, or of another instansi path, is answered as a missing candidate; officials are refused', async () => {
    await moveClock('2025-03-11');
    const missing = await member(
      'POST',
      `${candidatePath(OWN, NOBODY)}/results`,
      resultBody('PRESENTASI', ['2025-03-10']),
    );
    expect([missing.status, missing.body.code]).toEqual([404, 'STRUCTURAL_CANDIDATE_NOT_FOUND']);
    for (const [caller, target] of [
      [outsider, path],
      [member, candidatePath(OTHER, NIP)],
      [member, candidatePath('9999', NIP)],
    ] as const) {
      const response = await caller('POST', `${target}/results`, resultBody('PRESENTASI', ['2025-03-10']));
      expect([response.status, response.body], target).toEqual([404, missing.body]);
      expect((await caller('GET', `${target}/results`)).body).toEqual(missing.body);
    }
    for (const official of [o.kepegawaian, o.ppk, o.baperjakat]) {
      expect(
        (await official('POST', `${path}/results`, resultBody('PRESENTASI', ['2025-03-10']))).status,
      ).toBe(403);
    }
    expect((await member('GET', `${path}/results`)).body.items).toEqual([]);
  });

  it('PK-HASIL-SESUAI-RENCANA, PK-DINILAI-SESUAI-PEMBERITAHUAN, PK-PSIKOMETRI-PSIKOLOG, PK-HASIL-PER-KOMPETENSI: a result off the plan, dated before it or ahead (and off the letter), psychometry by a non-psychologist, a competency twice', async () => {
    const offPlan = await member(
      'POST',
      `${path}/results`,
      resultBody('ANALISIS_KASUS', ['2025-03-09', '2025-03-12']),
    );
    // Neither day is on the notification letter (10-11 March) either: PK-DINILAI-SESUAI-PEMBERITAHUAN per day.
    expect([offPlan.status, codes(offPlan.body)]).toEqual([
      422,
      [
        'PK-HASIL-SESUAI-RENCANA',
        'PK-HASIL-SESUAI-RENCANA',
        'PK-HASIL-SESUAI-RENCANA',
        'PK-DINILAI-SESUAI-PEMBERITAHUAN',
        'PK-DINILAI-SESUAI-PEMBERITAHUAN',
      ],
    ]);
    expect(offPlan.body.details.map((v: { field: string }) => v.field)).toEqual([
      'method',
      'assessedOn.0',
      'assessedOn.1',
      'assessedOn.0',
      'assessedOn.1',
    ]);
    const psychometry = await member('POST', `${path}/results`, resultBody('PSIKOMETRI', ['2025-03-10']));
    expect([psychometry.status, codes(psychometry.body)]).toEqual([422, ['PK-PSIKOMETRI-PSIKOLOG']]);
    const twice = resultBody('PRESENTASI', ['2025-03-10']);
    twice.competencies.push(twice.competencies[0]!);
    const doubled = await member('POST', `${path}/results`, twice);
    expect([doubled.status, codes(doubled.body)]).toEqual([422, ['PK-HASIL-PER-KOMPETENSI']]);
    expect((await member('GET', `${path}/results`)).body.items).toEqual([]);
  });

  it('the assessors record each method once, with who and when; the standard is one for every method', async () => {
    const recorded = await psychologist('POST', `${path}/results`, resultBody('PSIKOMETRI', ['2025-03-10']));
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    expect(recorded.body).toMatchObject({
      ...resultBody('PSIKOMETRI', ['2025-03-10']),
      instansiCode: OWN,
      nip: NIP,
      recorded: { by: 'asesor.sri', assessorNip: ASSESSORS[0] },
    });
    expect(recorded.body.recorded.at.slice(0, 10)).toBe('2025-03-11');
    expect(StructuralResult.safeParse(recorded.body).error).toBeUndefined();
    expect(
      (await member('POST', `${path}/results`, resultBody('WAWANCARA_KOMPETENSI', ['2025-03-11']))).status,
    ).toBe(201);
    const again = await member('POST', `${path}/results`, resultBody('WAWANCARA_KOMPETENSI', ['2025-03-11']));
    expect([again.status, codes(again.body)]).toEqual([422, ['PK-HASIL-SESUAI-RENCANA']]);
    const otherStandard = resultBody('PRESENTASI', ['2025-03-11']);
    otherStandard.competencies[0]!.requiredLevel = 4;
    const mismatch = await member('POST', `${path}/results`, otherStandard);
    expect([mismatch.status, codes(mismatch.body)]).toEqual([422, ['PK-HASIL-PER-KOMPETENSI']]);
    // The first method measured against the registered standard too: a competency outside it is refused.
    const outside = resultBody('PRESENTASI', ['2025-03-11']);
    outside.competencies[1]!.code = 'KEU.01';
    const unregistered = await member('POST', `${path}/results`, outside);
    expect([unregistered.status, codes(unregistered.body)]).toEqual([422, ['PK-HASIL-PER-KOMPETENSI']]);
    expect(unregistered.body.details[0].message).toContain('standar kompetensi jabatan');
    const listed = await psychologist('GET', `${path}/results`);
    expect(listed.body.items.map((r: { method: string }) => r.method)).toEqual([
      'PSIKOMETRI',
      'WAWANCARA_KOMPETENSI',
    ]);
  });
});

describe('the report to the PPK (Perka BKN 11/2008 III.2 Laporan 1-2)', () => {
  it('PK-LAPORAN-LENGKAP: no report before every method of the plan is assessed', async () => {
    const early = await member('POST', `${path}/report`, reportBody());
    expect([early.status, codes(early.body)]).toEqual([422, ['PK-LAPORAN-LENGKAP']]);
    expect((await member('POST', `${path}/results`, resultBody('PRESENTASI', ['2025-03-11']))).status).toBe(
      201,
    );
    const partial = await member(
      'POST',
      `${path}/report`,
      reportBody({ competencies: [competency('REN.01', 2)] }),
    );
    expect([partial.status, codes(partial.body)]).toEqual([422, ['PK-LAPORAN-LENGKAP']]);
  });

  it('PK-LAPORAN-SIMPULAN: MEMENUHI_SYARAT with a competency below its level is refused, and a conclusion of a gap with none', async () => {
    const meets = await member('POST', `${path}/report`, reportBody({ conclusion: 'MEMENUHI_SYARAT' }));
    expect([meets.status, codes(meets.body)]).toEqual([422, ['PK-LAPORAN-SIMPULAN']]);
    const noGap = await member(
      'POST',
      `${path}/report`,
      reportBody({
        competencies: [competency('INT', 3), competency('REN.01', 3)],
        conclusion: 'BELUM_MEMENUHI_SYARAT',
      }),
    );
    expect([noGap.status, codes(noGap.body)]).toEqual([422, ['PK-LAPORAN-SIMPULAN']]);
  });

  it('the report with potential, competencies and conclusion goes to the PPK once, recorded with who and when, valid 2 years', async () => {
    const sent = await member('POST', `${path}/report`, reportBody());
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body).toMatchObject({
      ...reportBody(),
      instansiCode: OWN,
      nip: NIP,
      positionCode: POSITION_CODE,
      position: POSITION,
      echelon: 'III',
      assessedBy: { assessor: 'TPK', unitName: 'Tim Penilaian Kompetensi 2025' },
      methods: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'PRESENTASI'],
      assessedOn: ['2025-03-10', '2025-03-11'],
      reportDate: '2025-03-11',
      sentToPpk: { by: 'asesor.hendra', assessorNip: ASSESSORS[2] },
      validUntil: '2027-03-10',
      status: 'BERLAKU',
      feedback: [],
    });
    expect(StructuralReport.safeParse(sent.body).error).toBeUndefined();
    const again = await psychologist('POST', `${path}/report`, reportBody());
    expect([again.status, again.body.code]).toEqual([409, 'STRUCTURAL_REPORT_EXISTS']);
    const late = await member('POST', `${path}/results`, resultBody('PRESENTASI', ['2025-03-11']));
    expect([late.status, codes(late.body)]).toEqual([422, ['PK-HASIL-SESUAI-RENCANA']]);
  });

  it('PK-JADWAL-SEBELUM-LAPORAN: once the report is sent, the personnel official issues no new letter for the candidate', async () => {
    const rescheduled = await o.kepegawaian('POST', `${path}/notices`, { ...NOTICE, date: '2025-03-24' });
    expect([rescheduled.status, codes(rescheduled.body)]).toEqual([422, ['PK-JADWAL-SEBELUM-LAPORAN']]);
    const letters = await o.kepegawaian('GET', `${path}/notices`);
    expect(letters.body.items).toHaveLength(1);
  });
});

describe('confidentiality (Perka BKN 11/2008 III.2 Laporan 3, II.B.2)', () => {
  it('PK-HASIL-KONFIDENSIAL: the PPK, Baperjakat of the instansi and the PNS assessed read it; each read is logged for the PPK', async () => {
    for (const reader of [o.ppk, o.baperjakat, peserta]) {
      const read = await reader('GET', `${path}/report`);
      expect(read.status, JSON.stringify(read.body)).toBe(200);
      expect(read.body).toMatchObject({ nip: NIP, conclusion: 'MASIH_MEMENUHI_SYARAT', status: 'BERLAKU' });
    }
    const reads = await o.ppk('GET', `${path}/report/reads`);
    expect(reads.status).toBe(200);
    expect(
      reads.body.items.map((r: { reader: string; role: string; via: string }) => [r.reader, r.role, r.via]),
    ).toEqual([
      ['ppk.kemenpan', 'ppk', 'LAPORAN'],
      ['baperjakat.kemenpan', 'baperjakat', 'LAPORAN'],
      ['peserta.budi', 'peserta', 'LAPORAN'],
    ]);
    expect(reads.body.items.every((r: { at: string }) => r.at.startsWith('2025-03-11'))).toBe(true);
    expect(StructuralReportReadList.safeParse(reads.body).error).toBeUndefined();
  });

  it("PK-HASIL-KONFIDENSIAL: another instansi's PPK and Baperjakat and another peserta get the 404 of a missing report; other roles are refused; nothing is logged", async () => {
    const missing = await o.ppk('GET', `${candidatePath(OWN, NOBODY)}/report`);
    expect([missing.status, missing.body.code]).toEqual([404, 'STRUCTURAL_REPORT_NOT_FOUND']);
    for (const reader of [otherPpk, otherBaperjakat, otherPeserta]) {
      const response = await reader('GET', `${path}/report`);
      expect([response.status, response.body]).toEqual([404, missing.body]);
    }
    for (const [reader, target] of [
      [otherPpk, `${path}/report/reads`],
      [otherPpk, `${candidatePath(OTHER, NIP)}/report`],
      [o.ppk, `${candidatePath('9999', NIP)}/report`],
    ] as const) {
      const response = await reader('GET', target);
      expect([response.status, response.body], target).toEqual([404, missing.body]);
    }
    const admin = o.admin;
    const operator = await callerFor(stack, 'instansi', { instansi: OWN });
    for (const refused of [o.kepegawaian, member, admin, operator]) {
      expect((await refused('GET', `${path}/report`)).status).toBe(403);
    }
    expect((await o.baperjakat('GET', `${path}/report/reads`)).status).toBe(403);
    expect((await o.ppk('GET', `${path}/report/reads`)).body.items).toHaveLength(3);
  });

  it("the PPK records feedback for the person's development, which the person reads with the report (IV.4)", async () => {
    const notes = 'Diikutsertakan pelatihan kepemimpinan administrator dan coaching atasan 6 bulan.';
    const given = await o.ppk('POST', `${path}/report/feedback`, { notes });
    expect(given.status, JSON.stringify(given.body)).toBe(200);
    expect(given.body.feedback).toMatchObject([{ notes, by: 'ppk.kemenpan' }]);
    expect((await peserta('GET', `${path}/report`)).body.feedback).toEqual(given.body.feedback);
    expect((await o.baperjakat('POST', `${path}/report/feedback`, { notes })).status).toBe(403);
    const foreign = await otherPpk('POST', `${path}/report/feedback`, { notes });
    expect([foreign.status, foreign.body.code]).toEqual([404, 'STRUCTURAL_REPORT_NOT_FOUND']);
    const none = await o.ppk('POST', `${candidatePath(OWN, NOBODY)}/report/feedback`, { notes });
    expect([none.status, none.body.code]).toEqual([404, 'STRUCTURAL_REPORT_NOT_FOUND']);
  });
});

describe('validity and use (Perka BKN 11/2008 II.B.5, II.A.7)', () => {
  const listing = (caller: Caller, code = OWN, positionCode = POSITION_CODE) =>
    caller('GET', `/structural/instansi/${code}/position-results?positionCode=${positionCode}`);
  const statuses = (body: { items: { nip: string; validUntil: string; status: string }[] }) =>
    body.items.map((i) => [i.nip, i.validUntil, i.status]);

  it("a UPK's listed assessors assess its candidate; the registered position's results list one after another", async () => {
    await moveClock('2025-12-22');
    const upk = await registerUpk(o);
    const { noticeId } = await plannedCandidate(
      o,
      SECOND,
      { assessor: 'UPK', unitId: upk.id, psychologist: ASSESSORS[5] },
      '2026-01-12',
    );
    await moveClock('2026-01-12');
    // PK-DINILAI-SESUAI-PEMBERITAHUAN: no day is assessed before the PNS is known to have received the letter.
    const unnotified = await upkAssessor(
      'POST',
      `${candidatePath(OWN, SECOND)}/results`,
      resultBody('PRESENTASI', ['2026-01-12']),
    );
    expect([unnotified.status, codes(unnotified.body)[0]]).toEqual([422, 'PK-DINILAI-SESUAI-PEMBERITAHUAN']);
    expect(unnotified.body.details[0].field).toBe('assessedOn.0');
    await receiveNotice(o, SECOND, noticeId, '2025-12-23');
    // A TPK member is no assessor of the UPK.
    const stranger = await member(
      'POST',
      `${candidatePath(OWN, SECOND)}/results`,
      resultBody('PRESENTASI', ['2026-01-12']),
    );
    expect([stranger.status, stranger.body.code]).toEqual([404, 'STRUCTURAL_CANDIDATE_NOT_FOUND']);
    await assessAll(SECOND, '2026-01-12', upkPsychologist, upkAssessor);
    expect((await upkAssessor('POST', `${candidatePath(OWN, SECOND)}/report`, reportBody())).status).toBe(
      201,
    );

    const listed = await listing(o.baperjakat);
    expect(listed.status, JSON.stringify(listed.body)).toBe(200);
    expect(PositionResultList.safeParse(listed.body).error).toBeUndefined();
    expect(statuses(listed.body)).toEqual([
      [NIP, '2027-03-10', 'BERLAKU'],
      [SECOND, '2028-01-11', 'BERLAKU'],
    ]);
    expect(listed.body.items[0]).toMatchObject({
      name: 'Calon 1002',
      echelon: 'III',
      conclusion: 'MASIH_MEMENUHI_SYARAT',
    });
    expect((await listing(o.ppk, OWN, OTHER_POSITION_CODE)).body.items).toEqual([]);
  });

  it('PK-HASIL-BERLAKU-2TH: valid through the day before 2 years, KEDALUWARSA from that day on, never shown as valid after it', async () => {
    await moveClock('2027-03-10');
    expect(statuses((await listing(o.baperjakat)).body)).toEqual([
      [NIP, '2027-03-10', 'BERLAKU'],
      [SECOND, '2028-01-11', 'BERLAKU'],
    ]);
    await moveClock('2027-03-11');
    expect(statuses((await listing(o.baperjakat)).body)).toEqual([
      [NIP, '2027-03-10', 'KEDALUWARSA'],
      [SECOND, '2028-01-11', 'BERLAKU'],
    ]);
    expect((await peserta('GET', `${path}/report`)).body).toMatchObject({
      validUntil: '2027-03-10',
      status: 'KEDALUWARSA',
    });
  });

  it("each report a listing shows is logged as read; only the instansi's PPK and Baperjakat list, others as an unregistered instansi", async () => {
    const reads = await o.ppk('GET', `${path}/report/reads`);
    expect(
      reads.body.items
        .filter((r: { via: string }) => r.via === 'DAFTAR_JABATAN')
        .map((r: { reader: string; role: string }) => [r.reader, r.role]),
    ).toEqual([
      ['baperjakat.kemenpan', 'baperjakat'],
      ['baperjakat.kemenpan', 'baperjakat'],
      ['baperjakat.kemenpan', 'baperjakat'],
    ]);
    const unregistered = await otherBaperjakat(
      'GET',
      `/structural/instansi/9999/position-results?positionCode=${POSITION_CODE}`,
    );
    const foreign = await listing(otherBaperjakat);
    expect([foreign.status, foreign.body]).toEqual([404, unregistered.body]);
    for (const refused of [o.kepegawaian, peserta, member]) expect((await listing(refused)).status).toBe(403);
    // Without a position: every position of the instansi, by position then NIP; one of the two only is refused.
    const all = await o.ppk('GET', `/structural/instansi/${OWN}/position-results`);
    expect(statuses(all.body)).toEqual([
      [NIP, '2027-03-10', 'KEDALUWARSA'],
      [SECOND, '2028-01-11', 'BERLAKU'],
    ]);
    const malformed = await o.ppk(
      'GET',
      `/structural/instansi/${OWN}/position-results?positionCode=kabag ren`,
    );
    expect(malformed.status).toBe(400);
  });
});
