import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { StructuralCandidate } from '../../events/api/structural';
import { dynamo } from '../../runtime/clients';
import { STRUCTURAL_CANDIDATE_PREFIX, structuralCandidateKey, structuralPartition } from './keys';
import { queryAll, skBeginsWith } from './query';
import { sendIf, tableName, withoutKeys } from './table';

/*
 * Candidates for a structural position (docs/data-model.md, "Structural-position assessment", SA1-SA5): one item
 * per instansi and NIP, moved from DICATAT to DIUSULKAN to DITETAPKAN / TIDAK_DITETAPKAN by conditional updates,
 * so a proposal or a determination is recorded once, on the state it was decided on.
 */

type Proposal = NonNullable<StructuralCandidate['proposal']>;
type Determination = NonNullable<StructuralCandidate['determination']>;

/** SA1: records a candidate once per instansi and NIP; false when there is one already. */
export function saveStructuralCandidate(candidate: StructuralCandidate): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...structuralCandidateKey(candidate.instansiCode, candidate.nip),
        entity: 'StructuralCandidate',
        ...candidate,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
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

/** SA3: an instansi's candidates, by NIP. */
export async function listStructuralCandidates(instansiCode: string): Promise<StructuralCandidate[]> {
  const items = await queryAll(skBeginsWith(structuralPartition(instansiCode), STRUCTURAL_CANDIDATE_PREFIX));
  return items.map((item) => withoutKeys<StructuralCandidate>(item));
}

/** SA4: the proposal to the PPK, only from DICATAT; false when the candidate moved on meanwhile. */
export function recordNominationProposal(
  instansiCode: string,
  nip: string,
  proposal: Proposal,
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: structuralCandidateKey(instansiCode, nip),
      ConditionExpression: '#status = :from',
      UpdateExpression: 'SET #status = :to, #proposal = :proposal',
      ExpressionAttributeNames: { '#status': 'status', '#proposal': 'proposal' },
      ExpressionAttributeValues: { ':from': 'DICATAT', ':to': 'DIUSULKAN', ':proposal': proposal },
    }),
  );
}

/** SA5: the PPK's determination, only from DIUSULKAN; false when it was determined meanwhile. */
export function recordDetermination(
  instansiCode: string,
  nip: string,
  determination: Determination,
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: structuralCandidateKey(instansiCode, nip),
      ConditionExpression: '#status = :from',
      UpdateExpression: 'SET #status = :to, #determination = :determination',
      ExpressionAttributeNames: { '#status': 'status', '#determination': 'determination' },
      ExpressionAttributeValues: {
        ':from': 'DIUSULKAN',
        ':to': determination.decision,
        ':determination': determination,
      },
    }),
  );
}
