import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { MechanismProposal } from '../../events/api/test-mechanism';
import { dynamo } from '../../runtime/clients';
import { MECHANISM_PREFIX, mechanismProposalKey, testTeamKey } from './keys';
import { queryAll, skBeginsWith } from './query';
import { sendIf, tableName, withoutKeys } from './table';

/*
 * The test mechanism assessors propose to the leader of a team formed by decree (Perban BKN 7/2020 Pasal 30(2)a):
 * in the team's partition, one item per proposal, decided once. Key shapes and access patterns:
 * docs/data-model.md ("Test mechanism proposals").
 */

const item = (proposal: MechanismProposal) => ({
  ...mechanismProposalKey(proposal.teamId, proposal.proposalId),
  entity: 'MechanismProposal',
  ...proposal,
});

/** TM1: a new proposal, written only if new. */
export async function saveMechanismProposal(proposal: MechanismProposal): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: item(proposal),
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** TM2: every proposal of a team's cohorts, in the order proposed. */
export async function teamMechanismProposals(teamId: string): Promise<MechanismProposal[]> {
  return (await queryAll({ ...skBeginsWith(testTeamKey(teamId).pk, MECHANISM_PREFIX), ConsistentRead: true }))
    .map((found) => withoutKeys<MechanismProposal>(found))
    .sort((a, b) => a.proposedAt.localeCompare(b.proposedAt));
}

/** TM3: one proposal of a team. */
export async function findMechanismProposal(
  teamId: string,
  proposalId: string,
): Promise<MechanismProposal | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName(),
      Key: mechanismProposalKey(teamId, proposalId),
      ConsistentRead: true,
    }),
  );
  return Item ? withoutKeys<MechanismProposal>(Item) : undefined;
}

/** TM4: the leader's decision, written only while the proposal is still undecided; false when it no longer is. */
export function saveMechanismDecision(decided: MechanismProposal): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: item(decided),
      ConditionExpression: '#status = :submitted',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':submitted': 'DIAJUKAN' },
    }),
  );
}
