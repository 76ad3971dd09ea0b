import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { QualificationCode } from '../../domain/reference/qualifications';
import type { UnitAssessment } from '../../domain/preassessment/self-assessment';
import type { PreAssessor, Recommendation } from '../../events/api/preassessment';
import { candidateRead } from './proposal-repository';
import { notSetAsParticipant } from './seating-repository';
import { queryAll, skBeginsWith } from './query';
import { ConcurrentChangeError, sendIf, tableName, transact, type TransactItem, withoutKeys } from './table';
import {
  preAssessmentKey,
  preAssessmentPrefix,
  preAssessmentRecommendationKey,
  preAssessmentRecommendationPrefix,
  preAssessorKey,
  preAssessorVersionKey,
  proposalPartition,
  type ProposalRef,
} from './keys';

/*
 * Pre-assessment (konsultasi pra uji): the candidate's self-assessment, the assessor BKN assigned to the
 * candidate and that assessor's recommendations, kept in the proposal's partition next to the candidate. The
 * current item holds the self-assessment and the latest recommendation; every recommendation is also written as
 * a history item. The current assignment is one item, and every assignment is also kept as a history item. Key
 * shapes: docs/data-model.md ("PreAssessment", "PreAssessmentRecommendation", "PreAssessmentAssessor").
 */
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
  /** The assessor BKN assigned to the candidate's consultation, if any. */
  assessor?: PreAssessor;
  /** Every assignment, oldest first. */
  assessorHistory: PreAssessor[];
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
  const items = await queryAll({
    ...skBeginsWith(proposalPartition(ref), preAssessmentPrefix(nip)),
    ConsistentRead: true,
  });
  const current = items.find((item) => item.sk === preAssessmentPrefix(nip));
  const assessor = items.find((item) => item.sk === preAssessorKey(ref, nip).sk);
  return {
    ...(current ? { selfAssessment: withoutKeys<StoredSelfAssessment>(current) } : {}),
    history: items
      .filter((item) => String(item.sk).startsWith(preAssessmentRecommendationPrefix(nip)))
      .map(recommendationOf),
    ...(assessor ? { assessor: withoutKeys<PreAssessor>(assessor) } : {}),
    assessorHistory: items
      .filter((item) => String(item.sk).startsWith(`${preAssessorKey(ref, nip).sk}#`))
      .map((item) => withoutKeys<PreAssessor>(item)),
  };
}

/** The checks a pre-assessment write rests on: the candidate still accepted, not yet set as participant. */
function candidateStillOpen(ref: ProposalRef, nip: string): TransactItem[] {
  return [
    {
      ConditionCheck: {
        TableName: tableName(),
        Key: candidateRead(ref, nip).key,
        ConditionExpression: '#status = :accepted',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':accepted': 'ACCEPTED' },
      },
    },
    notSetAsParticipant(ref.programId, nip),
  ];
}

/** How a conditional pre-assessment write ended. */
export type PreAssessmentWrite = 'WRITTEN' | 'ASSESSOR_CHANGED' | 'CHANGED';

/**
 * Assigns the candidate's assessor as assignment `assignment.assignment`, all or nothing: only while the
 * candidate is still accepted and not set as participant, and the current assignment is still `previous`
 * (undefined when none); every assignment is also kept as a history item, never changed.
 */
export async function assignPreAssessor(
  assignment: PreAssessor,
  previous: number | undefined,
): Promise<PreAssessmentWrite> {
  const key = preAssessorKey(assignment, assignment.nip);
  try {
    await transact([
      ...candidateStillOpen(assignment, assignment.nip),
      {
        Put: {
          TableName: tableName(),
          Item: { ...key, entity: 'PreAssessmentAssessor', ...assignment },
          ...(previous === undefined
            ? { ConditionExpression: 'attribute_not_exists(pk)' }
            : {
                ConditionExpression: '#assignment = :previous',
                ExpressionAttributeNames: { '#assignment': 'assignment' },
                ExpressionAttributeValues: { ':previous': previous },
              }),
        },
      },
      {
        Put: {
          TableName: tableName(),
          Item: {
            ...preAssessorVersionKey(assignment, assignment.nip, assignment.assignment),
            entity: 'PreAssessmentAssessorVersion',
            ...assignment,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]);
    return 'WRITTEN';
  } catch (error) {
    if (!(error instanceof ConcurrentChangeError)) throw error;
    const [candidate, participant] = error.reasons;
    return candidate === 'ConditionalCheckFailed' || participant === 'ConditionalCheckFailed'
      ? 'CHANGED'
      : 'ASSESSOR_CHANGED';
  }
}

/**
 * Saves the self-assessment as version `previousVersion + 1`: only if nobody saved meanwhile and no FIT
 * recommendation has locked it; undefined otherwise (docs/conventions.md).
 */
export async function saveSelfAssessment(
  record: Omit<StoredSelfAssessment, 'version'>,
  previousVersion: number | undefined,
): Promise<StoredSelfAssessment | undefined> {
  const saved: StoredSelfAssessment = { ...record, version: (previousVersion ?? 0) + 1 };
  const written = await sendIf(
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
  return written ? saved : undefined;
}

/**
 * Records a recommendation: a new history item, and the latest recommendation on the self-assessment, only
 * while the self-assessment is still the version the assessor reviewed, the recommending assessor is still the
 * one assigned (`assigned`, as read), and the candidate still accepted and not set as participant.
 */
export async function recordRecommendation(
  ref: ProposalRef,
  nip: string,
  recommendation: Recommendation,
  assigned: Pick<PreAssessor, 'assignment' | 'username'>,
): Promise<PreAssessmentWrite> {
  try {
    await transact([
      {
        Put: {
          TableName: tableName(),
          Item: {
            ...preAssessmentRecommendationKey(
              ref,
              nip,
              recommendation.recommendedAt,
              randomUUID().slice(0, 8),
            ),
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
      {
        ConditionCheck: {
          TableName: tableName(),
          Key: preAssessorKey(ref, nip),
          ConditionExpression: '#assignment = :assignment AND #username = :username',
          ExpressionAttributeNames: { '#assignment': 'assignment', '#username': 'username' },
          ExpressionAttributeValues: { ':assignment': assigned.assignment, ':username': assigned.username },
        },
      },
      ...candidateStillOpen(ref, nip),
    ]);
    return 'WRITTEN';
  } catch (error) {
    if (!(error instanceof ConcurrentChangeError)) throw error;
    return error.reasons[2] === 'ConditionalCheckFailed' ? 'ASSESSOR_CHANGED' : 'CHANGED';
  }
}
