import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Upk } from '../../events/api/structural';
import { dynamo } from '../../runtime/clients';
import { STRUCTURAL_UPK_PREFIX, structuralPartition, structuralUpkKey } from './keys';
import { queryAll, skBeginsWith } from './query';
import { sendIf, tableName, withoutKeys } from './table';

/*
 * The UPK an instansi records (docs/data-model.md, "Structural-position assessment", SA6-SA8), in its structural
 * partition; an id starts with the time of recording, so they list in that order.
 */

/** SA6: records a UPK once (its id is new). */
export function saveUpk(upk: Upk): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: { ...structuralUpkKey(upk.instansiCode, upk.id), entity: 'StructuralUpk', ...upk },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** SA7: an instansi's UPK, in order of recording. */
export async function listUpks(instansiCode: string): Promise<Upk[]> {
  const items = await queryAll(skBeginsWith(structuralPartition(instansiCode), STRUCTURAL_UPK_PREFIX));
  return items.map((item) => withoutKeys<Upk>(item));
}

/** SA8: one UPK of the instansi, strongly consistent. */
export async function findUpk(instansiCode: string, id: string): Promise<Upk | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: structuralUpkKey(instansiCode, id), ConsistentRead: true }),
  );
  return Item ? withoutKeys<Upk>(Item) : undefined;
}
