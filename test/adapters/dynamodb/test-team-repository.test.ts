import '../../functions/helpers/env';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { ConcurrentChangeError } from '../../../adapters/dynamodb/table';
import {
  amendTestTeam,
  findTestTeam,
  findTestTeamRatio,
  saveTestTeam,
  saveTestTeamRatio,
} from '../../../adapters/dynamodb/test-team-repository';
import type { TeamMember } from '../../../events/api/assessment';
import { TestTeam, TestTeamRatio } from '../../../events/api/test-team';
import { TABLE_NAME } from '../../functions/helpers/env';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const TEAM = (TestTeam.meta()?.examples as TestTeam[])[0]!;
const RATIO = (TestTeamRatio.meta()?.examples as TestTeamRatio[])[0]!;
const COHORT_PK = `COHORT#${TEAM.cohorts[0]!.programId}#019`;
const MEMBER: TeamMember = {
  programId: TEAM.cohorts[0]!.programId,
  cohort: 19,
  username: 'asesor.budi',
  role: 'asesor',
  nip: '197501012000031001',
  name: 'Budi Santoso, S.H., M.Si.',
  profile: { golongan: 'IV/a' },
  excluded: [],
  assignedBy: 'bkn-admin-1',
  assignedAt: TEAM.formedAt,
  teamId: TEAM.teamId,
  period: TEAM.period,
  leader: true,
  origin: TEAM.members[0]!.origin,
};
const NEW = 'attribute_not_exists(pk)';

describe('test team repository', () => {
  it("TT1: forms a team in one transaction: the team, each cohort's decree marker and its members on the cohort, each written only if new, and no cohort given a member one by one", async () => {
    // Prepare
    ddb.on(TransactWriteCommand).resolves({});

    // Act
    await saveTestTeam(TEAM, [MEMBER]);

    // Assess
    expect(ddb.commandCalls(TransactWriteCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TransactItems: [
          {
            Put: {
              TableName: TABLE_NAME,
              Item: { pk: `TESTTEAM#${TEAM.teamId}`, sk: '#TEAM', entity: 'TestTeam', ...TEAM },
              ConditionExpression: NEW,
            },
          },
          {
            Put: {
              TableName: TABLE_NAME,
              Item: {
                pk: COHORT_PK,
                sk: 'ASSESSMENT#DECREE',
                entity: 'CohortDecree',
                teamId: TEAM.teamId,
                decree: TEAM.decree.number,
                period: TEAM.period,
                leader: 'asesor.budi',
              },
              ConditionExpression: NEW,
            },
          },
          {
            ConditionCheck: {
              TableName: TABLE_NAME,
              Key: { pk: COHORT_PK, sk: 'ASSESSMENT#ONE_BY_ONE' },
              ConditionExpression: NEW,
            },
          },
          {
            Put: {
              TableName: TABLE_NAME,
              Item: { pk: COHORT_PK, sk: 'ASSESSMENT#TEAM#asesor.budi', entity: 'TeamMember', ...MEMBER },
              ConditionExpression: NEW,
            },
          },
        ],
      },
    ]);
  });

  it('forming a team: a cohort served or given a member meanwhile fails the whole transaction as a concurrent change', async () => {
    ddb.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({
        message: 'cancelled',
        $metadata: {},
        CancellationReasons: [
          { Code: 'None' },
          { Code: 'None' },
          { Code: 'ConditionalCheckFailed' },
          { Code: 'None' },
        ],
      }),
    );
    await expect(saveTestTeam(TEAM, [MEMBER])).rejects.toBeInstanceOf(ConcurrentChangeError);
  });

  it('TT5: amends a team in one transaction: the team only while it has the members it was read with, each new member on its cohort only if new', async () => {
    ddb.on(TransactWriteCommand).resolves({});
    const joko: TeamMember = { ...MEMBER, username: 'asesor.joko', leader: false };
    await amendTestTeam(TEAM, 2, [joko]);
    expect(ddb.commandCalls(TransactWriteCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TransactItems: [
          {
            Put: {
              TableName: TABLE_NAME,
              Item: { pk: `TESTTEAM#${TEAM.teamId}`, sk: '#TEAM', entity: 'TestTeam', ...TEAM },
              ConditionExpression: 'size(members) = :before',
              ExpressionAttributeValues: { ':before': 2 },
            },
          },
          {
            Put: {
              TableName: TABLE_NAME,
              Item: { pk: COHORT_PK, sk: 'ASSESSMENT#TEAM#asesor.joko', entity: 'TeamMember', ...joko },
              ConditionExpression: NEW,
            },
          },
        ],
      },
    ]);
  });

  it('TT2: reads a team with one strongly consistent GetItem, without its keys', async () => {
    ddb
      .on(GetCommand)
      .resolves({ Item: { pk: `TESTTEAM#${TEAM.teamId}`, sk: '#TEAM', entity: 'TestTeam', ...TEAM } });
    expect(await findTestTeam(TEAM.teamId)).toStrictEqual(TEAM);
    expect(ddb.commandCalls(GetCommand).map((c) => c.args[0].input)).toStrictEqual([
      { TableName: TABLE_NAME, Key: { pk: `TESTTEAM#${TEAM.teamId}`, sk: '#TEAM' }, ConsistentRead: true },
    ]);
  });

  it('TT3: sets the ratio with one PutItem that replaces the one before', async () => {
    ddb.on(PutCommand).resolves({});
    await saveTestTeamRatio(RATIO);
    expect(ddb.commandCalls(PutCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Item: { pk: 'REFERENCE#TEST_TEAM_RATIO', sk: '#RATIO', entity: 'TestTeamRatio', ...RATIO },
      },
    ]);
  });

  it('TT4: reads the ratio with one strongly consistent GetItem; none before BKN sets it', async () => {
    ddb
      .on(GetCommand)
      .resolvesOnce({})
      .resolves({ Item: { pk: 'REFERENCE#TEST_TEAM_RATIO', sk: '#RATIO', ...RATIO } });
    expect(await findTestTeamRatio()).toBeUndefined();
    expect(await findTestTeamRatio()).toStrictEqual(RATIO);
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: { pk: 'REFERENCE#TEST_TEAM_RATIO', sk: '#RATIO' },
      ConsistentRead: true,
    });
  });
});
