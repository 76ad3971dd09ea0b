import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { MAX_CANDIDATES_PER_PROPOSAL } from '../../domain/proposal/limits';
import { startLocalStack } from '../local/local-stack';
import { processesMatching } from '../local/processes';
import type { LoadFixture, Operator } from './load-fixture';

/**
 * Throughput and latency of the API under load, on the local stack (every route served by its Lambda handler,
 * DynamoDB Local behind), driven over HTTP by autocannon from a process of its own, as a client would:
 *
 *  - proposal submission, as instansi operators do it: a candidate PUT into the operator's draft proposal (a new
 *    NIP every request, at most 40 per proposal, each proposal edited by one operator at a time), the submission
 *    of a complete proposal (two candidates with every document and the letter: screening and the all-or-nothing
 *    write), and the GET of a submitted proposal;
 *  - public certificate verification over issued certificates: the JSON answer and the HTML page a QR code opens.
 *
 * Each scenario runs an unmeasured warm-up first (DynamoDB Local is a JVM, and V8 compiles the handlers' hot
 * paths), then the measured run. Submissions are bounded by the proposals prepared (LOAD_SUBMISSIONS), not by
 * time: each proposal is submitted once. Prints figures; asserts nothing. On a small machine the API, the load
 * generator and DynamoDB Local compete for the same cores: the figures are those of this machine, not of Lambda.
 */
const connections = Number(process.env.LOAD_CONNECTIONS ?? 16);
const seconds = Number(process.env.LOAD_SECONDS ?? 10);
const warmupSeconds = Number(process.env.LOAD_WARMUP_SECONDS ?? 3);
const instansi = Number(process.env.LOAD_INSTANSI ?? 630);
const submissions = Number(process.env.LOAD_SUBMISSIONS ?? 400);
const certificates = Number(process.env.LOAD_CERTIFICATES ?? 500);

interface Plan {
  baseUrl: string;
  fixture: LoadFixture;
}

interface Figures {
  name: string;
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  notes: string[];
  /** Filled in by the benchmark's process, which can see the others. */
  cpu?: Cpu;
}

/**
 * CPU over a measured run, in percent of one core: the API's process (handlers, queue pollers), DynamoDB Local,
 * the load generator; and how busy all the machine's cores were, whatever ran on them.
 */
interface Cpu {
  api: number;
  dynamodb: number;
  generator: number;
  machine: number;
}

type Message = { type: 'begin' } | { type: 'end'; figures: Figures };

// ---- the load generator (a child process) --------------------------------------------------------------

interface Scenario {
  name: string;
  request: autocannon.Request;
  /** Requests of the measured run instead of a duration, and of the warm-up; for requests that use up data. */
  amounts?: () => { warmup: number; measured: number };
  notes?: () => string[];
}

/**
 * Submissions of the warm-up and of the measured run. autocannon prepares each connection's next request before
 * it knows the run is over, so up to `connections` proposals are passed over at the end of each run.
 */
function submitAmounts(proposals: number) {
  const warmup = Math.max(connections, Math.floor(proposals / 10));
  return { warmup, measured: proposals - warmup - 2 * connections };
}

/** A request that takes the next item of `items` each time, from the first again after the last. */
function roundRobin<T>(items: readonly T[], build: (item: T) => autocannon.Request): autocannon.Request {
  let next = 0;
  return { setupRequest: (request) => ({ ...request, ...build(items[next++ % items.length]!) }) };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function scenarios({
  programId,
  editing,
  submitting,
  certificates: numbers,
  firstFreeNip,
}: LoadFixture) {
  const { candidateBody, nipOf } = await import('./load-fixture');
  const proposal = (code: string) => `/programs/${programId}/proposals/${code}`;

  // The k-th PUT goes to proposal (k mod W) of the current block of W proposals, each taking 40 PUTs before the
  // next block: W is four times the connections, so no proposal has two requests in flight.
  const window = Math.min(editing.length, 4 * connections);
  let puts = 0;
  let putsPastPool = 0;
  const edited = new Set<number>();
  const putCandidate: autocannon.Request = {
    setupRequest: (request) => {
      const k = puts++;
      let p = Math.floor(k / (window * MAX_CANDIDATES_PER_PROPOSAL)) * window + (k % window);
      if (p >= editing.length) {
        putsPastPool++;
        p %= editing.length;
      }
      edited.add(p);
      const { code, token } = editing[p]!;
      const n = firstFreeNip + k;
      return {
        ...request,
        method: 'PUT',
        path: `${proposal(code)}/candidates/${nipOf(n)}`,
        headers: { ...bearer(token), 'content-type': 'application/json' },
        body: JSON.stringify(candidateBody(n)),
      };
    },
  };

  let submits = 0;
  const submit = roundRobin<Operator>(submitting, ({ code, token }) => {
    submits++;
    return { method: 'POST', path: `${proposal(code)}/submit`, headers: bearer(token) };
  });

  const list: Scenario[] = [
    {
      name: 'usulan: PUT calon ke usulan draf',
      request: putCandidate,
      notes: () => [
        `${puts} candidate PUTs (warm-up included) over ${edited.size} draft proposals`,
        ...(putsPastPool > 0
          ? [`${putsPastPool} PUTs found no proposal with room left (422 expected): raise LOAD_INSTANSI`]
          : []),
      ],
    },
    {
      name: 'usulan: POST submit (2 calon)',
      request: submit,
      amounts: () => submitAmounts(submitting.length),
      notes: () => [
        `bounded by the ${submitting.length} complete proposals: each submitted once${submits > submitting.length ? `; ${submits - submitting.length} re-submitted (answered as they stand)` : ''}`,
      ],
    },
    {
      name: 'usulan: GET usulan diajukan',
      request: roundRobin<Operator>(submitting, ({ code, token }) => ({
        method: 'GET',
        path: proposal(code),
        headers: bearer(token),
      })),
    },
    {
      name: 'verifikasi: GET /verification (JSON)',
      request: roundRobin(numbers, (n) => ({ method: 'GET', path: `/verification/${n}` })),
    },
    {
      name: 'verifikasi: GET /verifikasi (HTML)',
      request: roundRobin(numbers, (n) => ({ method: 'GET', path: `/verifikasi/${n}` })),
    },
  ];
  return list;
}

async function generate(plan: Plan, send: (message: Message) => void): Promise<void> {
  const fire = (request: autocannon.Request, bound: { amount: number } | { duration: number }) =>
    autocannon({ url: plan.baseUrl, connections, requests: [request], ...bound });
  for (const scenario of await scenarios(plan.fixture)) {
    const amounts = scenario.amounts?.();
    await fire(scenario.request, amounts ? { amount: amounts.warmup } : { duration: warmupSeconds });
    send({ type: 'begin' });
    const result = await fire(
      scenario.request,
      amounts ? { amount: amounts.measured } : { duration: seconds },
    );
    send({
      type: 'end',
      figures: {
        name: scenario.name,
        requests: result.requests.total,
        seconds: result.duration,
        p50: result.latency.p50,
        p99: result.latency.p99,
        statusCodes: Object.fromEntries(
          Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count ?? 0]),
        ),
        errors: result.errors,
        timeouts: result.timeouts,
        notes: scenario.notes?.() ?? [],
      },
    });
  }
}

// ---- the benchmark (the stack's process) ---------------------------------------------------------------

/** CPU seconds used so far by these processes (Linux /proc: utime + stime, in ticks of 10 ms). */
function cpuSeconds(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      // Fields after the command name, which is in parentheses: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process has ended
    }
  }
  return ticks / 100;
}

/** Total and idle time of all cores so far, to tell how busy the machine was. */
function coreTimes() {
  return cpus().reduce(
    (sum, { times }) => ({
      total: sum.total + times.user + times.nice + times.sys + times.idle + times.irq,
      idle: sum.idle + times.idle,
    }),
    { total: 0, idle: 0 },
  );
}

type Processes = Record<'api' | 'dynamodb' | 'generator', readonly number[]>;

interface Reading {
  at: number;
  used: Record<keyof Processes, number>;
  cores: ReturnType<typeof coreTimes>;
}

function reading(processes: Processes): Reading {
  return {
    at: performance.now(),
    used: Object.fromEntries(
      Object.entries(processes).map(([name, pids]) => [name, cpuSeconds(pids)]),
    ) as Reading['used'],
    cores: coreTimes(),
  };
}

/** Two readings as percentages of one core over the interval between them. */
function cpuBetween(from: Reading, to: Reading): Cpu {
  const seconds = (to.at - from.at) / 1000;
  const percent = (name: keyof Processes) => ((to.used[name] - from.used[name]) / seconds) * 100;
  return {
    api: percent('api'),
    dynamodb: percent('dynamodb'),
    generator: percent('generator'),
    machine: (1 - (to.cores.idle - from.cores.idle) / (to.cores.total - from.cores.total)) * 100,
  };
}

/** Runs the load generator in a process of its own and collects its figures, with the CPU used meanwhile. */
function runGenerator(plan: Plan, dynamodb: readonly number[]): Promise<Figures[]> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), { env: { ...process.env, LOAD_GENERATOR: '1' } });
    const processes: Processes = { api: [process.pid], dynamodb, generator: [child.pid!] };
    const figures: Figures[] = [];
    let begun = reading(processes);
    child.on('message', (message: Message) => {
      if (message.type === 'begin') begun = reading(processes);
      else figures.push({ ...message.figures, cpu: cpuBetween(begun, reading(processes)) });
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(figures) : reject(new Error(`load generator exited with ${code}`)),
    );
    child.send(plan);
  });
}

function report(figures: Figures[]): void {
  const columns = [
    'req/s',
    'p50 ms',
    'p99 ms',
    'requests',
    'non-2xx',
    '5xx',
    'errors',
    'API',
    'DynamoDB',
    'generator',
    'machine',
  ];
  const width = Math.max(...figures.map((f) => f.name.length));
  console.log(`${'scenario'.padEnd(width)}  ${columns.map((c) => c.padStart(9)).join(' ')}`);
  for (const f of figures) {
    const count = (test: (status: number) => boolean) =>
      Object.entries(f.statusCodes).reduce((sum, [code, n]) => sum + (test(Number(code)) ? n : 0), 0);
    const cells = [
      (f.requests / f.seconds).toFixed(0),
      f.p50.toFixed(0),
      f.p99.toFixed(0),
      String(f.requests),
      String(count((s) => s < 200 || s > 299)),
      String(count((s) => s >= 500)),
      String(f.errors + f.timeouts),
      ...[f.cpu!.api, f.cpu!.dynamodb, f.cpu!.generator, f.cpu!.machine].map((p) => `${p.toFixed(0)}%`),
    ];
    console.log(`${f.name.padEnd(width)}  ${cells.map((c) => c.padStart(9)).join(' ')}`);
  }
  for (const f of figures) {
    const statuses = Object.entries(f.statusCodes)
      .map(([code, n]) => `${code}×${n}`)
      .join(', ');
    console.log(`- ${f.name}: ${[`${f.seconds.toFixed(1)} s`, `status ${statuses}`, ...f.notes].join('; ')}`);
  }
}

async function main(): Promise<void> {
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
  );
  console.log(
    `connections: ${connections}, measured ${seconds} s after ${warmupSeconds} s warm-up per scenario; ` +
      `${instansi} instansi, ${submissions} proposals to submit, ${certificates} certificates`,
  );
  if (submitAmounts(submissions).measured < connections)
    throw new Error(`LOAD_SUBMISSIONS must be at least ${4 * connections} for ${connections} connections`);
  // One log or metrics line per request would measure the terminal: in Lambda they leave asynchronously. Set
  // before the handlers' modules (and so their logger and metrics) are loaded.
  process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  const { prepareLoadFixture } = await import('./load-fixture');
  const stack = await startLocalStack({ prefix: 'bench-load', schedules: false });
  try {
    const t0 = performance.now();
    const fixture = await prepareLoadFixture(stack, {
      instansi,
      submissions,
      certificates,
      concurrency: connections,
    });
    console.log(`fixture ready in ${((performance.now() - t0) / 1000).toFixed(1)} s (not measured)\n`);
    const port = new URL(stack.endpoints.dynamodb).port;
    const dynamodb = processesMatching(`-port ${port}`);
    report(await runGenerator({ baseUrl: stack.baseUrl, fixture }, dynamodb));
    console.log(
      "\nCPU in % of one core: API = the stack's process (handlers, queue pollers), DynamoDB = DynamoDB Local," +
        ` generator = autocannon; machine = all ${cpus().length} cores busy, whatever ran on them.`,
    );
  } finally {
    await stack.stop();
  }
}

if (process.env.LOAD_GENERATOR) {
  // Gone with the benchmark's process, whichever ends first.
  process.once('disconnect', () => process.exit());
  process.once('message', (plan: Plan) => {
    generate(plan, (message) => process.send!(message)).then(
      () => process.disconnect(),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
} else {
  await main();
}
