import { GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StructuralCandidate } from '../../events/api/structural';
import { dynamo } from '../../runtime/clients';
import {
  STRUCTURAL_CANDIDATE_PREFIX,
  structuralCandidateKey,
  structuralNominationKey,
  structuralPartition,
} from './keys';
import type { Page } from './pagination';
import { queryPage } from './query';
import { cancellationReasons, KEY, sendIf, tableName, withoutKeys } from './table';

/*
 * Candidates for a structural position (docs/data-model.md, "Structural-position assessment", SA1-SA5): one item
 * per instansi and NIP, moved from DICATAT to DIUSULKAN to DITETAPKAN / TIDAK_DITETAPKAN by conditional updates,
 * so a proposal or a determination is recorded once, on the state it was decided on.
 */

type Proposal = NonNullable<StructuralCandidate['proposal']>;
type Determination = NonNullable<StructuralCandidate['determination']>;

/**
 * SA1 with SK6: records a candidate once per instansi and NIP, with the NIP's one nomination across all instansi,
 * both or neither: EXISTS when the instansi has the candidate already, NOMINATED_ELSEWHERE when another instansi
 * nominated the NIP.
 */
export async function saveStructuralCandidate(
  candidate: StructuralCandidate,
): Promise<'SAVED' | 'EXISTS' | 'NOMINATED_ELSEWHERE'> {
  try {
    await dynamo().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName(),
              Item: {
                ...structuralCandidateKey(candidate.instansiCode, candidate.nip),
                entity: 'StructuralCandidate',
                ...candidate,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
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
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
      }),
    );
    return 'SAVED';
  } catch (error) {
    const [own, nomination] = cancellationReasons(error) ?? [];
    if (own === 'ConditionalCheckFailed') return 'EXISTS';
    if (nomination === 'ConditionalCheckFailed') return 'NOMINATED_ELSEWHERE';
    throw error;
  }
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
