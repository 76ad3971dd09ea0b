import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { TeamMember } from '../../events/api/assessment';
import type { TestTeam, TestTeamRatio } from '../../events/api/test-team';
import { dynamo } from '../../runtime/clients';
import { tableName, transact, withoutKeys } from './table';
import { cohortDecreeKey, cohortOneByOneKey, teamMemberKey, testTeamKey, testTeamRatioKey } from './keys';

/*
 * Test teams formed by the head of BKN's decree (Perban BKN 7/2020 Pasal 19): the team in its own partition, and on
 * each cohort it serves a marker of the decree and the team's assessing members as the cohort's TeamMember items,
 * which the testing routes read as before (AS2). BKN's ratio of participants per assessor is one item. Key shapes
 * and access patterns: docs/data-model.md ("Test team").
 */

const putNew = (Item: Record<string, unknown>) => ({
  Put: { TableName: tableName(), Item, ConditionExpression: 'attribute_not_exists(pk)' },
});

/**
 * Writes a team, the decree marker of each cohort it serves and its members on those cohorts, all or nothing:
 * a cohort served by another decree meanwhile, or given a member one by one (its one-by-one marker, AS1), fails
 * it (ConcurrentChangeError).
 */
export async function saveTestTeam(team: TestTeam, members: readonly TeamMember[]): Promise<void> {
  await transact([
    putNew({ ...testTeamKey(team.teamId), entity: 'TestTeam', ...team }),
    ...team.cohorts.map((c) =>
      putNew({
        ...cohortDecreeKey(c.programId, c.number),
        entity: 'CohortDecree',
        teamId: team.teamId,
        decree: team.decree.number,
        period: team.period,
        leader: team.leader,
      }),
    ),
    ...team.cohorts.map((c) => ({
      ConditionCheck: {
        TableName: tableName(),
        Key: cohortOneByOneKey(c.programId, c.number),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    })),
    ...members.map((m) =>
      putNew({ ...teamMemberKey(m.programId, m.cohort, m.username), entity: 'TeamMember', ...m }),
    ),
  ]);
}

/**
 * TT5: an amending decree: the team as amended, only while it has the members it was read with, and its new
 * members on each cohort it serves, each only if new; all or nothing (ConcurrentChangeError).
 */
export async function amendTestTeam(
  amended: TestTeam,
  membersBefore: number,
  added: readonly TeamMember[],
): Promise<void> {
  await transact([
    {
      Put: {
        TableName: tableName(),
        Item: { ...testTeamKey(amended.teamId), entity: 'TestTeam', ...amended },
        ConditionExpression: 'size(members) = :before',
        ExpressionAttributeValues: { ':before': membersBefore },
      },
    },
    ...added.map((m) =>
      putNew({ ...teamMemberKey(m.programId, m.cohort, m.username), entity: 'TeamMember', ...m }),
    ),
  ]);
}

/** A team formed by decree. */
export async function findTestTeam(teamId: string): Promise<TestTeam | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: testTeamKey(teamId), ConsistentRead: true }),
  );
  return Item ? withoutKeys<TestTeam>(Item) : undefined;
}

/** Sets BKN's ratio of participants per assessor; setting it again replaces it (teams keep the one they used). */
export async function saveTestTeamRatio(ratio: TestTeamRatio): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...testTeamRatioKey(), entity: 'TestTeamRatio', ...ratio },
    }),
  );
}

/** BKN's ratio of participants per assessor, when set. */
export async function findTestTeamRatio(): Promise<TestTeamRatio | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: testTeamRatioKey(), ConsistentRead: true }),
  );
  return Item ? withoutKeys<TestTeamRatio>(Item) : undefined;
}
