import type { TeamMember } from '../../events/api/assessment';
import type { Cohort, Participant } from '../../events/api/participant';
import { assessmentOf, type UnitRecord } from './assessment-repository';
import {
  assessmentPrefix,
  cohortKey,
  participantKey,
  sessionUnderTestRange,
  TEAM_PREFIX,
  testRecordsRange,
} from './keys';
import { queryAll, skBetween } from './query';
import { resultHistoryOf, type ResultHistory } from './result-repository';
import { withoutKeys } from './table';

/*
 * What testing a participant reads of their partition, in one Query instead of the Participant's GetItem and a
 * Query each for the assessment and the results: the three sort next to one another (docs/data-model.md, TR1);
 * and of the test session's partition, the cohort and its team in one Query (TR2).
 */

/** A participant's records of testing: the Participant item, every attempt's assessment, every result. */
export interface TestRecords {
  participant: Participant | undefined;
  /** Every attempt's evidence and recommendations, by `<attempt>#<unitCode>` (unitsOfAttempt picks one). */
  assessment: Map<string, UnitRecord>;
  results: ResultHistory;
}

/**
 * TR1: the Participant item, its assessment and its results in one strongly consistent Query of the sort keys
 * from `#PARTICIPANT` to the last `RESULT#` (the certificate, delivery and notification items sorted between
 * them come along and are left out).
 */
export async function loadTestRecords(programId: string, nip: string): Promise<TestRecords> {
  const items = await queryAll({ ...skBetween(testRecordsRange(programId, nip)), ConsistentRead: true });
  const participant = items.find((item) => item.sk === participantKey(programId, nip).sk);
  return {
    participant: participant && withoutKeys<Participant>(participant),
    assessment: assessmentOf(items.filter((item) => String(item.sk).startsWith(assessmentPrefix()))),
    results: resultHistoryOf(items),
  };
}

/**
 * TR2: a test session's cohort (undefined when there is none) and its test team by username, in one strongly
 * consistent Query of the sort keys from `#COHORT` to the last `ASSESSMENT#TEAM#` (the appeal strategy and the
 * team's decree markers sorted between them come along and are left out).
 */
export async function loadSessionUnderTest(
  programId: string,
  number: number,
): Promise<{ cohort: Cohort | undefined; team: TeamMember[] }> {
  const items = await queryAll({
    ...skBetween(sessionUnderTestRange(programId, number)),
    ConsistentRead: true,
  });
  const cohort = items.find((item) => item.sk === cohortKey(programId, number).sk);
  return {
    cohort: cohort && withoutKeys<Cohort>(cohort),
    team: items
      .filter((item) => String(item.sk).startsWith(TEAM_PREFIX))
      .map((item) => withoutKeys<TeamMember>(item)),
  };
}
