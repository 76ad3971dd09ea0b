import { briefingRequired, checkBriefed } from '../../domain/assessment/briefing';
import type { IsoDate } from '../../domain/shared/dates';
import { attendanceOf } from '../../adapters/dynamodb/briefing-repository';
import { findCohort } from '../../adapters/dynamodb/seating-repository';
import { rulesNotMet } from '../../runtime/http/http-error';
import type { TestContext } from './test-context';

/**
 * Refuses (422 PENGARAHAN-WAJIB) to test a participant who was not briefed at their own cohort's programme
 * briefing (Perban BKN 7/2020 Pasal 33(1)); the evidence and sheet routes call it before writing anything. A
 * participant re-tested in another session was briefed (or not) in their own cohort, which decides.
 */
export async function requireBriefed(ctx: TestContext): Promise<void> {
  const { participant, cohort } = ctx;
  const ownCohort = participant.seat?.cohort ?? cohort.number;
  const own =
    participant.programId === cohort.programId && ownCohort === cohort.number
      ? cohort
      : ((await findCohort(participant.programId, ownCohort)) ?? cohort);
  const ownSessionStart = own.startDate as IsoDate;
  // Participants tested before Pasal 33 took effect have no attendance to read.
  if (!briefingRequired(ownSessionStart)) return;
  const attendance = await attendanceOf(participant.programId, ownCohort, participant.nip);
  const verdict = checkBriefed({
    nip: participant.nip,
    ownSessionStart,
    attended: attendance?.present ?? null,
  });
  if (!verdict.ok) throw rulesNotMet(verdict.violations);
}
