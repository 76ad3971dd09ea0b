import type { QualificationCode } from '../../domain/reference/qualifications';
import { attemptInCohort, requiredUnitsFor, type AttemptScope } from '../../domain/result/attempt';
import type { TeamMember } from '../../events/api/assessment';
import type { Cohort, Participant } from '../../events/api/participant';
import type { RetestBooking } from '../../events/api/result';
import { loadAssessment, teamOf, type UnitRecord } from '../shared/data/assessment-repository';
import { loadPreAssessment } from '../shared/data/preassessment-repository';
import { loadResults, type ResultHistory } from '../shared/data/result-repository';
import { findCohort, findParticipant } from '../shared/data/seating-repository';
import { HttpError } from '../shared/http/http-error';

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
  team: TeamMember[];
}

/** A cohort and its test team: read once when one request tests several of its participants. */
export interface CohortUnderTest {
  cohort: Cohort | undefined;
  team: TeamMember[];
}

async function cohortUnderTest(programId: string, number: number): Promise<CohortUnderTest> {
  const [cohort, team] = await Promise.all([findCohort(programId, number), teamOf(programId, number)]);
  return { cohort, team };
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
 * Loads the test context, or 404 when the cohort, the participant or their attempt in that cohort is missing;
 * `tested` is the cohort and team when the caller has read them already.
 */
export async function testContext(
  programId: string,
  number: number,
  nip: string,
  tested?: CohortUnderTest,
): Promise<TestContext> {
  const [{ cohort, team }, participant, results] = await Promise.all([
    tested ?? cohortUnderTest(programId, number),
    findParticipant(programId, nip),
    loadResults(programId, nip),
  ]);
  if (!cohort) throw new HttpError(404, 'COHORT_NOT_FOUND', 'Angkatan tidak ditemukan dalam program.');
  if (!participant)
    throw new HttpError(404, 'PARTICIPANT_NOT_FOUND', 'Peserta tidak ditemukan dalam program.');
  const { qualification, required } = await qualificationOf(participant);
  const scope = attemptInCohort(number, participant.seat?.cohort, required, results.retests);
  if (!scope) {
    throw new HttpError(
      404,
      'PARTICIPANT_NOT_IN_COHORT',
      'Peserta tidak diuji pada angkatan ini (bukan kursinya dan tidak ada uji ulang terjadwal).',
    );
  }
  return { cohort, participant, qualification, required, scope, retests: results.retests, results, team };
}

/** What a caller of testersOf has read already: every attempt's assessment, some cohorts' teams. */
export interface KnownTesting {
  assessment?: ReadonlyMap<string, UnitRecord>;
  teams?: ReadonlyMap<number, TeamMember[]>;
}

/**
 * Everyone who took part in testing a participant: who recorded evidence or a recommendation for them (any
 * attempt), and the members of the test teams of their cohorts (seat and re-tests) not excluded for them.
 */
export async function testersOf(
  participant: Participant,
  retests: readonly RetestBooking[],
  known: KnownTesting = {},
): Promise<string[]> {
  const cohorts = [participant.seat?.cohort, ...retests.map((r) => r.cohort)].filter(
    (c): c is number => c !== undefined,
  );
  const [units, ...teams] = await Promise.all([
    known.assessment ?? loadAssessment(participant.programId, participant.nip),
    ...cohorts.map((c) => known.teams?.get(c) ?? teamOf(participant.programId, c)),
  ]);
  const names = new Set<string>();
  for (const unit of units.values()) {
    unit.evidence.forEach((e) => names.add(e.recordedBy));
    unit.recommendations.forEach((r) => names.add(r.recommendedBy));
  }
  for (const member of teams.flat()) {
    if (!member.excluded.some((x) => x.nip === participant.nip)) names.add(member.username);
  }
  return [...names];
}
