import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInWib } from '../../domain/shared/dates';
import { putPikGraduation } from '../../adapters/dynamodb/pik-repository';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, programBody, startTestStack, type Caller } from './helpers';
import { seatInCohort } from './pipeline-helpers';

/*
 * Two gaps of issue 18 closed, through the local API. A PIK graduate entering the test directly (Perban BKN
 * 7/2020 Pasal 23, 16(1)-(2)) sits in the cohort for its test but is asked no training duty and has none taken
 * (PIK-TANPA-PELATIHAN). And where BKN published a cohort's rules of conduct (Panduan Pusbang ASN BKN 2019, Tata
 * Tertib), its classroom lists only those who acknowledged them (TATA-TERTIB-TERBIT, TATA-TERTIB-DIAKUI); cohort 2,
 * without them, records as before. Cohort 1 and 2 (Administrator) hold their class in three days.
 */

const PDF = Buffer.from('%PDF-1.7\n% berkas\n%%EOF\n');
const TODAY = dateInWib(new Date());
const DAY_1 = addDays(TODAY, 3);
const DAY_2 = addDays(TODAY, 4);
const DEWI = '198503102010011002';
const RUDI = '198601012010011001';
/** The PIK graduate. */
const PUTRI = '199508172019031002';
const SARI = '198702022010012003';

const ACTION_PLAN = {
  title: 'Implementasi Coaching dan Mentoring Kepegawaian',
  background: 'Kebutuhan pengembangan bagi PNS sesuai amanat UU ASN.',
  problem: 'Hak pengembangan 20 JP per tahun tidak sebanding dengan anggaran.',
  goal: 'Peningkatan kompetensi pengelola kepegawaian melalui coaching dan mentoring.',
  benefits: 'Kinerja pengelola kepegawaian dan organisasi meningkat.',
  milestones: [
    {
      term: 'PENDEK',
      activity: 'Menyusun konsep coaching dan mentoring',
      duration: { value: 2, unit: 'MINGGU' },
      output: 'Konsep metode coaching dan mentoring',
    },
  ],
};
const RULES = { source: 'Panduan Pelatihan dan Sertifikasi Manajemen ASN 2019, Tata Tertib (A, B, C)' };

describe('PIK graduates without the training, rules of conduct before class (issue 18) through the local API', () => {
  let stack: LocalStack;
  let admin: Caller;
  let dewi: Caller;
  let rudi: Caller;
  let putri: Caller;
  let programId: string;
  const participant = (nip: string) => `/programs/${programId}/participants/${nip}`;
  const cohort = (n: number) => `/programs/${programId}/cohorts/${n}`;

  async function upload(as: Caller, slotPath: string, confirmPath: string) {
    const slot = await as('POST', slotPath, { contentType: 'application/pdf', size: PDF.length });
    if (slot.status !== 200) return slot;
    const put = await fetch(slot.body.url, { method: 'PUT', headers: slot.body.headers, body: PDF });
    expect(put.status).toBe(200);
    return as('PUT', confirmPath);
  }
  const codesOf = (response: { body: { details?: { code: string }[] } }) =>
    [...new Set((response.body.details ?? []).map((d) => d.code))].sort();

  beforeAll(async () => {
    stack = await startTestStack();
    admin = await callerFor(stack, 'admin-bkn');
    dewi = await callerFor(stack, 'peserta', { instansi: '3201', nip: DEWI });
    rudi = await callerFor(stack, 'peserta', { instansi: '3201', nip: RUDI });
    putri = await callerFor(stack, 'peserta', { instansi: '3201', nip: PUTRI });
    expect(
      (
        await admin('PUT', '/instansi/3201', {
          name: 'Pemerintah Kabupaten Bogor',
          kind: 'KABUPATEN_KOTA',
          kanreg: 'III',
        })
      ).status,
    ).toBe(200);
    const program = await admin('POST', '/programs', {
      ...programBody(-1, 3_600_000, 'Program lulusan PIK dan tata tertib'),
      cohortPlan: [
        { number: 1, scheme: 'ADMINISTRATOR', capacity: 5, startDate: DAY_1, endDate: DAY_2 },
        { number: 2, scheme: 'ADMINISTRATOR', capacity: 5, startDate: DAY_1, endDate: DAY_2 },
      ],
    });
    expect(program.status, JSON.stringify(program.body)).toBe(201);
    programId = program.body.id;
    await seatInCohort(programId, 1, [
      { nip: DEWI, name: 'Dewi Lestari, S.Sos.' },
      { nip: RUDI, name: 'Rudi Hartono, S.H.' },
      { nip: PUTRI, name: 'Putri Ayu, S.Tr.Kep.' },
    ]);
    await seatInCohort(programId, 2, [{ nip: SARI, name: 'Sari Wulandari, S.E.' }]);
    // The graduation as functions/pik-graduates records it (test/integration/pik-graduates.test.ts).
    await putPikGraduation({
      programId,
      instansiCode: '3201',
      nip: PUTRI,
      scheme: 'ADMINISTRATOR',
      diplomaNumber: 'PIK/2019/0042',
      graduatedOn: '2019-08-30',
      courses: [{ courseCode: 'PIK-MSDM-301', recognised: true, unitCodes: [] }],
      coveredUnits: [],
      entry: 'UJI_LANGSUNG_PIK',
      recordedBy: 'operator-3201',
      recordedAt: new Date().toISOString(),
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('PIK-TANPA-PELATIHAN: a PIK graduate confirms coming to the test without CV or plan; CV, plan and e-learning are refused', async () => {
    const cv = await upload(putri, `${participant(PUTRI)}/cv/upload`, `${participant(PUTRI)}/cv`);
    expect([cv.status, codesOf(cv)]).toEqual([422, ['PIK-TANPA-PELATIHAN']]);
    const withPlan = await putri('POST', `${participant(PUTRI)}/confirmation`, {
      attending: true,
      actionPlan: ACTION_PLAN,
    });
    expect([withPlan.status, codesOf(withPlan)]).toEqual([422, ['PIK-TANPA-PELATIHAN']]);
    const confirmed = await putri('POST', `${participant(PUTRI)}/confirmation`, { attending: true });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    const eLearning = await admin('POST', `${participant(PUTRI)}/e-learning`, { completedOn: TODAY });
    expect(codesOf(eLearning)).toContain('PIK-TANPA-PELATIHAN');
    const review = await admin('PUT', `${participant(PUTRI)}/cv-review`, {
      cv: { verdict: 'DITERIMA' },
      actionPlan: { verdict: 'DITERIMA' },
    });
    expect(codesOf(review)).toContain('PIK-TANPA-PELATIHAN');
    const learning = await putri('GET', `${participant(PUTRI)}/learning`);
    expect(learning.body).toMatchObject({ trainingExempt: 'UJI_LANGSUNG_PIK', totalJp: 0 });
    expect((await dewi('GET', `${participant(DEWI)}/learning`)).body).not.toHaveProperty('trainingExempt');
  });

  it('PIK-TANPA-PELATIHAN: the groups are complete without the PIK graduate, and cannot name them', async () => {
    for (const [who, nip] of [
      [dewi, DEWI],
      [rudi, RUDI],
    ] as const) {
      expect((await upload(who, `${participant(nip)}/cv/upload`, `${participant(nip)}/cv`)).status).toBe(200);
      expect(
        (await who('POST', `${participant(nip)}/confirmation`, { attending: true, actionPlan: ACTION_PLAN }))
          .status,
      ).toBe(200);
      const reviewed = await admin('PUT', `${participant(nip)}/cv-review`, {
        cv: { verdict: 'DITERIMA' },
        actionPlan: { verdict: 'DITERIMA' },
      });
      expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200);
    }
    const announce = (nips: string[]) =>
      admin('PUT', `${cohort(1)}/groups`, { groups: [{ name: 'Kelompok 1', nips }] });
    const withPutri = await announce([DEWI, RUDI, PUTRI]);
    expect([withPutri.status, codesOf(withPutri)]).toEqual([422, ['PIK-TANPA-PELATIHAN']]);
    expect(withPutri.body.details[0].field).toBe('groups.0.nips.2');
    expect((await announce([DEWI, RUDI])).status).toBe(200);
  });

  it('TATA-TERTIB-TERBIT and TATA-TERTIB-DIAKUI: published before class, the rules gate the classroom of that cohort only', async () => {
    expect((await dewi('PUT', `${cohort(1)}/rules-of-conduct`, RULES)).status).toBe(403);
    const published = await admin('PUT', `${cohort(1)}/rules-of-conduct`, RULES);
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body).toMatchObject({ cohort: 1, source: RULES.source });
    expect(
      (await dewi('POST', `${participant(DEWI)}/acknowledgements`, { document: 'TATA_TERTIB' })).status,
    ).toBe(200);

    expect((await admin('PUT', '/_local/clock', { date: DAY_1 })).status).toBe(200);
    const late = await admin('PUT', `${cohort(1)}/rules-of-conduct`, RULES);
    expect([late.status, codesOf(late)]).toEqual([422, ['TATA-TERTIB-TERBIT']]);

    const attendance = (n: number, present: string[], evaluation = false) =>
      admin('POST', `${cohort(n)}/attendance`, { date: evaluation ? DAY_2 : DAY_1, evaluation, present });
    const refused = await attendance(1, [DEWI, RUDI, PUTRI]);
    expect(refused.status).toBe(422);
    expect(refused.body.details.map((d: { code: string; field: string }) => [d.code, d.field])).toEqual([
      ['TATA-TERTIB-DIAKUI', 'present.1'],
      ['PIK-TANPA-PELATIHAN', 'present.2'],
    ]);
    expect((await attendance(1, [DEWI])).status).toBe(200);
    // Cohort 2 has no rules of conduct published: its classroom records as before.
    expect((await attendance(2, [SARI])).status).toBe(200);

    // The evaluation (the test) takes everyone seated, the PIK graduate included.
    expect((await admin('PUT', '/_local/clock', { date: DAY_2 })).status).toBe(200);
    expect((await attendance(1, [DEWI, RUDI, PUTRI], true)).status).toBe(200);
    const learning = await putri('GET', `${participant(PUTRI)}/learning`);
    expect(learning.body).toMatchObject({
      trainingExempt: 'UJI_LANGSUNG_PIK',
      classroom: [],
      evaluation: { jp: 6 },
    });
  });
});
