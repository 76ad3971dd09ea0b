import type { IsoDate } from '../../domain/shared/dates';
import { addDays } from '../../domain/shared/dates';
import { Agenda } from './calendar';
import type { Reply } from './http';
import { pollUntil, type Progress } from './progress';
import {
  generateStructuralScenario,
  RENOMINATION_DAYS,
  STRUCTURAL_DAYS,
  type Refused,
} from './structural-scenario';
import type { StructuralCandidateRun, StructuralInstansiRun, StructuralState } from './structural-state';
import { add, type DemoContext } from './state';

/*
 * The demo's second scenario (issue 17 point 7): the structural-position assessment of Perka BKN 11/2008 played
 * through the public API by each instansi's officials, step by step on the days of STRUCTURAL_DAYS. Each step is
 * one function for one instansi; STRUCTURAL_STEPS puts them on the calendar, and a later step is added there.
 */

/** One step of the scenario for one instansi, on a day of the calendar. */
export interface StructuralStep {
  /** The day, or the day for that instansi (e.g. its assessments'). */
  on: IsoDate | ((run: StructuralInstansiRun) => IsoDate);
  label: string;
  /** Whether the instansi takes this step (default: every instansi). */
  applies?: (run: StructuralInstansiRun) => boolean;
  run: (ctx: DemoContext, run: StructuralInstansiRun) => Promise<void>;
}

const code = (run: StructuralInstansiRun) => run.spec.instansi.code;
const base = (run: StructuralInstansiRun) => `/structural/instansi/${code(run)}`;
const candidatePath = (run: StructuralInstansiRun, c: StructuralCandidateRun) =>
  `${base(run)}/candidates/${c.spec.nip}`;
const determined = (run: StructuralInstansiRun) =>
  run.candidates.filter((c) => c.spec.determination.decision === 'DITETAPKAN');

/** A refusal must name exactly the rule codes the scenario expects; anything else is a problem of the run. */
function expectCodes(ctx: DemoContext, what: string, reply: Reply, refused: Refused<unknown>): void {
  const codes = ((reply.body?.details ?? []) as { code: string }[]).map((d) => d.code);
  if (codes.join() !== refused.codes.join())
    ctx.problems.push(`${what} refused with ${codes.join(', ') || reply.body?.code}, not ${refused.codes}`);
}

/** The personnel official registers the instansi's structural positions with their competency standards (IV.1). */
export async function registerPositions(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  const kepegawaian = await ctx.actors.official('kepegawaian', code(run));
  for (const position of run.spec.positions) {
    await kepegawaian('POST', `${base(run)}/positions`, position, [201]);
    add(ctx.counts, `struktural: jabatan dan standar kompetensi dicatat (eselon ${position.echelon})`);
  }
}

/** The personnel official records each UPK with its basis and independence (II.A.2-3, IV.2). */
export async function registerUpks(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  const kepegawaian = await ctx.actors.official('kepegawaian', code(run));
  for (const upk of run.spec.upks) {
    const recorded = await kepegawaian('POST', `${base(run)}/upk`, upk, [201]);
    run.upkIds[upk.basis.kind] = recorded.body.id;
    add(ctx.counts, `struktural: UPK dicatat (${upk.basis.kind})`);
  }
}

/** The PPK forms the TPK by decree (II.A.4-6): a composition the rule refuses first, where the scenario has one. */
export async function formTeam(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  const ppk = await ctx.actors.official('ppk', code(run));
  const { refused, request } = run.spec.tpk!;
  if (refused) {
    const reply = await ppk('POST', `${base(run)}/tpk`, refused.request, [422]);
    expectCodes(ctx, `the TPK of ${code(run)}`, reply, refused);
    add(ctx.counts, `struktural: TPK ditolak (${refused.codes.join(', ')})`);
  }
  run.tpkId = (await ppk('POST', `${base(run)}/tpk`, request, [201])).body.id;
  add(ctx.counts, 'struktural: TPK dibentuk PPK');
}

/** The personnel official records those who passed the instansi's selection (III.1.a-b). */
export async function recordCandidates(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  const kepegawaian = await ctx.actors.official('kepegawaian', code(run));
  for (const c of run.candidates) {
    c.status = (await kepegawaian('PUT', candidatePath(run, c), c.spec.request, [201])).body.status;
    add(ctx.counts, 'struktural: calon lulus seleksi dicatat');
  }
}

/** ...and proposes them to the PPK (III.1.c). */
export async function proposeCandidates(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  const kepegawaian = await ctx.actors.official('kepegawaian', code(run));
  for (const [i, c] of run.candidates.entries()) {
    const proposal = {
      letterNumber: `800/${code(run)}/${i + 1}/BKPSDM/${ctx.today.slice(0, 4)}`,
      letterDate: ctx.today,
    };
    c.status = (await kepegawaian('POST', `${candidatePath(run, c)}/proposal`, proposal, [200])).body.status;
    add(ctx.counts, 'struktural: calon diusulkan kepada PPK');
  }
}

/** The PPK determines each: the position, echelon and UPK or TPK, or not determined with the reason (III.1.c). */
export async function determineCandidates(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  const ppk = await ctx.actors.official('ppk', code(run));
  for (const c of run.candidates) {
    const d = c.spec.determination;
    c.status = (await ppk('POST', `${candidatePath(run, c)}/determination`, d, [200])).body.status;
    add(
      ctx.counts,
      d.decision === 'DITETAPKAN'
        ? `struktural: ditetapkan PPK, eselon ${d.echelon} oleh ${d.assessedBy}`
        : 'struktural: tidak ditetapkan PPK',
    );
  }
}

/** The personnel official hands each determined candidate's assessment to the UPK or TPK (III.1.d). */
export async function handOver(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  const kepegawaian = await ctx.actors.official('kepegawaian', code(run));
  for (const c of determined(run)) {
    const unit = c.spec.unit!;
    const unitId = unit === 'TPK' ? run.tpkId : run.upkIds[unit];
    if (!unitId) throw new Error(`${code(run)} has no ${unit} to hand ${c.spec.nip} to`);
    const handover = { assessor: unit === 'TPK' ? 'TPK' : 'UPK', unitId };
    await kepegawaian('POST', `${candidatePath(run, c)}/handover`, handover, [200]);
    c.unitId = unitId;
    add(ctx.counts, `struktural: penilaian diserahkan kepada ${handover.assessor}`);
  }
}

/** The plan the UPK or TPK determined (III.2.a.1-2): a plan short of its echelon's methods is refused first. */
export async function planAssessments(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  const kepegawaian = await ctx.actors.official('kepegawaian', code(run));
  for (const c of determined(run)) {
    const path = `${candidatePath(run, c)}/plan`;
    if (c.spec.refusedPlan) {
      const reply = await kepegawaian('POST', path, c.spec.refusedPlan.request, [422]);
      expectCodes(ctx, `the plan of ${c.spec.nip}`, reply, c.spec.refusedPlan);
      add(ctx.counts, `struktural: rencana ditolak (${c.spec.refusedPlan.codes.join(', ')})`);
    }
    c.plan = (await kepegawaian('POST', path, c.spec.plan, [200])).body.plan;
    add(ctx.counts, 'struktural: rencana penilaian dicatat');
  }
}

/** The personnel official issues each determined candidate's notification letter for the plan's days (III.2.a.3). */
export async function issueNotices(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  const kepegawaian = await ctx.actors.official('kepegawaian', code(run));
  for (const c of determined(run)) {
    c.noticeId = (
      await kepegawaian('POST', `${candidatePath(run, c)}/notices`, c.spec.notice, [201])
    ).body.id;
    add(ctx.counts, 'struktural: surat pemberitahuan diterbitkan');
  }
}

/**
 * The PNS's receipt of the letter in force, recorded by the personnel official once the worker has signed it
 * (STRUCTURAL_NOTICE_NOT_SIGNED before): in time (DITERIMA), or too late for its date (TERLAMBAT).
 */
async function receive(
  ctx: DemoContext,
  run: StructuralInstansiRun,
  c: StructuralCandidateRun,
  late: boolean,
) {
  const kepegawaian = await ctx.actors.official('kepegawaian', code(run));
  const notice = `${candidatePath(run, c)}/notices/${c.noticeId}`;
  await pollUntil(
    async () => !!(await kepegawaian('GET', notice)).body.download,
    `the signed letter ${c.noticeId} of ${c.spec.nip}`,
    120_000,
  );
  const answer = await kepegawaian('POST', `${notice}/receipt`, { receivedOn: ctx.today }, [200, 201]);
  const expected = late ? 'TERLAMBAT' : 'DITERIMA';
  if (answer.body.status !== expected)
    ctx.problems.push(`the letter ${c.noticeId} of ${c.spec.nip} is ${answer.body.status}, not ${expected}`);
  add(ctx.counts, late ? 'struktural: surat diterima terlambat' : 'struktural: surat diterima tepat waktu');
}

const onTime = (run: StructuralInstansiRun) => determined(run).filter((c) => !c.spec.late);
const lateOnes = (run: StructuralInstansiRun) => determined(run).filter((c) => c.spec.late);

/** The receipts in time, 6 working days before the first day (III.2.a.4). */
export async function receiveNotices(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  for (const c of onTime(run)) await receive(ctx, run, c, false);
}

/** The late receipt: the date of that letter cannot be used. */
export async function receiveLate(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  for (const c of lateOnes(run)) await receive(ctx, run, c, true);
}

/** The competencies of the registered standard the plan attached, at the level the candidate reached. */
function assessed(run: StructuralInstansiRun, c: StructuralCandidateRun) {
  const position = run.spec.positions.find((p) => p.code === c.spec.positionCode)!;
  return position.standard.competencies.map(({ code, name, requiredLevel }) => ({
    code,
    name,
    requiredLevel,
    achievedLevel: c.spec.gaps?.includes(code) ? requiredLevel - 1 : requiredLevel,
  }));
}

/** One method's result by the assessor who records it: psychometry by the plan's psychologist (II.C.1.c). */
function recordResult(
  ctx: DemoContext,
  run: StructuralInstansiRun,
  c: StructuralCandidateRun,
  method: string,
  days: readonly string[],
  expect: number[] = [201],
) {
  const { psychologist, assessor } = c.spec.assessors!;
  const body = {
    method,
    // Psychometry on the first day; the assessment center and the other methods on every day of the letter.
    assessedOn: method === 'PSIKOMETRI' ? days.slice(0, 1) : days,
    competencies: assessed(run, c).map((k) => ({
      ...k,
      evidence: `Perilaku kunci ${k.name.toLowerCase()} teramati pada ${method.toLowerCase().replaceAll('_', ' ')}.`,
    })),
  };
  return ctx.actors
    .structuralAssessor(method === 'PSIKOMETRI' ? psychologist : assessor)
    .then((by) => by('POST', `${candidatePath(run, c)}/results`, body, expect));
}

/** Every method of the plan recorded by the unit's assessors, per competency of the registered standard. */
async function recordAll(
  ctx: DemoContext,
  run: StructuralInstansiRun,
  c: StructuralCandidateRun,
  days: string[],
) {
  for (const method of c.spec.plan!.methods) {
    await recordResult(ctx, run, c, method, days);
    add(ctx.counts, 'struktural: hasil metode dicatat asesor');
  }
}

/** The report to the PPK (III.2 Laporan): potential, every competency against the standard, the conclusion. */
async function sendReport(ctx: DemoContext, run: StructuralInstansiRun, c: StructuralCandidateRun) {
  const competencies = assessed(run, c);
  const gaps = competencies.filter((k) => k.achievedLevel < k.requiredLevel);
  const by = await ctx.actors.structuralAssessor(c.spec.assessors!.assessor);
  const report = {
    potential: 'Kemampuan berpikir analitis baik, stabilitas emosi memadai, mampu bekerja sama lintas unit.',
    competencies,
    conclusion: gaps.length ? 'MASIH_MEMENUHI_SYARAT' : 'MEMENUHI_SYARAT',
    ...(gaps.length && {
      developmentAreas: gaps.map((k) => `${k.name}: penugasan dan coaching oleh atasan.`).join(' '),
    }),
  };
  c.report = (await by('POST', `${candidatePath(run, c)}/report`, report, [201])).body;
  add(ctx.counts, `struktural: laporan kepada PPK (${report.conclusion})`);
}

/**
 * The day after an instansi's last day of assessment, the assessors record the results; for the candidate whose
 * letter came late, the result on its date is refused and the personnel official issues a new letter.
 */
export async function recordResults(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  const kepegawaian = await ctx.actors.official('kepegawaian', code(run));
  for (const c of determined(run)) {
    const late = c.spec.late;
    if (late) {
      const reply = await recordResult(ctx, run, c, c.spec.plan!.methods[0]!, c.spec.assessedOn!, [422]);
      expectCodes(ctx, `the result of ${c.spec.nip} on a late letter's date`, reply, late.refused);
      add(ctx.counts, `struktural: hasil ditolak (${late.refused.codes.join(', ')})`);
      const notice = { ...c.spec.notice!, date: late.newAssessedOn[0]! };
      c.noticeId = (await kepegawaian('POST', `${candidatePath(run, c)}/notices`, notice, [201])).body.id;
      add(ctx.counts, 'struktural: surat pemberitahuan diterbitkan');
      continue;
    }
    await recordAll(ctx, run, c, c.spec.assessedOn!);
    if (c.spec.earlyReport) await sendReport(ctx, run, c);
  }
}

/** The day results are recorded: the day after the instansi's last day of assessment. */
const resultsDay = (run: StructuralInstansiRun) =>
  addDays(
    determined(run)
      .flatMap((c) => c.spec.assessedOn!)
      .sort()
      .at(-1)!,
    1,
  );

/** The new letter received in time. */
export async function receiveNewNotices(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  for (const c of lateOnes(run)) await receive(ctx, run, c, false);
}

/** The late candidate assessed on the new date, and reported. */
export async function assessOnNewDate(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  for (const c of lateOnes(run)) {
    await recordAll(ctx, run, c, c.spec.late!.newAssessedOn);
    await sendReport(ctx, run, c);
  }
}

/** The reports not yet sent, once every instansi's assessments are over. */
export async function sendReports(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  for (const c of onTime(run)) if (!c.spec.earlyReport) await sendReport(ctx, run, c);
}

/** The PPK's feedback from a report for the person's development (IV.4). */
export async function giveFeedback(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  const ppk = await ctx.actors.official('ppk', code(run));
  for (const c of determined(run).filter((c) => c.spec.feedback)) {
    await ppk('POST', `${candidatePath(run, c)}/report/feedback`, { notes: c.spec.feedback }, [200, 201]);
    add(ctx.counts, 'struktural: umpan balik PPK');
  }
}

/** Baperjakat weighs the results for each registered position, two years on (II.A.7, II.B.5). */
export async function listPositionResults(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  const baperjakat = await ctx.actors.official('baperjakat', code(run));
  const items = [];
  for (const position of run.spec.positions) {
    const path = `${base(run)}/position-results?positionCode=${position.code}`;
    items.push(...(await baperjakat('GET', path, undefined, [200])).body.items);
  }
  run.positionResults = { on: ctx.today, items };
  for (const item of items) add(ctx.counts, `struktural: hasil ${item.status} menurut Baperjakat`);
}

/**
 * The personnel official nominates again a PNS whose nomination ended (PK-PENCALONAN-BERAKHIR): the PPK did not
 * determine them in 2025, at this instansi or at the one they moved from. The earlier nomination is kept as its
 * instansi read it just before, and the number the API gives the new one (2 here, none at another instansi).
 */
export async function renominate(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  const kepegawaian = await ctx.actors.official('kepegawaian', code(run));
  for (const c of run.renominations) {
    const from = c.spec.renominates!.instansiCode;
    const earlier = await ctx.actors.official('kepegawaian', from);
    c.earlier = (await earlier('GET', `/structural/instansi/${from}/candidates/${c.spec.nip}`)).body;
    const recorded = (await kepegawaian('PUT', candidatePath(run, c), c.spec.request, [201])).body;
    c.status = recorded.status;
    c.nomination = recorded.nomination;
    add(
      ctx.counts,
      from === code(run)
        ? 'struktural: dicalonkan lagi oleh instansi yang sama'
        : 'struktural: dicalonkan oleh instansi lain (pindah)',
    );
  }
}

/**
 * Nominations of a PNS whose nomination has not ended: a result that still holds at this instansi (409 with
 * PK-PENCALONAN-BERAKHIR), a NIP another instansi now nominates (PK-SATU-PENCALONAN). The answers are kept for
 * the invariants, which check them; an accepted one is kept too, not taken as the run's failure.
 */
export async function refuseRenominations(ctx: DemoContext, run: StructuralInstansiRun): Promise<void> {
  const kepegawaian = await ctx.actors.official('kepegawaian', code(run));
  for (const spec of run.spec.refusedRenominations) {
    const path = `${base(run)}/candidates/${spec.nip}`;
    const reply = await kepegawaian('PUT', path, spec.request, [201, 409, 422]);
    const codes = ((reply.body?.details ?? []) as { code: string }[]).map((d) => d.code);
    run.refusals.push({ spec, status: reply.status, code: reply.body?.code, codes });
    add(ctx.counts, `struktural: pencalonan ulang ditolak (${spec.codes.join(', ')})`);
  }
}

/** The instansi with its 2027 nominations in place of its candidates: the steps of 2025 played on them. */
const renominationRound = (run: StructuralInstansiRun): StructuralInstansiRun => ({
  ...run,
  candidates: run.renominations,
});
const again =
  (step: StructuralStep['run']): StructuralStep['run'] =>
  (ctx, run) =>
    step(ctx, renominationRound(run));
const renominating = (run: StructuralInstansiRun) => run.renominations.length > 0;

/**
 * The scenario's steps in the order they are taken; steps of the same day and instansi run in this order.
 * Issue 17 points 3-6 add theirs here (see the report of the branch that built this).
 */
export const STRUCTURAL_STEPS: StructuralStep[] = [
  {
    on: STRUCTURAL_DAYS.positions,
    label: 'jabatan dan standar kompetensi',
    applies: (r) => r.spec.positions.length > 0,
    run: registerPositions,
  },
  {
    on: STRUCTURAL_DAYS.units,
    label: 'UPK dicatat',
    applies: (r) => r.spec.upks.length > 0,
    run: registerUpks,
  },
  { on: STRUCTURAL_DAYS.teams, label: 'TPK dibentuk PPK', applies: (r) => !!r.spec.tpk, run: formTeam },
  { on: STRUCTURAL_DAYS.candidates, label: 'calon lulus seleksi dicatat', run: recordCandidates },
  { on: STRUCTURAL_DAYS.proposals, label: 'usulan kepada PPK', run: proposeCandidates },
  { on: STRUCTURAL_DAYS.determinations, label: 'penetapan PPK', run: determineCandidates },
  { on: STRUCTURAL_DAYS.handovers, label: 'penyerahan kepada UPK/TPK', run: handOver },
  { on: STRUCTURAL_DAYS.plans, label: 'rencana dan metode penilaian', run: planAssessments },
  { on: STRUCTURAL_DAYS.notices, label: 'surat pemberitahuan', run: issueNotices },
  { on: STRUCTURAL_DAYS.receipts, label: 'surat diterima', run: receiveNotices },
  {
    on: STRUCTURAL_DAYS.lateReceipt,
    label: 'surat diterima terlambat',
    applies: (r) => lateOnes(r).length > 0,
    run: receiveLate,
  },
  { on: resultsDay, label: 'hasil penilaian', run: recordResults },
  {
    on: STRUCTURAL_DAYS.newReceipt,
    label: 'surat baru diterima',
    applies: (r) => lateOnes(r).length > 0,
    run: receiveNewNotices,
  },
  { on: STRUCTURAL_DAYS.reports, label: 'laporan kepada PPK', run: sendReports },
  {
    on: STRUCTURAL_DAYS.feedback,
    label: 'umpan balik PPK',
    applies: (r) => determined(r).some((c) => !!c.spec.feedback),
    run: giveFeedback,
  },
  {
    on: STRUCTURAL_DAYS.newAssessment,
    label: 'penilaian pada tanggal baru',
    applies: (r) => lateOnes(r).length > 0,
    run: assessOnNewDate,
  },
  { on: STRUCTURAL_DAYS.positionResults, label: 'hasil per jabatan (Baperjakat)', run: listPositionResults },
  // 2027: the nominations that ended are made again, and assessed like those of 2025.
  { on: RENOMINATION_DAYS.candidates, label: 'pencalonan ulang', applies: renominating, run: renominate },
  {
    on: RENOMINATION_DAYS.refusals,
    label: 'pencalonan ulang ditolak',
    applies: (r) => r.spec.refusedRenominations.length > 0,
    run: refuseRenominations,
  },
  ...(
    [
      [RENOMINATION_DAYS.proposals, 'usulan kepada PPK', proposeCandidates],
      [RENOMINATION_DAYS.determinations, 'penetapan PPK', determineCandidates],
      [RENOMINATION_DAYS.handovers, 'penyerahan kepada UPK/TPK', handOver],
      [RENOMINATION_DAYS.handovers, 'rencana dan metode penilaian', planAssessments],
      [RENOMINATION_DAYS.handovers, 'surat pemberitahuan', issueNotices],
      [RENOMINATION_DAYS.receipts, 'surat diterima', receiveNotices],
      [RENOMINATION_DAYS.reports, 'hasil penilaian', recordResults],
      [RENOMINATION_DAYS.reports, 'laporan kepada PPK', sendReports],
    ] as const
  ).map(([on, label, step]): StructuralStep => ({ on, label, applies: renominating, run: again(step) })),
];

/** The scenario's state for the instansi the programme registered: nothing done yet. */
export function structuralState(ctx: Pick<DemoContext, 'scenario'>): StructuralState {
  const scenario = generateStructuralScenario(ctx.scenario.instansi, ctx.scenario.seed);
  return {
    scenario,
    instansi: scenario.instansi.map((spec) => ({
      spec,
      upkIds: {},
      candidates: spec.candidates.map((c) => ({ spec: c })),
      renominations: spec.renominations.map((c) => ({ spec: c })),
      refusals: [],
    })),
  };
}

/** Every step of `steps` for every instansi it applies to, on its day; each instansi a lane of its own. */
export function structuralAgenda(
  ctx: DemoContext,
  state: StructuralState,
  steps: readonly StructuralStep[] = STRUCTURAL_STEPS,
): Agenda {
  const agenda = new Agenda();
  for (const step of steps)
    for (const run of state.instansi) {
      if (step.applies && !step.applies(run)) continue;
      agenda.at(typeof step.on === 'function' ? step.on(run) : step.on, code(run), {
        label: step.label,
        subject: code(run),
        run: () => step.run(ctx, run),
      });
    }
  return agenda;
}

/**
 * The stage: the structural scenario on its 2025 days and the nominations made again in 2027, after whatever the calendar has played (the 2019
 * programme, or nothing when the scenario runs alone).
 */
export async function playStructural(ctx: DemoContext, progress: Progress): Promise<void> {
  if (ctx.today > STRUCTURAL_DAYS.positions)
    throw new Error(
      `the structural scenario starts on ${STRUCTURAL_DAYS.positions}; the calendar is already on ${ctx.today}`,
    );
  ctx.structural = structuralState(ctx);
  add(ctx.counts, 'struktural: instansi', ctx.structural.instansi.length);
  await structuralAgenda(ctx, ctx.structural).play(ctx, progress);
}
