import { APPEAL_REVIEWER } from './actors';
import { forEachLimit, type Progress } from './progress';
import { randomFor } from './random';
import { assessorFor, assessUnits, decideByCohort } from './stage-assessment';
import {
  add,
  attendingParticipants,
  cohortOf,
  refreshCohorts,
  type DemoContext,
  type ParticipantRun,
} from './state';

/** Four in five re-tested participants pass. */
export const RETEST_PASS_SHARE = 0.8;

/** The outcome in force for a participant: the upheld appeal's, else the re-test's, else the first test's. */
export function outcomeInForce(run: ParticipantRun): string | undefined {
  if (run.appeal) return 'KOMPETEN';
  return run.retest?.outcome ?? run.outcome;
}

/**
 * BKN books each not-yet-competent participant's re-test into the first later cohort of their level with a free
 * seat (the seats given back by those who declined); those with none wait for a next programme.
 */
async function bookRetests(ctx: DemoContext): Promise<ParticipantRun[]> {
  const admin = await ctx.actors.admin();
  const free = new Map((await refreshCohorts(ctx)).map((c) => [c.number, c.capacity - c.seatsTaken]));
  const random = randomFor(ctx.scenario.seed, 'retests');
  const booked: ParticipantRun[] = [];
  const notYet = attendingParticipants(ctx).filter((p) => p.outcome === 'BELUM_KOMPETEN');
  for (const run of notYet) {
    const own = cohortOf(ctx, run.cohort!);
    const target = ctx.cohorts.find(
      (c) => c.scheme === own.scheme && c.startDate > own.endDate && (free.get(c.number) ?? 0) > 0,
    );
    if (!target) {
      add(ctx.counts, 'belum kompeten tanpa kursi uji ulang di program ini');
      continue;
    }
    const booking = await admin(
      'POST',
      `/programs/${ctx.programId}/participants/${run.spec.nip}/retest`,
      { toCohort: target.number },
      [201],
    );
    free.set(target.number, free.get(target.number)! - 1);
    const units = booking.body.unitCodes as string[];
    if ([...units].sort().join() !== [...(run.notYetCompetent ?? [])].sort().join()) {
      ctx.problems.push(
        `re-test of ${run.spec.nip} books ${units.join()} instead of ${run.notYetCompetent?.join()}`,
      );
    }
    run.retest = {
      cohort: target.number,
      units,
      passes: booked.length === 0 || random() < RETEST_PASS_SHARE,
    };
    booked.push(run);
  }
  add(ctx.counts, 'uji ulang dijadwalkan', booked.length);
  return booked;
}

/**
 * A not-yet-competent participant appeals the decision in force; BKN names an independent reviewer (who tested
 * nobody and sat no session), who upholds it: a new decision supersedes the old and its certificate is queued.
 */
async function appeal(ctx: DemoContext): Promise<void> {
  const notYet = attendingParticipants(ctx).filter((p) => outcomeInForce(p) === 'BELUM_KOMPETEN');
  const run = notYet.find((p) => !p.retest) ?? notYet[0];
  if (!run) return;
  const decisionId = run.retest?.decisionId ?? run.decisionId!;
  const units = run.retest?.units ?? run.notYetCompetent!;
  const me = await ctx.actors.participant(run.spec.nip, run.spec.instansi.code);
  const admin = await ctx.actors.admin();
  const reviewer = await ctx.actors.reviewer();
  const base = `/programs/${ctx.programId}/participants/${run.spec.nip}/appeals`;
  const filed = await me(
    'POST',
    base,
    {
      subject: 'HASIL',
      decisionId,
      grounds: 'Bukti portofolio unit ini tidak dipertimbangkan asesor.',
      unitCodes: units,
    },
    [201],
  );
  const appealPath = `${base}/${filed.body.appealId}`;
  await admin('PUT', `${appealPath}/reviewer`, { reviewer: APPEAL_REVIEWER });
  const resolved = await reviewer('POST', `${appealPath}/resolution`, {
    upheld: true,
    reason: 'Bukti portofolio memenuhi kriteria unjuk kerja unit yang dipersoalkan.',
    competentUnits: units,
  });
  run.appeal = {
    appealId: filed.body.appealId,
    resultingDecisionId: resolved.body.resolution.resultingDecisionId,
  };
  add(ctx.counts, 'banding diajukan dan diterima');
}

/**
 * Re-tests booked, tested on the not-yet-competent units in the later cohort and decided by that cohort's result
 * session; then an appeal.
 */
export async function retestsAndAppeal(ctx: DemoContext, progress: Progress): Promise<void> {
  const booked = await bookRetests(ctx);
  progress.restart(booked.length, 'uji ulang');
  await forEachLimit(booked, ctx.concurrency, async (run) => {
    const retest = run.retest!;
    const assessor = assessorFor(ctx, retest.cohort, run.spec.nip, 0);
    await assessUnits(
      ctx,
      assessor,
      retest.cohort,
      run.spec.nip,
      retest.units,
      retest.passes ? [] : retest.units,
    );
  });
  await decideByCohort(
    ctx,
    booked,
    (run) => run.retest!.cohort,
    (run, decision) => {
      const retest = run.retest!;
      retest.decisionId = decision.decisionId;
      retest.outcome = decision.outcome;
      if (decision.outcome !== (retest.passes ? 'KOMPETEN' : 'BELUM_KOMPETEN')) {
        ctx.problems.push(`re-test of ${run.spec.nip} decided ${decision.outcome}`);
      }
      add(ctx.counts, `uji ulang: ${decision.outcome}`);
      progress.tick();
    },
  );
  await appeal(ctx);
}
