import { addDays, type IsoDate } from '../../domain/shared/dates';
import { assessorAssignment, evidence } from './bodies';
import { forEachLimit } from './progress';
import { randomFor, shareOf, shuffled } from './random';
import { add, attendingParticipants, cohortOf, type DemoContext, type ParticipantRun } from './state';

/** About 7% of participants are found not yet competent on a unit or two in their first test. */
export const ASSESSMENT_SHARES = { notYetCompetent: 0.07, twoUnits: 0.3 };
/** Four in five re-tested participants pass. */
export const RETEST_PASS_SHARE = 0.8;
/** Nearly all not-yet-competent participants ask for a re-test; the others take the development recommended. */
export const RETEST_ASK_SHARE = 0.95;

const ASSESSORS_PER_COHORT = 2;

/** An assessor's NIP: born from 1968, CPNS March 1995 (more than 8 years of service, rank IV/d). */
export const assessorNip = (k: number) =>
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
 * BKN assigns two assessors to a cohort on its first day; in the programme's first cohort one of them declares a
 * conflict of interest with a participant, who is then assessed by the other.
 */
export async function assignCohortTeam(ctx: DemoContext, number: number): Promise<void> {
  const i = ctx.cohorts.findIndex((c) => c.number === number);
  const conflict =
    i === 0
      ? attendingParticipants(ctx)
          .filter((p) => p.cohort === number)
          .slice(0, 1)
          .map((p) => p.spec.nip)
      : [];
  await assignMembers(ctx, number, i, conflict);
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
 * re-test in a later cohort, one in a re-test session and an appeal. Then what each does about it: the second
 * contests the result (an appeal), nearly all others ask for a re-test, which four in five pass.
 */
export function drawAssessment(ctx: DemoContext): void {
  const attending = attendingParticipants(ctx);
  const random = randomFor(ctx.scenario.seed, 'assessment');
  const retestable = (p: ParticipantRun) => {
    const own = cohortOf(ctx, p.cohort!);
    return ctx.cohorts.some((c) => c.scheme === own.scheme && c.startDate > own.endDate);
  };
  const { share, min } = ctx.notYetCompetent ?? { share: ASSESSMENT_SHARES.notYetCompetent, min: 3 };
  const n = shareOf(attending.length, share, min);
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
  const notYet = attending.filter((p) => p.notYetCompetent);
  const appellant = notYet.length >= 3 ? notYet[1] : undefined;
  const asks = randomFor(ctx.scenario.seed, 'retest-asks');
  const passes = randomFor(ctx.scenario.seed, 'retests');
  let asking = 0;
  for (const [i, p] of notYet.entries()) {
    if (p !== appellant && (i === 0 || asks() < RETEST_ASK_SHARE)) {
      p.followUp = { asks: true, passes: asking++ === 0 || passes() < RETEST_PASS_SHARE };
    } else p.followUp = { asks: false, appeals: p === appellant };
  }
}

/** The test day of a cohort: every participant who came assessed unit by unit by a member of its team. */
export async function assessCohort(ctx: DemoContext, cohort: number): Promise<void> {
  const present = attendingParticipants(ctx).filter((p) => p.cohort === cohort);
  await forEachLimit(present, ctx.concurrency, async (run, turn) => {
    run.assessor = assessorFor(ctx, cohort, run.spec.nip, turn);
    await assessUnits(ctx, run.assessor, cohort, run.spec.nip, run.spec.units, run.notYetCompetent ?? []);
  });
  add(ctx.counts, 'peserta diuji', present.length);
}

/** Who held a cohort's result session: the head of Pusbang ASN, the organisers and the cohort's assessors. */
export function sessionOf(ctx: DemoContext, cohort: number) {
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

/** The cohort's result session decides the first test of everyone it tested; each decision queues its certificates. */
export async function decideFirstTests(ctx: DemoContext, cohort: number): Promise<void> {
  const tested = attendingParticipants(ctx).filter((p) => p.cohort === cohort);
  const decisions = await decideCohort(
    ctx,
    cohort,
    tested.map((p) => p.spec.nip),
  );
  for (const run of tested) {
    const decision = decisions.get(run.spec.nip)!;
    run.decisionId = decision.decisionId;
    run.outcome = decision.outcome;
    const expected = run.notYetCompetent?.length ? 'BELUM_KOMPETEN' : 'KOMPETEN';
    if (decision.outcome !== expected)
      ctx.problems.push(`${run.spec.nip} decided ${decision.outcome}, expected ${expected}`);
    add(ctx.counts, `sidang hasil: ${decision.outcome}`);
  }
}
