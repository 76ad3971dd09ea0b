import { programme2019Draft, type ProgramDraft } from '../../../domain/program/program';
import { addDays, daysBetween, type IsoDate, dateInWib } from '../../../domain/shared/dates';
import type { Cohort } from '../../../events/api/participant';
import { certificateSigners } from './bodies';
import { forEachLimit, pollUntil, type Progress } from './progress';
import { add, refreshCohorts, type DemoContext } from './state';

export type DemoScale = 'full' | 'small';

/** The cohorts a small run keeps: two Pengawas cohorts of the 2019 table, the second after the first ends. */
const SMALL_COHORTS = [4, 10];
const SMALL_CAPACITY = 8;

/** Registration opens 14 days before a cohort (domain/scheduling/placement.ts): the first cohorts open today. */
const FIRST_COHORT_IN_DAYS = 14;

export interface DemoPlan {
  scale: DemoScale;
  draft: ProgramDraft;
  firstCohortStartsOn: IsoDate;
}

/**
 * The programme the demo plays: the 2019 plan (50 cohorts of 30) moved so its first cohort starts in 14 days,
 * or, small, two of its Pengawas cohorts with fewer seats. The proposal window opens in a moment and stays open
 * two hours (the cohorts must start after it closes).
 */
export function demoPlan(scale: DemoScale, now: Date): DemoPlan {
  const today = dateInWib(now);
  const firstCohortStartsOn = addDays(today, FIRST_COHORT_IN_DAYS);
  const draft = programme2019Draft({
    year: Number(today.slice(0, 4)),
    proposalWindow: {
      opensAt: new Date(now.getTime() + 1_500),
      closesAt: new Date(now.getTime() + 7_200_000),
    },
    firstCohortStartsOn,
  });
  if (scale === 'full') return { scale, draft, firstCohortStartsOn };
  const kept = draft.cohortPlan.filter((c) => SMALL_COHORTS.includes(c.number));
  const shift = daysBetween(kept[0]!.startDate, firstCohortStartsOn);
  const schemes = [...new Set(kept.map((c) => c.scheme))];
  return {
    scale,
    firstCohortStartsOn,
    draft: {
      ...draft,
      schemes,
      quotaPerInstansi: Object.fromEntries(schemes.map((s) => [s, draft.quotaPerInstansi[s]])),
      cohortPlan: kept.map((c) => ({
        ...c,
        capacity: SMALL_CAPACITY,
        startDate: addDays(c.startDate, shift),
        endDate: addDays(c.endDate, shift),
      })),
    },
  };
}

/**
 * BKN creates the programme (the 2019 reference route for the full plan) with its proposal window opening in a
 * moment, registers the instansi, names the certificate signers and has the announcement letter rendered; then
 * the window job opens the proposal window.
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

  progress.restart(ctx.scenario.instansi.length, 'instansi');
  await forEachLimit(ctx.scenario.instansi, ctx.concurrency, async (instansi) => {
    await admin('PUT', `/instansi/${instansi.code}`, {
      name: instansi.name,
      kind: instansi.kind,
      kanreg: instansi.kanreg,
      ...(instansi.bkn ? { bkn: true } : {}),
    });
    progress.tick();
  });
  add(ctx.counts, 'instansi terdaftar', ctx.scenario.instansi.length);

  await admin('PUT', `/programs/${ctx.programId}/certificate-signers`, certificateSigners());
  await admin('POST', `/programs/${ctx.programId}/announcement`);
  // An instansi downloads the announcement letter once the worker has rendered it.
  const reader = await ctx.actors.proposer(ctx.scenario.instansi[0]!);
  await pollUntil(
    async () =>
      (await reader('GET', `/programs/${ctx.programId}/announcement`, undefined, [200, 409])).status === 200,
    'the announcement letter',
    60_000,
  );

  // EventBridge would fire the window job at the opening instant; locally it is fired once that has passed.
  const wait = draft.proposalWindow.opensAt.getTime() - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait + 50));
  await ctx.stack.fireSchedule('proposalWindows');
  const program = await admin('GET', `/programs/${ctx.programId}`);
  if (program.body.status !== 'OPEN')
    throw new Error(`the proposal window is ${program.body.status}, not OPEN`);
  if (created.body.status !== 'SCHEDULED')
    ctx.problems.push('the programme was open before the window job ran');
}
