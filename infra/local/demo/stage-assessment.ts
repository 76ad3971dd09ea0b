import { addDays, type IsoDate } from '../../../domain/shared/dates';
import { assessorAssignment, evidence } from './bodies';
import { forEachLimit, type Progress } from './progress';
import { randomFor, shareOf, shuffled } from './random';
import { add, attendingParticipants, cohortOf, type DemoContext, type ParticipantRun } from './state';

/** About 7% of participants are found not yet competent on a unit or two in their first test. */
export const ASSESSMENT_SHARES = { notYetCompetent: 0.07, twoUnits: 0.3 };

const ASSESSORS_PER_COHORT = 2;

/** An assessor's NIP: born from 1968, CPNS March 1995 (more than 8 years of service, rank IV/d). */
const assessorNip = (k: number) =>
  `${addDays('1968-01-01' as IsoDate, k * 11).replaceAll('-', '')}199503${1 + (k % 2)}${String((k % 999) + 1).padStart(3, '0')}`;

const assessorName = (k: number) => `asesor.${String(k).padStart(3, '0')}`;

/** The members BKN assigns to a session: two assessors of the pool, the one at `i`'s turn. */
async function assignMembers(ctx: DemoContext, number: number, i: number, conflicts: string[] = []) {
  const admin = await ctx.actors.admin();
  const pool = Math.max(ASSESSORS_PER_COHORT, ctx.cohorts.length);
  const members: { username: string; excluded: string[] }[] = [];
  for (let j = 0; j < ASSESSORS_PER_COHORT; j++) {
    const k = (i * ASSESSORS_PER_COHORT + j) % pool;
    const member = await admin(
      'POST',
      `/programs/${ctx.programId}/cohorts/${number}/team`,
      assessorAssignment(
        assessorName(k),
        assessorNip(k),
        `Asesor Kompetensi ${String(k).padStart(3, '0')}`,
        j === 0 ? conflicts : [],
      ),
    );
    const excluded = (member.body.excluded as { nip: string }[]).map((x) => x.nip);
    add(ctx.counts, 'peserta dikecualikan dari asesor (konflik kepentingan)', excluded.length);
    members.push({ username: assessorName(k), excluded });
  }
  ctx.teams.set(number, members);
  add(ctx.counts, 'penugasan asesor', ASSESSORS_PER_COHORT);
}

/**
 * BKN assigns two assessors to each cohort; in the first cohort one of them declares a conflict of interest
 * with a participant, who is then assessed by the other.
 */
async function assignTeams(ctx: DemoContext): Promise<void> {
  const attending = attendingParticipants(ctx);
  await forEachLimit(ctx.cohorts, ctx.concurrency, async (cohort, i) => {
    const conflict =
      i === 0
        ? attending
            .filter((p) => p.cohort === cohort.number)
            .slice(0, 1)
            .map((p) => p.spec.nip)
        : [];
    await assignMembers(ctx, cohort.number, i, conflict);
  });
}

/** The team of a re-test session: the assessors of the session `like`'s turn. */
export const assignTeam = (ctx: DemoContext, number: number, like: number) =>
  assignMembers(
    ctx,
    number,
    ctx.cohorts.findIndex((c) => c.number === like),
  );

/** The assessor of a participant in a cohort: the team in turn, skipping any who may not test them. */
export function assessorFor(ctx: DemoContext, cohort: number, nip: string, turn: number): string {
  const free = (ctx.teams.get(cohort) ?? []).filter((m) => !m.excluded.includes(nip));
  if (free.length === 0) throw new Error(`nobody in the team of cohort ${cohort} may test ${nip}`);
  return free[turn % free.length]!.username;
}

/**
 * The participant's assessment sheet, recorded by their assessor in one request: two methods of evidence and a
 * recommendation for each unit.
 */
export async function assessUnits(
  ctx: DemoContext,
  assessor: string,
  cohort: number,
  nip: string,
  units: readonly string[],
  notYetCompetent: readonly string[],
): Promise<void> {
  const as = await ctx.actors.assessor(assessor);
  await as(
    'POST',
    `/programs/${ctx.programId}/cohorts/${cohort}/participants/${nip}/assessment`,
    {
      units: units.map((unit) => ({
        unitCode: unit,
        evidence: [evidence('PORTOFOLIO', unit), evidence('WAWANCARA', unit)],
        recommendation: notYetCompetent.includes(unit)
          ? {
              recommendation: 'BELUM_KOMPETEN',
              evidenceSufficient: true,
              notes: 'Unjuk kerja belum memenuhi kriteria; perlu pengembangan sebelum uji ulang.',
            }
          : { recommendation: 'KOMPETEN', evidenceSufficient: true },
      })),
    },
    [201],
  );
  add(ctx.counts, 'unit diuji', units.length);
  add(ctx.counts, 'unit belum kompeten', notYetCompetent.length);
}

/**
 * Who is found not yet competent: half among those a later cohort of their level could re-test, half among the
 * rest (whom BKN's own re-test session takes); each on one unit, or two. At least three, so a small run has a
 * re-test in a later cohort, one in a re-test session and an appeal.
 */
function drawNotYetCompetent(ctx: DemoContext, attending: ParticipantRun[]): void {
  const random = randomFor(ctx.scenario.seed, 'assessment');
  const retestable = (p: ParticipantRun) => {
    const own = cohortOf(ctx, p.cohort!);
    return ctx.cohorts.some((c) => c.scheme === own.scheme && c.startDate > own.endDate);
  };
  const n = shareOf(attending.length, ASSESSMENT_SHARES.notYetCompetent, 3);
  const early = shuffled(attending.filter(retestable), random);
  const late = shuffled(
    attending.filter((p) => !retestable(p)),
    random,
  );
  const fromEarly = Math.min(early.length, Math.max(n - late.length, Math.ceil(n / 2)));
  for (const p of [...early.slice(0, fromEarly), ...late.slice(0, n - fromEarly)]) {
    const units = shuffled(p.spec.units, random);
    p.notYetCompetent = units.slice(0, random() < ASSESSMENT_SHARES.twoUnits ? 2 : 1);
  }
}

/** The test: teams assigned, then every attending participant assessed unit by unit. */
export async function runAssessment(ctx: DemoContext, progress: Progress): Promise<void> {
  await assignTeams(ctx);
  const attending = attendingParticipants(ctx);
  drawNotYetCompetent(ctx, attending);
  progress.restart(attending.length, 'peserta');
  const turns = new Map<number, number>();
  await forEachLimit(attending, ctx.concurrency, async (run) => {
    const turn = turns.get(run.cohort!) ?? 0;
    turns.set(run.cohort!, turn + 1);
    run.assessor = assessorFor(ctx, run.cohort!, run.spec.nip, turn);
    await assessUnits(
      ctx,
      run.assessor,
      run.cohort!,
      run.spec.nip,
      run.spec.units,
      run.notYetCompetent ?? [],
    );
    progress.tick();
  });
  add(ctx.counts, 'peserta diuji', attending.length);
}

/** Who held a cohort's result session: the head of Pusbang ASN, the organisers and the cohort's assessors. */
function sessionOf(ctx: DemoContext, cohort: number) {
  return {
    chair: { name: 'Dr. Ahmad Jalis, M.A.', position: 'Kepala Pusat Pengembangan ASN' },
    attendees: [
      { name: 'Dr. Ahmad Jalis, M.A.', role: 'UNIT_PELATIHAN_BKN' },
      { name: 'Panitia Pusbang ASN', role: 'PENYELENGGARA' },
      ...(ctx.teams.get(cohort) ?? []).map((m) => ({
        name: m.username,
        role: 'ASESOR',
        username: m.username,
      })),
    ],
  };
}

interface SessionDecision {
  nip: string;
  decisionId: string;
  outcome: 'KOMPETEN' | 'BELUM_KOMPETEN';
  notYetCompetentUnits: string[];
}

/**
 * The result session of one cohort decides the attempts of the given participants in one request: held by BKN's
 * training unit with the cohort's assessors (Pasal 16(5), 25f, 30(2)q), recorded by an official who tested
 * nobody; the decisions by NIP.
 */
export async function decideCohort(
  ctx: DemoContext,
  cohort: number,
  nips: readonly string[],
): Promise<Map<string, SessionDecision>> {
  const recorder = await ctx.actors.recorder();
  const session = await recorder(
    'POST',
    `/programs/${ctx.programId}/cohorts/${cohort}/results`,
    { session: sessionOf(ctx, cohort), appealPeriodDays: 14, decisions: nips.map((nip) => ({ nip })) },
    [201],
  );
  return new Map((session.body.decisions as SessionDecision[]).map((d) => [d.nip, d]));
}

/**
 * The result sessions of the cohorts where `runs` were tested (`cohortOfRun`), one request per cohort, a few
 * cohorts at a time; `record` takes each participant's decision.
 */
export async function decideByCohort<T extends { spec: { nip: string } }>(
  ctx: DemoContext,
  runs: readonly T[],
  cohortOfRun: (run: T) => number,
  record: (run: T, decision: SessionDecision) => void,
): Promise<void> {
  const groups = new Map<number, T[]>();
  for (const run of runs) groups.set(cohortOfRun(run), [...(groups.get(cohortOfRun(run)) ?? []), run]);
  await forEachLimit([...groups], ctx.concurrency, async ([cohort, members]) => {
    const decisions = await decideCohort(
      ctx,
      cohort,
      members.map((run) => run.spec.nip),
    );
    for (const run of members) record(run, decisions.get(run.spec.nip)!);
  });
}

/** The result session decides every first test, cohort by cohort; each decision queues its certificates. */
export async function resultSession(ctx: DemoContext, progress: Progress): Promise<void> {
  const attending = attendingParticipants(ctx);
  progress.restart(attending.length, 'keputusan');
  await decideByCohort(
    ctx,
    attending,
    (run) => run.cohort!,
    (run, decision) => {
      run.decisionId = decision.decisionId;
      run.outcome = decision.outcome;
      const expected = run.notYetCompetent?.length ? 'BELUM_KOMPETEN' : 'KOMPETEN';
      if (decision.outcome !== expected)
        ctx.problems.push(`${run.spec.nip} decided ${decision.outcome}, expected ${expected}`);
      add(ctx.counts, `sidang hasil: ${decision.outcome}`);
      progress.tick();
    },
  );
}
