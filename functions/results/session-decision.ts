import { DECISION_RULES, decideOverall, type UnitAssessment } from '../../domain/assessment/decision';
import { waitingForEvidence } from '../../domain/result/additional-evidence';
import { SCHEMES } from '../../domain/reference/schemes';
import {
  checkSessionAttendance,
  checkSessionRecorder,
  cumulateAttempt,
  followUpOf,
  type DevelopmentForm,
} from '../../domain/result/session';
import { violation, type RuleViolation } from '../../domain/shared/rule';
import { testDayViolations } from '../../domain/assessment/test-day';
import { testDateOf } from '../../domain/eligibility/test-date';
import { dateInWib } from '../../domain/shared/dates';
import type { ResultDecision, ResultSessionAttendance } from '../../events/api/result';
import {
  sessionKey,
  testContext,
  testersOf,
  type CohortUnderTest,
} from '../../services/testing/test-context';
import { unitAssessmentOf } from '../../services/testing/units';
import { unitsOfAttempt } from '../../adapters/dynamodb/assessment-repository';
import {
  decisionIdOf,
  findResultDecision,
  recordSessionDecisions,
} from '../../adapters/dynamodb/result-repository';
import { retestsTakenAtLevel } from '../../adapters/dynamodb/retest-repository';
import type { Principal } from '../../runtime/http/principal';
import { requestCertificates } from '../../adapters/sqs/certificate-queue';
import { currentDecision } from '../../domain/result/attempt';
import { resultChanged } from '../../services/results/errors';

/*
 * The result session (Perban BKN 7/2020 Pasal 25), shared by the route that decides one participant and the
 * one that decides a cohort: plan each participant's decision without writing anything, then record every new
 * decision in one transaction and request every participant's certificate.
 */
const DAY_MS = 86_400_000;

/** What the session sets for every decision it records. */
export interface ResultSession {
  programId: string;
  cohort: number;
  /** Who records the decisions for BKN's training unit; never someone who tested the participant. */
  recorder: string;
  /** Who held the session and who attended in what role (Pasal 16(5), 25f, 30(2)q). */
  attendance: ResultSessionAttendance;
  appealPeriodDays: number;
  now: Date;
}

export const resultSession = (
  params: { programId: string; number: number },
  body: { session: ResultSessionAttendance; appealPeriodDays: number },
  principal: Principal,
  now: Date,
): ResultSession => ({
  programId: params.programId,
  cohort: params.number,
  recorder: principal.username,
  attendance: body.session,
  appealPeriodDays: body.appealPeriodDays,
  now,
});

/** A participant's attempt already decided (its decision is answered again), or a new decision to record. */
export type RecordablePlan =
  | { kind: 'decided'; nip: string; programId: string; decisionId: string }
  | { kind: 'new'; nip: string; decision: ResultDecision };
export type SessionPlan = RecordablePlan | { kind: 'refused'; nip: string; violations: RuleViolation[] };

const defaultReason = (result: { outcome: string; notYetCompetentUnits: string[] }) =>
  result.outcome === 'KOMPETEN'
    ? 'Seluruh unit kompetensi yang dipersyaratkan dinyatakan kompeten.'
    : `Belum kompeten pada unit: ${result.notYetCompetentUnits.join(', ')}.`;

/**
 * The session's decision on one participant's attempt in its cohort, nothing written: the decision the attempt
 * already has (one per attempt), or every rule it breaks, or the new decision. KOMPETEN only when every
 * required unit is, counting units found competent in earlier attempts (Pasal 16(6), 26(2)); never before the
 * session's test day (Pasal 16(5)); not while additional evidence asked for is awaited (Pasal 25b); every tested
 * unit needs an assessor's recommendation; the recorder must not have tested the participant. Throws the 404
 * HttpError of testContext when the participant is not tested in this cohort. `tested`: the cohort and its
 * team, when the caller decides several of its participants.
 */
export async function planSessionDecision(
  session: ResultSession,
  entry: {
    nip: string;
    reason?: string | undefined;
    development?: { forms: DevelopmentForm[]; notes?: string | undefined } | undefined;
  },
  tested?: CohortUnderTest,
): Promise<SessionPlan> {
  const { now } = session;
  const { nip } = entry;
  const ctx = await testContext(session.programId, session.cohort, nip, tested);
  // The participant's own programme: a re-test held in a later programme's session is still theirs.
  const { programId } = ctx.participant;
  const { attempt, unitCodes } = ctx.scope;
  const history = ctx.results;
  const decidedId = history.attempts.get(attempt);
  if (decidedId !== undefined) return { kind: 'decided', nip, programId, decisionId: decidedId };

  // Every attempt's records (read with the context): who tested the participant, and this attempt's units.
  const [retestsTaken, testers] = await Promise.all([
    retestsTakenAtLevel(nip, SCHEMES[ctx.participant.scheme].level),
    testersOf(ctx.participant, ctx.retests, {
      assessment: ctx.assessment,
      teams: new Map([[sessionKey(session.programId, ctx.cohort.number), ctx.team]]),
    }),
  ]);
  const units = unitsOfAttempt(ctx.assessment, attempt);
  const assessments = unitCodes.map((code) => unitAssessmentOf(code, units.get(code)));
  const violations = [
    ...testDayViolations(testDateOf(ctx.cohort), dateInWib(now)),
    // Additional evidence the session asked for (Pasal 25b): the decision waits for it or its deadline.
    ...waitingForEvidence(
      history.evidenceRequests.filter((request) => request.attempt === attempt),
      units,
      dateInWib(now),
    ),
    ...checkSessionAttendance(session.attendance.attendees, ctx.team),
    ...checkSessionRecorder(session.recorder, testers),
    ...unitCodes
      .filter((_, i) => assessments[i] === undefined)
      .map((code) =>
        violation(
          DECISION_RULES['UJI-KEPUTUSAN-ASESOR'],
          `Unit ${code} belum direkomendasikan asesor; keputusan belum dapat ditetapkan.`,
          `units.${code}`,
        ),
      ),
  ];
  if (violations.length > 0) return { kind: 'refused', nip, violations };

  const overall = decideOverall(unitCodes, assessments as UnitAssessment[]);
  const previous = attempt === 0 ? undefined : currentDecision(history.decisions);
  const result = cumulateAttempt(ctx.required, previous?.competentUnits ?? [], overall);
  // Not yet competent: both the re-test still open to the person and the development for the gap (Pasal 16(7)).
  const followUp = followUpOf(result, retestsTaken, entry.development);
  if (!followUp.ok) return { kind: 'refused', nip, violations: followUp.violations };
  const decidedAt = now.toISOString();
  return {
    kind: 'new',
    nip,
    decision: {
      programId,
      nip,
      decisionId: decisionIdOf(decidedAt, history.decisions.length + 1),
      scheme: ctx.participant.scheme,
      ...(ctx.qualification ? { qualification: ctx.qualification } : {}),
      cohort: ctx.cohort.number,
      ...(session.programId !== programId
        ? { testSession: { programId: session.programId, number: ctx.cohort.number } }
        : {}),
      attempt,
      ...result,
      session: session.attendance,
      decidedBy: session.recorder,
      decidedAt,
      reason: entry.reason ?? defaultReason(result),
      source: 'SIDANG_HASIL',
      appealUntil: new Date(now.getTime() + session.appealPeriodDays * DAY_MS).toISOString(),
      ...(followUp.value ? { followUp: followUp.value } : {}),
    },
  };
}

export interface RecordedSession {
  /** In the order of the plans. */
  decisions: ResultDecision[];
  /** Whether any decision was written by this call. */
  created: boolean;
  /** The participants whose attempt was decided before (their decision answered, not made again). */
  alreadyDecided: string[];
}

async function recordedDecision(plan: { nip: string; programId: string; decisionId: string }) {
  const decision = await findResultDecision(plan.programId, plan.nip, plan.decisionId);
  if (!decision) throw resultChanged();
  return decision;
}

/**
 * Writes the new decisions of `plans` in one transaction with their attempt guards (all or nothing), reads
 * back the decisions already recorded, then requests the certificate of every one of them. Undefined when
 * another request decided one of these attempts meanwhile: nothing was written, and planning again finds it
 * decided. A retry after the decisions were written plans them all as decided, writes nothing and only
 * requests again; the certificate worker issues once per decision.
 */
export async function recordSession(
  session: ResultSession,
  plans: readonly RecordablePlan[],
  correlationId: string,
): Promise<RecordedSession | undefined> {
  const fresh = plans.flatMap((plan) => (plan.kind === 'new' ? [plan.decision] : []));
  if (!(await recordSessionDecisions(fresh))) return undefined;
  const decisions = await Promise.all(
    plans.map((plan) => (plan.kind === 'new' ? plan.decision : recordedDecision(plan))),
  );
  await requestCertificates(decisions, correlationId, session.now);
  return {
    decisions,
    created: fresh.length > 0,
    alreadyDecided: plans.filter((plan) => plan.kind === 'decided').map((plan) => plan.nip),
  };
}

/**
 * Runs `decide` (plan, then record), and once more when it lost a race to another request for the same
 * attempts (undefined): the second round finds them decided and answers with their decisions. 409 when the
 * data keeps moving.
 */
export async function decideWithOneReplay<T>(decide: () => Promise<T | undefined>): Promise<T> {
  const done = (await decide()) ?? (await decide());
  if (done === undefined) throw resultChanged();
  return done;
}
