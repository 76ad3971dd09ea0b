import { existsSync, mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_START } from './calendar';
import { calibrate, type Calibration } from './calibration';
import { RestartableStack, runDemo } from './demo';
import type { DemoScale } from './stage-programme';
import type { StageTiming } from './progress';
import { formatSummary } from './summary';
import { usageRecord } from './usage';
import { NATIONAL } from './national';
import { Meter } from '../local/metering';

/**
 * `npm run demo`: the 2019 programme played through the public API and the queues on a fresh in-memory local
 * stack (DynamoDB Local, fauxqs, every handler and worker), with progress lines, a closing summary, and a
 * non-zero exit when an invariant breaks or an actor meets an answer it did not expect.
 *
 *   npm run demo -- [--scale full|small|national] [--concurrency 24] [--workers 2] [--seed 2019]
 *                   [--restart-after 4 ...] [--scenario all|programme|regional|structural] [--usage-out file.json]
 *                   [--kanreg-programmes 9]
 *
 * The 2019 programme is followed by the structural-position assessment of Perka BKN 11/2008 on its 2025 and 2027
 * days, then by a regional programme a Kanreg proposes for a province that pays for it (2027, Perban BKN 7/2020);
 * `--scenario` plays one of them alone. `--scale national` plays ten times the 2019 programme instead: the national
 * programme and nine Kanreg programmes at the same time (national.ts); `--kanreg-programmes` plays fewer beside it
 * (e.g. 1: twice the 2019 programme).
 *
 * `--usage-out` writes the run's AWS usage per stage, in all and its hot keys as JSON (usage.ts), for
 * `npm run usage-compare -- a.json b.json`.
 *
 * Two pollers per queue by default: the invitation and certificate registers are single counters that every
 * worker record contends for (pollers × the records of a batch, handled in parallel); with 6 pollers on a loaded
 * machine invitations ran out of retries and went to the DLQ.
 *
 * `--restart-after <stage>` (repeatable) stops the stack after that stage and starts it again on the same data,
 * kept for the run in a temporary folder: e.g. 4 (the placements just queued) or 6 (the cohorts played).
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'full' },
    concurrency: { type: 'string', default: '24' },
    workers: { type: 'string', default: '2' },
    seed: { type: 'string', default: '2019' },
    'restart-after': { type: 'string', multiple: true, default: [] },
    scenario: { type: 'string', default: 'all' },
    'usage-out': { type: 'string' },
    'kanreg-programmes': { type: 'string', default: String(NATIONAL.kanregProgrammes) },
  },
});
if (!['full', 'small', 'national'].includes(values.scale))
  throw new Error('--scale is full, small or national');
const national = values.scale === 'national';
if (national && (values.scenario !== 'all' || values['restart-after'].length))
  throw new Error('--scale national plays its programmes only: no --scenario, no --restart-after');
const SCENARIOS = {
  all: ['programme', 'structural', 'regional'],
  programme: ['programme'],
  regional: ['regional'],
  structural: ['structural'],
} as const;
if (!Object.hasOwn(SCENARIOS, values.scenario))
  throw new Error('--scenario is all, programme, regional or structural');

// The handlers' JSON logs would drown the progress lines: warnings and errors only, unless asked otherwise.
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

const restartAfter = values['restart-after'];
const dataDir = restartAfter.length ? mkdtempSync(join(tmpdir(), 'sertifikasi-demo-')) : undefined;
// The documents the run stores (letters, certificates: some 100 KB each) as files, not in this process's memory;
// in tmpfs (/dev/shm) where it has room, since creating and removing tens of thousands of small files there costs
// a fraction of a disk's: measured at 1x, stage 2's uploads 30 s faster and the clean-up at exit 36 s shorter than
// on ext4. The 1x stores some 0.7 GB, the national run ten times that; tmpfs holds them in memory.
const TMPFS = '/dev/shm';
const OBJECTS_ROOM = 8 * 2 ** 30;
const tmpfsFree = () => {
  const { bavail, bsize } = statfsSync(TMPFS);
  return bavail * bsize;
};
const objectsRoot = existsSync(TMPFS) && tmpfsFree() >= OBJECTS_ROOM ? TMPFS : tmpdir();
const objectsDir = mkdtempSync(join(objectsRoot, 'sertifikasi-demo-objects-'));
// Every function's AWS usage is counted (tools/local/metering.ts) and reported per stage in the summary.
const meter = new Meter();
const stack = new RestartableStack({
  prefix: 'demo',
  meter,
  // The 2019 programme on its own dates: the demo moves the calendar forward as its days come, and fires the
  // jobs EventBridge would fire on them.
  calendarStart: { date: DEMO_START },
  schedules: false,
  workerConcurrency: Number(values.workers),
  ...(dataDir && { dataDir, keyFile: join(dataDir, 'auth', 'signing-key.json') }),
  objectsDir,
});

/** This process's peak resident memory: the API, the workers and the in-process emulators (not DynamoDB Local). */
const peakRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

const started = performance.now();
// Each stage's measurements as it ends: written with `--usage-out` even when the run stops early.
const timings: StageTiming[] = [];
let calibration: Calibration | undefined;
try {
  await stack.start();
  console.log(
    `Stack lokal ${stack.current.baseUrl} siap dalam ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  // The machine's figure this run's wall times are read against (docs/BENCHMARKS.md).
  calibration = await calibrate(stack.current.clients.dynamodb);
  console.log(
    `Kalibrasi: DynamoDB Local menerima ${calibration.putItemsPerSecond} PutItem/s ` +
      `(${calibration.items} item ${calibration.itemBytes} bita, ${calibration.concurrency} bersamaan).`,
  );
  const report = await runDemo(stack.current, {
    scale: national
      ? { ...NATIONAL, kanregProgrammes: Number(values['kanreg-programmes']) }
      : (values.scale as DemoScale),
    concurrency: Number(values.concurrency),
    seed: Number(values.seed),
    ...(!national && { scenarios: SCENARIOS[values.scenario as keyof typeof SCENARIOS] }),
    restarts: dataDir ? { after: restartAfter, restart: () => stack.restart() } : undefined,
    meter,
    timings,
  });
  for (const line of formatSummary(report)) console.log(line);
  if (values['usage-out']) {
    const record = {
      scale: values.scale,
      seed: Number(values.seed),
      totalSeconds: report.totalSeconds,
      calibration,
      peakRssMiB: peakRssMiB(),
      certified: Object.values(report.certificates.competency).reduce((a, b) => a + b, 0),
      // The national run lists its programmes; the 1x plays BKN's and, with the regional scenario, one Kanreg's.
      programmes: report.programmes?.length ?? (report.regional ? 2 : 1),
      ...usageRecord(report.timings, report.participants),
    };
    writeFileSync(values['usage-out'], `${JSON.stringify(record, null, 2)}\n`);
    console.log(`Pemakaian AWS ditulis ke ${values['usage-out']}.`);
  }
  for (const r of report.restarts) {
    const queued = Object.values(r.inFlight).reduce((a, b) => a + b, 0);
    console.log(
      `Stack dihentikan setelah tahap ${r.after} dengan ${queued} pesan dalam antrean; menyala lagi dalam ${r.seconds.toFixed(1)} s.`,
    );
  }
  console.log(
    `Waktu total proses, termasuk menyalakan stack: ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `memori puncak proses ini ${peakRssMiB()} MiB.`,
  );
  process.exitCode = report.ok ? 0 : 1;
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error('\nDemo berhenti:', message);
  if (values['usage-out'] && timings.some((t) => t.usage)) {
    // The stages played are kept for reading (usage per stage, hot keys); without a participant count the file
    // is not compared (usage-compare refuses it).
    const record = {
      scale: values.scale,
      seed: Number(values.seed),
      stoppedEarly: message,
      calibration,
      ...usageRecord(timings, 0),
    };
    writeFileSync(values['usage-out'], `${JSON.stringify(record, null, 2)}\n`);
    console.log(
      `Pemakaian AWS dari ${timings.length} tahap yang dimainkan ditulis ke ${values['usage-out']}.`,
    );
  }
  process.exitCode = 2;
} finally {
  await stack.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  rmSync(objectsDir, { recursive: true, force: true });
}
