import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { RegionalProgram, RegionalProgramStatus } from '../../events/api/regional';
import { dynamo } from '../../runtime/clients';
import type { Page } from './pagination';
import { queryPage } from './query';
import {
  kanregRegionalProgramsPartition,
  REGIONAL_PROGRAMS_PARTITION,
  regionalProgramIndexKeys,
  regionalProgramKey,
  regionalStatusPrefix,
} from './keys';
import { GSI1, GSI2, sendIf, tableName, withoutKeys, type TransactItem } from './table';

/*
 * Regional programmes a Kanreg proposes (Perban BKN 7/2020 Pasal 11b, 7(2)). Access patterns RG6-RG10
 * (docs/data-model.md): the proposal is written once, decided once (its status condition), and listed by status
 * for BKN and by Kanreg for the Kanreg.
 */

const toItem = (program: RegionalProgram) => ({
  ...regionalProgramKey(program.id),
  entity: 'RegionalProgram',
  ...regionalProgramIndexKeys(program),
  ...program,
});

/** RG6: records a Kanreg's proposal under its fresh id; false when the id is taken. */
export function insertRegionalProgram(program: RegionalProgram): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: toItem(program),
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** RG7: one regional programme, strongly consistent. */
export async function findRegionalProgram(id: string): Promise<RegionalProgram | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: regionalProgramKey(id), ConsistentRead: true }),
  );
  return Item ? withoutKeys<RegionalProgram>(Item) : undefined;
}

/**
 * RG8: one page of the regional programmes (or of one Kanreg's), of one status or all, by status then oldest
 * proposal first; pass the page's `nextCursor` to read the next.
 */
export function listRegionalPrograms(options: {
  kanreg?: string;
  status?: RegionalProgramStatus;
  limit: number;
  cursor?: string;
}): Promise<Page<RegionalProgram>> {
  return queryPage(
    {
      index: options.kanreg ? GSI2 : GSI1,
      pk: options.kanreg ? kanregRegionalProgramsPartition(options.kanreg) : REGIONAL_PROGRAMS_PARTITION,
      ...(options.status
        ? { skBeginsWith: { name: 'status', value: regionalStatusPrefix(options.status) } }
        : {}),
      limit: options.limit,
      cursor: options.cursor,
    },
    (item) => withoutKeys<RegionalProgram>(item),
  );
}

/** The update of a PROPOSED regional programme to its decided form (RG9 inside the approval, RG10 alone). */
function decisionUpdate(decided: RegionalProgram): TransactItem {
  const keys = regionalProgramIndexKeys(decided);
  return {
    Update: {
      TableName: tableName(),
      Key: regionalProgramKey(decided.id),
      ConditionExpression: '#status = :proposed',
      UpdateExpression:
        'SET #status = :status, #decision = :decision, #g1sk = :g1sk, #g2sk = :g2sk' +
        (decided.programId ? ', #programId = :programId' : ''),
      ExpressionAttributeNames: {
        '#status': 'status',
        '#decision': 'decision',
        '#g1sk': GSI1.sk,
        '#g2sk': GSI2.sk,
        ...(decided.programId ? { '#programId': 'programId' } : {}),
      },
      ExpressionAttributeValues: {
        ':proposed': 'PROPOSED',
        ':status': decided.status,
        ':decision': decided.decision,
        ':g1sk': keys[GSI1.sk],
        ':g2sk': keys[GSI2.sk],
        ...(decided.programId ? { ':programId': decided.programId } : {}),
      },
    },
  };
}

/** RG9: the write that marks the proposal approved, committed with its programme (insertProgram's `extra`). */
export const approvalUpdate = (approved: RegionalProgram): TransactItem => decisionUpdate(approved);

/** RG10: records a rejection, once; false when the proposal was decided meanwhile. */
export function recordRejection(rejected: RegionalProgram): Promise<boolean> {
  return sendIf(new UpdateCommand(decisionUpdate(rejected).Update!));
}
