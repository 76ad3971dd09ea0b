import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateInWib } from '../../domain/shared/dates';
import type { LocalStack } from '../../tools/local/local-stack';
import { createQuestionnaire } from '../../adapters/dynamodb/monev-repository';
import { MonevAnswerRequest, Questionnaire } from '../../events/api/monev';
import { callerFor, startTestStack, type Caller } from './helpers';

/*
 * The Komite Sertifikasi through the public API (Perban BKN 7/2020 Pasal 6): BKN records the decree that sets its
 * members, the Komite records its meetings with minutes and decisions, each kind is listed, and a year without a
 * meeting is flagged.
 */

const today = dateInWib(new Date());
const year = Number(today.slice(0, 4));
const CHAIR = '196801011990031001';
const SECRETARY = '197203032000032002';
const OUTSIDER = '198001012005011003';
const NEW_CHAIR = '197005052000031004';
const HOLDER = { nip: '198901012015011001', name: 'Sinta Maharani, S.Psi.' };

let stack: LocalStack;
let admin: Caller;
let komite: Caller;
const codes = (body: { details: { code: string }[] }) => body.details.map((v) => v.code);

const decree = (o: Record<string, unknown> = {}) => ({
  decreeNumber: `12/KEP/${year - 2}`,
  decreeDate: `${year - 2}-03-01`,
  members: [
    { nip: CHAIR, name: 'Dr. Haryomo Dwi Putranto, M.Si.', role: 'KETUA' },
    { nip: SECRETARY, name: 'Sri Wahyuni, S.H., M.H.', role: 'SEKRETARIS' },
  ],
  ...o,
});
const meeting = (o: Record<string, unknown> = {}) => ({
  heldOn: `${year - 2}-11-20`,
  attendeeNips: [CHAIR, SECRETARY],
  minutes: 'Sidang tahunan Komite membahas hasil sertifikasi dan pemutakhiran skema.',
  ...o,
});

beforeAll(async () => {
  stack = await startTestStack({ workers: false });
  admin = await callerFor(stack, 'admin-bkn');
  komite = await callerFor(stack, 'komite', { username: 'komite.sekretaris' });
}, 120_000);
afterAll(async () => {
  await stack?.stop();
});

describe('the Komite Sertifikasi (Pasal 6)', () => {
  it('KOMITE-SIDANG-TAHUNAN: before any decree there is no Komite and no year to flag', async () => {
    const report = await admin('GET', '/komite/annual-meetings');
    expect(report.body).toEqual({ years: [], violations: [] });
  });

  it('KOMITE-SK-KEANGGOTAAN: BKN sets the members by decree; two chairs or a future date are refused, a decree twice is a conflict', async () => {
    const refused = await admin(
      'POST',
      '/komite/decrees',
      decree({
        decreeDate: `${year + 1}-01-02`,
        members: [
          { nip: CHAIR, name: 'Ketua Satu', role: 'KETUA' },
          { nip: SECRETARY, name: 'Ketua Dua', role: 'KETUA' },
        ],
      }),
    );
    expect(refused.status).toBe(422);
    expect(codes(refused.body)).toEqual(['KOMITE-SK-KEANGGOTAAN', 'KOMITE-SK-KEANGGOTAAN']);
    const set = await admin('POST', '/komite/decrees', decree());
    expect(set.status, JSON.stringify(set.body)).toBe(201);
    expect((await admin('POST', '/komite/decrees', decree())).status).toBe(409);
    const membership = await komite('GET', '/komite/membership');
    expect(membership.body.current.members.map((m: { role: string }) => m.role)).toEqual([
      'KETUA',
      'SEKRETARIS',
    ]);
    expect((await komite('POST', '/komite/decrees', decree())).status).toBe(403);
  });

  it('KOMITE-RAPAT-ANGGOTA, KOMITE-VALIDASI-DASAR: the Komite records a meeting of its members with minutes and decisions; an outsider or a validation on nothing is refused', async () => {
    const refused = await komite(
      'POST',
      '/komite/meetings',
      meeting({
        attendeeNips: [CHAIR, OUTSIDER],
        validations: [{ nip: HOLDER.nip, conclusion: 'VALID', note: 'Kinerja konsisten.' }],
      }),
    );
    expect(refused.status).toBe(422);
    expect(codes(refused.body)).toEqual(['KOMITE-RAPAT-ANGGOTA', 'KOMITE-VALIDASI-DASAR']);
    const early = await komite('POST', '/komite/meetings', meeting({ heldOn: `${year - 2}-02-28` }));
    expect(codes(early.body)).toEqual(['KOMITE-RAPAT-ANGGOTA']);

    // The holder's Monev: the 3-month questionnaire answered, the 6-month one not yet (seeded as the Monev job
    // and the holder's answer would leave them; test/integration/monev.test.ts plays those through the API).
    const example = (Questionnaire.meta()?.examples as Questionnaire[])[0]!;
    const questionnaire = (point: number, answered: boolean): Questionnaire => ({
      ...example,
      programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
      cohort: 1,
      point,
      nip: HOLDER.nip,
      respondent: 'PESERTA',
      recipientNip: HOLDER.nip,
      ...(answered && {
        answer: (MonevAnswerRequest.meta()?.examples as MonevAnswerRequest[])[0]!,
        answeredAt: `${year - 2}-05-01T03:00:00.000Z`,
      }),
    });
    await createQuestionnaire(questionnaire(3, true));
    await createQuestionnaire(questionnaire(6, false));
    const ref = (point: number) => ({
      programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e',
      cohort: 1,
      point,
      respondent: 'PESERTA',
    });
    const unanswered = await komite(
      'POST',
      '/komite/meetings',
      meeting({
        validations: [
          { nip: HOLDER.nip, monevRefs: [ref(6), ref(12)], conclusion: 'VALID', note: 'Kinerja konsisten.' },
        ],
      }),
    );
    expect(unanswered.status).toBe(422);
    expect(
      (unanswered.body.details as { code: string; field: string }[]).map((d) => [d.code, d.field]),
    ).toEqual([
      ['KOMITE-VALIDASI-DASAR', 'validations.0.monevRefs.0'],
      ['KOMITE-VALIDASI-DASAR', 'validations.0.monevRefs.1'],
    ]);

    const held = await komite(
      'POST',
      '/komite/meetings',
      meeting({
        validations: [
          {
            nip: HOLDER.nip,
            monevRefs: [ref(3)],
            conclusion: 'VALID',
            note: 'Rencana tindak lanjut tercapai sesuai tonggak 3 bulan.',
          },
        ],
        reviews: [
          {
            topic: 'Skema Administrator',
            findings: 'Unit MASN-ADM-08 sulit dibuktikan dengan portofolio.',
            recommendation: 'Tambahkan studi kasus sebagai metode uji.',
          },
        ],
        recognitions: [
          {
            counterpart: 'Sistem sertifikasi LSP Manajemen SDM',
            scope: 'Unit perencanaan ASN',
            recommendation: 'DIAKUI_BERSYARAT',
            note: 'Diakui bila unitnya setara.',
          },
        ],
      }),
    );
    expect(held.status, JSON.stringify(held.body)).toBe(201);
    expect(held.body.decreeNumber).toBe(`12/KEP/${year - 2}`);
    expect((await admin('POST', '/komite/meetings', meeting())).status).toBe(403);

    const meetings = await admin('GET', `/komite/meetings?year=${year - 2}`);
    expect(meetings.body).toMatchObject({ year: year - 2 });
    expect(meetings.body.items.map((m: { id: string }) => m.id)).toEqual([held.body.id]);
    for (const [kind, field] of [
      ['validasi', 'nip'],
      ['kajian', 'topic'],
      ['saling-pengakuan', 'counterpart'],
    ] as const) {
      const listed = await komite('GET', `/komite/decisions?kind=${kind}&year=${year - 2}`);
      expect(listed.status).toBe(200);
      expect(listed.body.items).toHaveLength(1);
      expect(listed.body.items[0]).toMatchObject({ meetingId: held.body.id, heldOn: `${year - 2}-11-20` });
      expect(listed.body.items[0].decision[field]).toBeDefined();
    }
  });

  it('KOMITE-SIDANG-TAHUNAN: the year after, without a meeting, is flagged; this year is not yet', async () => {
    const report = await komite('GET', '/komite/annual-meetings');
    expect(report.status).toBe(200);
    expect(report.body.years).toEqual([
      { year: year - 2, meetings: 1, status: 'BERSIDANG' },
      { year: year - 1, meetings: 0, status: 'TIDAK_BERSIDANG' },
      { year, meetings: 0, status: 'BELUM_BERSIDANG' },
    ]);
    expect(report.body.violations.map((v: { code: string; field: string }) => [v.code, v.field])).toEqual([
      ['KOMITE-SIDANG-TAHUNAN', `years.${year - 1}`],
    ]);
  });

  it('KOMITE-RAPAT-ANGGOTA: a decree is in force from its own date, not the day before; the membership answers it and pages the decrees', async () => {
    const newYear = `${year}-01-01`;
    const replaced = decree({
      decreeNumber: `1/KEP/${year}`,
      decreeDate: newYear,
      members: [
        { nip: NEW_CHAIR, name: 'Prof. Bambang Wibisono, Ph.D.', role: 'KETUA' },
        { nip: SECRETARY, name: 'Sri Wahyuni, S.H., M.H.', role: 'SEKRETARIS' },
      ],
    });
    expect((await admin('POST', '/komite/decrees', replaced)).status).toBe(201);

    const dayBefore = await komite(
      'POST',
      '/komite/meetings',
      meeting({ heldOn: `${year - 1}-12-31`, attendeeNips: [NEW_CHAIR] }),
    );
    expect([dayBefore.status, codes(dayBefore.body)]).toEqual([422, ['KOMITE-RAPAT-ANGGOTA']]);
    const onTheDay = await komite(
      'POST',
      '/komite/meetings',
      meeting({ heldOn: newYear, attendeeNips: [NEW_CHAIR, SECRETARY] }),
    );
    expect([onTheDay.status, onTheDay.body.decreeNumber]).toEqual([201, `1/KEP/${year}`]);

    const first = await komite('GET', '/komite/membership?limit=1');
    expect(first.body.current.decreeNumber).toBe(`1/KEP/${year}`);
    expect(first.body.decrees.map((d: { decreeNumber: string }) => d.decreeNumber)).toEqual([
      `12/KEP/${year - 2}`,
    ]);
    const next = await komite('GET', `/komite/membership?limit=1&cursor=${first.body.nextCursor}`);
    expect(next.body.decrees.map((d: { decreeNumber: string }) => d.decreeNumber)).toEqual([`1/KEP/${year}`]);
  });

  it('lists the meetings of one year only, this year (WIB) unless asked', async () => {
    const ids = async (query: string) =>
      ((await komite('GET', `/komite/meetings${query}`)).body.items as { heldOn: string }[]).map(
        (m) => m.heldOn,
      );
    expect(await ids('')).toEqual([`${year}-01-01`]);
    expect(await ids(`?year=${year - 1}`)).toEqual([]);
    expect(await ids(`?year=${year - 2}`)).toEqual([`${year - 2}-11-20`]);
  });

  it('KOMITE-SIDANG-TAHUNAN: the counts follow the meetings recorded; the missed year stays flagged', async () => {
    const report = await komite('GET', '/komite/annual-meetings');
    expect(report.body.years).toEqual([
      { year: year - 2, meetings: 1, status: 'BERSIDANG' },
      { year: year - 1, meetings: 0, status: 'TIDAK_BERSIDANG' },
      { year, meetings: 1, status: 'BERSIDANG' },
    ]);
    expect(report.body.violations.map((v: { code: string; field: string }) => [v.code, v.field])).toEqual([
      ['KOMITE-SIDANG-TAHUNAN', `years.${year - 1}`],
    ]);
  });
});
