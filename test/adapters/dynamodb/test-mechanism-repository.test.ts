import '../../functions/helpers/env';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  findMechanismProposal,
  saveMechanismDecision,
  saveMechanismProposal,
  teamMechanismProposals,
} from '../../../adapters/dynamodb/test-mechanism-repository';
import { MechanismProposal } from '../../../events/api/test-mechanism';
import { TABLE_NAME } from '../../functions/helpers/env';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const DECIDED = (MechanismProposal.meta()?.examples as MechanismProposal[])[0]!;
const { decidedBy: _b, decidedAt: _a, ...undecided } = DECIDED;
const PROPOSAL: MechanismProposal = { ...undecided, status: 'DIAJUKAN' };
const KEY = { pk: `TESTTEAM#${PROPOSAL.teamId}`, sk: `MECHANISM#${PROPOSAL.proposalId}` };
const stored = (p: MechanismProposal) => ({
  ...KEY,
  sk: `MECHANISM#${p.proposalId}`,
  entity: 'MechanismProposal',
  ...p,
});

describe('test mechanism repository', () => {
  it("TM1: records a proposal in its team's partition, only if new", async () => {
    ddb.on(PutCommand).resolves({});
    await saveMechanismProposal(PROPOSAL);
    expect(ddb.commandCalls(PutCommand).map((c) => c.args[0].input)).toStrictEqual([
      { TableName: TABLE_NAME, Item: stored(PROPOSAL), ConditionExpression: 'attribute_not_exists(pk)' },
    ]);
  });

  it("TM2: reads a team's proposals with one strongly consistent Query of its partition, in the order proposed", async () => {
    const later = {
      ...PROPOSAL,
      proposalId: 'mek_00000000-0000-4000-8000-000000000000',
      proposedAt: '2027-07-12T03:00:00.000Z',
    };
    ddb.on(QueryCommand).resolves({ Items: [stored(later), stored(PROPOSAL)] });
    expect(await teamMechanismProposals(PROPOSAL.teamId)).toStrictEqual([PROPOSAL, later]);
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': KEY.pk, ':prefix': 'MECHANISM#' },
        ConsistentRead: true,
      },
    ]);
  });

  it('TM3: reads one proposal with a strongly consistent GetItem; none when the team has no such proposal', async () => {
    ddb
      .on(GetCommand)
      .resolvesOnce({ Item: stored(PROPOSAL) })
      .resolvesOnce({});
    expect(await findMechanismProposal(PROPOSAL.teamId, PROPOSAL.proposalId)).toStrictEqual(PROPOSAL);
    expect(await findMechanismProposal(PROPOSAL.teamId, PROPOSAL.proposalId)).toBeUndefined();
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: KEY,
      ConsistentRead: true,
    });
  });

  it('TM4: writes the decision only while the proposal is undecided; false when it was decided meanwhile', async () => {
    ddb
      .on(PutCommand)
      .resolvesOnce({})
      .rejectsOnce(new ConditionalCheckFailedException({ message: 'decided', $metadata: {} }));
    expect(await saveMechanismDecision(DECIDED)).toBe(true);
    expect(await saveMechanismDecision(DECIDED)).toBe(false);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Item: stored(DECIDED),
      ConditionExpression: '#status = :submitted',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':submitted': 'DIAJUKAN' },
    });
  });
});
