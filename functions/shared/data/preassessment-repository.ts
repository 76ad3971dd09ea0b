import { randomUUID } from 'node:crypto';
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { QualificationCode } from '../../../domain/reference/qualifications';
import type { UnitAssessment } from '../../../domain/preassessment/self-assessment';
import type { Recommendation } from '../../../events/api/preassessment';
import { dynamo } from '../clients';
import { proposalPartition, type ProposalRef } from './proposal-repository';
import { ConcurrentChangeError, isConditionalCheckFailure, tableName, transact } from './table';

/*
 * Pre-assessment (konsultasi pra uji): the candidate's self-assessment and the assessor's recommendations, kept
 * in the proposal's partition next to the candidate. The current item holds the self-assessment and the latest
 * recommendation; every recommendation is also written as a history item. Key shapes: docs/data-model.md
 * ("PreAssessment", "PreAssessmentRecommendation").
 */
const prefix = (nip: string) => `PREASSESSMENT#${nip}`;
export const preAssessmentKey = (ref: ProposalRef, nip: string) => ({
  pk: proposalPartition(ref),
  sk: prefix(nip),
});
export const recommendationSk = (nip: string, at: string, id: string) =>
  `${prefix(nip)}#RECOMMENDATION#${at}#${id}`;

export interface StoredSelfAssessment {
  programId: string;
  instansiCode: string;
  nip: string;
  qualification: QualificationCode;
  units: UnitAssessment[];
  /** Whether every unit of the qualification was claimed when it was saved. */
  complete: boolean;
  version: number;
  filledBy: string;
  filledAt: string;
  recommendation?: Recommendation;
}

export interface PreAssessmentRecord {
  selfAssessment?: StoredSelfAssessment;
  /** Every recommendation, oldest first. */
  history: Recommendation[];
}

const STORAGE_KEYS = ['pk', 'sk', 'entity'];
function strip<T>(item: Record<string, unknown>): T {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !STORAGE_KEYS.includes(k))) as T;
}

function recommendationOf(item: Record<string, unknown>): Recommendation {
  const { outcome, notes, selfAssessmentVersion, recommendedBy, recommendedAt } = item as Recommendation;
  return {
    outcome,
    ...(notes === undefined ? {} : { notes }),
    selfAssessmentVersion,
    recommendedBy,
    recommendedAt,
  };
}

/** The self-assessment and the recommendation history of a candidate, in one strongly consistent query. */
export async function loadPreAssessment(ref: ProposalRef, nip: string): Promise<PreAssessmentRecord> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': proposalPartition(ref), ':prefix': prefix(nip) },
        ConsistentRead: true,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  const current = items.find((item) => item.sk === prefix(nip));
  return {
    ...(current ? { selfAssessment: strip<StoredSelfAssessment>(current) } : {}),
    history: items
      .filter((item) => String(item.sk).startsWith(`${prefix(nip)}#RECOMMENDATION#`))
      .map(recommendationOf),
  };
}

/**
 * Saves the self-assessment as version `previousVersion + 1`: only if nobody saved meanwhile and no FIT
 * recommendation has locked it. Throws ConcurrentChangeError otherwise.
 */
export async function saveSelfAssessment(
  record: Omit<StoredSelfAssessment, 'version'>,
  previousVersion: number | undefined,
): Promise<StoredSelfAssessment> {
  const saved: StoredSelfAssessment = { ...record, version: (previousVersion ?? 0) + 1 };
  try {
    await dynamo().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...preAssessmentKey(record, record.nip), entity: 'PreAssessment', ...saved },
        ...(previousVersion === undefined
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : {
              ConditionExpression:
                '#version = :version AND (attribute_not_exists(#rec) OR #rec.#outcome <> :fit)',
              ExpressionAttributeNames: {
                '#version': 'version',
                '#rec': 'recommendation',
                '#outcome': 'outcome',
              },
              ExpressionAttributeValues: { ':version': previousVersion, ':fit': 'FIT' },
            }),
      }),
    );
  } catch (error) {
    if (isConditionalCheckFailure(error)) throw new ConcurrentChangeError(['ConditionalCheckFailed']);
    throw error;
  }
  return saved;
}

/**
 * Records a recommendation: a new history item, and the latest recommendation on the self-assessment, only
 * while the self-assessment is still the version the assessor reviewed.
 */
export async function recordRecommendation(
  ref: ProposalRef,
  nip: string,
  recommendation: Recommendation,
): Promise<void> {
  await transact([
    {
      Put: {
        TableName: tableName(),
        Item: {
          pk: proposalPartition(ref),
          sk: recommendationSk(nip, recommendation.recommendedAt, randomUUID().slice(0, 8)),
          entity: 'PreAssessmentRecommendation',
          programId: ref.programId,
          instansiCode: ref.instansiCode,
          nip,
          ...recommendation,
        },
      },
    },
    {
      Update: {
        TableName: tableName(),
        Key: preAssessmentKey(ref, nip),
        ConditionExpression: '#version = :version',
        UpdateExpression: 'SET #rec = :rec',
        ExpressionAttributeNames: { '#version': 'version', '#rec': 'recommendation' },
        ExpressionAttributeValues: {
          ':version': recommendation.selfAssessmentVersion,
          ':rec': recommendation,
        },
      },
    },
  ]);
}
