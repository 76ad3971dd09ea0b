import { briefingRequired } from '../../domain/assessment/briefing';
import type { Programme2019Level } from '../../domain/reference/programme-2019';
import { trainingModulesOf } from '../../domain/reference/training-modules';
import type { IsoDate } from '../../domain/shared/dates';
import type { Cohort } from '../../events/api/participant';
import { TeamAssignmentRequest } from '../../events/api/assessment';
import { TestSiteCriteriaRequest } from '../../events/api/test-site';
import { APPEAL_REVIEWER } from './actors';
import { assessorAssignment, evidence } from './bodies';
import { workingDaysFrom } from './calendar';
import { forEachLimit } from './progress';
import { assessorNip, sessionOf } from './stage-assessment';
import {
  add,
  attendingParticipants,
  cohortOf,
  type DemoContext,
  type ExpectedRefusal,
  type ParticipantRun,
} from './state';

/*
 * The steps Perban BKN 7/2020 adds to a cohort tested from its promulgation (14 April 2020): the test site
 * verified and designated for the use, the test team formed by decree, the instruments and a test plan per unit,
 * the briefing and its attendance, e-learning with a resume per module, the appeal strategy, and the result
 * session asking for additional evidence before it decides. The 2019 cohorts play none of them.
 */

/** Whether a cohort is tested under Perban BKN 7/2020 (its briefing and test-plan gates apply). */
export const underPerban = (cohort: Pick<Cohort, 'startDate'>) =>
  briefingRequired(cohort.startDate as IsoDate);

const COORDINATOR = { name: 'Rina Kartika, S.E.', role: 'KOORDINATOR_SERTIFIKASI' };
const HEAD_OF_PUSBANG = { name: 'Dr. Hardianawati, M.Si.', position: 'Kepala Pusat Pengembangan ASN BKN' };
const CRITERIA = (
  TestSiteCriteriaRequest.meta()?.examples as { criteria: { code: string; aspect: string }[] }[]
)[0]!.criteria;
/** Aspects judged only for a site at a workplace; the Kanreg's meeting room is not one. */
const WORKPLACE_ONLY = ['RISIKO_TEMPAT_KERJA', 'TIDAK_DIGUNAKAN_BEKERJA'];
const BKN_ORIGIN = { instansiCode: 'KL001', instansiName: 'Badan Kepegawaian Negara' };
/** The demo's team assessors' NIPs follow the 2019 pools' (cohort assessors, then pre-assessors). */
const TEAM_NIP_FROM = 200;
const FACILITATOR = { name: 'Dr. Hendra Gunawan, M.Si.', element: 'WIDYAISWARA' };

/** BKN's participants per assessor by difficulty (Pasal 19(3)); the demo's teams are of middling difficulty. */
const TEAM_RATIO = { RENDAH: 15, SEDANG: 12, TINGGI: 8 };

/** The participants of the cohort who come. */
const coming = (ctx: DemoContext, cohort: number) =>
  attendingParticipants(ctx).filter((p) => p.cohort === cohort);
/** Whether a participant takes the training; a PIK graduate takes the test only (Pasal 23). */
export const inTraining = (run: ParticipantRun) => !run.spec.pikGraduate;

/** BKN sets the ratio its test teams are sized by (reference data). */
export async function setTestTeamRatio(ctx: DemoContext): Promise<void> {
  await (
    await ctx.actors.admin()
  )('PUT', '/test-team-ratio', TEAM_RATIO);
}

/** BKN keeps the criteria of test sites; the certification coordinator identifies the Kanreg's room (Pasal 27(5)). */
export async function identifyTestSite(
  ctx: DemoContext,
  tukId: string,
  kanreg: string,
  name: string,
  address: string,
) {
  const admin = await ctx.actors.admin();
  await admin('PUT', '/test-site-criteria', { criteria: CRITERIA });
  await admin('PUT', `/test-sites/${tukId}`, {
    name,
    address,
    kind: 'RUANG_PERTEMUAN',
    region: kanreg,
    identifiedBy: COORDINATOR,
  });
  ctx.testSite = { tukId, region: kanreg };
}

/** The coordinator verifies the site for the cohort's use, every criterion met, and Pusbang designates it. */
export async function designateTestSite(ctx: DemoContext, number: number): Promise<void> {
  const admin = await ctx.actors.admin();
  const use = { programId: ctx.programId, cohort: number };
  await admin(
    'POST',
    `/test-sites/${ctx.testSite!.tukId}/verifications`,
    {
      use,
      verifiedOn: ctx.today,
      verifiedBy: COORDINATOR,
      findings: CRITERIA.filter((c) => !WORKPLACE_ONLY.includes(c.aspect)).map((c) => ({
        code: c.code,
        met: true,
      })),
    },
    [201],
  );
  await admin(
    'POST',
    `/test-sites/${ctx.testSite!.tukId}/designations`,
    {
      use,
      decree: {
        number: `${800 + number}/KEP/PUSBANG/${ctx.today.slice(0, 4)}`,
        issuedOn: ctx.today,
        signedBy: HEAD_OF_PUSBANG,
      },
    },
    [201],
  );
  add(ctx.counts, 'TUK diverifikasi dan ditetapkan');
}

/** The methods the assessors propose for every unit, and then use (Pasal 30(2)a, c). */
const METHODS = ['PORTOFOLIO', 'WAWANCARA'];

/** The test team of a cohort, sized by the ratio (two assessors at least): the leader first. */
const teamOf = (ctx: DemoContext, number: number) => {
  const i = ctx.cohorts.findIndex((c) => c.number === number);
  const assessors = Math.max(2, Math.ceil(coming(ctx, number).length / TEAM_RATIO.SEDANG));
  return {
    assessors: Array.from({ length: assessors }, (_, j) => ({
      username: `asesor.tim.${number}.${j + 1}`,
      k: TEAM_NIP_FROM + i * 8 + j,
    })),
    expert: `pakar.tim.${number}`,
    staff: `admin.tim.${number}`,
  };
};

/**
 * The head of BKN's decree forms the cohort's test team for its days (Pasal 19): assessors from BKN and from the
 * initiating regional government, the leader first, an expert who prepares the instruments, administrative staff.
 */
export async function formTestTeam(ctx: DemoContext, number: number): Promise<void> {
  const admin = await ctx.actors.admin();
  const cohort = cohortOf(ctx, number);
  const team = teamOf(ctx, number);
  const region = ctx.scenario.instansi[0]!;
  const { declaredConflictNips: _none, ...expert } = (
    TeamAssignmentRequest.meta()?.examples as Record<string, unknown>[]
  )[1]!;
  await admin(
    'POST',
    '/test-teams',
    {
      decree: {
        number: `${700 + number}/KEP/BKN/${ctx.today.slice(0, 4)}`,
        date: ctx.today,
        signedBy: {
          capacity: 'KEPALA_BKN',
          name: 'Prof. Dr. Haryomo Dwi Putranto',
          nip: '196501011990031001',
          position: 'Kepala Badan Kepegawaian Negara',
        },
      },
      period: { from: ctx.today, to: workingDaysFrom(cohort.endDate as IsoDate, 1) },
      difficulty: 'SEDANG',
      cohorts: [{ programId: ctx.programId, number }],
      members: [
        ...team.assessors.map(({ username, k }, j) => {
          const { declaredConflictNips: _n, ...assessor } = assessorAssignment(
            username,
            assessorNip(k),
            `Asesor Tim ${number}.${j + 1}`,
            [],
          );
          return {
            ...assessor,
            origin: j % 2 === 0 ? BKN_ORIGIN : { instansiCode: region.code, instansiName: region.name },
            leader: j === 0,
          };
        }),
        { ...expert, username: team.expert, origin: BKN_ORIGIN, assesses: false },
        {
          role: 'pengelola-administrasi',
          username: team.staff,
          nip: assessorNip(TEAM_NIP_FROM + 400 + number),
          name: `Pengelola Administrasi Tim ${number}`,
          origin: BKN_ORIGIN,
        },
      ],
    },
    [201],
  );
  const members = (await admin('GET', `/programs/${ctx.programId}/cohorts/${number}/team`)).body.items as {
    username: string;
    role: string;
    excluded: { nip: string }[];
  }[];
  ctx.teams.set(
    number,
    members
      .filter((m) => m.role === 'asesor')
      .map((m) => ({ username: m.username, excluded: m.excluded.map((x) => x.nip) })),
  );
  add(ctx.counts, 'tim uji dibentuk dengan keputusan Kepala BKN');
}

/** The cohort's units to be tested: those of its scheme's qualification, as the participants' specs list them. */
const unitsOf = (ctx: DemoContext, number: number) => coming(ctx, number)[0]?.spec.units ?? [];

/**
 * The team's expert prepares one instrument covering every unit of the cohort, questions with their answer keys
 * over dimensions a-e, handed to the team leader (Pasal 19(7)-(8)); the leader plans each unit but `leaveOut`
 * with two methods and the instrument. Returns the instrument, for a unit planned later.
 */
export async function prepareTestPlan(ctx: DemoContext, number: number, leaveOut: number): Promise<string> {
  const team = teamOf(ctx, number);
  const leader = team.assessors[0]!.username;
  const expert = await ctx.actors.expert(team.expert);
  const units = unitsOf(ctx, number);
  const prepared = await expert(
    'POST',
    `/programs/${ctx.programId}/cohorts/${number}/instruments`,
    {
      unitCodes: units,
      title: `Soal dan studi kasus angkatan ${number}`,
      kind: 'SOAL',
      methods: METHODS,
      dimensions: ['a', 'b', 'c', 'd', 'e'],
      items: units.map((unit) => ({
        text: `Uraikan bukti kerja Anda untuk unit ${unit}.`,
        answerKey: `Bukti kerja yang relevan, terkini dan asli untuk ${unit}.`,
      })),
      reviewIntervalDays: 90,
      handedTo: leader,
    },
    [201],
  );
  const instrumentId = prepared.body.instrumentId as string;
  for (const unit of units.slice(0, units.length - leaveOut)) await planUnit(ctx, number, unit, instrumentId);
  add(ctx.counts, 'instrumen uji disiapkan pakar');
  return instrumentId;
}

/**
 * A unit's plan: an assessor of the team proposes its test mechanism to the team leader, who accepts it (Pasal
 * 30(2)a); the leader then plans the unit with those methods and the instrument (Pasal 30(2)c).
 */
export async function planUnit(ctx: DemoContext, number: number, unit: string, instrumentId: string) {
  const [head, member] = teamOf(ctx, number).assessors;
  const leader = await ctx.actors.assessor(head!.username);
  const assessor = await ctx.actors.assessor(member!.username);
  const cohortPath = `/programs/${ctx.programId}/cohorts/${number}`;
  const proposed = await assessor(
    'POST',
    `${cohortPath}/test-mechanism/units/${unit}`,
    {
      methods: METHODS,
      mechanism: 'Portofolio diperiksa lebih dahulu, lalu wawancara 30 menit per peserta.',
    },
    [201],
  );
  const { teamId, proposalId } = proposed.body as { teamId: string; proposalId: string };
  await leader('POST', `/test-teams/${teamId}/mechanism-proposals/${proposalId}/decision`, {
    outcome: 'DITERIMA',
  });
  await leader('PUT', `${cohortPath}/test-plan/units/${unit}`, {
    methods: METHODS,
    instruments: [{ instrumentId, version: 1 }],
  });
  add(ctx.counts, 'mekanisme uji diterima ketua tim');
  add(ctx.counts, 'rencana uji per unit');
}

/** BKN opens the cohort's e-learning with its jenjang's modules, each with a facilitator, before the class. */
export async function openELearning(ctx: DemoContext, number: number): Promise<void> {
  const admin = await ctx.actors.admin();
  const scheme = cohortOf(ctx, number).scheme as Programme2019Level;
  await admin('PUT', `/programs/${ctx.programId}/cohorts/${number}/e-learning`, {
    modules: trainingModulesOf(scheme).map((m) => ({ code: m.code, facilitators: [FACILITATOR] })),
  });
}

/**
 * Each participant in training uploads a resume per module; the first of the cohort leaves the last module's
 * out. Then BKN records the e-learning, refused for them (ELEARNING-RESUME-LENGKAP): no 3 JP.
 */
export async function writeResumesAndRecord(ctx: DemoContext, number: number): Promise<void> {
  const scheme = cohortOf(ctx, number).scheme as Programme2019Level;
  const modules = trainingModulesOf(scheme).map((m) => m.code);
  const learners = coming(ctx, number).filter(inTraining);
  if (learners[0]) learners[0].missingResume = modules.at(-1);
  const admin = await ctx.actors.admin();
  await forEachLimit(learners, ctx.concurrency, async (run) => {
    const me = await ctx.actors.participant(run.spec.nip, run.spec.instansi.code);
    const base = `/programs/${ctx.programId}/participants/${run.spec.nip}`;
    for (const code of modules.filter((m) => m !== run.missingResume)) {
      const module = `${base}/e-learning/modules/${code}`;
      await ctx.actors.upload(me, `${module}/resume/upload`, `${module}/resume`);
    }
    add(ctx.counts, 'resume e-learning diunggah', modules.length - (run.missingResume ? 1 : 0));
    const recorded = await admin('POST', `${base}/e-learning`, { completedOn: ctx.today }, [200, 422]);
    if (run.missingResume)
      expectRefusal(ctx, 'e-learning tanpa semua resume', run.spec.nip, 'ELEARNING-RESUME-LENGKAP', recorded);
    else if (recorded.status !== 200)
      ctx.problems.push(`e-learning of ${run.spec.nip} refused: ${recorded.body.code}`);
  });
}

/**
 * An official at JPT Pratama level briefs the cohort, with the Kanreg when the test is held in its region
 * (Pasal 33).
 */
export async function holdBriefing(ctx: DemoContext, number: number): Promise<void> {
  const region = ctx.testSite?.region;
  const admin = await ctx.actors.admin();
  await admin('PUT', `/programs/${ctx.programId}/cohorts/${number}/briefing`, {
    heldOn: ctx.today,
    place: 'Aula Kantor Regional BKN',
    official: { ...HEAD_OF_PUSBANG, level: 'JPT_PRATAMA', designation: null },
    withKanreg: region && region !== 'PUSAT' ? region : null,
  });
  add(ctx.counts, 'pengarahan program');
}

/** Records who attended the briefing: every participant of the cohort who came. */
export async function recordBriefingAttendance(ctx: DemoContext, number: number): Promise<void> {
  const admin = await ctx.actors.admin();
  const present = coming(ctx, number);
  await admin('PUT', `/programs/${ctx.programId}/cohorts/${number}/briefing/attendance`, {
    attendees: present.map((p) => ({ nip: p.spec.nip, present: true })),
  });
  add(ctx.counts, 'hadir pengarahan', present.length);
}

function expectRefusal(
  ctx: DemoContext,
  tried: string,
  nip: string,
  expected: string,
  answer: { status: number; body: { code?: string; details?: { code: string }[] } },
): void {
  const codes = [answer.body.code, ...(answer.body.details ?? []).map((d) => d.code)];
  const refusal: ExpectedRefusal = {
    tried,
    nip,
    expected,
    got: answer.status === 422 && codes.includes(expected) ? expected : `${answer.status} ${codes.join(',')}`,
  };
  ctx.delivery ??= { refusals: [], evidenceRequests: [] };
  ctx.delivery.refusals.push(refusal);
}

/**
 * On the test day, before BKN has entered the briefing's attendance, an assessor records evidence for a
 * participant: refused (PENGARAHAN-WAJIB). Once entered, the unit left out of the plan is refused
 * (UJI-RENCANA-WAJIB) until the leader plans it. An attempt accepted is not fatal here: the invariants name it.
 */
export async function provokeTestGates(
  ctx: DemoContext,
  number: number,
  instrumentId: string,
): Promise<void> {
  const run = coming(ctx, number)[0];
  const [assessor] = ctx.teams.get(number) ?? [];
  if (!run || !assessor) return;
  const as = await ctx.actors.assessor(assessor.username);
  const units = run.spec.units;
  const unitPath = (unit: string) =>
    `/programs/${ctx.programId}/cohorts/${number}/participants/${run.spec.nip}/units/${unit}/evidence`;
  const unbriefed = await as('POST', unitPath(units[0]!), evidence('PORTOFOLIO', units[0]!), [201, 422]);
  expectRefusal(
    ctx,
    'bukti peserta yang belum tercatat hadir pengarahan',
    run.spec.nip,
    'PENGARAHAN-WAJIB',
    unbriefed,
  );
  await recordBriefingAttendance(ctx, number);
  const last = units.at(-1)!;
  const unplanned = await as('POST', unitPath(last), evidence('PORTOFOLIO', last), [201, 422]);
  expectRefusal(ctx, 'bukti unit tanpa rencana uji', run.spec.nip, 'UJI-RENCANA-WAJIB', unplanned);
  await planUnit(ctx, number, last, instrumentId);
}

/** The result session sets how appeals of the cohort are handled, before any is filed (Pasal 25h). */
export async function setAppealStrategy(ctx: DemoContext, number: number): Promise<void> {
  const recorder = await ctx.actors.recorder();
  await recorder('PUT', `/programs/${ctx.programId}/cohorts/${number}/appeal-strategy`, {
    reviewers: [APPEAL_REVIEWER],
    reviewDays: 14,
    methods: ['TELAAH_DOKUMEN'],
  });
}

/**
 * The result session finds one participant's portfolio for a unit incomplete and asks for more (Pasal 25b): its
 * decision of the cohort is refused while the evidence is awaited (SIDANG-MENUNGGU-BUKTI-TAMBAHAN); the
 * participant brings it, their assessor records it and recommends again, and the session then decides.
 */
export async function awaitAdditionalEvidence(ctx: DemoContext, number: number): Promise<void> {
  const tested = coming(ctx, number);
  const run = tested.find((p) => !p.notYetCompetent?.length && p.assessor);
  if (!run) return;
  const unitCode = run.spec.units[0]!;
  const recorder = await ctx.actors.recorder();
  const at = `/programs/${ctx.programId}/cohorts/${number}/participants/${run.spec.nip}`;
  await recorder(
    'POST',
    `${at}/evidence-requests`,
    {
      unitCodes: [unitCode],
      missing: 'Portofolio usulan kenaikan pangkat yang disusun peserta tahun berjalan.',
      deadline: workingDaysFrom(ctx.today, 5),
    },
    [201],
  );
  ctx.delivery ??= { refusals: [], evidenceRequests: [] };
  ctx.delivery.evidenceRequests.push({ cohort: number, nip: run.spec.nip, unitCode });
  add(ctx.counts, 'sidang hasil meminta bukti tambahan');
  const waiting = await recorder(
    'POST',
    `/programs/${ctx.programId}/cohorts/${number}/results`,
    {
      session: sessionOf(ctx, number),
      appealPeriodDays: 14,
      decisions: tested.map((p) => ({ nip: p.spec.nip })),
    },
    [422],
  );
  expectRefusal(
    ctx,
    'keputusan sebelum bukti tambahan masuk',
    run.spec.nip,
    'SIDANG-MENUNGGU-BUKTI-TAMBAHAN',
    waiting,
  );
  const assessor = await ctx.actors.assessor(run.assessor!);
  await assessor('POST', `${at}/units/${unitCode}/evidence`, evidence('PORTOFOLIO', unitCode), [201]);
  await assessor(
    'POST',
    `${at}/units/${unitCode}/recommendation`,
    {
      recommendation: 'KOMPETEN',
      evidenceSufficient: true,
    },
    [201],
  );
}
