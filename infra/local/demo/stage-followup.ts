import { APPEAL_REVIEWER } from './actors';
import { forEachLimit, type Progress } from './progress';
import { randomFor } from './random';
import { addDays, type IsoDate } from '../../../domain/shared/dates';
import type { Cohort } from '../../../events/api/participant';
import { assessorFor, assessUnits, assignTeam, decideByCohort } from './stage-assessment';
import { add, attendingParticipants, cohortOf, type DemoContext, type ParticipantRun } from './state';

/** Four in five re-tested participants pass. */
export const RETEST_PASS_SHARE = 0.8;
/** Nearly all not-yet-competent participants ask for a re-test; the others take the development recommended. */
export const RETEST_ASK_SHARE = 0.95;
/** Each later cohort's test session: a room and a team for 4 re-tests beside its own 30 (34 = 2 × 17). */
const LATER_SESSION = { roomCapacity: 34, assessorCount: 2, participantsPerAssessor: 17 };
/** BKN's own re-test session of a level, 10 days after its last cohort, for every ask left. */
const RETEST_SESSION_AFTER_DAYS = 10;

/** The outcome in force for a participant: the upheld appeal's, else the re-test's, else the first test's. */
export function outcomeInForce(run: ParticipantRun): string | undefined {
  if (run.appeal) return 'KOMPETEN';
  return run.retest?.outcome ?? run.outcome;
}

/** The participants who ask for a re-test (Pasal 16(7)), each through the API as themselves. */
async function askForRetests(ctx: DemoContext): Promise<ParticipantRun[]> {
  const random = randomFor(ctx.scenario.seed, 'retest-asks');
  const notYet = attendingParticipants(ctx).filter((p) => p.outcome === 'BELUM_KOMPETEN');
  // One of them contests the result instead (the appeal below); the first always asks.
  const appellant = notYet.length >= 3 ? notYet[1] : undefined;
  const asking = notYet.filter((p, i) => p !== appellant && (i === 0 || random() < RETEST_ASK_SHARE));
  await forEachLimit(asking, ctx.concurrency, async (run) => {
    const me = await ctx.actors.participant(run.spec.nip, run.spec.instansi.code);
    await me(
      'POST',
      `/programs/${ctx.programId}/participants/${run.spec.nip}/retest-requests`,
      { decisionId: run.decisionId },
      [201],
    );
  });
  add(ctx.counts, 'belum kompeten meminta uji ulang', asking.length);
  add(ctx.counts, 'belum kompeten tanpa uji ulang', notYet.length - asking.length);
  return asking;
}

/**
 * BKN gives the later cohorts' test sessions room for re-tests, books every ask into the first later session of
 * the level with a place left, and schedules a re-test session of its own for the asks no cohort can take (those
 * of the last cohorts of a level): every one who asks gets a re-test.
 */
async function bookRetests(ctx: DemoContext, asking: readonly ParticipantRun[]): Promise<ParticipantRun[]> {
  const admin = await ctx.actors.admin();
  const pending = (await admin('GET', `/programs/${ctx.programId}/retest-requests`)).body.items as {
    nip: string;
  }[];
  if (pending.length !== asking.length)
    ctx.problems.push(`${pending.length} asks pending, ${asking.length} made`);
  const earliest = new Map<string, string>();
  for (const run of asking) {
    const own = cohortOf(ctx, run.cohort!);
    if (!earliest.has(own.scheme) || own.endDate < earliest.get(own.scheme)!)
      earliest.set(own.scheme, own.endDate);
  }
  const places = new Map<number, number>();
  const later = ctx.cohorts.filter(
    (c) => earliest.has(c.scheme) && c.startDate > earliest.get(c.scheme)! && c.kind !== 'UJI_ULANG',
  );
  await forEachLimit(later, ctx.concurrency, async (cohort) => {
    const set = await admin(
      'PUT',
      `/programs/${ctx.programId}/cohorts/${cohort.number}/test-session`,
      LATER_SESSION,
    );
    places.set(cohort.number, set.body.retestPlaces);
  });
  const random = randomFor(ctx.scenario.seed, 'retests');
  const ownSessions = new Map<string, number>();
  const booked: ParticipantRun[] = [];
  for (const run of asking) {
    const own = cohortOf(ctx, run.cohort!);
    let target = later.find(
      (c) => c.scheme === own.scheme && c.startDate > own.endDate && (places.get(c.number) ?? 0) > 0,
    )?.number;
    if (target === undefined) {
      target = ownSessions.get(own.scheme) ?? (await retestSession(ctx, own.scheme));
      ownSessions.set(own.scheme, target);
    } else places.set(target, places.get(target)! - 1);
    const booking = await admin(
      'POST',
      `/programs/${ctx.programId}/participants/${run.spec.nip}/retest`,
      { toCohort: target },
      [201],
    );
    const units = booking.body.unitCodes as string[];
    if ([...units].sort().join() !== [...(run.notYetCompetent ?? [])].sort().join()) {
      ctx.problems.push(
        `re-test of ${run.spec.nip} books ${units.join()} instead of ${run.notYetCompetent?.join()}`,
      );
    }
    run.retest = { cohort: target, units, passes: booked.length === 0 || random() < RETEST_PASS_SHARE };
    booked.push(run);
  }
  add(
    ctx.counts,
    'uji ulang dijadwalkan di angkatan berikutnya',
    booked.length - countIn(booked, ownSessions),
  );
  add(ctx.counts, 'uji ulang dijadwalkan di sesi uji ulang BKN', countIn(booked, ownSessions));
  const left = (await admin('GET', `/programs/${ctx.programId}/retest-requests`)).body.items as unknown[];
  if (left.length > 0) ctx.problems.push(`${left.length} re-test asks left without a booking`);
  return booked;
}

const countIn = (runs: readonly ParticipantRun[], sessions: Map<string, number>) =>
  runs.filter((r) => [...sessions.values()].includes(r.retest!.cohort)).length;

/** BKN's own re-test session of a level, after its last cohort, with a team of the level's assessors. */
async function retestSession(ctx: DemoContext, scheme: string): Promise<number> {
  const admin = await ctx.actors.admin();
  const last = ctx.cohorts
    .filter((c) => c.scheme === scheme)
    .reduce((a, b) => (a.endDate > b.endDate ? a : b));
  const created = await admin(
    'POST',
    `/programs/${ctx.programId}/retest-sessions`,
    {
      scheme,
      testDate: addDays(last.endDate as IsoDate, RETEST_SESSION_AFTER_DAYS),
      roomCapacity: 60,
      assessorCount: 4,
      participantsPerAssessor: 15,
    },
    [201],
  );
  const session = created.body as Cohort;
  ctx.cohorts.push(session);
  await assignTeam(ctx, session.number, last.number);
  add(ctx.counts, 'sesi uji ulang BKN');
  return session.number;
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
  const booked = await bookRetests(ctx, await askForRetests(ctx));
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
