import {
  checkAgainstPlan,
  create2019Programme,
  requestPlacements,
  seedParticipants,
  waitForSeats,
} from './programme';
import { startLocalStack } from '../local/local-stack';

/**
 * `npm run place-2019`: the 2019 programme's 1500 participants placed into its 50 cohorts through the real path
 * (SQS message → placement worker → DynamoDB transaction) on a fresh in-memory local stack, then checked cohort
 * by cohort against the plan. Exits non-zero if any cohort is over or under its plan or anyone is lost.
 */
const workers = Number(process.env.PLACEMENT_WORKERS ?? 10);
const stack = await startLocalStack({ prefix: 'place-2019', schedules: false, workerConcurrency: workers });
try {
  const { programId, cohorts } = await create2019Programme(stack);
  const participants = await seedParticipants(programId, cohorts);
  console.log(
    `Program ${programId}: ${cohorts.length} angkatan, ${participants.length} peserta, ${workers} worker.`,
  );
  const started = performance.now();
  await requestPlacements(stack, programId, participants);
  await waitForSeats(programId, participants.length, 300_000);
  const seconds = (performance.now() - started) / 1000;
  const checks = await checkAgainstPlan(programId, participants);
  console.log('\nangkatan  jenjang         kapasitas  terisi  masalah');
  for (const c of checks) {
    console.log(
      `${String(c.number).padStart(8)}  ${c.scheme.padEnd(14)}  ${String(c.capacity).padStart(9)}  ${String(c.seated).padStart(6)}  ${c.problems.join('; ') || '-'}`,
    );
  }
  const failed = checks.some((c) => c.problems.length > 0);
  process.exitCode = failed ? 1 : 0;
  console.log(
    `\n${participants.length} penempatan dalam ${seconds.toFixed(1)} s (${(participants.length / seconds).toFixed(0)}/s). ${failed ? 'GAGAL' : 'Semua angkatan sesuai rencana.'}`,
  );
} finally {
  await stack.stop();
}
