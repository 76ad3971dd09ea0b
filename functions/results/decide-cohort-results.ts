import { cohortNotFound } from '../../runtime/http/not-found';
import { checkSessionAttendance } from '../../domain/result/session';
import type { routes } from '../../events/api/routes';
import type { CohortUnderTest } from '../../services/testing/test-context';
import { loadSessionUnderTest } from '../../adapters/dynamodb/test-record-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError } from '../../runtime/http/http-error';
import {
  decideWithOneReplay,
  planSessionDecision,
  recordSession,
  resultSession,
  type RecordablePlan,
  type ResultSession,
  type SessionPlan,
} from './session-decision';

/** One reason a cohort's decisions are refused, located in the request (`decisions.<i>…`). */
interface Problem {
  code: string;
  message: string;
  path: string;
  nip?: string;
  article?: string;
  field?: string;
}

/** Participants planned side by side: each takes about five reads, so a wave stays well under the SDK's 50 sockets. */
const PLAN_WAVE = 5;

type Plan = SessionPlan | { kind: 'unknown'; nip: string; error: HttpError };

/** A participant this cohort does not test (or the programme lacks) is a problem of the request, not a 404. */
async function planOrUnknown(
  session: ResultSession,
  entry: Parameters<typeof planSessionDecision>[1],
  tested: CohortUnderTest,
) {
  try {
    return await planSessionDecision(session, entry, tested);
  } catch (error) {
    if (error instanceof HttpError && error.statusCode === 404) {
      return { kind: 'unknown', nip: entry.nip, error } satisfies Plan;
    }
    throw error;
  }
}

function problemsOf(plan: Plan, i: number): Problem[] {
  const at = `decisions.${i}`;
  if (plan.kind === 'unknown') {
    return [{ code: plan.error.code, message: plan.error.message, path: `${at}.nip`, nip: plan.nip }];
  }
  if (plan.kind !== 'refused') return [];
  return plan.violations.map((v) => ({
    ...v,
    path: v.field === undefined ? at : `${at}.${v.field}`,
    nip: plan.nip,
  }));
}

/** Every problem in one 422; a single one also gives its code (as rulesNotMet does). */
function refused(problems: readonly Problem[]): HttpError {
  const only = problems.length === 1 ? problems[0] : undefined;
  const people = new Set(problems.map((p) => p.nip)).size;
  return new HttpError(
    422,
    only?.code ?? 'RULES_NOT_MET',
    only?.message ?? `${problems.length} masalah pada ${people} peserta; tidak ada keputusan yang dicatat.`,
    problems,
  );
}

/**
 * The result session decides a cohort at once (Perban BKN 7/2020 Pasal 25), by the rules of the single
 * decision for every participant, all checked before anything is written: one problem refuses the whole
 * request, listing every problem. The new decisions are written in one transaction with their attempt guards,
 * then every participant's certificate is requested. Participants whose attempt was decided before get that
 * decision back (`alreadyDecided`), so a retry writes nothing and only requests the certificates again.
 */
export const decideCohortResults: Operation<typeof routes.decideCohortResults> = async ({
  params,
  body,
  principal,
  now,
  correlationId,
}) => {
  // The cohort and its team are the same for every participant: read once for the whole session, in one Query (TR2).
  const { cohort, team } = await loadSessionUnderTest(params.programId, params.number);
  if (!cohort) throw cohortNotFound();
  // A session tests its own participants and the re-tests booked into it: at most its test capacity.
  const testCapacity = cohort.testSession?.testCapacity ?? cohort.capacity;
  if (body.decisions.length > testCapacity) {
    throw refused([
      {
        code: 'COHORT_CAPACITY_EXCEEDED',
        message: `Sesi uji ${cohort.number} berkapasitas ${testCapacity} peserta; ${body.decisions.length} keputusan diajukan.`,
        path: 'decisions',
      },
    ]);
  }
  const tested: CohortUnderTest = { cohort, team };
  // Who attended is the session's, not a participant's: checked once, before anyone is planned.
  const attendance = checkSessionAttendance(body.session.attendees, tested.team);
  if (attendance.length > 0) {
    throw refused(attendance.map((v) => ({ ...v, path: v.field ?? 'session' })));
  }
  const session = resultSession(params, body, principal, now);
  const recorded = await decideWithOneReplay(async () => {
    const plans: Plan[] = [];
    for (let start = 0; start < body.decisions.length; start += PLAN_WAVE) {
      const wave = body.decisions.slice(start, start + PLAN_WAVE);
      plans.push(...(await Promise.all(wave.map((entry) => planOrUnknown(session, entry, tested)))));
    }
    const problems = plans.flatMap(problemsOf);
    if (problems.length > 0) throw refused(problems);
    const recordable = plans.filter((p): p is RecordablePlan => p.kind === 'new' || p.kind === 'decided');
    return recordSession(session, recordable, correlationId);
  });
  return {
    statusCode: recorded.created ? 201 : 200,
    body: {
      programId: params.programId,
      cohort: cohort.number,
      decisions: recorded.decisions,
      alreadyDecided: recorded.alreadyDecided,
    },
  };
};
