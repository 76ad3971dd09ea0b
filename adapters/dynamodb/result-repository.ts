import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Appeal, ResultDecision, RetestBooking } from '../../events/api/result';
import type { StoredAdditionalEvidence } from '../../events/api/result-session';
import { dynamo } from '../../runtime/clients';
import { pause } from '../../runtime/backoff';
import { queryAll } from './query';
import {
  ConcurrentChangeError,
  tableName,
  transact,
  transactOrFalse,
  type TransactItem,
  withoutKeys,
  sendIf,
} from './table';
import {
  RESULT_PREFIX,
  appealKey,
  attemptKey,
  decisionKey,
  openAppealKey,
  participantKey,
  resultKindPrefix,
} from './keys';

/*
 * Results of the competency test: the result-session decisions, the guard that gives each attempt one session
 * decision, the re-test bookings and the appeals, all in the participant's partition next to the Participant
 * item. Decisions are never changed except for the one-time `supersededBy` pointer an upheld appeal sets when it
 * writes the new decision. Key shapes and access patterns: docs/data-model.md, "Results".
 */

/** `dec_<decidedAt>_<n>`: sorts by time within a participant; n is the participant's n-th decision. */
export const decisionIdOf = (decidedAt: string, n: number) => `dec_${decidedAt}_${n}`;

/** One decision, strongly consistent; undefined when the participant has no decision of that id. */
export async function findResultDecision(
  programId: string,
  nip: string,
  decisionId: string,
): Promise<ResultDecision | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName(),
      Key: decisionKey(programId, nip, decisionId),
      ConsistentRead: true,
    }),
  );
  return Item ? withoutKeys<ResultDecision>(Item) : undefined;
}

export interface ResultHistory {
  /** Oldest first. */
  decisions: ResultDecision[];
  /** attempt -> the session decision recorded for it. */
  attempts: Map<number, string>;
  retests: RetestBooking[];
  appeals: Appeal[];
  /** The result session's requests for additional evidence (Pasal 25b), oldest first. */
  evidenceRequests: StoredAdditionalEvidence[];
}

/** Whether an appeal or complaint against this decision is still open (no certificate while it is). */
export const appealOpenAgainst = (history: ResultHistory, decisionId: string): boolean =>
  history.appeals.some((appeal) => appeal.decisionId === decisionId && appeal.status === 'OPEN');

/**
 * Every decision, attempt guard, re-test booking, appeal and additional-evidence request of a participant, in one
 * consistent query.
 */
export async function loadResults(programId: string, nip: string): Promise<ResultHistory> {
  const items = await queryAll({
    ConsistentRead: true,
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
    ExpressionAttributeValues: { ':pk': participantKey(programId, nip).pk, ':prefix': RESULT_PREFIX },
  });
  return resultHistoryOf(items);
}

/** The result history among a participant's items (those under `RESULT#`; any others are left out). */
export function resultHistoryOf(items: readonly Record<string, unknown>[]): ResultHistory {
  const of = (kind: 'DECISION' | 'ATTEMPT' | 'RETEST' | 'APPEAL' | 'EVIDENCE_REQUEST') =>
    items.filter((item) => String(item.sk).startsWith(resultKindPrefix(kind)));
  return {
    decisions: of('DECISION').map((item) => withoutKeys<ResultDecision>(item)),
    attempts: new Map(of('ATTEMPT').map((item) => [Number(item.attempt), String(item.decisionId)])),
    retests: of('RETEST')
      .map((item) => withoutKeys<RetestBooking>(item))
      .sort((a, b) => a.retestNumber - b.retestNumber),
    appeals: of('APPEAL').map((item) => withoutKeys<Appeal>(item)),
    evidenceRequests: of('EVIDENCE_REQUEST').map((item) => withoutKeys<StoredAdditionalEvidence>(item)),
  };
}

const putNew = (key: { pk: string; sk: string }, item: Record<string, unknown>): TransactItem => ({
  Put: {
    TableName: tableName(),
    Item: { ...key, ...item },
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

/** DynamoDB's limit on the items of one TransactWriteItems. */
const MAX_TRANSACTION_ITEMS = 100;

/**
 * Records the session decisions of one or more attempts, all or nothing and append-only: each attempt's guard
 * and its decision are created together, each only if absent (two items per decision, so at most 50 per call;
 * a full cohort of 30 takes 60). False when any attempt already has a decision (a retried or concurrent
 * request) and then nothing is written: the caller reads the existing decisions and re-sends their messages
 * instead of deciding twice.
 */
export async function recordSessionDecisions(decisions: readonly ResultDecision[]): Promise<boolean> {
  const items = decisions.flatMap((decision) => [
    putNew(attemptKey(decision.programId, decision.nip, decision.attempt), {
      entity: 'ResultAttempt',
      attempt: decision.attempt,
      decisionId: decision.decisionId,
    }),
    putNew(decisionKey(decision.programId, decision.nip, decision.decisionId), {
      entity: 'ResultDecision',
      ...decision,
    }),
  ]);
  if (items.length === 0) return true;
  if (items.length > MAX_TRANSACTION_ITEMS) {
    throw new RangeError(
      `${decisions.length} decisions exceed one transaction (${MAX_TRANSACTION_ITEMS} items)`,
    );
  }
  return transactOrFalse(items);
}

/** Records the session decision of one attempt (recordSessionDecisions of one). */
export const recordSessionDecision = (decision: ResultDecision): Promise<boolean> =>
  recordSessionDecisions([decision]);

/** The case open against a decision, if any: its guard names it (strongly consistent reads). */
export async function findOpenAppeal(
  programId: string,
  nip: string,
  decisionId: string,
): Promise<Appeal | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName(),
      Key: openAppealKey(programId, nip, decisionId),
      ConsistentRead: true,
    }),
  );
  return Item ? findAppeal(programId, nip, String(Item.appealId)) : undefined;
}

export type AppealFiling = 'FILED' | 'DECISION_CHANGED' | { open: Appeal };

/** How often a filing that ran into a concurrent one tries in all (with a backoff between tries). */
const FILING_ATTEMPTS = 5;

/**
 * Files an appeal or complaint with its decision's open-case guard, all or nothing: only if no case against the
 * decision is open and the decision is still in force. `FILED`; or the case that is open (filed by a concurrent
 * or earlier request); or `DECISION_CHANGED` when the decision was superseded meanwhile. A transaction that
 * meets a concurrent one, or a guard whose case was resolved in between, tries again.
 */
export async function fileAppealOnce(appeal: Appeal): Promise<AppealFiling> {
  const items: TransactItem[] = [
    putNew(openAppealKey(appeal.programId, appeal.nip, appeal.decisionId), {
      entity: 'OpenAppeal',
      decisionId: appeal.decisionId,
      appealId: appeal.appealId,
    }),
    putNew(appealKey(appeal.programId, appeal.nip, appeal.appealId), { entity: 'Appeal', ...appeal }),
    {
      ConditionCheck: {
        TableName: tableName(),
        Key: decisionKey(appeal.programId, appeal.nip, appeal.decisionId),
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#supersededBy)',
        ExpressionAttributeNames: { '#supersededBy': 'supersededBy' },
      },
    },
  ];
  for (let attempt = 1; ; attempt++) {
    try {
      await transact(items);
      return 'FILED';
    } catch (error) {
      if (!(error instanceof ConcurrentChangeError) || attempt === FILING_ATTEMPTS) throw error;
      const [guard, , decision] = error.reasons;
      if (decision === 'ConditionalCheckFailed') return 'DECISION_CHANGED';
      if (guard === 'ConditionalCheckFailed') {
        const open = await findOpenAppeal(appeal.programId, appeal.nip, appeal.decisionId);
        if (open) return { open };
      }
      await pause(attempt - 1);
    }
  }
}

export async function findAppeal(
  programId: string,
  nip: string,
  appealId: string,
): Promise<Appeal | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName(),
      Key: appealKey(programId, nip, appealId),
      ConsistentRead: true,
    }),
  );
  return Item ? withoutKeys<Appeal>(Item) : undefined;
}

/** Names the reviewer of an open appeal; false once it is resolved. */
export async function assignAppealReviewer(
  appeal: Pick<Appeal, 'programId' | 'nip' | 'appealId'>,
  reviewer: string,
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: appealKey(appeal.programId, appeal.nip, appeal.appealId),
      ConditionExpression: '#status = :open',
      UpdateExpression: 'SET #reviewer = :reviewer',
      ExpressionAttributeNames: { '#status': 'status', '#reviewer': 'reviewer' },
      ExpressionAttributeValues: { ':open': 'OPEN', ':reviewer': reviewer },
    }),
  );
}

/**
 * Closes an open appeal with its resolution, all or nothing, and releases its decision's open-case guard, so a
 * later case may be filed while the rules allow one. When upheld, the new decision is created (only if absent)
 * and the old one gets its `supersededBy` pointer (only once). False when the appeal was already resolved (a
 * retried request) or the old decision was superseded meanwhile.
 */
export async function resolveAppealRecord(
  appeal: Appeal,
  resolution: NonNullable<Appeal['resolution']>,
  newDecision?: ResultDecision,
): Promise<boolean> {
  const items: TransactItem[] = [
    {
      Update: {
        TableName: tableName(),
        Key: appealKey(appeal.programId, appeal.nip, appeal.appealId),
        ConditionExpression: '#status = :open',
        UpdateExpression: 'SET #status = :resolved, #resolution = :resolution',
        ExpressionAttributeNames: { '#status': 'status', '#resolution': 'resolution' },
        ExpressionAttributeValues: { ':open': 'OPEN', ':resolved': 'RESOLVED', ':resolution': resolution },
      },
    },
    {
      Delete: {
        TableName: tableName(),
        Key: openAppealKey(appeal.programId, appeal.nip, appeal.decisionId),
        // A case filed before guards were kept has none.
        ConditionExpression: 'attribute_not_exists(pk) OR #appealId = :appealId',
        ExpressionAttributeNames: { '#appealId': 'appealId' },
        ExpressionAttributeValues: { ':appealId': appeal.appealId },
      },
    },
  ];
  if (newDecision) items.push(...supersede(appeal.decisionId, newDecision));
  return transactOrFalse(items);
}

/** The new decision, created once, and the old one's `supersededBy` pointer, set once. */
function supersede(oldDecisionId: string, newDecision: ResultDecision): TransactItem[] {
  return [
    putNew(decisionKey(newDecision.programId, newDecision.nip, newDecision.decisionId), {
      entity: 'ResultDecision',
      ...newDecision,
    }),
    {
      Update: {
        TableName: tableName(),
        Key: decisionKey(newDecision.programId, newDecision.nip, oldDecisionId),
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#supersededBy)',
        UpdateExpression: 'SET #supersededBy = :by',
        ExpressionAttributeNames: { '#supersededBy': 'supersededBy' },
        ExpressionAttributeValues: { ':by': newDecision.decisionId },
      },
    },
  ];
}

/**
 * Records the result session's correction of a decision, all or nothing: the new decision (which names it in
 * `supersedes`) is created and the old one gets its `supersededBy` pointer, only if it has none and no case
 * against it is open. False when the old decision was superseded, or appealed, meanwhile.
 */
export async function recordCorrection(
  newDecision: ResultDecision & { supersedes: string },
): Promise<boolean> {
  return transactOrFalse([
    ...supersede(newDecision.supersedes, newDecision),
    {
      ConditionCheck: {
        TableName: tableName(),
        Key: openAppealKey(newDecision.programId, newDecision.nip, newDecision.supersedes),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  ]);
}
