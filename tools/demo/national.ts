import type { PlannedCohort } from '../../domain/program/program';
import { cpuSeconds } from './cpu';
import type { IsoDate } from '../../domain/shared/dates';
import { CLOCK_PATH } from '../local/http-server';
import type { LocalStack } from '../local/local-stack';
import type { Meter } from '../local/metering';
import { Actors } from './actors';
import { DEMO_START, SharedCalendar, clockToday } from './calendar';
import { HttpClient } from './http';
import {
  AcrossProgrammes,
  Checker,
  verifyInvariants,
  type CertificateCounts,
  type InvariantResult,
} from './invariants';
import { HOLDER_STAGES, PROGRAMME_STAGES } from './programme-stages';
import { StageRunner, type StageTiming } from './progress';
import { settled } from './queues';
import { allocationProblems, ownSeatsProblems, seatsOf, type AllocationUse } from './regional-invariants';
import { generateScenario, provinceInstansi, type InstansiSpec, type Scenario } from './scenario';
import { demoPlan, openProgramme, PROGRAMME_DAYS, registerInstansi, type DemoPlan } from './stage-programme';
import { openProposals, proposeRegionalProgramme, type RegionalTerms } from './stage-regional';
import { programmeContext, type DemoContext, type Stage } from './state';
import type { DemoReport } from './summary';

/*
 * `--scale national` (issue 19): ten times the 2019 programme, 15,000 participants in 500 cohorts, as the national
 * programme and nine Kanreg programmes running at the same time, each played by a context of its own through the
 * same stages (programme-stages.ts), every stage by all contexts at once on one shared calendar (SharedCalendar).
 *
 * All on the 2019 calendar: the national programme is the 2019 programme on its own dates, and each Kanreg
 * programme is a regional programme (proposed by the Kanreg, paid by its province) with the 2019 cohort table.
 * No rule refuses a regional programme in 2019, and 2019 has holiday data; a 2027 run would need a 2027 national
 * plan instead of the 2019 table (the reference route creates 2019's), and the Perban BKN 7/2020 steps (decree
 * teams, briefings, test plans) the 2019 cohorts do not have, which the 1x run shows on its regional programme.
 */

/** A national run's shape: Kanreg programmes beside the national one, each the 2019 table (full) or two cohorts of 8. */
export interface NationalSize {
  kanregProgrammes: number;
  scale: 'full' | 'small';
  /** Kabupaten/kota proposing beside each Kanreg programme's province. */
  districts: number;
}

/** Ten times the 2019 programme: the national programme and nine Kanreg programmes of 50 cohorts of 30. */
export const NATIONAL: NationalSize = { kanregProgrammes: 9, scale: 'full', districts: 39 };

/** One province per Kanreg, each of a different Kanreg (I to IX): its government initiates and pays. */
const KANREG_PROVINCES = ['33', '35', '32', '73', '31', '12', '16', '63', '94'];

/** A Kanreg programme of the national run: its Kanreg, instansi (its province first) and people. */
export interface KanregProgramme {
  kanreg: string;
  instansi: InstansiSpec[];
  cohortPlan: readonly PlannedCohort[];
  scenario: Scenario;
}

export interface NationalPlan {
  national: { plan: DemoPlan; scenario: Scenario };
  kanreg: KanregProgramme[];
}

/**
 * The programmes of a national run, from the seed: the national programme with the 2019 plan and people, and the
 * Kanreg programmes, each with the same cohort table, the instansi of its province, and NIPs of a sequence
 * number of their own (so no NIP is two programmes').
 */
export function nationalPlan(size: NationalSize, seed = 2019): NationalPlan {
  if (size.kanregProgrammes > KANREG_PROVINCES.length)
    throw new Error(`at most ${KANREG_PROVINCES.length} Kanreg programmes`);
  const plan = demoPlan(size.scale);
  const { cohortPlan } = plan.draft;
  const kanreg = KANREG_PROVINCES.slice(0, size.kanregProgrammes).map((province, i): KanregProgramme => {
    const instansi = provinceInstansi(province, size.districts);
    return {
      kanreg: instansi[0]!.kanreg!,
      instansi,
      cohortPlan,
      scenario: generateScenario(cohortPlan, DEMO_START, seed + i + 1, {
        instansi,
        firstNip: 0,
        serial: i + 2,
      }),
    };
  });
  return { national: { plan, scenario: generateScenario(cohortPlan, DEMO_START, seed) }, kanreg };
}

/** A Kanreg programme of 2019: proposed and approved the day BKN prepares its own, with the same window. */
function terms2019(programme: KanregProgramme, plan: DemoPlan, index: number): RegionalTerms {
  const dates = programme.cohortPlan.flatMap((c) => [c.startDate, c.endDate]).sort();
  return {
    year: 2019,
    days: { proposed: DEMO_START, coordination: DEMO_START, approval: DEMO_START, proposals: DEMO_START },
    window: {
      opensAt: plan.draft.proposalWindow.opensAt.toISOString(),
      closesAt: plan.draft.proposalWindow.closesAt.toISOString(),
    },
    agreement: {
      reference: `800/${index + 1}/BKD/2019`,
      agreedOn: '2019-03-20',
      scheduleFrom: dates[0]!,
      scheduleUntil: dates.at(-1)!,
    },
    testSite: {
      name: `Aula Kantor Regional ${programme.kanreg} BKN`,
      address: `Kantor Regional ${programme.kanreg} BKN`,
    },
  };
}

export interface NationalOptions {
  size: NationalSize;
  concurrency: number;
  seed: number;
  log: (line: string) => void;
  progressEveryMs?: number;
  meter?: Meter;
  /** Filled as each stage ends (StageRunner). */
  timings?: StageTiming[];
}

/**
 * Plays the national run on a running local stack whose calendar is on the 2019 programme's first day: every
 * programme opened (BKN's, and each Kanreg's proposed and approved), then each stage by every programme at once,
 * the national programme's holders after; then each programme's invariants and those across them.
 */
export async function runNational(stack: LocalStack, options: NationalOptions): Promise<DemoReport> {
  const { concurrency, log } = options;
  const planned = nationalPlan(options.size, options.seed);
  const client = new HttpClient(stack.baseUrl, concurrency);
  const actors = new Actors(stack.authority, client);
  try {
    const today = await clockToday({ actors });
    if (today !== DEMO_START)
      throw new Error(`the national run starts on ${DEMO_START}; the stack's calendar is on ${today}`);
    const admin = await actors.admin();
    const calendar = new SharedCalendar(today, async (date: IsoDate) => {
      await admin('PUT', CLOCK_PATH, { date });
    });
    // EventBridge fires a job once a day, for every programme.
    const shared: LocalStack = {
      ...stack,
      fireSchedule: (name) => calendar.fireOnce(name, () => stack.fireSchedule(name)),
    };
    const national = programmeContext(
      {
        stack: shared,
        actors,
        concurrency,
        log,
        today,
        problems: [],
        mailSince: Math.floor(Date.now() / 1000),
      },
      planned.national.scenario,
    );
    const kanreg = planned.kanreg.map((k) => ({ programme: k, ctx: programmeContext(national, k.scenario) }));
    const all = [national, ...kanreg.map((k) => k.ctx)];
    const proposers = ['BKN', ...kanreg.map((k) => `Kanreg ${k.programme.kanreg}`)];
    const participants = () => all.reduce((n, c) => n + c.participants.size, 0);
    const cohorts = all.length * planned.national.plan.draft.cohortPlan.length;
    const candidates = all.reduce((n, c) => n + c.scenario.candidates.length, 0);
    log(
      `Demo nasional: ${all.length} program (BKN dan ${kanreg.length} Kanreg) bersamaan, ${cohorts} angkatan, ` +
        `${candidates} calon, ${concurrency} permintaan bersamaan, kalender mulai ${today}.`,
    );
    const open: Stage = async (ctx, progress) => {
      if (ctx === national) return openProgramme(ctx, planned.national.plan, progress);
      const i = kanreg.findIndex((k) => k.ctx === ctx);
      const { programme } = kanreg[i]!;
      await registerInstansi(ctx, programme.instansi, progress);
      await proposeRegionalProgramme(ctx, programme, terms2019(programme, planned.national.plan, i));
      await openProposals(ctx, PROGRAMME_DAYS.proposals);
    };
    const stages = new StageRunner(client, log, {
      intervalMs: options.progressEveryMs,
      meter: options.meter,
      cpu: () => cpuSeconds(stack.dynamodbPid()),
      timings: options.timings,
      settle: () => settled(stack),
    });
    const played: [string, Stage, DemoContext[]][] = [
      ['BKN membuka program, Kanreg mengusulkan program daerah', open, all],
      ...PROGRAMME_STAGES.map(([title, stage]): [string, Stage, DemoContext[]] => [title, stage, all]),
      ...HOLDER_STAGES.map(([title, stage]): [string, Stage, DemoContext[]] => [
        `${title} (program BKN)`,
        stage,
        [national],
      ]),
    ];
    const started = performance.now();
    for (const [i, [title, stage, contexts]] of played.entries())
      await stages.run(`${i + 1} ${title}`, (p) => {
        const parts = p.split(contexts.length);
        return calendar.together(contexts, (c) => stage(c, parts[contexts.indexOf(c)]!));
      });
    const across = new AcrossProgrammes();
    const verified = await stages.run(`${played.length + 1} pemeriksaan invarian`, async (p) => {
      const each = [];
      for (const ctx of all) each.push(await verifyInvariants(ctx, p, across));
      return {
        each,
        across: [...(await across.results(national)), ...(await acrossChecks(national, kanreg))],
      };
    });
    const invariants: InvariantResult[] = [
      ...verified.each.flatMap((v, i) =>
        v.invariants.map((r) => ({
          ...r,
          name: `${proposers[i]}: ${r.name}`,
        })),
      ),
      ...verified.across,
    ];
    return {
      programId: national.programId,
      scale: 'national',
      totalSeconds: (performance.now() - started) / 1000,
      timings: stages.timings,
      counts: national.counts,
      cohorts: verified.each[0]!.cohorts,
      certificates: sumCertificates(verified.each.map((v) => v.certificates)),
      invariants,
      monev: national.monevReport,
      reissued: national.reissued.length,
      programmes: all.map((ctx, i) => ({
        programId: ctx.programId,
        proposedBy: proposers[i]!,
        cohorts: ctx.cohorts.length,
        participants: ctx.participants.size,
        certified: Object.values(verified.each[i]!.certificates.competency).reduce((a, b) => a + b, 0),
      })),
      ok: invariants.every((r) => r.ok),
      participants: participants(),
      routes: [...client.latency]
        .map(([route, { count, ms }]) => ({ route, count, totalSeconds: ms / 1000, meanMs: ms / count }))
        .sort((a, b) => b.totalSeconds - a.totalSeconds),
      recheck: () => Promise.reject(new Error('a national run is not re-checked')),
    };
  } finally {
    client.close();
  }
}

/**
 * What holds across the programmes: no NIP proposed in two, every cohort holding only its own programme's
 * participants, and each Kanreg within the allocation BKN gave it.
 */
async function acrossChecks(
  national: DemoContext,
  kanreg: readonly { ctx: DemoContext }[],
): Promise<InvariantResult[]> {
  const all = [national, ...kanreg.map((k) => k.ctx)];
  const checker = new Checker();
  checker.check(
    'across programmes: no NIP proposed in two programmes',
    nipProblems(all.map((c) => c.scenario)),
  );
  checker.check(
    'across programmes: each cohort holds only its own programme’s participants, within capacity',
    ownSeatsProblems(await Promise.all(all.map((c) => seatsOf(national, c)))),
  );
  const admin = await national.actors.admin();
  const allocations: AllocationUse[] = [];
  for (const { ctx } of kanreg)
    allocations.push(
      ...((await admin('GET', `/programs/${ctx.programId}/allocations`)).body.items as AllocationUse[]),
    );
  checker.check(
    'across programmes: each Kanreg proposed and determined within its allocation',
    allocationProblems(allocations),
  );
  return checker.results;
}

/** NIPs proposed in more than one programme's scenario. */
export function nipProblems(scenarios: readonly Scenario[]): string[] {
  const seen = new Map<string, number>();
  const problems: string[] = [];
  scenarios.forEach((s, i) => {
    for (const { nip } of s.candidates) {
      const first = seen.get(nip);
      if (first !== undefined && first !== i) problems.push(`${nip} in programmes ${first + 1} and ${i + 1}`);
      else seen.set(nip, i);
    }
  });
  return problems;
}

function sumCertificates(counts: readonly CertificateCounts[]): CertificateCounts {
  const sum: CertificateCounts = { competency: {}, training: 0, revoked: 0, reinstated: 0 };
  for (const c of counts) {
    for (const [token, n] of Object.entries(c.competency))
      sum.competency[token] = (sum.competency[token] ?? 0) + n;
    sum.training += c.training;
    sum.revoked += c.revoked;
    sum.reinstated += c.reinstated;
  }
  return sum;
}
