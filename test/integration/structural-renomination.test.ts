import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../tools/local/local-stack';
import { StructuralCandidate } from '../../events/api/structural';
import { StructuralReport } from '../../events/api/structural-report';
import { callerFor, startTestStack, type Caller } from './helpers';
import {
  ASSESSORS,
  assessAll,
  candidatePath,
  formTpk,
  NOTICE,
  OTHER,
  OWN,
  PLAN_METHODS,
  plannedCandidate,
  POSITION_CODE,
  receiveNotice,
  registerInstansi,
  reportBody,
  type Officials,
} from './structural-fixture';

/*
 * The end of a structural nomination through the public API (PK-PENCALONAN-BERAKHIR, Perka BKN 11/2008 III.1.c,
 * II.B.5): a candidate the PPK did not determine is nominated again, by their instansi or by the one they moved
 * to; a candidate whose result's 2 years ran out is nominated and assessed anew while the old report stays
 * readable; a nomination being assessed, or whose result stands, still refuses. The clock only moves forward.
 */

const ASSESSED = '198503102010011002';
const UNDER_WAY = '198601012010011001';
const DECLINED = '198702022011012003';
const MOVED = '198803032012031004';
const RACED = '198904042013041005';

let stack: LocalStack;
let o: Officials;
let tpkId: string;
let psychologist: Caller;
let member: Caller;
let otherKepegawaian: Caller;
const selection = {
  name: 'Calon Pencalonan Ulang',
  position: 'Kepala Subbagian Perencanaan',
  workUnit: 'Biro Perencanaan',
  selection: {
    administrative: { passed: true, date: '2025-02-03' },
    substance: { passed: true, date: '2025-02-05' },
  },
};
const moveClock = async (date: string) =>
  expect((await o.admin('PUT', '/_local/clock', { date })).status).toBe(200);
const ok = async (response: Promise<{ status: number; body: unknown }>) => {
  const answer = await response;
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(300);
  return answer.body as Record<string, unknown>;
};
const codes = (body: { details: { code: string }[] }) => body.details.map((v) => v.code);

/** A candidate of OWN recorded and proposed, the PPK deciding not to determine them (III.1.c). */
async function declined(nip: string) {
  const path = candidatePath(OWN, nip);
  await ok(o.kepegawaian('PUT', path, selection));
  await ok(
    o.kepegawaian('POST', `${path}/proposal`, { letterNumber: '800/1/2025', letterDate: '2025-02-10' }),
  );
  await ok(
    o.ppk('POST', `${path}/determination`, {
      decision: 'TIDAK_DITETAPKAN',
      decreeNumber: '821/16/KEP/2025',
      decreeDate: '2025-02-24',
      reason: 'Belum memenuhi pengalaman jabatan yang dipersyaratkan.',
    }),
  );
}

beforeAll(async () => {
  stack = await startTestStack({ calendarStart: { date: '2025-02-24' } });
  o = await registerInstansi(stack);
  psychologist = await callerFor(stack, 'asesor', { nip: ASSESSORS[0], username: 'asesor.sri' });
  member = await callerFor(stack, 'asesor', { nip: ASSESSORS[2], username: 'asesor.hendra' });
  otherKepegawaian = await callerFor(stack, 'kepegawaian', {
    username: 'kepegawaian.bogor',
    instansi: OTHER,
  });
  tpkId = (await formTpk(o)).id;
  const unit = { assessor: 'TPK' as const, unitId: tpkId, psychologist: ASSESSORS[0] };
  await plannedCandidate(o, ASSESSED, unit, '2025-03-10', '2025-02-24');
  await plannedCandidate(o, UNDER_WAY, unit, '2025-03-10');
  for (const nip of [DECLINED, MOVED, RACED]) await declined(nip);
  await moveClock('2025-03-11');
  await assessAll(ASSESSED, '2025-03-10', psychologist, member);
  // Reported on 11 March 2025: valid through 10 March 2027 (II.B.5).
  await ok(member('POST', `${candidatePath(OWN, ASSESSED)}/report`, reportBody()));
}, 180_000);
afterAll(async () => {
  await stack?.stop();
});

describe('a nomination that has not ended still refuses (PK-PENCALONAN-BERAKHIR, PK-SATU-PENCALONAN)', () => {
  it.each([
    ['whose assessment is under way', UNDER_WAY, 'status'],
    ['whose result of 2025-03-11 stands', ASSESSED, 'reportDate'],
  ])(
    'a candidate %s: 409 STRUCTURAL_CANDIDATE_EXISTS with the reason in the instansi, PK-SATU-PENCALONAN in another; nothing changed',
    async (_label, nip, field) => {
      const before = await o.baperjakat('GET', candidatePath(OWN, nip));
      const same = await o.kepegawaian('PUT', candidatePath(OWN, nip), selection);
      expect([same.status, same.body.code]).toEqual([409, 'STRUCTURAL_CANDIDATE_EXISTS']);
      expect(same.body.details).toMatchObject([{ code: 'PK-PENCALONAN-BERAKHIR', field }]);
      const elsewhere = await otherKepegawaian('PUT', candidatePath(OTHER, nip), selection);
      expect([elsewhere.status, codes(elsewhere.body)]).toEqual([422, ['PK-SATU-PENCALONAN']]);
      expect((await o.baperjakat('GET', candidatePath(OWN, nip))).body).toEqual(before.body);
    },
  );
});

describe('a candidate the PPK did not determine (Perka BKN 11/2008 III.1.c)', () => {
  it('PK-PENCALONAN-BERAKHIR: is nominated again by the same instansi, the first nomination kept as it was', async () => {
    const path = candidatePath(OWN, DECLINED);
    const again = await o.kepegawaian('PUT', path, selection);
    expect([again.status, again.body.nomination, again.body.status]).toEqual([201, 2, 'DICATAT']);
    expect(StructuralCandidate.safeParse(again.body).error).toBeUndefined();
    expect((await o.baperjakat('GET', path)).body).toEqual(again.body);
    const first = await o.baperjakat('GET', `${path}?nomination=1`);
    expect(first.body).toMatchObject({
      status: 'TIDAK_DITETAPKAN',
      determination: { decision: 'TIDAK_DITETAPKAN' },
    });
    expect(first.body).not.toHaveProperty('nomination');
    // The new nomination is an ongoing one: the same instansi cannot record it a third time.
    const third = await o.kepegawaian('PUT', path, selection);
    expect([third.status, third.body.code]).toEqual([409, 'STRUCTURAL_CANDIDATE_EXISTS']);
    // And proceeds from the start: proposed again.
    const proposed = await o.kepegawaian('POST', `${path}/proposal`, {
      letterNumber: '800/9/2025',
      letterDate: '2025-03-11',
    });
    expect([proposed.status, proposed.body.status, proposed.body.nomination]).toEqual([200, 'DIUSULKAN', 2]);
  });

  it("PK-PENCALONAN-BERAKHIR: is nominated by the instansi they moved to; the NIP is then that instansi's, the earlier record left in place", async () => {
    const moved = await otherKepegawaian('PUT', candidatePath(OTHER, MOVED), selection);
    expect([moved.status, moved.body.instansiCode, moved.body.status]).toEqual([201, OTHER, 'DICATAT']);
    expect(moved.body).not.toHaveProperty('nomination');
    const back = await o.kepegawaian('PUT', candidatePath(OWN, MOVED), selection);
    expect([back.status, codes(back.body)]).toEqual([422, ['PK-SATU-PENCALONAN']]);
    expect((await o.baperjakat('GET', candidatePath(OWN, MOVED))).body).toMatchObject({
      status: 'TIDAK_DITETAPKAN',
    });
  });

  it('two renominations at once: one is recorded, the other answered 409, nothing half-written', async () => {
    const path = candidatePath(OWN, RACED);
    const answers = await Promise.all([
      o.kepegawaian('PUT', path, selection),
      o.kepegawaian('PUT', path, selection),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(['STRUCTURAL_CANDIDATE_CHANGED', 'STRUCTURAL_CANDIDATE_EXISTS']).toContain(
      answers.find((a) => a.status === 409)!.body.code,
    );
    expect((await o.baperjakat('GET', path)).body).toMatchObject({ nomination: 2, status: 'DICATAT' });
    expect((await o.baperjakat('GET', `${path}?nomination=1`)).body).toMatchObject({
      status: 'TIDAK_DITETAPKAN',
    });
    const listed = await o.baperjakat('GET', `/structural/instansi/${OWN}/candidates`);
    expect(listed.body.items.filter((c: { nip: string }) => c.nip === RACED)).toHaveLength(1);
  });
});

describe('a candidate whose result ran out (Perka BKN 11/2008 II.B.5)', () => {
  const path = candidatePath(OWN, ASSESSED);

  it('PK-PENCALONAN-BERAKHIR: on the last day of the result (10 March 2027) still refused; after it, nominated again', async () => {
    await moveClock('2027-03-10');
    const lastDay = await o.kepegawaian('PUT', path, selection);
    expect([lastDay.status, lastDay.body.code]).toEqual([409, 'STRUCTURAL_CANDIDATE_EXISTS']);
    await moveClock('2027-03-15');
    const again = await o.kepegawaian('PUT', path, selection);
    expect([again.status, again.body.nomination]).toEqual([201, 2]);
  });

  it('the old report stays readable (KEDALUWARSA, with its reads); the new nomination has none of its results or report', async () => {
    const old = await o.ppk('GET', `${path}/report?nomination=1`);
    expect([old.status, old.body.status, old.body.reportDate]).toEqual([200, 'KEDALUWARSA', '2025-03-11']);
    expect(StructuralReport.safeParse(old.body).error).toBeUndefined();
    const current = await o.ppk('GET', `${path}/report`);
    expect([current.status, current.body.code]).toEqual([404, 'STRUCTURAL_REPORT_NOT_FOUND']);
    const reads = await o.ppk('GET', `${path}/report/reads?nomination=1`);
    expect(reads.body.items.map((r: { reader: string }) => r.reader)).toEqual(['ppk.kemenpan']);
  });

  it('is assessed anew: proposed, determined, handed over, planned, notified, every method recorded again and a new report sent', async () => {
    await ok(
      o.kepegawaian('POST', `${path}/proposal`, { letterNumber: '800/3/2027', letterDate: '2027-03-15' }),
    );
    await ok(
      o.ppk('POST', `${path}/determination`, {
        decision: 'DITETAPKAN',
        decreeNumber: '821/4/KEP/2027',
        decreeDate: '2027-03-15',
        positionCode: POSITION_CODE,
        echelon: 'III',
        assessedBy: 'TPK',
      }),
    );
    await ok(o.kepegawaian('POST', `${path}/handover`, { assessor: 'TPK', unitId: tpkId }));
    await ok(
      o.kepegawaian('POST', `${path}/plan`, {
        methods: [...PLAN_METHODS],
        startDate: '2027-04-05',
        durationDays: 2,
        psychologist: { nip: ASSESSORS[0], name: 'Psikolog Pelaksana', isPsychologist: true },
        documents: [
          { kind: 'STANDAR_KOMPETENSI_JABATAN', positionCode: POSITION_CODE, version: 1 },
          { kind: 'BIODATA', title: 'Biodata calon', reference: 'SIASN 2027-03-15' },
        ],
      }),
    );
    // The letters of the first nomination do not count for this one: none yet, so none allows a day.
    const letters = await o.kepegawaian('GET', `${path}/notices`);
    expect(letters.body.items).toEqual([]);
    const notice = await ok(o.kepegawaian('POST', `${path}/notices`, { ...NOTICE, date: '2027-04-05' }));
    expect(notice.nomination).toBe(2);
    await receiveNotice(o, ASSESSED, notice.id as string, '2027-03-15');
    await moveClock('2027-04-07');
    expect((await member('GET', `${path}/results`)).body.items).toEqual([]);
    await assessAll(ASSESSED, '2027-04-05', psychologist, member);
    const report = await member('POST', `${path}/report`, reportBody());
    expect([report.status, report.body.nomination, report.body.reportDate, report.body.status]).toEqual([
      201,
      2,
      '2027-04-07',
      'BERLAKU',
    ]);
  });

  it('both reports listed for the position, each with its validity; each nomination keeps its own reads', async () => {
    const listed = await o.baperjakat(
      'GET',
      `/structural/instansi/${OWN}/position-results?positionCode=${POSITION_CODE}`,
    );
    expect(
      listed.body.items
        .filter((r: { nip: string }) => r.nip === ASSESSED)
        .map((r: { nomination?: number; reportDate: string; status: string }) => [
          r.nomination,
          r.reportDate,
          r.status,
        ]),
    ).toEqual([
      [undefined, '2025-03-11', 'KEDALUWARSA'],
      [2, '2027-04-07', 'BERLAKU'],
    ]);
    expect((await o.ppk('GET', `${path}/report`)).body).toMatchObject({
      nomination: 2,
      reportDate: '2027-04-07',
    });
    const reads = async (query: string) =>
      (await o.ppk('GET', `${path}/report/reads${query}`)).body.items.map((r: { via: string }) => r.via);
    expect(await reads('')).toEqual(['DAFTAR_JABATAN', 'LAPORAN']);
    expect(await reads('?nomination=1')).toEqual(['LAPORAN', 'DAFTAR_JABATAN']);
  });
});
