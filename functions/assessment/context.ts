import type { QualificationCode } from '../../domain/reference/qualifications';
import { attemptInCohort, requiredUnitsFor, type AttemptScope } from '../../domain/result/attempt';
import type { TeamMember } from '../../events/api/assessment';
import type { Cohort, Participant } from '../../events/api/participant';
import type { RetestBooking } from '../../events/api/result';
import { loadAssessment, teamOf } from '../shared/data/assessment-repository';
import { loadPreAssessment } from '../shared/data/preassessment-repository';
import { loadResults } from '../shared/data/result-repository';
import { findCohort, findParticipant } from '../shared/data/seating-repository';
import { HttpError } from '../shared/http/http-error';

/** A participant as tested in one cohort: the attempt taken there and its units, and the cohort's test team. */
export interface TestContext {
  cohort: Cohort;
  participant: Participant;
  /** Every unit that must be competent (Pasal 16(6)). */
  required: readonly string[];
  scope: AttemptScope;
  retests: RetestBooking[];
  team: TeamMember[];
}

/** The participant's required units: those of the qualification of their pre-assessment (or the scheme's only one). */
export async function requiredUnitsOf(participant: Participant): Promise<readonly string[]> {
  const pre = await loadPreAssessment(
    { programId: participant.programId, instansiCode: participant.instansiCode },
    participant.nip,
  );
  return requiredUnitsFor(
    participant.scheme,
    pre.selfAssessment?.qualification as QualificationCode | undefined,
  );
}

/** Loads the test context, or 404 when the cohort, the participant or their attempt in that cohort is missing. */
export async function testContext(programId: string, number: number, nip: string): Promise<TestContext> {
  const [cohort, participant, results, team] = await Promise.all([
    findCohort(programId, number),
    findParticipant(programId, nip),
    loadResults(programId, nip),
    teamOf(programId, number),
  ]);
  if (!cohort) throw new HttpError(404, 'COHORT_NOT_FOUND', 'Angkatan tidak ditemukan dalam program.');
  if (!participant)
    throw new HttpError(404, 'PARTICIPANT_NOT_FOUND', 'Peserta tidak ditemukan dalam program.');
  const required = await requiredUnitsOf(participant);
  const scope = attemptInCohort(number, participant.seat?.cohort, required, results.retests);
  if (!scope) {
    throw new HttpError(
      404,
      'PARTICIPANT_NOT_IN_COHORT',
      'Peserta tidak diuji pada angkatan ini (bukan kursinya dan tidak ada uji ulang terjadwal).',
    );
  }
  return { cohort, participant, required, scope, retests: results.retests, team };
}

/**
 * Everyone who took part in testing a participant: who recorded evidence or a recommendation for them (any
 * attempt), and the members of the test teams of their cohorts (seat and re-tests) not excluded for them.
 */
export async function testersOf(
  participant: Participant,
  retests: readonly RetestBooking[],
): Promise<string[]> {
  const cohorts = [participant.seat?.cohort, ...retests.map((r) => r.cohort)].filter(
    (c): c is number => c !== undefined,
  );
  const [units, ...teams] = await Promise.all([
    loadAssessment(participant.programId, participant.nip),
    ...cohorts.map((c) => teamOf(participant.programId, c)),
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
