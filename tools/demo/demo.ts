import type { QueueName } from '../../infra/resource-model';
import { cpuSeconds } from './cpu';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../local/local-stack';
import type { Meter } from '../local/metering';
import { Actors } from './actors';
import { HttpClient } from './http';
import { Progress, StageRunner, type StageTiming } from './progress';
import { settled, workQueueDepths } from './queues';
import { generateScenario } from './scenario';
import { clockToday, DEMO_START } from './calendar';
import { awaitCertificates } from './stage-certificates';
import { playCohorts } from './stage-cohorts';
import { HOLDER_STAGES, on, PROGRAMME_STAGES } from './programme-stages';
import { NATIONAL, runNational, type NationalSize } from './national';
import { awaitPlacement, setParticipants } from './stage-participants';
import { demoPlan, openProgramme, registerInstansi, type DemoScale } from './stage-programme';
import { proposeCandidates } from './stage-proposals';
import { eligibilitySession } from './stage-screening';
import { playStructural } from './stage-structural';
import { inRegional, openRegionalProgramme, regionalPlan, REGIONAL_DAYS } from './stage-regional';
import { verifyRegionalInvariants } from './regional-invariants';
import { verifyStructuralInvariants } from './structural-invariants';
import { structuralInstansi } from './structural-scenario';
import { Checker, verifyInvariants as verifyProgramme, type Verification } from './invariants';
import type { DemoContext, Stage } from './state';
import { regionalSummary, type DemoReport } from './summary';
import type { StructuralSummary } from './structural-invariants';

/**
 * Stops the stack between two stages and goes on with it started again on the same data, as an operator's
 * Ctrl-C and `npm start` would: what the queues held must still be delivered, once in effect.
 */
export interface DemoRestarts {
  /**
   * Numbers of the stages after which the stack is stopped, e.g. `'4'` (participants set: their placements
   * just queued) or `'6'` (the cohorts played: the certificates queued, when their worker was held back).
   */
  after: readonly string[];
  /** Stops the running stack and starts it again on its data, with the same token key (`RestartableStack`). */
  restart: (after: string) => Promise<LocalStack>;
  /** Runs on the stack about to stop, the actors idle: e.g. a test holding messages as a worker that died would. */
  beforeStop?: (stack: LocalStack, after: string) => Promise<void>;
}

export interface DemoOptions {
  /**
   * `full`: the 2019 programme (1500 participants, 50 cohorts); `small`: two cohorts of 8; `national`: ten times
   * the 2019 programme, as the national programme and nine Kanreg programmes at the same time (national.ts), or
   * a national run of another size (a test's).
   */
  scale?: DemoScale | 'national' | NationalSize;
  /** Requests in flight at most. */
  concurrency?: number;
  seed?: number;
  log?: (line: string) => void;
  /** Progress lines every this many milliseconds. */
  progressEveryMs?: number;
  restarts?: DemoRestarts;
  /**
   * What is played: the 2019 programme, the structural-position assessment of Perka BKN 11/2008 on its 2025 and
   * 2027 days, then a regional programme a Kanreg proposes for a province that pays for it (2027, under Perban
   * BKN 7/2020); all by default. The structural and regional scenarios each register their own instansi.
   */
  scenarios?: readonly DemoScenario[];
  /** The meter the stack was started with: each stage's AWS usage is then reported (tools/local/metering.ts). */
  meter?: Meter;
  /**
   * Filled with each stage's timing and usage as the stage ends, so a run that stops early still has what it
   * measured (main.ts writes it with `--usage-out`).
   */
  timings?: StageTiming[];
}

export type DemoScenario = 'programme' | 'structural' | 'regional';

const SCENARIO_TITLES: Record<DemoScenario, string> = {
  programme: 'program 2019',
  structural: 'penilaian kompetensi jabatan struktural',
  regional: 'program daerah',
};

/** One stop and start of the stack during the run. */
export interface RestartRecord {
  after: string;
  /** Messages on each work queue (waiting, in a worker's hands or delayed) the moment the stack was stopped. */
  inFlight: Record<QueueName, number>;
  /** From stopping the stack to the restarted one serving. */
  seconds: number;
  baseUrl: string;
}

export interface DemoRun extends DemoReport {
  restarts: RestartRecord[];
}

const numberOf = (stageName: string) => stageName.split(' ')[0]!;

/**
 * Plays a programme, then the structural scenario, on a running local stack through the public API and the queues,
 * as its actors would, stage by stage with wall times, then reads them back and checks the invariants.
 */
export async function runDemo(stack: LocalStack, options: DemoOptions = {}): Promise<DemoRun> {
  const concurrency = options.concurrency ?? 24;
  const log = options.log ?? ((line: string) => console.log(line));
  if (options.scale === 'national' || typeof options.scale === 'object') {
    if (options.restarts || options.scenarios)
      throw new Error('the national run plays its programmes only, without restarts');
    const size = options.scale === 'national' ? NATIONAL : options.scale;
    const report = await runNational(stack, {
      ...options,
      size,
      concurrency,
      seed: options.seed ?? 2019,
      log,
    });
    return { ...report, restarts: [] };
  }
  const scale = options.scale ?? 'full';
  const plan = demoPlan(scale);
  const scenario = generateScenario(plan.draft.cohortPlan, DEMO_START, options.seed);
  const client = new HttpClient(stack.baseUrl, concurrency);
  const actors = new Actors(stack.authority, client);
  const scenarios = new Set<DemoScenario>(options.scenarios ?? ['programme', 'structural', 'regional']);
  const regionalPlanned = regionalPlan(scale);
  const today = await clockToday({ actors });
  if (scenarios.has('programme') && today !== DEMO_START)
    throw new Error(
      `the demo plays the 2019 programme from ${DEMO_START}; the stack's calendar is on ${today} (start it with calendarStart ${DEMO_START})`,
    );
  const ctx: DemoContext = {
    stack,
    scenario,
    actors,
    concurrency,
    log,
    today,
    programId: '',
    cohorts: [],
    participants: new Map(),
    teams: new Map(),
    counts: {},
    revoked: [],
    reinstated: [],
    problems: [],
    monevAnswers: [],
    // Whole seconds, as the local SES mailbox filters by: another stack of this process mailed before this run.
    mailSince: Math.floor(Date.now() / 1000),
    reissued: [],
    monevReport: [],
  };
  const titled: (readonly [string, Stage])[] = [
    ...(scenarios.has('programme')
      ? ([
          ['BKN membuka program', (c, p) => openProgramme(c, plan, p)],
          ...PROGRAMME_STAGES,
          ...HOLDER_STAGES,
        ] satisfies (readonly [string, Stage])[])
      : []),
    ...(scenarios.has('structural') && !scenarios.has('programme')
      ? ([
          [
            'BKN mendaftarkan instansi',
            (c, p) => registerInstansi(c, structuralInstansi(c.scenario.instansi), p),
          ],
        ] satisfies [string, Stage][])
      : []),
    ...(scenarios.has('structural')
      ? ([['penilaian jabatan struktural 2025-2027', playStructural]] satisfies [string, Stage][])
      : []),
    ...(scenarios.has('regional')
      ? ([
          ['program daerah diusulkan Kanreg (APBD)', (c, p) => openRegionalProgramme(c, regionalPlanned, p)],
          ['usulan calon program daerah', inRegional(proposeCandidates)],
          [
            'sidang penetapan calon program daerah',
            inRegional(on(REGIONAL_DAYS.screening, eligibilitySession)),
          ],
          [
            'pra-uji dan penempatan program daerah',
            inRegional(async (c, p) => {
              await on(REGIONAL_DAYS.setting, setParticipants)(c, p);
              await awaitPlacement(c, p);
            }),
          ],
          ['angkatan program daerah hari demi hari', inRegional(playCohorts)],
          ['sertifikat program daerah (antrean)', inRegional(awaitCertificates)],
        ] satisfies [string, Stage][])
      : []),
  ];
  const played = titled.map(([title, stage], i): [string, Stage] => [`${i + 1} ${title}`, stage]);
  const restartAfter = new Set(options.restarts?.after ?? []);
  const unknown = [...restartAfter].filter((n) => !played.some(([name]) => numberOf(name) === n));
  if (unknown.length)
    throw new Error(`no stage ${unknown.join(', ')} to restart the stack after (1 to ${played.length})`);
  // The stack of the moment: a restart between stages starts a new DynamoDB Local.
  const stages = new StageRunner(client, log, {
    intervalMs: options.progressEveryMs,
    meter: options.meter,
    cpu: () => cpuSeconds(ctx.stack.dynamodbPid()),
    timings: options.timings,
    // A restart is to meet work in flight; otherwise each stage's usage holds the work it set off.
    ...(restartAfter.size === 0 && { settle: () => settled(ctx.stack) }),
  });
  const restarts: RestartRecord[] = [];
  log(
    scenarios.has('programme')
      ? `Demo ${scale}: ${scenario.instansi.length} instansi, ${scenario.candidates.length} calon, ` +
          `${plan.draft.cohortPlan.length} angkatan, ${concurrency} permintaan bersamaan, kalender mulai ${today}.`
      : `Demo ${[...scenarios].map((s) => SCENARIO_TITLES[s]).join(' dan ')} saja, ${concurrency} permintaan bersamaan, kalender mulai ${today}.`,
  );
  const started = performance.now();
  try {
    for (const [name, stage] of played) {
      await stages.run(name, (p) => stage(ctx, p));
      const after = numberOf(name);
      if (!restartAfter.has(after)) continue;
      restarts.push(
        await stages.run(`↻ stack berhenti dan menyala lagi (${after})`, () =>
          restartBetweenStages(ctx, client, options.restarts!, after),
        ),
      );
    }
    const verification = await stages.run(`${played.length + 1} pemeriksaan invarian`, (p) =>
      verifyScenarios(ctx, scenarios, p),
    );
    return {
      programId: ctx.programId,
      scale,
      totalSeconds: (performance.now() - started) / 1000,
      timings: stages.timings,
      counts: ctx.counts,
      cohorts: verification.cohorts,
      certificates: verification.certificates,
      invariants: verification.invariants,
      monev: ctx.monevReport,
      reissued: ctx.reissued.length,
      structural: verification.structural,
      ...(ctx.regional && { regional: regionalSummary(ctx.regional) }),
      ok: verification.invariants.every((i) => i.ok),
      participants: ctx.participants.size,
      routes: [...client.latency]
        .map(([route, { count, ms }]) => ({ route, count, totalSeconds: ms / 1000, meanMs: ms / count }))
        .sort((a, b) => b.totalSeconds - a.totalSeconds),
      restarts,
      recheck: async () => {
        const fresh = new HttpClient(ctx.stack.baseUrl, concurrency);
        try {
          const again = { ...ctx, actors: new Actors(ctx.stack.authority, fresh) };
          return (await verifyScenarios(again, scenarios, new Progress(0, ''))).invariants;
        } finally {
          fresh.close();
        }
      },
    };
  } finally {
    client.close();
  }
}

/**
 * The invariants of the scenarios played: the programme's, the structural scenario's, then the regional
 * programme's. When the programme is not played, the answers the others did not expect are checked here instead
 * of with its invariants.
 */
async function verifyScenarios(
  ctx: DemoContext,
  scenarios: ReadonlySet<DemoScenario>,
  progress: Progress,
): Promise<Verification & { structural?: StructuralSummary }> {
  const programme: Verification = scenarios.has('programme')
    ? await verifyProgramme(ctx, progress)
    : {
        invariants: [],
        cohorts: [],
        certificates: { competency: {}, training: 0, revoked: 0, reinstated: 0 },
      };
  const structural = scenarios.has('structural') ? await verifyStructuralInvariants(ctx) : undefined;
  const regional = scenarios.has('regional') ? await verifyRegionalInvariants(ctx) : [];
  const answers = new Checker();
  if (!scenarios.has('programme')) answers.check('every answer as the scenario expected', ctx.problems);
  return {
    ...programme,
    invariants: [...programme.invariants, ...regional, ...(structural?.invariants ?? []), ...answers.results],
    ...(structural && { structural: structural.summary }),
  };
}

/**
 * Stops the stack while the queues may still hold work, starts it again on the same data, and points the actors
 * at it. Their tokens are kept (the restarted stack must sign with the same key), and so are the events the
 * stopped stack's bus had received: the local bus keeps its file but starts with nothing in memory.
 */
async function restartBetweenStages(
  ctx: DemoContext,
  client: HttpClient,
  restarts: DemoRestarts,
  after: string,
): Promise<RestartRecord> {
  const started = performance.now();
  const stopping = ctx.stack;
  await restarts.beforeStop?.(stopping, after);
  const inFlight = await workQueueDepths(stopping);
  const queued = Object.entries(inFlight)
    .filter(([, n]) => n > 0)
    .map(([q, n]) => `${q} ${n}`);
  ctx.log(
    `  stack berhenti setelah tahap ${after}; pesan dalam antrean: ${queued.join(', ') || 'tidak ada'}`,
  );
  const restarted = await restarts.restart(after);
  const probe = await stopping.authority.mint({ role: 'admin-bkn' });
  if (!(await restarted.authority.verify(`Bearer ${probe}`)).ok)
    throw new Error(
      'the restarted stack refuses the tokens of the stopped one: start it with the same keyFile',
    );
  client.retarget(restarted.baseUrl);
  // Read when asked: the stopped stack's workers finish the batches in their hands, and announce them, as it stops.
  ctx.stack = { ...restarted, events: () => [...stopping.events(), ...restarted.events()] };
  const seconds = (performance.now() - started) / 1000;
  ctx.log(`  stack menyala lagi di ${restarted.baseUrl}, data dan token yang sama`);
  return { after, inFlight, seconds, baseUrl: restarted.baseUrl };
}

/**
 * A local stack that can be stopped and started again in this process on the same data: DynamoDB Local's and
 * fauxqs's files in `dataDir`, the same resource prefix, and the same token key, so issued tokens stay valid.
 */
export class RestartableStack {
  private running?: LocalStack;
  private closed = false;

  constructor(private readonly options: LocalStackOptions) {}

  get current(): LocalStack {
    if (!this.running) throw new Error('the local stack is not running');
    return this.running;
  }

  /** Starts the stack; `overrides` apply to this start only (e.g. `workers: false` to let work queue up). */
  async start(overrides: Partial<LocalStackOptions> = {}): Promise<LocalStack> {
    if (this.closed) throw new Error('the local stack was closed');
    if (this.running) throw new Error('the local stack is already running');
    const started = await startLocalStack({ ...this.options, ...overrides });
    if (this.closed) {
      // Closed while it started (a test's teardown during a restart): stopped at once, so no emulator outlives it.
      await started.stop();
      throw new Error('the local stack was closed while it started');
    }
    this.running = started;
    return started;
  }

  /** Stops the stack for good: a start under way stops as soon as it is up, and no later start runs. */
  async close(): Promise<void> {
    this.closed = true;
    await this.stop();
  }

  /** Stops the running stack, if any; stopping twice is harmless. */
  async stop(): Promise<void> {
    const stopping = this.running;
    this.running = undefined;
    await stopping?.stop();
  }

  /** Stops the stack and starts it again; `whileStopped` runs in between (e.g. to look at the data files). */
  async restart(
    whileStopped?: () => void | Promise<void>,
    overrides: Partial<LocalStackOptions> = {},
  ): Promise<LocalStack> {
    const { dataDir, keyFile, endpoints } = this.options;
    if (!dataDir || !keyFile || endpoints)
      throw new Error(
        'a restart keeps the data only with its own emulators on a dataDir, and tokens with a keyFile',
      );
    await this.stop();
    await whileStopped?.();
    // The calendar resumes where it stood (saved in dataDir), not where the first start put it.
    return this.start({ calendarStart: undefined, ...overrides });
  }
}
