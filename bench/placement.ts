import { cpus, totalmem } from 'node:os';
import { listCohorts, takeSeat } from '../functions/shared/data/seating-repository';
import { startLocalStack } from '../infra/local/local-stack';
import {
  checkAgainstPlan,
  create2019Programme,
  requestPlacements,
  seedParticipants,
  waitForSeats,
} from '../infra/local/programme-2019';

/**
 * Placements per second for the 2019 programme (1500 participants, 50 cohorts) through the real path
 * (SQS → placement worker → DynamoDB transaction), next to the raw ceiling of the same seat transaction called
 * directly with the same concurrency, in one run on the same DynamoDB Local. Prints figures; asserts nothing
 * about time, but reports overbooking (which must be zero).
 */
const workers = Number(process.env.PLACEMENT_WORKERS ?? 10);
// One JSON line per seat would measure the terminal, not the system: in Lambda logs leave asynchronously.
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
const stack = await startLocalStack({
  prefix: 'bench-placement',
  schedules: false,
  workerConcurrency: workers,
});
try {
  // Real path.
  const real = await create2019Programme(stack);
  const participants = await seedParticipants(real.programId, real.cohorts);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await requestPlacements(stack, real.programId, participants);
  await waitForSeats(real.programId, participants.length, 300_000);
  const realSeconds = (performance.now() - t0) / 1000;
  const realCpu = process.cpuUsage(cpu0);
  const overbooked = (await checkAgainstPlan(real.programId, participants)).filter(
    (c) => c.problems.length > 0,
  );

  // Raw ceiling: the same transaction, each participant's cohort chosen in advance, no queue and no reads.
  const raw = await create2019Programme(stack);
  const rawParticipants = await seedParticipants(raw.programId, raw.cohorts);
  const cohorts = await listCohorts(raw.programId);
  const byScheme = new Map<string, typeof cohorts>();
  for (const c of cohorts) byScheme.set(c.scheme, [...(byScheme.get(c.scheme) ?? []), c]);
  const assignments = rawParticipants.map((p, i) => {
    const options = byScheme.get(p.scheme)!;
    return { participant: p, cohort: options[i % options.length]! };
  });
  const cpu1 = process.cpuUsage();
  const t1 = performance.now();
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
  const rawSeconds = (performance.now() - t1) / 1000;
  const rawCpu = process.cpuUsage(cpu1);
  const busy = (cpu: NodeJS.CpuUsage, seconds: number) => ((cpu.user + cpu.system) / 1e6 / seconds) * 100;

  const realRate = participants.length / realSeconds;
  const rawRate = rawParticipants.length / rawSeconds;
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
  );
  console.log(`workers: ${workers}`);
  console.log(
    `real path (SQS → worker → DynamoDB): ${participants.length} placements in ${realSeconds.toFixed(2)} s = ${realRate.toFixed(0)}/s`,
  );
  console.log(
    `raw ceiling (same transaction, direct): ${rawParticipants.length} in ${rawSeconds.toFixed(2)} s = ${rawRate.toFixed(0)}/s (${retries} conflict retries)`,
  );
  console.log(
    `node process CPU: real path ${busy(realCpu, realSeconds).toFixed(0)}%, raw ${busy(rawCpu, rawSeconds).toFixed(0)}% of one core`,
  );
  console.log(`ratio real/raw: ${(realRate / rawRate).toFixed(2)}x (target ≥ 0.8x)`);
  console.log(`cohorts over or under plan, or participants lost: ${overbooked.length}`);
  process.exitCode = overbooked.length === 0 ? 0 : 1;
} finally {
  await stack.stop();
}
