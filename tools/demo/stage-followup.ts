import { addDays, type IsoDate } from '../../domain/shared/dates';
import type { Cohort } from '../../events/api/participant';
import { APPEAL_REVIEWER } from './actors';
import { workingDayOnOrAfter, workingDaysFrom, type Agenda } from './calendar';
import { forEachLimit } from './progress';
import { assessorFor, assessUnits, assignTeam, decideCohort } from './stage-assessment';
import { add, attendingParticipants, cohortOf, type DemoContext, type ParticipantRun } from './state';

/** Each later cohort's test session: a room and a team for 4 re-tests beside its own 30 (34 = 2 × 17). */
const LATER_SESSION = { roomCapacity: 34, assessorCount: 2, participantsPerAssessor: 17 };
/** BKN's own re-test session of a level, on the first working day 10 days after its last cohort. */
const RETEST_SESSION_AFTER_DAYS = 10;
/** The independent reviewer rules on an appeal three working days after it is filed. */
const APPEAL_RULED_AFTER_WORKING_DAYS = 3;

/** The outcome in force for a participant: the upheld appeal's, else the re-test's, else the first test's. */
export function outcomeInForce(run: ParticipantRun): string | undefined {
  if (run.appeal) return 'KOMPETEN';
  return run.retest?.outcome ?? run.outcome;
}

/** Where re-tests can go: the places left in later cohorts' test sessions, and BKN's own sessions by level. */
export interface RetestPlaces {
  places: Map<number, number>;
  ownSessions: Map<string, Promise<number>>;
}

/**
 * Before the cohorts, BKN gives the test session of every cohort that follows another of its level room for
 * re-tests (Pasal 26(1): a re-test in a later test session of the same level).
 */
export async function prepareRetestPlaces(ctx: DemoContext): Promise<RetestPlaces> {
  const admin = await ctx.actors.admin();
  const places = new Map<number, number>();
  const later = ctx.cohorts.filter((c) =>
    ctx.cohorts.some((earlier) => earlier.scheme === c.scheme && earlier.endDate < c.startDate),
  );
  await forEachLimit(later, ctx.concurrency, async (cohort) => {
    const set = await admin(
      'PUT',
      `/programs/${ctx.programId}/cohorts/${cohort.number}/test-session`,
      LATER_SESSION,
    );
    places.set(cohort.number, set.body.retestPlaces);
  });
  return { places, ownSessions: new Map() };
}

/** BKN's own re-test session of a level, after its last cohort, with a team of the level's assessors. */
async function retestSession(ctx: DemoContext, agenda: Agenda, scheme: string): Promise<number> {
  const admin = await ctx.actors.admin();
  const last = ctx.cohorts
    .filter((c) => c.scheme === scheme && c.kind !== 'UJI_ULANG')
    .reduce((a, b) => (a.endDate > b.endDate ? a : b));
  const created = await admin(
    'POST',
    `/programs/${ctx.programId}/retest-sessions`,
    {
      scheme,
      testDate: workingDayOnOrAfter(addDays(last.endDate as IsoDate, RETEST_SESSION_AFTER_DAYS)),
      roomCapacity: 60,
      assessorCount: 4,
      participantsPerAssessor: 15,
    },
    [201],
  );
  const session = created.body as Cohort;
  ctx.cohorts.push(session);
  await assignTeam(ctx, session.number, last.number);
  agenda.at(session.endDate as IsoDate, `sesi ${session.number}`, {
    label: 'sesi uji ulang BKN: uji dan sidang hasil',
    subject: session.number,
    run: () => retestDay(ctx, session.number),
  });
  add(ctx.counts, 'sesi uji ulang BKN');
  return session.number;
}

/**
 * A participant found not yet competent asks for a re-test (Pasal 16(7)) as themselves, and BKN books it at once
 * into the first later session of the level with a place left, or into its own re-test session when no cohort
 * can take it (the last cohorts of a level): every one who asks gets a re-test, on the failed units only.
 */
async function askAndBook(
  ctx: DemoContext,
  agenda: Agenda,
  retests: RetestPlaces,
  run: ParticipantRun,
): Promise<void> {
  const me = await ctx.actors.participant(run.spec.nip, run.spec.instansi.code);
  const admin = await ctx.actors.admin();
  const base = `/programs/${ctx.programId}/participants/${run.spec.nip}`;
  await me('POST', `${base}/retest-requests`, { decisionId: run.decisionId }, [201]);
  add(ctx.counts, 'belum kompeten meminta uji ulang');
  const own = cohortOf(ctx, run.cohort!);
  const later = ctx.cohorts
    .filter(
      (c) => c.scheme === own.scheme && c.startDate > ctx.today && (retests.places.get(c.number) ?? 0) > 0,
    )
    .sort((a, b) =>
      a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.number - b.number,
    )[0];
  let target: number;
  if (later) {
    target = later.number;
    retests.places.set(target, retests.places.get(target)! - 1);
    add(ctx.counts, 'uji ulang dijadwalkan di angkatan berikutnya');
  } else {
    if (!retests.ownSessions.has(own.scheme))
      retests.ownSessions.set(own.scheme, retestSession(ctx, agenda, own.scheme));
    target = await retests.ownSessions.get(own.scheme)!;
    add(ctx.counts, 'uji ulang dijadwalkan di sesi uji ulang BKN');
  }
  const booking = await admin('POST', `${base}/retest`, { toCohort: target }, [201]);
  const units = booking.body.unitCodes as string[];
  if ([...units].sort().join() !== [...(run.notYetCompetent ?? [])].sort().join()) {
    ctx.problems.push(
      `re-test of ${run.spec.nip} books ${units.join()} instead of ${run.notYetCompetent?.join()}`,
    );
  }
  run.retest = { cohort: target, units };
}

/**
 * The participant contests the decision (HASIL) within the appeal period; BKN names an independent reviewer (who
 * tested nobody and sat no session), who rules on it three working days later.
 */
async function fileAppeal(ctx: DemoContext, agenda: Agenda, run: ParticipantRun): Promise<void> {
  const me = await ctx.actors.participant(run.spec.nip, run.spec.instansi.code);
  const admin = await ctx.actors.admin();
  const base = `/programs/${ctx.programId}/participants/${run.spec.nip}/appeals`;
  const filed = await me(
    'POST',
    base,
    {
      subject: 'HASIL',
      decisionId: run.decisionId,
      grounds: 'Bukti portofolio unit ini tidak dipertimbangkan asesor.',
      unitCodes: run.notYetCompetent,
    },
    [201],
  );
  const appealPath = `${base}/${filed.body.appealId}`;
  await admin('PUT', `${appealPath}/reviewer`, { reviewer: APPEAL_REVIEWER });
  agenda.at(workingDaysFrom(ctx.today, APPEAL_RULED_AFTER_WORKING_DAYS), 'banding', {
    label: 'banding diputus peninjau independen',
    subject: run.spec.nip,
    run: () => upholdAppeal(ctx, run, filed.body.appealId, appealPath),
  });
}

/** The reviewer upholds the appeal: a new decision supersedes the old, and its certificate is queued. */
async function upholdAppeal(
  ctx: DemoContext,
  run: ParticipantRun,
  appealId: string,
  appealPath: string,
): Promise<void> {
  const reviewer = await ctx.actors.reviewer();
  const resolved = await reviewer('POST', `${appealPath}/resolution`, {
    upheld: true,
    reason: 'Bukti portofolio memenuhi kriteria unjuk kerja unit yang dipersoalkan.',
    competentUnits: run.notYetCompetent,
  });
  run.appeal = { appealId, resultingDecisionId: resolved.body.resolution.resultingDecisionId };
  add(ctx.counts, 'banding diajukan dan diterima');
}

/** What each participant the cohort's result session found not yet competent does about it, that same day. */
export async function followUpDecisions(
  ctx: DemoContext,
  agenda: Agenda,
  retests: RetestPlaces,
  cohort: number,
): Promise<void> {
  const notYet = attendingParticipants(ctx).filter(
    (p) => p.cohort === cohort && p.outcome === 'BELUM_KOMPETEN',
  );
  for (const run of notYet) {
    if (run.followUp?.asks) await askAndBook(ctx, agenda, retests, run);
    else {
      add(ctx.counts, 'belum kompeten tanpa uji ulang');
      if (run.followUp?.appeals) await fileAppeal(ctx, agenda, run);
    }
  }
}

/**
 * The re-tests booked into a session, on its test day: tested on the not-yet-competent units only and decided
 * by the session's result session.
 */
export async function retestDay(ctx: DemoContext, session: number): Promise<void> {
  const booked = attendingParticipants(ctx).filter((p) => p.retest?.cohort === session);
  if (booked.length === 0) return;
  await forEachLimit(booked, ctx.concurrency, async (run, turn) => {
    const retest = run.retest!;
    const passes = run.followUp?.asks === true && run.followUp.passes;
    await assessUnits(
      ctx,
      assessorFor(ctx, session, run.spec.nip, turn),
      session,
      run.spec.nip,
      retest.units,
      passes ? [] : retest.units,
    );
  });
  const decisions = await decideCohort(
    ctx,
    session,
    booked.map((run) => run.spec.nip),
  );
  for (const run of booked) {
    const decision = decisions.get(run.spec.nip)!;
    const retest = run.retest!;
    retest.decisionId = decision.decisionId;
    retest.outcome = decision.outcome;
    const passes = run.followUp?.asks === true && run.followUp.passes;
    if (decision.outcome !== (passes ? 'KOMPETEN' : 'BELUM_KOMPETEN'))
      ctx.problems.push(`re-test of ${run.spec.nip} decided ${decision.outcome}`);
    add(ctx.counts, `uji ulang: ${decision.outcome}`);
  }
}
