import { createHash } from 'node:crypto';
import type { MinutesContent, SessionRecord } from '../../domain/review/minutes';
import { testDateOf } from '../../domain/eligibility/test-date';
import type { TeamMember } from '../../events/api/assessment';
import type { Cohort } from '../../events/api/participant';
import { retestsIn } from '../../adapters/dynamodb/retest-repository';
import { findCohort, seatsOf } from '../../adapters/dynamodb/seating-repository';
import { HttpError } from '../../runtime/http/http-error';
import { cohortNotFound } from '../../runtime/http/not-found';
import { attemptUnits, testContext, type CohortUnderTest } from '../../services/testing/test-context';

/** The test session of the path (a cohort, or a re-test session), or the 404 of one that does not exist. */
export async function sessionOf(params: { programId: string; number: number }): Promise<Cohort> {
  const cohort = await findCohort(params.programId, params.number);
  if (!cohort) throw cohortNotFound();
  return cohort;
}

/** What one participant's test in the session recorded: who recorded it, on which units, by which methods. */
export interface TestRecorded {
  name: string;
  recordedBy: string[];
  units: string[];
  methods: string[];
}

/**
 * What was recorded of `nip`'s test in session `number` (their attempt there, whichever programme they are a
 * participant of); undefined when they are not tested in this session at all.
 */
export async function testRecorded(
  programId: string,
  number: number,
  nip: string,
  tested: CohortUnderTest & { cohort: Cohort },
): Promise<TestRecorded | undefined> {
  try {
    const ctx = await testContext(programId, number, nip, tested);
    const records = [...attemptUnits(ctx)].filter(
      ([, u]) => u.evidence.length + u.recommendations.length > 0,
    );
    return {
      name: ctx.participant.name,
      recordedBy: records.flatMap(([, u]) => [
        ...u.evidence.map((e) => e.recordedBy),
        ...u.recommendations.map((r) => r.recommendedBy),
      ]),
      units: records.map(([code]) => code),
      methods: records.flatMap(([, u]) => u.evidence.map((e) => e.method)),
    };
  } catch (error) {
    if (error instanceof HttpError && error.statusCode === 404) return undefined;
    throw error;
  }
}

/**
 * The session as its records show it: everyone seated in the cohort or booked into it for a re-test, whether
 * anything of their test was recorded, and by whom, on which units and methods.
 */
export async function sessionRecord(cohort: Cohort, team: TeamMember[]): Promise<SessionRecord> {
  const { programId, number } = cohort;
  const [seated, retests] = await Promise.all([seatsOf(programId, number), retestsIn(programId, number)]);
  const people = [
    ...seated.map((p) => ({ nip: p.nip, name: p.name })),
    ...retests.filter((r) => !seated.some((p) => p.nip === r.nip)).map((r) => ({ nip: r.nip, name: '' })),
  ];
  // One Query a person (TR1): their participant item, assessment and results together.
  const recorded = await Promise.all(
    people.map(async (p) => ({
      ...p,
      test: await testRecorded(programId, number, p.nip, { cohort, team }),
    })),
  );
  const tests = recorded.flatMap((r) => (r.test ? [r.test] : []));
  return {
    programId,
    cohort: number,
    scheme: cohort.scheme,
    testDate: testDateOf(cohort),
    place: cohort.testSite ? { name: cohort.testSite.name, address: cohort.testSite.address } : null,
    participants: recorded.map((r) => ({
      nip: r.nip,
      name: r.test?.name ?? r.name,
      present: (r.test?.recordedBy.length ?? 0) > 0,
    })),
    team: team.map((m) => ({ username: m.username, name: m.name, role: m.role })),
    recordedBy: new Set(tests.flatMap((t) => t.recordedBy)),
    units: tests.flatMap((t) => t.units),
    methods: tests.flatMap((t) => t.methods),
  };
}

/** The hash an assessor signs: sha256 of the content as JSON (its fields and lists in a fixed order). */
export const contentHash = (content: MinutesContent | object): string =>
  `sha256:${createHash('sha256').update(JSON.stringify(content)).digest('hex')}`;
