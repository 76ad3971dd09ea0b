import { cpus, totalmem } from 'node:os';
import { listCohorts, takeSeat } from '../../adapters/dynamodb/seating-repository';
import type { Participant } from '../../events/api/participant';
import { startLocalStack, type LocalStack } from '../local/local-stack';
import {
  checkAgainstPlan,
  create2019Programme,
  requestPlacements,
  seedParticipants,
  waitForSeats,
} from '../programme-2019/programme';

/**
 * Placements per second for the 2019 programme (1500 participants, 50 cohorts) through the real path
 * (SQS → placement worker → DynamoDB transaction), next to the raw ceiling of the same seat transaction called
 * directly with the same concurrency, in one run on the same DynamoDB Local. Prints figures; asserts nothing
 * about time, but reports overbooking (which must be zero).
 *
 * DynamoDB Local is a JVM: its first thousand transactions run before the JIT has compiled the write path and
 * are about 40% slower. One unmeasured warm-up round of each comes first, then real and raw rounds alternate so that
 * neither is favoured by the order, and the medians are compared.
 */
const workers = Number(process.env.PLACEMENT_WORKERS ?? 10);
const rounds = Number(process.env.PLACEMENT_ROUNDS ?? 3);
// One JSON line per seat would measure the terminal, not the system: in Lambda logs leave asynchronously.
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';

interface Round {
  rate: number;
  cpuPercent: number;
  retries: number;
  problems: number;
}

function measured(place: (participants: Participant[], programId: string) => Promise<number>) {
  return async (stack: LocalStack): Promise<Round> => {
    const { programId, cohorts } = await create2019Programme(stack);
    const participants = await seedParticipants(programId, cohorts);
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const retries = await place(participants, programId);
    const seconds = (performance.now() - t0) / 1000;
    const used = process.cpuUsage(cpu);
    const problems = (await checkAgainstPlan(programId, participants)).filter((c) => c.problems.length > 0);
    return {
      rate: participants.length / seconds,
      cpuPercent: ((used.user + used.system) / 1e6 / seconds) * 100,
      retries,
      problems: problems.length,
    };
  };
}

const stack = await startLocalStack({
  prefix: 'bench-placement',
  schedules: false,
  workerConcurrency: workers,
});
try {
  const realPath = measured(async (participants, programId) => {
    await requestPlacements(stack, programId, participants);
    await waitForSeats(programId, participants.length, 300_000, 20);
    return 0;
  });
  // Raw ceiling: the same transaction, each participant's cohort chosen in advance, no queue and no reads.
  const rawCeiling = measured(async (participants, programId) => {
    const cohorts = await listCohorts(programId);
    const byScheme = new Map<string, typeof cohorts>();
    for (const c of cohorts) byScheme.set(c.scheme, [...(byScheme.get(c.scheme) ?? []), c]);
    const assignments = participants.map((p, i) => {
      const options = byScheme.get(p.scheme)!;
      return { participant: p, cohort: options[i % options.length]! };
    });
    let next = 0;
    let retries = 0;
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (next < assignments.length) {
          const { participant, cohort } = assignments[next++]!;
          for (;;) {
            try {
              await takeSeat(participant, cohort, new Date().toISOString());
              break;
            } catch {
              retries++;
            }
          }
        }
      }),
    );
    return retries;
  });

  await realPath(stack);
  await rawCeiling(stack);
  const real: Round[] = [];
  const raw: Round[] = [];
  for (let i = 0; i < rounds; i++) {
    real.push(await realPath(stack));
    raw.push(await rawCeiling(stack));
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const rates = (rs: Round[]) => rs.map((r) => r.rate.toFixed(0)).join(', ');
  const realRate = median(real.map((r) => r.rate));
  const rawRate = median(raw.map((r) => r.rate));
  const problems = [...real, ...raw].reduce((sum, r) => sum + r.problems, 0);
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
  );
  console.log(
    `workers: ${workers}, rounds: 1 warm-up (real, raw) + ${rounds} × (real, raw), 1500 placements each`,
  );
  console.log(
    `real path (SQS → worker → DynamoDB): median ${realRate.toFixed(0)}/s (rounds: ${rates(real)}), node CPU ${median(real.map((r) => r.cpuPercent)).toFixed(0)}% of one core`,
  );
  console.log(
    `raw ceiling (same transaction, direct): median ${rawRate.toFixed(0)}/s (rounds: ${rates(raw)}), ${raw.reduce((s, r) => s + r.retries, 0)} conflict retries`,
  );
  console.log(`ratio real/raw: ${(realRate / rawRate).toFixed(2)}x (target ≥ 0.8x)`);
  console.log(`cohorts over or under plan, or participants lost, in all rounds: ${problems}`);
  process.exitCode = problems === 0 ? 0 : 1;
} finally {
  await stack.stop();
}
