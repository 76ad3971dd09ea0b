import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { EvidenceRecord, TeamMember, UnitRecommendation } from '../../events/api/assessment';
import { dynamo } from '../../runtime/clients';
import { queryAll, skBeginsWith } from './query';
import { ConcurrentChangeError, isConditionalCheckFailure, tableName, transact, withoutKeys } from './table';
import {
  assessmentPrefix,
  assessmentSheetKey,
  cohortDecreeKey,
  cohortKey,
  cohortOneByOneKey,
  evidenceKey,
  participantKey,
  recommendationKey,
  TEAM_PREFIX,
  teamMemberKey,
} from './keys';

/*
 * Uji Kompetensi: the test team of a cohort (assessors and experts) lives in the cohort's partition; the evidence
 * and the unit recommendations of a participant live in the participant's partition, per attempt (0 the first
 * test, 1-2 the re-tests) and unit, or together in a sheet's item. Evidence and recommendations are append-only:
 * a new recommendation for the same unit is a new record, and the latest one counts. Key shapes and access patterns: docs/data-model.md.
 */

/**
 * Assigns a member to a cohort's test team one by one; assigning the same user again replaces the earlier
 * assignment. Only while no decree serves the cohort: the decree marker's absence is a condition of the same
 * transaction, and the one-by-one marker it writes is one that forming a decree requires absent (TT1), so a decree
 * recorded meanwhile and this assignment never both land (ConcurrentChangeError).
 */
export async function saveTeamMember(member: TeamMember): Promise<void> {
  await transact([
    {
      ConditionCheck: {
        TableName: tableName(),
        Key: cohortDecreeKey(member.programId, member.cohort),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...cohortOneByOneKey(member.programId, member.cohort),
          entity: 'CohortOneByOne',
          lastAssignedAt: member.assignedAt,
        },
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...teamMemberKey(member.programId, member.cohort, member.username),
          entity: 'TeamMember',
          ...member,
        },
      },
    },
  ]);
}

/** The test team of a cohort, by username. */
export async function teamOf(programId: string, cohort: number): Promise<TeamMember[]> {
  return (
    await queryAll({
      ...skBeginsWith(cohortKey(programId, cohort).pk, TEAM_PREFIX),
      ConsistentRead: true,
    })
  ).map((item) => withoutKeys<TeamMember>(item));
}

/** A recommendation as recorded: `id` (8 characters of a UUID) keeps two given in the same millisecond apart. */
export interface NewRecommendation {
  recommendation: UnitRecommendation;
  id: string;
}

const putNew = (Item: Record<string, unknown>) => ({
  TableName: tableName(),
  Item,
  ConditionExpression: 'attribute_not_exists(pk)',
});
const evidenceItem = (evidence: EvidenceRecord) => ({
  ...evidenceKey(evidence),
  entity: 'Evidence',
  ...evidence,
});
const recommendationItem = ({ recommendation, id }: NewRecommendation) => ({
  ...recommendationKey(recommendation, id),
  entity: 'UnitRecommendation',
  ...recommendation,
});

/** The fields every record of a sheet shares with the sheet: kept once, on the sheet's item. */
type SheetShared = Pick<
  EvidenceRecord,
  'programId' | 'nip' | 'cohort' | 'attempt' | 'recordedBy' | 'recordedAt'
> &
  Partial<Pick<EvidenceRecord, 'recordedByRole'>>;

/** A record of a sheet without the fields whose values the sheet holds (`renamed`: the record's name of a field). */
function withoutShared(
  record: Record<string, unknown>,
  shared: SheetShared,
  renamed: Partial<Record<keyof SheetShared, string>> = {},
): Record<string, unknown> {
  const own = { ...record };
  for (const [field, value] of Object.entries(shared)) {
    const name = renamed[field as keyof SheetShared] ?? field;
    if (own[name] === value) delete own[name];
  }
  return own;
}

/**
 * The records of one request, with the attempt and author they share. It always fits DynamoDB's 400 KB item:
 * its text comes from a body of at most MAX_BODY_BYTES (256 KiB), and the rest is a few hundred bytes per
 * record, at most 90 records (test/functions/assessment/sheet-item.test.ts builds the largest). A record keeps
 * only what differs from the sheet: the programme, NIP, cohort, attempt, author, role and time are the sheet's
 * (`sheetRecordsOf` puts them back), which makes a sheet about a third smaller to write and to read (TR1 reads it
 * with every test context).
 */
export function sheetItem(
  evidence: readonly EvidenceRecord[],
  recommendations: readonly NewRecommendation[],
) {
  const first = evidence[0] ?? recommendations[0]!.recommendation;
  const shared: SheetShared = {
    programId: first.programId,
    nip: first.nip,
    cohort: first.cohort,
    attempt: first.attempt,
    recordedBy: 'recordedBy' in first ? first.recordedBy : first.recommendedBy,
    recordedAt: 'recordedAt' in first ? first.recordedAt : first.recommendedAt,
    ...(evidence[0] && { recordedByRole: evidence[0].recordedByRole }),
  };
  return {
    ...assessmentSheetKey(shared, randomUUID().slice(0, 8)),
    entity: 'AssessmentSheet',
    ...shared,
    evidence: evidence.map((e) => withoutShared(e, shared)),
    recommendations: recommendations.map((r) =>
      withoutShared(r.recommendation, shared, { recordedBy: 'recommendedBy', recordedAt: 'recommendedAt' }),
    ),
  };
}

/**
 * A sheet's records whole: each record's own fields over the sheet's (a sheet written before records were kept
 * without them holds them all, and reads the same).
 */
export function sheetRecordsOf(item: Record<string, unknown>): {
  evidence: EvidenceRecord[];
  recommendations: UnitRecommendation[];
} {
  const { programId, nip, cohort, attempt, recordedBy, recordedAt, recordedByRole } = item as SheetShared;
  const common = { programId, nip, cohort, attempt };
  return {
    evidence: (item.evidence as Record<string, unknown>[]).map(
      (e) =>
        ({
          ...common,
          recordedBy,
          recordedAt,
          ...(recordedByRole && { recordedByRole }),
          ...e,
        }) as EvidenceRecord,
    ),
    recommendations: (item.recommendations as Record<string, unknown>[]).map(
      (r) =>
        ({ ...common, recommendedBy: recordedBy, recommendedAt: recordedAt, ...r }) as UnitRecommendation,
    ),
  };
}

/**
 * Records evidence and recommendations, all or nothing, as new items only (`attribute_not_exists`): a single
 * record as its own item (Evidence, UnitRecommendation), several (an assessment sheet) as one AssessmentSheet
 * item holding them all. One item per sheet is one write where a transaction of one item per record cost two
 * per record and, on DynamoDB Local, ten times the time. A failed condition writes nothing and throws
 * ConcurrentChangeError.
 */
export async function recordAssessment(
  evidence: readonly EvidenceRecord[],
  recommendations: readonly NewRecommendation[] = [],
): Promise<void> {
  const count = evidence.length + recommendations.length;
  if (count === 0) return;
  const item =
    count > 1
      ? sheetItem(evidence, recommendations)
      : evidence[0]
        ? evidenceItem(evidence[0])
        : recommendationItem(recommendations[0]!);
  try {
    await dynamo().send(new PutCommand(putNew(item)));
  } catch (error) {
    if (isConditionalCheckFailure(error)) throw new ConcurrentChangeError(['ConditionalCheckFailed']);
    throw error;
  }
}

export interface UnitRecord {
  evidence: EvidenceRecord[];
  /** Oldest first; the last one counts. */
  recommendations: UnitRecommendation[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A participant's evidence and recommendations, per unit (in unit order), for one attempt or (without one)
 * every attempt: the records of single items and of sheets together, evidence in the order of its ids (time,
 * then place in its request) and recommendations oldest first.
 */
export async function loadAssessment(
  programId: string,
  nip: string,
  attempt?: number,
): Promise<Map<string, UnitRecord>> {
  const items = await queryAll({
    ...skBeginsWith(participantKey(programId, nip).pk, assessmentPrefix(attempt)),
    ConsistentRead: true,
  });
  return assessmentOf(items, attempt);
}

/**
 * The evidence and recommendations among a participant's items, as loadAssessment gives them: of `attempt`, or
 * (without one) of every attempt by `<attempt>#<unitCode>`. Items of other kinds are left out.
 */
export function assessmentOf(
  items: readonly Record<string, unknown>[],
  attempt?: number,
): Map<string, UnitRecord> {
  const found = new Map<string, UnitRecord>();
  const unitOf = (record: { attempt: number; unitCode: string }) => {
    const key = attempt === undefined ? `${record.attempt}#${record.unitCode}` : record.unitCode;
    const unit = found.get(key) ?? { evidence: [], recommendations: [] };
    found.set(key, unit);
    return unit;
  };
  for (const item of items) {
    if (item.entity === 'Evidence') {
      const e = withoutKeys<EvidenceRecord>(item);
      unitOf(e).evidence.push(e);
    } else if (item.entity === 'UnitRecommendation') {
      const r = withoutKeys<UnitRecommendation>(item);
      unitOf(r).recommendations.push(r);
    } else if (item.entity === 'AssessmentSheet') {
      const { evidence, recommendations } = sheetRecordsOf(item);
      for (const e of evidence) unitOf(e).evidence.push(e);
      for (const r of recommendations) unitOf(r).recommendations.push(r);
    }
  }
  const units = new Map<string, UnitRecord>();
  for (const key of [...found.keys()].sort(byText)) {
    const unit = found.get(key)!;
    unit.evidence.sort((a, b) => byText(a.evidenceId, b.evidenceId));
    unit.recommendations.sort((a, b) => byText(a.recommendedAt, b.recommendedAt));
    units.set(key, unit);
  }
  return units;
}

/** One attempt's units, by unit code, out of every attempt's (as `loadAssessment` without an attempt gives them). */
export function unitsOfAttempt(
  every: ReadonlyMap<string, UnitRecord>,
  attempt: number,
): Map<string, UnitRecord> {
  const prefix = `${attempt}#`;
  return new Map(
    [...every]
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, unit]) => [key.slice(prefix.length), unit]),
  );
}
