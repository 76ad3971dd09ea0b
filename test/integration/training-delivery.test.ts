import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingModulesOf } from '../../domain/reference/training-modules';
import { addDays, dateInWib } from '../../domain/shared/dates';
import { saveParticipant } from '../../adapters/dynamodb/seating-repository';
import { saveConfirmation } from '../../adapters/dynamodb/training-repository';
import type { LocalStack } from '../../tools/local/local-stack';
import { announcementBody, callerFor, eventually, programBody, startTestStack, type Caller } from './helpers';
import { seatInCohort } from './pipeline-helpers';

/*
 * Training delivery through the local API (Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 5-6, Fasilitator,
 * Tata Tertib; Surat Pusbang ASN BKN 2019, Catatan 1a): the review of CVs and action plans with the groups, the
 * cohort's e-learning (modules of its jenjang with facilitators, materials, forums, resumes and the 3 JP), the
 * SP and the acknowledgements. Cohort 1 (JPT Pratama) has its e-learning set; cohort 2 (Administrator) never
 * does, and keeps BKN's recorded completion.
 */

const PDF = Buffer.from('%PDF-1.7\n% berkas\n%%EOF\n');
const TODAY = dateInWib(new Date());
const DAY_1 = addDays(TODAY, 3);
const DAY_2 = addDays(TODAY, 4);
const DEWI = '198503102010011002';
const RUDI = '198601012010011001';
const SARI = '198702022010012003';
const OUTSIDER = '199002152015032001';
/** Set as participant but holding no seat (given back). */
const TONO = '198803032010011004';
const MODULES = trainingModulesOf('JPT_PRATAMA').map((m) => m.code);
const FACILITATOR = { name: 'Dr. Hendra Gunawan, M.Si.', element: 'WIDYAISWARA' };

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

describe('training delivery (Panduan Pusbang ASN BKN 2019, Timeline Pelatihan No 5-6) through the local API', () => {
  let stack: LocalStack;
  let admin: Caller;
  let bogor: Caller;
  let dewi: Caller;
  let rudi: Caller;
  let outsider: Caller;
  let programId: string;
  const participant = (nip: string) => `/programs/${programId}/participants/${nip}`;
  const module = (nip: string, code: string) => `${participant(nip)}/e-learning/modules/${code}`;
  const cohortModule = (code: string) => `/programs/${programId}/cohorts/1/e-learning/modules/${code}`;

  /** Uploads through the signed slot as a browser would, then confirms. */
  async function upload(as: Caller, slotPath: string, confirmPath: string) {
    const slot = await as('POST', slotPath, { contentType: 'application/pdf', size: PDF.length });
    if (slot.status !== 200) return slot;
    const put = await fetch(slot.body.url, { method: 'PUT', headers: slot.body.headers, body: PDF });
    expect(put.status).toBe(200);
    return as('PUT', confirmPath);
  }
  const codeOf = (response: { status: number; body: { code?: string; details?: { code: string }[] } }) => [
    response.status,
    response.body.code,
  ];
  const codesOf = (response: { body: { details?: { code: string }[] } }) =>
    [...new Set((response.body.details ?? []).map((d) => d.code))].sort();

  beforeAll(async () => {
    stack = await startTestStack();
    admin = await callerFor(stack, 'admin-bkn');
    bogor = await callerFor(stack, 'instansi', { instansi: '3201' });
    dewi = await callerFor(stack, 'peserta', { instansi: '3201', nip: DEWI });
    rudi = await callerFor(stack, 'peserta', { instansi: '3201', nip: RUDI });
    outsider = await callerFor(stack, 'peserta', { instansi: '3201', nip: OUTSIDER });
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
      ...programBody(-1, 3_600_000, 'Program penyelenggaraan pelatihan'),
      schemes: ['JPT_PRATAMA', 'ADMINISTRATOR'],
      quotaPerInstansi: { JPT_PRATAMA: 3, ADMINISTRATOR: 3 },
      cohortPlan: [
        { number: 1, scheme: 'JPT_PRATAMA', capacity: 5, startDate: DAY_1, endDate: DAY_2 },
        { number: 2, scheme: 'ADMINISTRATOR', capacity: 5, startDate: DAY_1, endDate: DAY_2 },
      ],
    });
    expect(program.status, JSON.stringify(program.body)).toBe(201);
    programId = program.body.id;
    await seatInCohort(
      programId,
      1,
      [
        { nip: DEWI, name: 'Dewi Lestari, S.Sos.' },
        { nip: RUDI, name: 'Rudi Hartono, S.H.' },
      ],
      'JPT_PRATAMA',
    );
    await seatInCohort(programId, 2, [{ nip: SARI, name: 'Sari Wulandari, S.E.' }]);
    const at = new Date().toISOString();
    expect(
      await saveParticipant({
        programId,
        nip: TONO,
        name: 'Tono Sugiarto',
        scheme: 'JPT_PRATAMA',
        position: { title: 'Kepala Badan', unit: 'BKPSDM Kabupaten Bogor', rank: 'IV/c' },
        instansiCode: '3201',
        status: 'SET',
        updatedAt: at,
      }),
    ).toBe(true);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('ELEARNING-MODUL-JENJANG and ELEARNING-FASILITATOR: BKN sets the cohort’s e-learning only to the modules of its jenjang, each with a facilitator', async () => {
    const wrong = await admin('PUT', `/programs/${programId}/cohorts/1/e-learning`, {
      modules: [
        { code: 'MOD-ADM-01', facilitators: [FACILITATOR] },
        { code: MODULES[0], facilitators: [] },
      ],
    });
    expect(wrong.status).toBe(422);
    expect(codesOf(wrong)).toEqual(['ELEARNING-FASILITATOR', 'ELEARNING-MODUL-JENJANG']);
    expect((await admin('GET', `/programs/${programId}/cohorts/1/e-learning`)).body.code).toBe(
      'ELEARNING_NOT_SET',
    );

    const set = await admin('PUT', `/programs/${programId}/cohorts/1/e-learning`, {
      modules: [...MODULES].reverse().map((code) => ({ code, facilitators: [FACILITATOR] })),
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.modules.map((m: { code: string }) => m.code)).toEqual(MODULES);
    expect(set.body).toMatchObject({ cohort: 1, version: 1 });
    expect((await admin('GET', `/programs/${programId}/cohorts/1/e-learning`)).body).toEqual(set.body);
    expect((await dewi('PUT', `/programs/${programId}/cohorts/1/e-learning`, { modules: [] })).status).toBe(
      403,
    );
  });

  it('ELEARNING-MODUL-ANGKATAN: before confirming attendance a participant has no resume slot nor forum', async () => {
    const slot = await dewi('POST', `${module(DEWI, MODULES[0]!)}/resume/upload`, {
      contentType: 'application/pdf',
      size: PDF.length,
    });
    expect(codeOf(slot)).toEqual([422, 'ELEARNING-MODUL-ANGKATAN']);
    const post = await dewi('POST', `${module(DEWI, MODULES[0]!)}/posts`, { text: 'Halo semua' });
    expect(codeOf(post)).toEqual([422, 'ELEARNING-MODUL-ANGKATAN']);

    for (const [who, nip] of [
      [dewi, DEWI],
      [rudi, RUDI],
    ] as const) {
      expect((await upload(who, `${participant(nip)}/cv/upload`, `${participant(nip)}/cv`)).status).toBe(200);
      const confirmed = await who('POST', `${participant(nip)}/confirmation`, {
        attending: true,
        actionPlan: ACTION_PLAN,
      });
      expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    }
  });

  it('REVIEW-ALASAN, KELOMPOK-REVIEW and KELOMPOK-PESERTA: groups are announced once every participant coming is reviewed with CV and plan accepted', async () => {
    const review = (nip: string, body: unknown) => admin('PUT', `${participant(nip)}/cv-review`, body);
    const accepted = { cv: { verdict: 'DITERIMA' }, actionPlan: { verdict: 'DITERIMA' } };
    expect(codeOf(await review(DEWI, { ...accepted, cv: { verdict: 'PERLU_PERBAIKAN' } }))).toEqual([
      422,
      'REVIEW-ALASAN',
    ]);
    expect((await dewi('PUT', `${participant(DEWI)}/cv-review`, accepted)).status).toBe(403);
    expect((await review(DEWI, accepted)).status).toBe(200);
    const revise = await review(RUDI, {
      cv: { verdict: 'DITERIMA' },
      actionPlan: { verdict: 'PERLU_PERBAIKAN', reason: 'Target capaian belum terukur.' },
    });
    expect(revise.status).toBe(200);
    expect(revise.body).toMatchObject({ cohort: 1, confirmationVersion: 1 });

    const announce = (groups: unknown) => admin('PUT', `/programs/${programId}/cohorts/1/groups`, { groups });
    const notReviewed = await announce([{ name: 'Kelompok 1', nips: [DEWI, RUDI] }]);
    expect(codeOf(notReviewed)).toEqual([422, 'KELOMPOK-REVIEW']);
    const partial = await announce([{ name: 'Kelompok 1', nips: [DEWI, SARI] }]);
    expect(codesOf(partial)).toEqual(['KELOMPOK-PESERTA']);
    expect(partial.body.details).toHaveLength(2);

    // Rudi revises his plan (a new confirmation): his review no longer holds until BKN reviews it again.
    expect(
      (await rudi('POST', `${participant(RUDI)}/confirmation`, { attending: true, actionPlan: ACTION_PLAN }))
        .status,
    ).toBe(200);
    expect((await rudi('GET', `${participant(RUDI)}/delivery`)).body.review.current).toBe(false);
    expect((await review(RUDI, accepted)).status).toBe(200);
    const groups = await announce([
      { name: 'Kelompok 1', nips: [DEWI] },
      { name: 'Kelompok 2', nips: [RUDI] },
    ]);
    expect(groups.status, JSON.stringify(groups.body)).toBe(200);
    expect(groups.body).toMatchObject({ cohort: 1, version: 1 });
    const seen = (await dewi('GET', `${participant(DEWI)}/delivery`)).body;
    expect(seen).toMatchObject({
      group: 'Kelompok 1',
      review: { current: true, cv: { verdict: 'DITERIMA' } },
    });
  });

  it('ELEARNING-MATERI-ADA: a module’s material is downloaded once BKN uploads it, the first download kept as self-study', async () => {
    const path = `${module(DEWI, MODULES[0]!)}/material`;
    expect(codeOf(await dewi('GET', path))).toEqual([422, 'ELEARNING-MATERI-ADA']);
    const other = await admin(
      'POST',
      `/programs/${programId}/cohorts/1/e-learning/modules/MOD-ADM-01/material/upload`,
      {
        contentType: 'application/pdf',
        size: PDF.length,
      },
    );
    expect(codeOf(other)).toEqual([422, 'ELEARNING-MODUL-ANGKATAN']);
    const material = await upload(
      admin,
      `${cohortModule(MODULES[0]!)}/material/upload`,
      `${cohortModule(MODULES[0]!)}/material`,
    );
    expect(material.status, JSON.stringify(material.body)).toBe(200);

    const first = await dewi('GET', path);
    expect(first.status).toBe(200);
    expect(Buffer.from(await (await fetch(first.body.url)).arrayBuffer())).toEqual(PDF);
    const again = await dewi('GET', path);
    expect(again.body.studiedAt).toBe(first.body.studiedAt);
    expect((await outsider('GET', path)).status).toBe(404);
    const progress = (await dewi('GET', `${participant(DEWI)}/delivery`)).body.eLearning.modules[0];
    expect(progress).toMatchObject({ material: true, studiedAt: first.body.studiedAt, resume: null });
  });

  it('FORUM-FASILITATOR: participants of the cohort and the module’s facilitators write in its forum', async () => {
    const posts = `${module(DEWI, MODULES[1]!)}/posts`;
    expect((await dewi('POST', posts, { text: 'Bagaimana menata ASN di daerah?' })).status).toBe(201);
    const stranger = await admin('POST', `${cohortModule(MODULES[1]!)}/posts`, {
      facilitator: 'Bukan Fasilitator',
      text: 'Jawaban',
    });
    expect(codeOf(stranger)).toEqual([422, 'FORUM-FASILITATOR']);
    const reply = await admin('POST', `${cohortModule(MODULES[1]!)}/posts`, {
      facilitator: FACILITATOR.name,
      text: 'Lihat bab 2 modul.',
    });
    expect(reply.status).toBe(201);
    const forum = await rudi('GET', `${module(RUDI, MODULES[1]!)}/posts`);
    expect(forum.body.items.map((p: { author: { kind: string } }) => p.author.kind)).toEqual([
      'PESERTA',
      'FASILITATOR',
    ]);
    expect((await outsider('POST', posts, { text: 'Menyusup' })).status).toBe(404);
  });

  it('ELEARNING-RESUME-LENGKAP: the 3 JP of e-learning come once every module’s resume is in, and BKN’s record waits for them', async () => {
    const [last, ...first] = MODULES;
    for (const code of first) {
      const resume = await upload(
        dewi,
        `${module(DEWI, code)}/resume/upload`,
        `${module(DEWI, code)}/resume`,
      );
      expect(resume.status, JSON.stringify(resume.body)).toBe(200);
    }
    expect((await dewi('GET', `${participant(DEWI)}/learning`)).body.eLearning.jp).toBe(0);
    expect((await dewi('GET', `${participant(DEWI)}/delivery`)).body.eLearning).toMatchObject({
      missingResumes: [last],
      jp: 0,
    });
    const early = await admin('POST', `${participant(DEWI)}/e-learning`, { completedOn: TODAY });
    expect(codeOf(early)).toEqual([422, 'ELEARNING-RESUME-LENGKAP']);

    expect(
      (await upload(dewi, `${module(DEWI, last!)}/resume/upload`, `${module(DEWI, last!)}/resume`)).status,
    ).toBe(200);
    expect((await dewi('GET', `${participant(DEWI)}/learning`)).body.eLearning.jp).toBe(3);
    expect((await dewi('GET', `${participant(DEWI)}/delivery`)).body.eLearning).toMatchObject({
      missingResumes: [],
      jp: 3,
    });
    expect((await admin('POST', `${participant(DEWI)}/e-learning`, { completedOn: TODAY })).status).toBe(200);
  });

  it('a cohort whose e-learning BKN never set keeps the recorded completion as its 3 JP', async () => {
    const confirmed = await saveConfirmation(
      {
        programId,
        nip: SARI,
        instansiCode: '3201',
        cohort: 2,
        attending: true,
        confirmedBy: SARI,
        confirmedAt: new Date().toISOString(),
        version: 1,
      },
      undefined,
    );
    expect(confirmed.outcome).toBe('WRITTEN');
    expect((await admin('POST', `${participant(SARI)}/e-learning`, { completedOn: TODAY })).status).toBe(200);
    expect((await admin('GET', `${participant(SARI)}/learning`)).body.eLearning.jp).toBe(3);
  });

  it('PENGUMUMAN-TERBIT and DOKUMEN-PESERTA: the SP is uploaded for the participant and the announcement acknowledged once issued', async () => {
    const sp = await upload(
      bogor,
      `${participant(DEWI)}/assignment-letter/upload`,
      `${participant(DEWI)}/assignment-letter`,
    );
    expect(sp.status, JSON.stringify(sp.body)).toBe(200);
    const seatless = await bogor('POST', `${participant(TONO)}/assignment-letter/upload`, {
      contentType: 'application/pdf',
      size: PDF.length,
    });
    expect(codeOf(seatless)).toEqual([422, 'DOKUMEN-PESERTA']);
    const ack = (document: string) => dewi('POST', `${participant(DEWI)}/acknowledgements`, { document });
    expect(codeOf(await ack('PENGUMUMAN'))).toEqual([422, 'PENGUMUMAN-TERBIT']);
    expect((await admin('POST', `/programs/${programId}/announcement`, announcementBody())).status).toBe(202);
    const read = await eventually(async () => {
      const answer = await ack('PENGUMUMAN');
      return answer.status === 200 ? answer : undefined;
    }, 'the announcement letter issued');
    expect(read.body).toMatchObject({ document: 'PENGUMUMAN', nip: DEWI });
    const rules = await ack('TATA_TERTIB');
    expect(rules.status).toBe(200);
    expect((await ack('TATA_TERTIB')).body.acknowledgedAt).toBe(rules.body.acknowledgedAt);
    const outside = await outsider('POST', `${participant(OUTSIDER)}/acknowledgements`, {
      document: 'TATA_TERTIB',
    });
    expect(outside.status).toBe(404);
    expect((await dewi('GET', `${participant(DEWI)}/delivery`)).body).toMatchObject({
      assignmentLetter: { key: sp.body.document.key },
      acknowledged: { PENGUMUMAN: read.body.acknowledgedAt, TATA_TERTIB: rules.body.acknowledgedAt },
    });
  });

  it('TATA-TERTIB-SEBELUM-KELAS, ELEARNING-RESUME-SEBELUM-KELAS, REVIEW-SEBELUM-KELAS and ELEARNING-DIBUKA-SEBELUM-KELAS: once the class started', async () => {
    expect((await admin('PUT', '/_local/clock', { date: DAY_1 })).status).toBe(200);
    const rules = await rudi('POST', `${participant(RUDI)}/acknowledgements`, { document: 'TATA_TERTIB' });
    expect(codeOf(rules)).toEqual([422, 'TATA-TERTIB-SEBELUM-KELAS']);
    const resume = await rudi('POST', `${module(RUDI, MODULES[0]!)}/resume/upload`, {
      contentType: 'application/pdf',
      size: PDF.length,
    });
    expect(codeOf(resume)).toEqual([422, 'ELEARNING-RESUME-SEBELUM-KELAS']);
    const review = await admin('PUT', `${participant(RUDI)}/cv-review`, {
      cv: { verdict: 'DITERIMA' },
      actionPlan: { verdict: 'DITERIMA' },
    });
    expect(codeOf(review)).toEqual([422, 'REVIEW-SEBELUM-KELAS']);
    const set = await admin('PUT', `/programs/${programId}/cohorts/1/e-learning`, {
      modules: MODULES.map((code) => ({ code, facilitators: [FACILITATOR] })),
    });
    expect(codeOf(set)).toEqual([422, 'ELEARNING-DIBUKA-SEBELUM-KELAS']);
  });
});
