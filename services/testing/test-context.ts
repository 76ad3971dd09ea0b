import { cohortNotFound } from '../../runtime/http/not-found';
import type { QualificationCode } from '../../domain/reference/qualifications';
import { attemptInCohort, requiredUnitsFor, type AttemptScope } from '../../domain/result/attempt';
import type { TeamMember } from '../../events/api/assessment';
import type { Cohort, Participant } from '../../events/api/participant';
import type { RetestBooking } from '../../events/api/result';
import { teamOf, unitsOfAttempt, type UnitRecord } from '../../adapters/dynamodb/assessment-repository';
import { loadPreAssessment } from '../../adapters/dynamodb/preassessment-repository';
import type { ResultHistory } from '../../adapters/dynamodb/result-repository';
import { retestBookingIn } from '../../adapters/dynamodb/retest-repository';
import { loadSessionUnderTest, loadTestRecords } from '../../adapters/dynamodb/test-record-repository';
import { HttpError } from '../../runtime/http/http-error';

/** A participant as tested in one cohort: the attempt taken there and its units, and the cohort's test team. */
export interface TestContext {
  cohort: Cohort;
  participant: Participant;
  qualification: QualificationCode | undefined;
  /** Every unit that must be competent (Pasal 16(6)). */
  required: readonly string[];
  scope: AttemptScope;
  retests: RetestBooking[];
  /** Every decision, attempt guard, re-test and appeal of the participant, as read for the context. */
  results: ResultHistory;
  /** Every attempt's evidence and recommendations, read with the results (by `<attempt>#<unitCode>`). */
  assessment: ReadonlyMap<string, UnitRecord>;
  team: TeamMember[];
}

/** The evidence and recommendations of the attempt the context tests, by unit code. */
export const attemptUnits = (ctx: TestContext): Map<string, UnitRecord> =>
  unitsOfAttempt(ctx.assessment, ctx.scope.attempt);

/** A cohort and its test team: read once when one request tests several of its participants. */
export interface CohortUnderTest {
  cohort: Cohort | undefined;
  team: TeamMember[];
}

/**
 * The participant's qualification and its required units: the one set with the participant (their scheme, and
 * whether their instansi is BKN), or, for a participant set before it was kept there, their pre-assessment's.
 */
export async function qualificationOf(
  participant: Participant,
): Promise<{ qualification: QualificationCode | undefined; required: readonly string[] }> {
  const qualification =
    participant.qualification ??
    ((
      await loadPreAssessment(
        { programId: participant.programId, instansiCode: participant.instansiCode },
        participant.nip,
      )
    ).selfAssessment?.qualification as QualificationCode | undefined);
  return { qualification, required: requiredUnitsFor(participant.scheme, qualification) };
}

/**
 * Loads the test context of a participant in test session `number` of programme `programId`, or 404 when the
 * session, the participant or their attempt there is missing; `tested` is the session and team when the caller
 * has read them already. The participant, their assessment and their results are one Query (TR1). A participant
 * of another programme re-tested here is found through the session's bookings: their records and results stay
 * their own programme's.
 */
export async function testContext(
  programId: string,
  number: number,
  nip: string,
  tested?: CohortUnderTest,
): Promise<TestContext> {
  const [{ cohort, team }, here] = await Promise.all([
    tested ?? loadSessionUnderTest(programId, number),
    loadTestRecords(programId, nip),
  ]);
  if (!cohort) throw cohortNotFound();
  const session = { programId, number };
  const seated = (p: Participant | undefined) => ({
    programId: p?.programId ?? programId,
    seatCohort: p?.seat?.cohort,
  });
  let records = here;
  if (!here.participant || !attemptInCohort(session, seated(here.participant), [], here.results.retests)) {
    const booking = await retestBookingIn(programId, number, nip);
    if (booking && booking.programId !== programId) records = await loadTestRecords(booking.programId, nip);
  }
  const { participant, results, assessment } = records;
  if (!participant)
    throw new HttpError(404, 'PARTICIPANT_NOT_FOUND', 'Peserta tidak ditemukan dalam program.');
  const { qualification, required } = await qualificationOf(participant);
  const scope = attemptInCohort(session, seated(participant), required, results.retests);
  if (!scope) {
    throw new HttpError(
      404,
      'PARTICIPANT_NOT_IN_COHORT',
      'Peserta tidak diuji pada angkatan ini (bukan kursinya dan tidak ada uji ulang terjadwal).',
    );
  }
  return {
    cohort,
    participant,
    qualification,
    required,
    scope,
    retests: results.retests,
    results,
    assessment,
    team,
  };
}

/** What a caller of testersOf has read already: every attempt's assessment (TR1), some sessions' teams. */
export interface KnownTesting {
  assessment: ReadonlyMap<string, UnitRecord>;
  /** By `sessionKey`. */
  teams?: ReadonlyMap<string, TeamMember[]>;
}

/** A test session's key among the teams a caller has read: its programme and number. */
export const sessionKey = (programId: string, number: number) => `${programId}#${number}`;

/**
 * Everyone who took part in testing a participant: who recorded evidence or a recommendation for them (any
 * attempt), and the members of the test teams of the sessions they were tested in (their cohort, and the sessions
 * of their re-tests, whichever programme) not excluded for them.
 */
export async function testersOf(
  participant: Participant,
  retests: readonly RetestBooking[],
  known: KnownTesting,
): Promise<string[]> {
  const sessions = [
    ...(participant.seat ? [{ programId: participant.programId, number: participant.seat.cohort }] : []),
    ...retests.map((r) => ({ programId: r.session?.programId ?? participant.programId, number: r.cohort })),
  ];
  const teams = await Promise.all(
    sessions.map((s) => known.teams?.get(sessionKey(s.programId, s.number)) ?? teamOf(s.programId, s.number)),
  );
  const names = new Set<string>();
  for (const unit of known.assessment.values()) {
    unit.evidence.forEach((e) => names.add(e.recordedBy));
    unit.recommendations.forEach((r) => names.add(r.recommendedBy));
  }
  for (const member of teams.flat()) {
    if (!member.excluded.some((x) => x.nip === participant.nip)) names.add(member.username);
  }
  return [...names];
}
