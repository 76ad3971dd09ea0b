import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_DOCUMENTS } from '../../domain/eligibility/documents';
import { requiredUnitCodes } from '../../domain/reference/qualifications';
import { addDays, dateInWib } from '../../domain/shared/dates';
import type { LocalStack } from '../../tools/local/local-stack';
import {
  callerFor,
  eventually,
  programBody,
  startTestStack,
  type Caller,
  eligibleCandidate,
} from './helpers';
import { assignPreAssessor, BUDI, callerNamed } from './pipeline-helpers';

const NIP = '198503102010011002';
const PDF = Buffer.from('%PDF-1.7\n% riwayat pekerjaan\n%%EOF\n');

/** The stack follows the machine's clock until a case moves its calendar forward (to the cohort's days). */
const TODAY = dateInWib(new Date());
const DAY_1 = addDays(TODAY, 3);
const DAY_2 = addDays(TODAY, 4);

const candidate = eligibleCandidate('ADMINISTRATOR', 'Dewi Lestari, S.Sos.');

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
    {
      term: 'PANJANG',
      activity: 'Monitoring dan evaluasi implementasi',
      duration: { value: 12, unit: 'BULAN' },
      output: 'Laporan monitoring dan evaluasi',
    },
  ],
};

describe('pre-assessment, participant setting and training, end to end through the local API', () => {
  let stack: LocalStack;
  let admin: Caller;
  let bogor: Caller;
  let bandung: Caller;
  let assessor: Caller;
  let rina: Caller;
  let participant: Caller;
  let stranger: Caller;
  let programId: string;
  const proposal = () => `/programs/${programId}/proposals/3201`;
  const candidatePath = () => `${proposal()}/candidates/${NIP}`;
  const participantPath = () => `/programs/${programId}/participants/${NIP}`;
  const assessorPath = () => `${candidatePath()}/pre-assessment/assessor`;
  const { role: _role, ...BUDI_FIELDS } = BUDI as Record<string, unknown>;
  const budiFrom = (instansiCode: string, fields: Record<string, unknown> = {}) => ({
    ...BUDI_FIELDS,
    instansiCode,
    ...fields,
  });
  const usernames = (assignments: { username: string }[]) => assignments.map((a) => a.username);

  /** Uploads through the signed slot as a browser would, then confirms. */
  async function upload(as: Caller, slotPath: string, confirmPath: string) {
    const slot = await as('POST', slotPath, { contentType: 'application/pdf', size: PDF.length });
    expect(slot.status).toBe(200);
    const put = await fetch(slot.body.url, { method: 'PUT', headers: slot.body.headers, body: PDF });
    expect(put.status).toBe(200);
    return as('PUT', confirmPath);
  }

  beforeAll(async () => {
    stack = await startTestStack();
    admin = await callerFor(stack, 'admin-bkn');
    bogor = await callerFor(stack, 'instansi', { instansi: '3201' });
    bandung = await callerFor(stack, 'instansi', { instansi: '3273' });
    assessor = await callerNamed(stack, 'asesor', 'asesor.budi');
    rina = await callerNamed(stack, 'asesor', 'asesor.rina');
    const own = { instansi: '3201', nip: NIP };
    participant = await callerFor(stack, 'peserta', own);
    const other = { instansi: '3201', nip: '199002152015032001' };
    stranger = await callerFor(stack, 'peserta', other);
    for (const [code, name] of [
      ['3201', 'Pemerintah Kabupaten Bogor'],
      ['3273', 'Pemerintah Kota Bandung'],
    ] as const) {
      expect(
        (await admin('PUT', `/instansi/${code}`, { name, kind: 'KABUPATEN_KOTA', kanreg: 'III' })).status,
      ).toBe(200);
    }
    const program = await admin('POST', '/programs', {
      ...programBody(1_500, 3_600_000, 'Program pra uji dan pelatihan'),
      cohortPlan: [{ number: 1, scheme: 'ADMINISTRATOR', capacity: 2, startDate: DAY_1, endDate: DAY_2 }],
    });
    expect(program.status).toBe(201);
    programId = program.body.id;
    await new Promise((r) => setTimeout(r, 1_600));
    await stack.fireSchedule('proposalWindows');

    expect((await bogor('PUT', proposal())).status).toBe(201);
    expect((await bogor('PUT', candidatePath(), candidate)).status).toBe(201);
    for (const kind of REQUIRED_DOCUMENTS) {
      const path = `${candidatePath()}/documents/${kind}`;
      expect((await upload(bogor, `${path}/upload`, path)).status).toBe(200);
    }
    expect((await upload(bogor, `${proposal()}/letter/upload`, `${proposal()}/letter`)).status).toBe(200);
    expect((await bogor('POST', `${proposal()}/submit`)).status).toBe(200);
    expect((await admin('POST', `${candidatePath()}/decisions`, { outcome: 'ACCEPTED' })).status).toBe(200);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('refuses to set a candidate no assessor has recommended, listing every reason', async () => {
    const refused = await admin('POST', `${candidatePath()}/participant-setting`, { decision: 'SET' });
    expect(refused.status).toBe(422);
    expect(refused.body.details.map((d: { code: string; field: string }) => `${d.code} ${d.field}`)).toEqual([
      'PRA-PENETAPAN-LAYAK selfAssessment',
      'PRA-PENETAPAN-LAYAK recommendation',
    ]);
  });

  it('ASESOR-BEBAS-KEPENTINGAN: BKN cannot assign the candidate an assessor of their own instansi or one who declared an interest, every reason listed, nothing written', async () => {
    const refused = await admin(
      'PUT',
      assessorPath(),
      budiFrom('3201', { golongan: 'III/c', declaredConflictNips: [NIP] }),
    );
    expect(refused.status).toBe(422);
    expect(refused.body.details.map((d: { code: string; message: string }) => d.message)).toEqual([
      'Pangkat asesor Penata, III/c lebih rendah dari pangkat peserta Penata Tingkat I, III/d.',
      'Asesor telah menyatakan memiliki kepentingan terhadap peserta.',
      'Asesor bekerja pada instansi yang mengusulkan peserta.',
    ]);
    expect(refused.body.details.map((d: { code: string }) => d.code)).toEqual([
      'ASESOR-PANGKAT-SETARA-PESERTA',
      'ASESOR-BEBAS-KEPENTINGAN',
      'ASESOR-BEBAS-KEPENTINGAN',
    ]);
    const nothing = await admin('GET', `${candidatePath()}/pre-assessment`);
    expect([nothing.body.assessor, nothing.body.assessorHistory]).toEqual([null, []]);

    // Only BKN assigns; then the same assessor, working at BKN, is assigned.
    expect((await assessor('PUT', assessorPath(), budiFrom('BKN01'))).status).toBe(403);
    await assignPreAssessor(admin, candidatePath(), 'asesor.budi');
  });

  it('the participant fills the self-assessment in two steps; only their own', async () => {
    const units = requiredUnitCodes('ADMINISTRATOR').map((unit) => ({
      unit,
      claim: 'K',
      evidence: `Portofolio dan SK tugas untuk ${unit}.`,
    }));
    const partial = await participant('PUT', `${candidatePath()}/self-assessment`, {
      qualification: 'ADMINISTRATOR',
      units: units.slice(0, 5),
    });
    expect(partial.status).toBe(200);
    expect(partial.body.completeness).toMatchObject({ complete: false, claimed: 5, required: 14 });

    const early = await assessor('POST', `${candidatePath()}/recommendation`, { outcome: 'FIT' });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('PRA-REKOMENDASI-SETELAH-PENILAIAN');

    const full = await participant('PUT', `${candidatePath()}/self-assessment`, {
      qualification: 'ADMINISTRATOR',
      units,
    });
    expect(full.status).toBe(200);
    expect(full.body.selfAssessment).toMatchObject({ version: 2, filledAt: expect.any(String) });
    expect(full.body.completeness.complete).toBe(true);

    // Another participant, and another instansi: answered as a candidate, or an instansi, that does not exist.
    const other = await stranger('GET', `${candidatePath()}/pre-assessment`);
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('CANDIDATE_NOT_FOUND');
    const foreign = await bandung('GET', `${candidatePath()}/pre-assessment`);
    expect([foreign.status, foreign.body.code]).toEqual([404, 'INSTANSI_NOT_FOUND']);
  });

  it('PRA-ASESOR-DITUGASKAN: only the assessor BKN assigned to the candidate recommends; a replaced assessor no longer can', async () => {
    const other = await rina('POST', `${candidatePath()}/recommendation`, { outcome: 'FIT' });
    expect([other.status, other.body.code]).toEqual([422, 'PRA-ASESOR-DITUGASKAN']);

    await assignPreAssessor(admin, candidatePath(), 'asesor.rina');
    const replaced = await assessor('POST', `${candidatePath()}/recommendation`, { outcome: 'FIT' });
    expect([replaced.status, replaced.body.code]).toEqual([422, 'PRA-ASESOR-DITUGASKAN']);

    const seen = await bogor('GET', `${candidatePath()}/pre-assessment`);
    expect(seen.body.assessor).toMatchObject({ assignment: 2, username: 'asesor.rina' });
    expect(usernames(seen.body.assessorHistory)).toEqual(['asesor.budi', 'asesor.rina']);
    expect(seen.body.history).toEqual([]);
  });

  it('PREASSESSMENT_ASSESSOR_CHANGED: concurrent assignments are each written whole as the next one or refused 409, none lost', async () => {
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => admin('PUT', assessorPath(), budiFrom('BKN01'))),
    );
    const written = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status !== 200);
    // How many collide depends on timing (an idle machine may serve them one after another); the refusal itself is
    // proved deterministically in test/functions/preassessment. Whatever collided, nothing is lost:
    expect(refused.map((a) => [a.status, a.body.code])).toEqual(
      refused.map(() => [409, 'PREASSESSMENT_ASSESSOR_CHANGED']),
    );
    const seen = await bogor('GET', `${candidatePath()}/pre-assessment`);
    const numbers = seen.body.assessorHistory.map((a: { assignment: number }) => a.assignment);
    expect(numbers).toEqual(Array.from({ length: 2 + written.length }, (_, i) => i + 1));
    expect(written.map((a) => a.body.assignment).sort((x, y) => x - y)).toEqual(numbers.slice(2));
    expect(seen.body.assessor).toMatchObject({ assignment: numbers.at(-1), username: 'asesor.budi' });
  });

  it('the assessor recommends, with notes when not fit; every recommendation is kept with who and when', async () => {
    const noNotes = await assessor('POST', `${candidatePath()}/recommendation`, { outcome: 'NOT_FIT' });
    expect(noNotes.status).toBe(422);
    expect(noNotes.body.code).toBe('PRA-REKOMENDASI-CATATAN');
    expect(
      (
        await assessor('POST', `${candidatePath()}/recommendation`, {
          outcome: 'NOT_FIT',
          notes: 'Bukti unit MASN-ADM-03 perlu dilengkapi.',
        })
      ).status,
    ).toBe(200);
    expect(
      (await admin('POST', `${candidatePath()}/participant-setting`, { decision: 'SET' })).body.code,
    ).toBe('PRA-PENETAPAN-LAYAK');
    const fit = await assessor('POST', `${candidatePath()}/recommendation`, { outcome: 'FIT' });
    expect(fit.status).toBe(200);

    const seen = await bogor('GET', `${candidatePath()}/pre-assessment`);
    expect(seen.body.history.map((r: { outcome: string }) => r.outcome)).toEqual(['NOT_FIT', 'FIT']);
    expect(seen.body.recommendation).toMatchObject({
      outcome: 'FIT',
      selfAssessmentVersion: 2,
      recommendedBy: 'asesor.budi',
      recommendedAt: expect.any(String),
    });
    const locked = await participant('PUT', `${candidatePath()}/self-assessment`, {
      qualification: 'ADMINISTRATOR',
      units: [],
    });
    expect(locked.status).toBe(422);
    expect(locked.body.code).toBe('PRA-PENILAIAN-TERKUNCI');
  });

  it('BKN sets the participant, who is then seated', async () => {
    const set = await admin('POST', `${candidatePath()}/participant-setting`, { decision: 'SET' });
    expect(set.status).toBe(200);
    const seated = await eventually(async () => {
      const seen = await participant('GET', participantPath());
      return seen.body?.seat ? seen.body : undefined;
    }, 'the participant to be seated');
    expect(seated.seat.cohort).toBe(1);

    const late = await admin('PUT', assessorPath(), budiFrom('BKN01'));
    expect([late.status, late.body.code]).toEqual([422, 'PRA-ASESOR-SEBELUM-PENETAPAN']);
  });

  it('the participant confirms online with CV and action plan', async () => {
    const noCv = await participant('POST', `${participantPath()}/confirmation`, {
      attending: true,
      actionPlan: ACTION_PLAN,
    });
    expect(noCv.status).toBe(422);
    expect(noCv.body.code).toBe('KONFIRMASI-CV');

    const cv = await upload(participant, `${participantPath()}/cv/upload`, `${participantPath()}/cv`);
    expect(cv.status).toBe(200);
    expect(cv.body.document).toMatchObject({
      key: expect.stringMatching(new RegExp(`^training/${programId}/${NIP}/CV/[0-9a-f-]{36}$`)),
      contentType: 'application/pdf',
    });

    const confirmed = await participant('POST', `${participantPath()}/confirmation`, {
      attending: true,
      actionPlan: ACTION_PLAN,
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ cohort: 1, attending: true, cv: { key: cv.body.document.key } });
    expect((await bandung('POST', `${participantPath()}/confirmation`, { attending: false })).status).toBe(
      404,
    );
  });

  it('TRAINING_CHANGED: concurrent answers to the confirmation are each written whole as the next version or refused 409, none lost', async () => {
    const answers = await Promise.all(
      [true, false, true, false, true, true].map((attending) =>
        participant('POST', `${participantPath()}/confirmation`, {
          attending,
          ...(attending ? { actionPlan: ACTION_PLAN } : {}),
        }),
      ),
    );
    const written = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status !== 200);
    expect(refused.map((a) => [a.status, a.body.code])).toEqual(refused.map(() => [409, 'TRAINING_CHANGED']));
    expect(refused.length).toBeGreaterThan(0);
    const { confirmation } = (await participant('GET', `${participantPath()}/learning`)).body;
    const versions = confirmation.history.map((a: { version: number }) => a.version);
    expect(versions).toEqual(Array.from({ length: 1 + written.length }, (_, i) => i + 1));
    expect(written.map((a) => a.body.version).sort((x, y) => x - y)).toEqual(versions.slice(1));
    const last = written.find((a) => a.body.version === versions.at(-1))!;
    expect(confirmation).toMatchObject({ version: last.body.version, attending: last.body.attending });
    // The answer the cases below rest on: attending.
    const attending = await participant('POST', `${participantPath()}/confirmation`, {
      attending: true,
      actionPlan: ACTION_PLAN,
    });
    expect([attending.status, attending.body.version]).toEqual([200, versions.length + 1]);
  });

  it('ELEARNING-TANGGAL-BELUM-TIBA and PELATIHAN-TANGGAL-BELUM-TIBA: e-learning and attendance still to come are refused on the local calendar', async () => {
    const tomorrow = await admin('POST', `${participantPath()}/e-learning`, {
      completedOn: addDays(TODAY, 1),
    });
    expect([tomorrow.status, tomorrow.body.code]).toEqual([422, 'ELEARNING-TANGGAL-BELUM-TIBA']);
    const day1 = await admin('POST', `/programs/${programId}/cohorts/1/attendance`, {
      date: DAY_1,
      present: [NIP],
    });
    expect([day1.status, day1.body.code]).toEqual([422, 'PELATIHAN-TANGGAL-BELUM-TIBA']);
    expect((await participant('GET', `${participantPath()}/learning`)).body).toMatchObject({
      eLearning: { completedOn: null, jp: 0 },
      classroom: [],
      totalJp: 0,
    });
  });

  it('BKN records e-learning and each session; the JP earned come to 21', async () => {
    expect((await admin('POST', `${participantPath()}/e-learning`, { completedOn: TODAY })).status).toBe(200);
    const wrongDay = await admin('POST', `/programs/${programId}/cohorts/1/attendance`, {
      date: TODAY,
      present: [NIP],
    });
    expect(wrongDay.status).toBe(422);
    expect(wrongDay.body.code).toBe('PELATIHAN-HARI-ANGKATAN');

    expect((await admin('PUT', '/_local/clock', { date: DAY_1 })).status).toBe(200);

    const afterDay1 = async () => (await participant('GET', `${participantPath()}/learning`)).body;
    expect(
      (await admin('POST', `/programs/${programId}/cohorts/1/attendance`, { date: DAY_1, present: [NIP] }))
        .status,
    ).toBe(200);
    expect((await afterDay1()).totalJp).toBe(12);
    expect((await admin('PUT', '/_local/clock', { date: DAY_2 })).status).toBe(200);
    for (const evaluation of [false, true]) {
      const recorded = await admin('POST', `/programs/${programId}/cohorts/1/attendance`, {
        date: DAY_2,
        evaluation,
        present: [NIP],
      });
      expect(recorded.status).toBe(200);
    }
    const learning = await bogor('GET', `${participantPath()}/learning`);
    expect(learning.status).toBe(200);
    expect(learning.body).toMatchObject({
      cohort: 1,
      eLearning: { completedOn: TODAY, jp: 3 },
      classroom: [
        { date: DAY_1, day: 1, jp: 9 },
        { date: DAY_2, day: 2, jp: 3 },
      ],
      evaluation: { date: DAY_2, jp: 6 },
      totalJp: 21,
      maxJp: 21,
    });
    expect((await stranger('GET', `${participantPath()}/learning`)).status).toBe(404);
  });
});
