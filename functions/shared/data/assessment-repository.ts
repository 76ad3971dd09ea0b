import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { EvidenceRecord, TeamMember, UnitRecommendation } from '../../../events/api/assessment';
import { dynamo } from '../clients';
import { cohortKey, participantKey } from './seating-repository';
import { ConcurrentChangeError, isConditionalCheckFailure, tableName, transact } from './table';

/*
 * Uji Kompetensi: the test team of a cohort (assessors and experts) lives in the cohort's partition; the evidence
 * and the unit recommendations of a participant live in the participant's partition, per attempt (0 the first
 * test, 1-2 the re-tests) and unit. Evidence and recommendations are append-only: a new recommendation for the
 * same unit is a new item, and the latest one counts. Key shapes and access patterns: docs/data-model.md.
 */
export const teamMemberKey = (programId: string, cohort: number, username: string) => ({
  pk: cohortKey(programId, cohort).pk,
  sk: `ASSESSMENT#TEAM#${username}`,
});
const unitPrefix = (attempt: number, unitCode: string) => `ASSESSMENT#${attempt}#${unitCode}#`;
export const evidenceKey = (
  e: Pick<EvidenceRecord, 'programId' | 'nip' | 'attempt' | 'unitCode' | 'evidenceId'>,
) => ({
  pk: participantKey(e.programId, e.nip).pk,
  sk: `${unitPrefix(e.attempt, e.unitCode)}EVIDENCE#${e.evidenceId}`,
});
export const recommendationKey = (r: UnitRecommendation, id: string) => ({
  pk: participantKey(r.programId, r.nip).pk,
  sk: `${unitPrefix(r.attempt, r.unitCode)}RECOMMENDATION#${r.recommendedAt}#${id}`,
});

const STORAGE_KEYS = ['pk', 'sk', 'entity'];
function strip<T>(item: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !STORAGE_KEYS.includes(k))) as T;
}

async function queryAll(pk: string, skPrefix: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
        ConsistentRead: true,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** Assigns a member to a cohort's test team; assigning the same user again replaces the earlier assignment. */
export async function saveTeamMember(member: TeamMember): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...teamMemberKey(member.programId, member.cohort, member.username),
        entity: 'TeamMember',
        ...member,
      },
    }),
  );
}

/** The test team of a cohort, by username. */
export async function teamOf(programId: string, cohort: number): Promise<TeamMember[]> {
  return (await queryAll(cohortKey(programId, cohort).pk, 'ASSESSMENT#TEAM#')).map((item) =>
    strip<TeamMember>(item),
  );
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

/**
 * Records evidence and recommendations, all or nothing, each as a new item (their ids are new, so the writes
 * only ever create): one `PutItem` for a single item, otherwise one `TransactWriteItems`, which takes at most
 * 100 items (an assessment sheet is limited to fit). A write whose condition fails, or a transaction running
 * into another one, writes nothing and throws ConcurrentChangeError.
 */
export async function recordAssessment(
  evidence: readonly EvidenceRecord[],
  recommendations: readonly NewRecommendation[] = [],
): Promise<void> {
  const puts = [...evidence.map(evidenceItem), ...recommendations.map(recommendationItem)].map(putNew);
  if (puts.length === 1) {
    try {
      await dynamo().send(new PutCommand(puts[0]!));
    } catch (error) {
      if (isConditionalCheckFailure(error)) throw new ConcurrentChangeError(['ConditionalCheckFailed']);
      throw error;
    }
  } else if (puts.length > 1) {
    await transact(puts.map((Put) => ({ Put })));
  }
}

export interface UnitRecord {
  evidence: EvidenceRecord[];
  /** Oldest first; the last one counts. */
  recommendations: UnitRecommendation[];
}

/** A participant's evidence and recommendations, per unit, for one attempt or (without one) every attempt. */
export async function loadAssessment(
  programId: string,
  nip: string,
  attempt?: number,
): Promise<Map<string, UnitRecord>> {
  const items = await queryAll(
    participantKey(programId, nip).pk,
    attempt === undefined ? 'ASSESSMENT#' : `ASSESSMENT#${attempt}#`,
  );
  const units = new Map<string, UnitRecord>();
  for (const item of items) {
    const key =
      attempt === undefined ? `${String(item.attempt)}#${String(item.unitCode)}` : String(item.unitCode);
    const unit = units.get(key) ?? { evidence: [], recommendations: [] };
    if (item.entity === 'Evidence') unit.evidence.push(strip<EvidenceRecord>(item));
    if (item.entity === 'UnitRecommendation') unit.recommendations.push(strip<UnitRecommendation>(item));
    units.set(key, unit);
  }
  return units;
}
