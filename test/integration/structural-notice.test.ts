import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../tools/local/local-stack';
import { StructuralPositionRequest } from '../../events/api/structural-standards';
import { TpkRequest } from '../../events/api/structural';
import { pdfsig, VALID_AND_TRUSTED } from '../adapters/pdf/pdfsig';
import { callerFor, eventually, startTestStack, type Caller } from './helpers';
import { ASSESSORS as ALL_ASSESSORS, instansiAndOfficials, OTHER, OWN } from './structural-fixture';

/*
 * The notification letter of a structural competency assessment (Perka BKN 11/2008 Lampiran III.2.a.3-4, Anak
 * Lampiran) through the public API, on the local stack's calendar of 2026: Nyepi (19 March, cuti bersama 18 March)
 * and Idul Fitri (21-22 March, cuti bersama 20, 23 and 24 March) fall between a letter and an assessment on
 * Wednesday 25 March, whose 6 working days therefore run back to Tuesday 10 March (not 17 March).
 */

const NIP = '198503102010011002';
/** The five members of the TPK. */
const ASSESSORS = ALL_ASSESSORS.slice(0, 5);

let stack: LocalStack;
let admin: Caller;
let kepegawaian: Caller;
let ppk: Caller;
let baperjakat: Caller;
let otherKepegawaian: Caller;
const CANDIDATE = `/structural/instansi/${OWN}/candidates/${NIP}`;
const NOTICES = `${CANDIDATE}/notices`;
const codes = (body: { details: { code: string }[] }) => body.details.map((v) => v.code);
const request = (o: Record<string, unknown> = {}) => ({
  place: 'Jakarta',
  nature: 'Penting',
  attachment: '-',
  date: '2026-03-25',
  time: '08.00 WIB s.d. selesai',
  venue: 'Ruang Asesmen Lantai 3, Kementerian PANRB, Jakarta',
  signer: { position: 'Ketua Tim Penilaian Kompetensi', name: 'Dra. Sri Rahayu, M.Psi., Psikolog' },
  ...o,
});
const ok = async (response: Promise<{ status: number; body: unknown }>) => {
  const { status, body } = await response;
  expect(status, JSON.stringify(body)).toBeLessThan(300);
  return body as Record<string, unknown>;
};
/** The contract's examples: the registered position and an assessor's qualification (IV.1, I.C.3). */
const POSITION = (StructuralPositionRequest.meta()?.examples as StructuralPositionRequest[])[0]!;
const qualification = (TpkRequest.meta()?.examples as TpkRequest[])[0]!.members[0]!.qualification;
const independence = {
  declared: true,
  declaredOn: '2026-01-15',
  statement: 'Saya menilai secara independen.',
};

/** The PDF of a notice, once the worker signed it. */
async function signedPdf(noticeId: string): Promise<{ pdf: Buffer; sha256: string }> {
  const download = await eventually(async () => {
    const notice = await kepegawaian('GET', `${NOTICES}/${noticeId}`);
    return notice.body.download as { url: string; sha256: string } | undefined;
  }, `the signed PDF of notice ${noticeId}`);
  const pdf = Buffer.from(await (await fetch(download.url)).arrayBuffer());
  return { pdf, sha256: download.sha256 };
}

beforeAll(async () => {
  stack = await startTestStack({ calendarStart: { date: '2026-03-02' } });
  ({ kepegawaian, ppk, baperjakat, admin } = await instansiAndOfficials(stack));
  otherKepegawaian = await callerFor(stack, 'kepegawaian', { instansi: OTHER });

  // An eselon III candidate, determined by the PPK for a registered position and handed to a TPK (III.1, IV.1).
  await ok(kepegawaian('POST', `/structural/instansi/${OWN}/positions`, POSITION));
  await ok(
    kepegawaian('PUT', CANDIDATE, {
      name: 'Budi Santoso, S.E., M.M.',
      position: 'Kepala Subbagian Perencanaan',
      workUnit: 'Biro Perencanaan',
      selection: {
        administrative: { passed: true, date: '2026-02-02' },
        substance: { passed: true, date: '2026-02-04' },
      },
    }),
  );
  await ok(
    kepegawaian('POST', `${CANDIDATE}/proposal`, { letterNumber: '800/12/2026', letterDate: '2026-02-09' }),
  );
  await ok(
    ppk('POST', `${CANDIDATE}/determination`, {
      decision: 'DITETAPKAN',
      decreeNumber: '821/15/KEP/2026',
      decreeDate: '2026-02-16',
      positionCode: POSITION.code,
      echelon: 'III',
      assessedBy: 'TPK',
    }),
  );
  const team = await ok(
    ppk('POST', `/structural/instansi/${OWN}/tpk`, {
      decreeNumber: '821/9/KEP/2026',
      decreeDate: '2026-01-15',
      name: 'Tim Penilaian Kompetensi Kementerian PANRB 2026',
      members: ASSESSORS.map((nip, i) => ({
        nip,
        name: `Assessor Nomor ${i + 1}`,
        isPsychologist: i < 2,
        independence,
        qualification,
      })),
      methods: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'ANALISIS_KASUS'],
    }),
  );
  await ok(kepegawaian('POST', `${CANDIDATE}/handover`, { assessor: 'TPK', unitId: team.id }));
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe('the notification letter of a structural competency assessment (Perka BKN 11/2008 III.2.a.3-4, Anak Lampiran)', () => {
  it('PK-PEMBERITAHUAN-SETELAH-RENCANA: no letter before the UPK/TPK planned the assessment; only the personnel official issues it', async () => {
    const early = await kepegawaian('POST', NOTICES, request());
    expect([early.status, codes(early.body)]).toEqual([422, ['PK-PEMBERITAHUAN-SETELAH-RENCANA']]);
    await ok(
      kepegawaian('POST', `${CANDIDATE}/plan`, {
        methods: ['PSIKOMETRI', 'WAWANCARA_KOMPETENSI', 'ANALISIS_KASUS'],
        startDate: '2026-03-25',
        durationDays: 1,
        psychologist: { nip: ASSESSORS[0], name: 'Assessor Nomor 1', isPsychologist: true },
        documents: [
          { kind: 'STANDAR_KOMPETENSI_JABATAN', positionCode: POSITION.code, version: 1 },
          { kind: 'BIODATA', title: 'Biodata calon', reference: 'SIASN 2026' },
        ],
      }),
    );
    // III.2.a.3: through the personnel official; the PPK and Baperjakat do not send it.
    expect((await ppk('POST', NOTICES, request())).status).toBe(403);
    expect((await baperjakat('POST', NOTICES, request())).status).toBe(403);
  });

  it('PK-PEMBERITAHUAN-6-HARI-KERJA, KAL-DATA-LIBUR: a letter that cannot reach the PNS 6 working days before, or in a year without holiday data, is refused', async () => {
    // Monday 9 March: its 6th working day before is Friday 27 February, already past on 2 March.
    const tooLate = await kepegawaian('POST', NOTICES, request({ date: '2026-03-09' }));
    expect([tooLate.status, codes(tooLate.body)]).toEqual([422, ['PK-PEMBERITAHUAN-6-HARI-KERJA']]);
    const noData = await kepegawaian('POST', NOTICES, request({ date: '2028-01-18' }));
    expect([noData.status, codes(noData.body)]).toEqual([422, ['KAL-DATA-LIBUR']]);
    expect(noData.body.details[0].message).toContain('2028');
  });

  let first: string;
  it("issues the letter as data, fields (1)-(11), numbered from the instansi's register, and the candidate's schedule awaits its receipt", async () => {
    const issued = await kepegawaian('POST', NOTICES, request());
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    expect(issued.body).toMatchObject({
      id: '2026-0001',
      status: 'DIKIRIM',
      instansiName: 'Kementerian Pendayagunaan Aparatur Negara',
      unitName: 'Tim Penilaian Kompetensi Kementerian PANRB 2026',
      issued: { by: 'kepegawaian.kemenpan' },
      letter: {
        place: 'Jakarta',
        letterDate: '2026-03-02',
        number: `0001/PK/${OWN}/III/2026`,
        nature: 'Penting',
        attachment: '-',
        addressee: {
          name: 'Budi Santoso, S.E., M.M.',
          nip: NIP,
          position: 'Kepala Subbagian Perencanaan',
          workUnit: 'Biro Perencanaan',
        },
        day: 'Rabu',
        date: '2026-03-25',
        endDate: '2026-03-25',
        time: '08.00 WIB s.d. selesai',
        venue: 'Ruang Asesmen Lantai 3, Kementerian PANRB, Jakarta',
        signerPosition: 'Ketua Tim Penilaian Kompetensi',
        signerName: 'Dra. Sri Rahayu, M.Psi., Psikolog',
        sentVia: 'PEJABAT_KEPEGAWAIAN_INSTANSI',
        // Nyepi, Lebaran and their cuti bersama are not working days.
        receiveBy: '2026-03-10',
      },
    });
    first = issued.body.id;
    const candidate = await baperjakat('GET', CANDIDATE);
    expect(candidate.body.schedule).toEqual({
      noticeId: first,
      number: `0001/PK/${OWN}/III/2026`,
      date: '2026-03-25',
      endDate: '2026-03-25',
      receiveBy: '2026-03-10',
      status: 'MENUNGGU_PENERIMAAN',
    });
    const gate = await ppk('GET', `${CANDIDATE}/assessability`);
    expect([
      gate.body.date,
      gate.body.assessable,
      gate.body.reasons.map((r: { code: string }) => r.code),
    ]).toEqual(['2026-03-25', false, ['PK-DINILAI-SESUAI-PEMBERITAHUAN', 'PK-PEMBERITAHUAN-6-HARI-KERJA']]);
  });

  it('the worker signs the PDF as the head of the assessment unit: pdfsig finds it valid and trusted, pdftotext reads the letter', async () => {
    const { pdf, sha256 } = await signedPdf(first);
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(sha256);
    expect(pdfsig(pdf, stack.signing.caPem)).toMatchObject([
      { ...VALID_AND_TRUSTED, signerName: 'Kepala Unit Penilaian Kompetensi PNS' },
    ]);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
    for (const line of [
      'Jakarta, 2 Maret 2026',
      `0001/PK/${OWN}/III/2026`,
      'Budi Santoso, S.E., M.M.',
      `NIP. ${NIP}`,
      'Rabu',
      '25 Maret 2026',
      'Ketua Tim Penilaian Kompetensi',
    ]) {
      expect(text).toContain(line);
    }
  });

  it('PK-PEMBERITAHUAN-TANGGAL-TERIMA, PK-PEMBERITAHUAN-6-HARI-KERJA: a receipt on 11 March is recorded late, and the assessment cannot be held on 25 March', async () => {
    await ok(admin('PUT', '/_local/clock', { date: '2026-03-11' }));
    const future = await kepegawaian('POST', `${NOTICES}/${first}/receipt`, { receivedOn: '2026-03-12' });
    expect([future.status, codes(future.body)]).toEqual([422, ['PK-PEMBERITAHUAN-TANGGAL-TERIMA']]);
    expect((await ppk('POST', `${NOTICES}/${first}/receipt`, { receivedOn: '2026-03-11' })).status).toBe(403);

    const late = await kepegawaian('POST', `${NOTICES}/${first}/receipt`, { receivedOn: '2026-03-11' });
    expect(late.status, JSON.stringify(late.body)).toBe(200);
    expect(late.body).toMatchObject({
      status: 'TERLAMBAT',
      receipt: {
        receivedOn: '2026-03-11',
        deadline: '2026-03-10',
        late: true,
        rule: { code: 'PK-PEMBERITAHUAN-6-HARI-KERJA' },
        by: 'kepegawaian.kemenpan',
      },
    });
    const again = await kepegawaian('POST', `${NOTICES}/${first}/receipt`, { receivedOn: '2026-03-10' });
    expect([again.status, again.body.code]).toEqual([409, 'STRUCTURAL_NOTICE_RECEIPT_RECORDED']);

    expect((await baperjakat('GET', CANDIDATE)).body.schedule.status).toBe('PERLU_JADWAL_BARU');
    const gate = await ppk('GET', `${CANDIDATE}/assessability?date=2026-03-25`);
    expect(gate.body.assessable).toBe(false);
    expect(gate.body.reasons.map((r: { code: string }) => r.code)).toEqual([
      'PK-DINILAI-SESUAI-PEMBERITAHUAN',
      'PK-PEMBERITAHUAN-6-HARI-KERJA',
    ]);
    // Counted without Nyepi and Lebaran, 11 March would be in time; with them, no new letter can make 25 March.
    const sameDate = await kepegawaian('POST', NOTICES, request());
    expect([sameDate.status, codes(sameDate.body)]).toEqual([422, ['PK-PEMBERITAHUAN-6-HARI-KERJA']]);
  });

  it('PK-DINILAI-SESUAI-PEMBERITAHUAN: a new date with a new letter replaces the late one; received in time, the candidate may be assessed on it and only on it', async () => {
    const renewed = await kepegawaian('POST', NOTICES, request({ date: '2026-04-14' }));
    expect(renewed.status, JSON.stringify(renewed.body)).toBe(201);
    expect(renewed.body.letter).toMatchObject({
      number: `0002/PK/${OWN}/III/2026`,
      day: 'Selasa',
      date: '2026-04-14',
      receiveBy: '2026-04-06',
    });
    const second = renewed.body.id as string;
    const listed = await baperjakat('GET', NOTICES);
    expect(listed.body.items.map((n: { id: string; status: string }) => [n.id, n.status])).toEqual([
      [first, 'DIGANTI'],
      [second, 'DIKIRIM'],
    ]);
    await signedPdf(second);
    const received = await kepegawaian('POST', `${NOTICES}/${second}/receipt`, { receivedOn: '2026-03-11' });
    expect(received.body).toMatchObject({ status: 'DITERIMA', receipt: { late: false } });

    expect((await baperjakat('GET', CANDIDATE)).body.schedule).toMatchObject({
      noticeId: second,
      date: '2026-04-14',
      status: 'DAPAT_DINILAI',
    });
    const onDate = await ppk('GET', `${CANDIDATE}/assessability?date=2026-04-14`);
    expect(onDate.body).toMatchObject({ assessable: true, noticeId: second, reasons: [] });
    for (const date of ['2026-03-25', '2026-04-15']) {
      const other = await ppk('GET', `${CANDIDATE}/assessability?date=${date}`);
      expect([other.body.assessable, other.body.reasons.map((r: { code: string }) => r.code)]).toEqual([
        false,
        ['PK-DINILAI-SESUAI-PEMBERITAHUAN'],
      ]);
    }
  });

  it("AKSES-PEJABAT-INSTANSI: another instansi's personnel official neither reads nor issues these letters, answered as an unregistered instansi", async () => {
    const missing = await otherKepegawaian('GET', `/structural/instansi/9999/candidates/${NIP}/notices`);
    expect([missing.status, missing.body.code]).toEqual([404, 'INSTANSI_NOT_FOUND']);
    for (const [method, path, body] of [
      ['GET', NOTICES, undefined],
      ['POST', NOTICES, request({ date: '2026-04-30' })],
      ['GET', `${NOTICES}/${first}`, undefined],
      ['POST', `${NOTICES}/${first}/receipt`, { receivedOn: '2026-03-11' }],
      ['GET', `${CANDIDATE}/assessability`, undefined],
    ] as const) {
      const response = await otherKepegawaian(method, path, body);
      expect([response.status, response.body], `${method} ${path}`).toEqual([404, missing.body]);
    }
    expect((await baperjakat('GET', NOTICES)).body.items).toHaveLength(2);
  });
});
