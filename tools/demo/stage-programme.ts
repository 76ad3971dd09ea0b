import { programme2019Draft, type ProgramDraft } from '../../domain/program/program';
import type { IsoDate } from '../../domain/shared/dates';
import type { Cohort } from '../../events/api/participant';
import { announcementBody } from '../fixtures/bodies';
import { certificateSigners } from './bodies';
import { moveClockTo } from './calendar';
import { forEachLimit, pollUntil, type Progress } from './progress';
import type { InstansiSpec } from './scenario';
import { add, refreshCohorts, type DemoContext } from './state';

export type DemoScale = 'full' | 'small';

/** The cohorts a small run keeps: two Pengawas cohorts of the 2019 table, the second after the first's test day. */
const SMALL_COHORTS = [4, 10];
const SMALL_CAPACITY = 8;

/** The 2019 proposal window, as announced: from the morning after BKN prepares the programme, for 10 days. */
const PROPOSAL_WINDOW_2019 = {
  opensAt: new Date('2019-04-05T08:00:00+07:00'),
  closesAt: new Date('2019-04-15T16:00:00+07:00'),
};
/** The first cohorts of the 2019 table (angkatan 1-3, JPT Pratama, 6-7 Mei 2019). */
const FIRST_COHORT_2019 = '2019-05-06' as IsoDate;

/** When BKN's and the instansi's stages before the cohorts happen, on the 2019 calendar. */
export const PROGRAMME_DAYS = {
  /** The window job opens the proposals; the instansi and Kanreg propose. */
  proposals: '2019-04-08' as IsoDate,
  /** The eligibility session (sidang penetapan calon), while the window is still open for what it asks back. */
  screening: '2019-04-11' as IsoDate,
  /** Pre-assessment and the participant-setting session, after the window has closed. */
  setting: '2019-04-16' as IsoDate,
};

export interface DemoPlan {
  scale: DemoScale;
  draft: ProgramDraft;
  firstCohortStartsOn: IsoDate;
}

/**
 * The programme the demo plays: the 2019 plan (50 cohorts of 30) on its own dates, or, small, two of its
 * Pengawas cohorts with fewer seats, also on their own dates.
 */
export function demoPlan(scale: DemoScale): DemoPlan {
  const draft = programme2019Draft({
    year: 2019,
    proposalWindow: PROPOSAL_WINDOW_2019,
    firstCohortStartsOn: FIRST_COHORT_2019,
  });
  if (scale === 'full') return { scale, draft, firstCohortStartsOn: FIRST_COHORT_2019 };
  const kept = draft.cohortPlan.filter((c) => SMALL_COHORTS.includes(c.number));
  const schemes = [...new Set(kept.map((c) => c.scheme))];
  return {
    scale,
    firstCohortStartsOn: kept[0]!.startDate,
    draft: {
      ...draft,
      schemes,
      quotaPerInstansi: Object.fromEntries(schemes.map((s) => [s, draft.quotaPerInstansi[s]])),
      cohortPlan: kept.map((c) => ({ ...c, capacity: SMALL_CAPACITY })),
    },
  };
}

/**
 * BKN creates the programme (the 2019 reference route for the full plan) the day before its proposal window
 * opens, registers the instansi, names the certificate signers and has the announcement letter rendered; on the
 * first working day of the window the window job opens it.
 */
export async function openProgramme(ctx: DemoContext, plan: DemoPlan, progress: Progress): Promise<void> {
  const admin = await ctx.actors.admin();
  const { draft } = plan;
  const window = {
    opensAt: draft.proposalWindow.opensAt.toISOString(),
    closesAt: draft.proposalWindow.closesAt.toISOString(),
  };
  const created =
    plan.scale === 'full'
      ? await admin('POST', '/programs/reference-2019', {
          year: draft.year,
          proposalWindow: window,
          firstCohortStartsOn: plan.firstCohortStartsOn,
        })
      : await admin('POST', '/programs', {
          name: draft.name,
          year: draft.year,
          schemes: draft.schemes,
          proposalWindow: window,
          quotaPerInstansi: draft.quotaPerInstansi,
          cohortPlan: draft.cohortPlan,
        });
  ctx.programId = created.body.id;
  const cohorts = await refreshCohorts(ctx);
  const planned = draft.cohortPlan.map((c) => `${c.number} ${c.scheme} ${c.capacity} ${c.startDate}`);
  const served = cohorts.map((c: Cohort) => `${c.number} ${c.scheme} ${c.capacity} ${c.startDate}`);
  if (planned.join() !== served.join()) ctx.problems.push('the programme cohorts differ from the plan');
  add(ctx.counts, 'angkatan', cohorts.length);

  await registerInstansi(ctx, ctx.scenario.instansi, progress);

  await admin('PUT', `/programs/${ctx.programId}/certificate-signers`, certificateSigners());
  await admin('POST', `/programs/${ctx.programId}/announcement`, announcementBody());
  // An instansi downloads the announcement letter once the worker has rendered it.
  const reader = await ctx.actors.proposer(ctx.scenario.instansi[0]!);
  await pollUntil(
    async () =>
      (await reader('GET', `/programs/${ctx.programId}/announcement`, undefined, [200, 409])).status === 200,
    'the announcement letter',
    60_000,
  );

  // EventBridge would fire the window job at the opening instant; the demo fires it once the calendar is there.
  await moveClockTo(ctx, PROGRAMME_DAYS.proposals);
  await ctx.stack.fireSchedule('proposalWindows');
  const program = await admin('GET', `/programs/${ctx.programId}`);
  if (program.body.status !== 'OPEN')
    throw new Error(`the proposal window is ${program.body.status}, not OPEN`);
  if (created.body.status !== 'SCHEDULED')
    ctx.problems.push('the programme was open before the window job ran');
}

/** BKN registers the instansi (and the Kanreg covering each regional government). */
export async function registerInstansi(
  ctx: DemoContext,
  instansi: readonly InstansiSpec[],
  progress: Progress,
): Promise<void> {
  const admin = await ctx.actors.admin();
  progress.restart(instansi.length, 'instansi');
  await forEachLimit(instansi, ctx.concurrency, async (i) => {
    await admin('PUT', `/instansi/${i.code}`, {
      name: i.name,
      kind: i.kind,
      kanreg: i.kanreg,
      ...(i.bkn ? { bkn: true } : {}),
    });
    progress.tick();
  });
  add(ctx.counts, 'instansi terdaftar', instansi.length);
}
