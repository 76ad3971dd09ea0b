import { dateInWib } from '../../../domain/program/program';
import type { LocalStack } from '../local-stack';
import { Actors } from './actors';
import { HttpClient } from './http';
import { verifyInvariants } from './invariants';
import { Progress, StageRunner } from './progress';
import { generateScenario } from './scenario';
import { issueAndMaintain } from './stage-certificates';
import { retestsAndAppeal } from './stage-followup';
import { resultSession, runAssessment } from './stage-assessment';
import { sendInvitations } from './stage-invitations';
import { awaitPlacement, setParticipants } from './stage-participants';
import { demoPlan, openProgramme, type DemoScale } from './stage-programme';
import { proposeCandidates } from './stage-proposals';
import { eligibilitySession } from './stage-screening';
import { runTraining } from './stage-training';
import type { DemoContext } from './state';
import type { DemoReport } from './summary';

export interface DemoOptions {
  /** `full`: the 2019 programme (1500 participants, 50 cohorts); `small`: two cohorts of 8. */
  scale?: DemoScale;
  /** Requests in flight at most. */
  concurrency?: number;
  seed?: number;
  log?: (line: string) => void;
  /** Progress lines every this many milliseconds. */
  progressEveryMs?: number;
}

/**
 * Plays a programme on a running local stack through the public API and the queues, as its actors would, stage
 * by stage with wall times, then reads it back and checks the invariants.
 */
export async function runDemo(stack: LocalStack, options: DemoOptions = {}): Promise<DemoReport> {
  const scale = options.scale ?? 'full';
  const concurrency = options.concurrency ?? 24;
  const log = options.log ?? ((line: string) => console.log(line));
  const now = new Date();
  const plan = demoPlan(scale, now);
  const scenario = generateScenario(plan.draft.cohortPlan, dateInWib(now), options.seed);
  const client = new HttpClient(stack.baseUrl, concurrency);
  const ctx: DemoContext = {
    stack,
    scenario,
    actors: new Actors(stack.authority, client),
    concurrency,
    log,
    programId: '',
    cohorts: [],
    participants: new Map(),
    teams: new Map(),
    counts: {},
    revoked: [],
    reinstated: [],
    problems: [],
  };
  const stages = new StageRunner(client, log, options.progressEveryMs);
  log(
    `Demo ${scale}: ${scenario.instansi.length} instansi, ${scenario.candidates.length} calon, ` +
      `${plan.draft.cohortPlan.length} angkatan, ${concurrency} permintaan bersamaan.`,
  );
  const started = performance.now();
  try {
    await stages.run('1 BKN membuka program', (p) => openProgramme(ctx, plan, p));
    await stages.run('2 usulan instansi dan Kanreg', (p) => proposeCandidates(ctx, p));
    await stages.run('3 sidang penetapan calon', (p) => eligibilitySession(ctx, p));
    await stages.run('4 pra-uji dan penetapan peserta', (p) => setParticipants(ctx, p));
    await stages.run('5 penempatan (antrean)', (p) => awaitPlacement(ctx, p));
    await stages.run('6 TUK dan undangan (antrean)', (p) => sendInvitations(ctx, p));
    await stages.run('7 konfirmasi, e-learning, kehadiran', (p) => runTraining(ctx, p));
    await stages.run('8 uji kompetensi', (p) => runAssessment(ctx, p));
    await stages.run('9 sidang hasil', (p) => resultSession(ctx, p));
    await stages.run('10 uji ulang dan banding', (p) => retestsAndAppeal(ctx, p));
    await stages.run('11 sertifikat, pencabutan, pemulihan', (p) => issueAndMaintain(ctx, p));
    const verification = await stages.run('12 pemeriksaan invarian', (p) => verifyInvariants(ctx, p));
    return {
      programId: ctx.programId,
      scale,
      totalSeconds: (performance.now() - started) / 1000,
      timings: stages.timings,
      counts: ctx.counts,
      cohorts: verification.cohorts,
      certificates: verification.certificates,
      invariants: verification.invariants,
      ok: verification.invariants.every((i) => i.ok),
      routes: [...client.latency]
        .map(([route, { count, ms }]) => ({ route, count, totalSeconds: ms / 1000, meanMs: ms / count }))
        .sort((a, b) => b.totalSeconds - a.totalSeconds),
      recheck: async () => {
        const fresh = new HttpClient(stack.baseUrl, concurrency);
        try {
          const again = { ...ctx, actors: new Actors(stack.authority, fresh) };
          return (await verifyInvariants(again, new Progress(0, ''))).invariants;
        } finally {
          fresh.close();
        }
      },
    };
  } finally {
    client.close();
  }
}
