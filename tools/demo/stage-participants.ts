import type { Participant } from '../../events/api/participant';
import { preAssessorAssignment } from './bodies';
import { assessorNip } from './stage-assessment';
import { forEachLimit, type Progress } from './progress';
import { waitForQueues } from './queues';
import type { CandidateSpec } from './scenario';
import { add, refreshCohorts, type DemoContext } from './state';

const PRE_ASSESSORS = 10;
/** The pre-assessors' NIPs follow the cohort assessors' (at most 50 of them: one pool place per cohort). */
const PRE_ASSESSOR_NIP_FROM = 60;
/** BKN's own instansi (scenario.ts): its candidates are consulted by an assessor of another instansi. */
const BKN = 'KL001';

function selfAssessment(spec: CandidateSpec, withGap: boolean) {
  return {
    qualification: spec.qualification,
    units: spec.units.map((unit, i) =>
      withGap && i === spec.units.length - 1
        ? { unit, claim: 'BK' }
        : {
            unit,
            claim: 'K',
            evidence: `Portofolio dan SK penugasan ${spec.input.position.title} untuk ${unit}.`,
          },
    ),
  };
}

/**
 * The pre-assessment of one accepted candidate (Pasal 28, 30(1), 31(1)e): BKN assigns an assessor, the candidate
 * fills the self-assessment, the assessor recommends (asking for more where a unit is claimed not yet
 * competent), and the participant-setting session sets the candidate, which queues the placement, or does not.
 */
async function preAssess(ctx: DemoContext, spec: CandidateSpec, index: number): Promise<void> {
  const candidate = await ctx.actors.participant(spec.nip, spec.instansi.code);
  const k = index % PRE_ASSESSORS;
  const username = `asesor.pra.${String(k).padStart(2, '0')}`;
  const assessor = await ctx.actors.assessor(username);
  const admin = await ctx.actors.admin();
  const base = `/programs/${ctx.programId}/proposals/${spec.instansi.code}/candidates/${spec.nip}`;
  await admin(
    'PUT',
    `${base}/pre-assessment/assessor`,
    preAssessorAssignment(
      username,
      assessorNip(PRE_ASSESSOR_NIP_FROM + k),
      `Asesor Pra-Uji ${String(k).padStart(2, '0')}`,
      spec.instansi.code === BKN ? 'KL002' : BKN,
    ),
  );
  const gap = spec.notFitFirst || spec.notSet;
  await candidate('PUT', `${base}/self-assessment`, selfAssessment(spec, Boolean(gap)));
  if (gap) {
    await assessor('POST', `${base}/recommendation`, {
      outcome: 'NOT_FIT',
      notes: `Unit ${spec.units.at(-1)} diklaim belum kompeten; lengkapi bukti sebelum uji.`,
    });
    add(ctx.counts, 'pra-uji: belum layak (NOT_FIT)');
  }
  if (spec.notSet) {
    await admin('POST', `${base}/participant-setting`, {
      decision: 'NOT_SET',
      reason: 'Belum layak menurut rekomendasi asesor pada konsultasi pra uji.',
    });
    add(ctx.counts, 'sidang penetapan: tidak ditetapkan');
    return;
  }
  if (spec.notFitFirst) {
    await candidate('PUT', `${base}/self-assessment`, selfAssessment(spec, false));
    add(ctx.counts, 'pra-uji: penilaian mandiri diperbaiki');
  }
  await assessor('POST', `${base}/recommendation`, { outcome: 'FIT' });
  await admin('POST', `${base}/participant-setting`, { decision: 'SET' });
  ctx.participants.set(spec.nip, { spec });
  add(ctx.counts, 'sidang penetapan: ditetapkan');
}

/** Pre-assessment and participant setting of every accepted candidate; the placement queue runs meanwhile. */
export async function setParticipants(ctx: DemoContext, progress: Progress): Promise<void> {
  const accepted = ctx.scenario.candidates.filter((c) => !c.ineligible);
  progress.restart(accepted.length, 'calon');
  await forEachLimit(accepted, ctx.concurrency, async (spec, i) => {
    await preAssess(ctx, spec, i);
    progress.tick();
  });
}

/** The placement worker seats everyone set; then BKN reads each cohort's participants. */
export async function awaitPlacement(ctx: DemoContext, progress: Progress): Promise<void> {
  const setCount = ctx.participants.size;
  progress.restart(setCount, 'kursi');
  const timer = setInterval(() => {
    refreshCohorts(ctx)
      .then((cohorts) => (progress.done = cohorts.reduce((sum, c) => sum + c.seatsTaken, 0)))
      .catch(() => undefined);
  }, 1_000);
  try {
    await waitForQueues(ctx.stack, ['placement'], 300_000);
  } finally {
    clearInterval(timer);
  }
  const admin = await ctx.actors.admin();
  const cohorts = await refreshCohorts(ctx);
  progress.done = cohorts.reduce((sum, c) => sum + c.seatsTaken, 0);
  await forEachLimit(cohorts, ctx.concurrency, async (cohort) => {
    const seated = (await admin('GET', `/programs/${ctx.programId}/cohorts/${cohort.number}/participants`))
      .body.items as Participant[];
    for (const p of seated) {
      const run = ctx.participants.get(p.nip);
      if (run) run.cohort = cohort.number;
      else ctx.problems.push(`${p.nip} is seated in cohort ${cohort.number} but was never set`);
    }
  });
  add(ctx.counts, 'peserta mendapat kursi', [...ctx.participants.values()].filter((p) => p.cohort).length);
}
