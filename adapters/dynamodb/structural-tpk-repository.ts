import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Tpk } from '../../events/api/structural';
import { dynamo } from '../../runtime/clients';
import { STRUCTURAL_TPK_PREFIX, structuralPartition, structuralTpkKey } from './keys';
import { queryAll, skBeginsWith } from './query';
import { sendIf, tableName, withoutKeys } from './table';

/*
 * The TPK the PPK of an instansi forms by decree (docs/data-model.md, "Structural-position assessment", SA9-SA11), in its structural
 * partition; an id starts with the time of recording, so they list in that order.
 */

/** SA9: records a TPK once (its id is new). */
export function saveTpk(tpk: Tpk): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: { ...structuralTpkKey(tpk.instansiCode, tpk.id), entity: 'StructuralTpk', ...tpk },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** SA10: an instansi's TPK, in order of forming. */
export async function listTpks(instansiCode: string): Promise<Tpk[]> {
  const items = await queryAll(skBeginsWith(structuralPartition(instansiCode), STRUCTURAL_TPK_PREFIX));
  return items.map((item) => withoutKeys<Tpk>(item));
}

/** SA11: one TPK of the instansi, strongly consistent. */
export async function findTpk(instansiCode: string, id: string): Promise<Tpk | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: structuralTpkKey(instansiCode, id), ConsistentRead: true }),
  );
  return Item ? withoutKeys<Tpk>(Item) : undefined;
}
