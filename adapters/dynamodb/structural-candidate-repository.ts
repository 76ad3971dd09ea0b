import { GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StructuralCandidate } from '../../events/api/structural';
import { dynamo } from '../../runtime/clients';
import {
  STRUCTURAL_CANDIDATE_PREFIX,
  structuralCandidateKey,
  structuralEarlierNominationKey,
  structuralNominationKey,
  structuralPartition,
} from './keys';
import type { Page } from './pagination';
import { queryPage } from './query';
import { cancellationReasons, KEY, sendIf, tableName, withoutKeys, type TransactItem } from './table';

/*
 * Candidates for a structural position (docs/data-model.md, "Structural-position assessment", SA1-SA5): one item
 * per instansi and NIP, its current nomination, moved from DICATAT to DIUSULKAN to DITETAPKAN / TIDAK_DITETAPKAN by
 * conditional updates, so a proposal or a determination is recorded once, on the state it was decided on. When a
 * nomination ended (PK-PENCALONAN-BERAKHIR) a new one replaces it there and it is kept as it stood (SA14).
 */

type Proposal = NonNullable<StructuralCandidate['proposal']>;
type Determination = NonNullable<StructuralCandidate['determination']>;

/** The NIP's one nomination across all instansi (SK6): which instansi holds it, since when. */
export interface StructuralNominationClaim {
  instansiCode: string;
  at: string;
}

/**
 * What a new nomination was decided on (PK-PENCALONAN-BERAKHIR), as read: the instansi's own latest nomination of
 * the NIP (ended), the NIP's claim (SK6), and the ended nomination of the other instansi holding it.
 */
export interface NominationBasis {
  own?: StructuralCandidate;
  claim?: StructuralNominationClaim;
  holder?: StructuralCandidate;
}

/** A nomination still as read: its status and the recording that began it (each nomination's own). */
const unchanged = (candidate: StructuralCandidate) => ({
  ConditionExpression: '#status = :status AND #recorded.#at = :recordedAt',
  ExpressionAttributeNames: { '#status': 'status', '#recorded': 'recorded', '#at': 'at' },
  ExpressionAttributeValues: { ':status': candidate.status, ':recordedAt': candidate.recorded.at },
});

/**
 * SA1 with SK6 (and SA14 on a renomination): records a nomination of a NIP in an instansi and moves the NIP's one
 * nomination across all instansi to it, all or nothing, on the state it was decided on: no candidate yet or the
 * instansi's own ended one (then kept as history under SA14), no claim yet or the one read, and the other holder's
 * ended nomination unchanged. EXISTS when the instansi recorded the NIP meanwhile, NOMINATED_ELSEWHERE when another
 * instansi did, CHANGED when a nomination decided on moved (another renomination won).
 */
export async function saveStructuralCandidate(
  candidate: StructuralCandidate,
  basis: NominationBasis = {},
): Promise<'SAVED' | 'EXISTS' | 'NOMINATED_ELSEWHERE' | 'CHANGED'> {
  const { own, claim, holder } = basis;
  const items: TransactItem[] = [
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...structuralCandidateKey(candidate.instansiCode, candidate.nip),
          entity: 'StructuralCandidate',
          ...candidate,
        },
        ...(own ? unchanged(own) : { ConditionExpression: 'attribute_not_exists(pk)' }),
      },
    },
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...structuralNominationKey(candidate.nip),
          entity: 'StructuralNomination',
          instansiCode: candidate.instansiCode,
          at: candidate.recorded.at,
        },
        ...(claim
          ? {
              ConditionExpression: '#instansiCode = :holder AND #at = :claimedAt',
              ExpressionAttributeNames: { '#instansiCode': 'instansiCode', '#at': 'at' },
              ExpressionAttributeValues: { ':holder': claim.instansiCode, ':claimedAt': claim.at },
            }
          : { ConditionExpression: 'attribute_not_exists(pk)' }),
      },
    },
    ...(own
      ? [
          {
            Put: {
              TableName: tableName(),
              Item: {
                ...structuralEarlierNominationKey(own.instansiCode, own.nip, own.nomination ?? 1),
                entity: 'StructuralEarlierNomination',
                ...own,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ]
      : []),
    ...(holder
      ? [
          {
            ConditionCheck: {
              TableName: tableName(),
              Key: structuralCandidateKey(holder.instansiCode, holder.nip),
              ...unchanged(holder),
            },
          },
        ]
      : []),
  ];
  try {
    await dynamo().send(new TransactWriteCommand({ TransactItems: items }));
    return 'SAVED';
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (!reasons) throw error;
    const [ownReason, claimReason] = reasons;
    if (!own && ownReason === 'ConditionalCheckFailed') return 'EXISTS';
    if (!claim && claimReason === 'ConditionalCheckFailed') return 'NOMINATED_ELSEWHERE';
    if (reasons.some((r) => r === 'ConditionalCheckFailed' || r === 'TransactionConflict')) return 'CHANGED';
    throw error;
  }
}

/** SK6: the NIP's one nomination across all instansi, strongly consistent (a new nomination is decided on it). */
export async function findNominationClaim(nip: string): Promise<StructuralNominationClaim | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: structuralNominationKey(nip), ConsistentRead: true }),
  );
  return Item && { instansiCode: Item.instansiCode as string, at: Item.at as string };
}

/** SA15: an instansi's earlier nomination of a NIP (1 = the first), as it stood when the next replaced it. */
export async function findEarlierNomination(
  instansiCode: string,
  nip: string,
  nomination: number,
): Promise<StructuralCandidate | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName(),
      Key: structuralEarlierNominationKey(instansiCode, nip, nomination),
      ConsistentRead: true,
    }),
  );
  return Item ? withoutKeys<StructuralCandidate>(Item) : undefined;
}

/** SA2: one candidate, strongly consistent (its state decides the next step). */
export async function findStructuralCandidate(
  instansiCode: string,
  nip: string,
): Promise<StructuralCandidate | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName(),
      Key: structuralCandidateKey(instansiCode, nip),
      ConsistentRead: true,
    }),
  );
  return Item ? withoutKeys<StructuralCandidate>(Item) : undefined;
}

/**
 * SA3: one page of an instansi's candidates, by NIP (one item per official it ever nominated, so it grows with the
 * years); pass the page's `nextCursor` to read the next.
 */
export function listStructuralCandidates(
  instansiCode: string,
  options: { limit: number; cursor?: string },
): Promise<Page<StructuralCandidate>> {
  return queryPage(
    {
      index: KEY,
      pk: structuralPartition(instansiCode),
      skBeginsWith: { name: 'prefix', value: STRUCTURAL_CANDIDATE_PREFIX },
      limit: options.limit,
      cursor: options.cursor,
    },
    (item) => withoutKeys<StructuralCandidate>(item),
  );
}

/** Moves a candidate from `from` to `to`, setting `field` to what the step decided; false if it moved meanwhile. */
function advance(
  instansiCode: string,
  nip: string,
  [from, to]: [StructuralCandidate['status'], StructuralCandidate['status']],
  field: 'proposal' | 'determination',
  value: Proposal | Determination,
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: structuralCandidateKey(instansiCode, nip),
      ConditionExpression: '#status = :from',
      UpdateExpression: `SET #status = :to, #${field} = :${field}`,
      ExpressionAttributeNames: { '#status': 'status', [`#${field}`]: field },
      ExpressionAttributeValues: { ':from': from, ':to': to, [`:${field}`]: value },
    }),
  );
}

/** SA4: the proposal to the PPK, only from DICATAT; false when the candidate moved on meanwhile. */
export const recordNominationProposal = (instansiCode: string, nip: string, proposal: Proposal) =>
  advance(instansiCode, nip, ['DICATAT', 'DIUSULKAN'], 'proposal', proposal);

/** SA5: the PPK's determination, only from DIUSULKAN; false when it was determined meanwhile. */
export const recordDetermination = (instansiCode: string, nip: string, determination: Determination) =>
  advance(instansiCode, nip, ['DIUSULKAN', determination.decision], 'determination', determination);

/** SA12: the handover to a UPK or TPK, once, of a determined candidate; false otherwise. */
export function recordHandover(
  instansiCode: string,
  nip: string,
  handover: NonNullable<StructuralCandidate['handover']>,
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: structuralCandidateKey(instansiCode, nip),
      ConditionExpression: '#status = :determined AND attribute_not_exists(#handover)',
      UpdateExpression: 'SET #handover = :handover',
      ExpressionAttributeNames: { '#status': 'status', '#handover': 'handover' },
      ExpressionAttributeValues: { ':determined': 'DITETAPKAN', ':handover': handover },
    }),
  );
}

/** SA13: the assessment plan, once, of a candidate handed to a UPK or TPK; false otherwise. */
export function recordPlan(
  instansiCode: string,
  nip: string,
  plan: NonNullable<StructuralCandidate['plan']>,
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: structuralCandidateKey(instansiCode, nip),
      ConditionExpression: 'attribute_exists(#handover) AND attribute_not_exists(#plan)',
      UpdateExpression: 'SET #plan = :plan',
      ExpressionAttributeNames: { '#handover': 'handover', '#plan': 'plan' },
      ExpressionAttributeValues: { ':plan': plan },
    }),
  );
}
