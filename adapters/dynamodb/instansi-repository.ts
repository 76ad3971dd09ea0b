import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Instansi } from '../../events/api/instansi';
import { dynamo } from '../../runtime/clients';
import type { Page } from './pagination';
import { queryPage } from './query';
import { batchGet, GSI1, GSI2, tableName, type ItemRead, withoutKeys } from './table';
import { INSTANSI_LIST_PARTITION, instansiIndexKeys, instansiKey, kanregPartition } from './keys';

/*
 * Instansi registry (docs/data-model.md, "Instansi", N1-N6): who may propose, and which Kanreg covers which
 * regional government.
 */

const fromItem = (item: Record<string, unknown>): Instansi => withoutKeys<Instansi>(item);

export async function saveInstansi(instansi: Instansi): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...instansiKey(instansi.code),
        entity: 'Instansi',
        ...instansiIndexKeys(instansi),
        ...instansi,
      },
    }),
  );
}

/** The instansi's registration, for a read of several items at once (`readItems`). */
export const instansiRead = (code: string): ItemRead<Instansi> => ({
  key: instansiKey(code),
  from: fromItem,
});

/**
 * I12: the registrations of several instansi (up to 100, e.g. a queue batch's letters), in one eventually
 * consistent BatchGetItem as findInstansi reads one: by code, absent for a code not registered.
 */
export async function instansiByCode(codes: readonly string[]): Promise<Map<string, Instansi>> {
  const unique = [...new Set(codes)];
  const items = unique.length ? await batchGet(unique.map(instansiKey)) : [];
  return new Map(items.map((item) => [String(item.code), fromItem(item)]));
}

export async function findInstansi(code: string): Promise<Instansi | undefined> {
  const { Item } = await dynamo().send(new GetCommand({ TableName: tableName(), Key: instansiKey(code) }));
  return Item ? fromItem(Item) : undefined;
}

export async function listInstansi(options: {
  kanreg?: string;
  limit: number;
  cursor?: string;
}): Promise<Page<Instansi>> {
  const index = options.kanreg ? GSI2 : GSI1;
  const pk = options.kanreg ? kanregPartition(options.kanreg) : INSTANSI_LIST_PARTITION;
  return queryPage({ index, pk, limit: options.limit, cursor: options.cursor }, fromItem);
}

/**
 * Whether `kanreg` is a Kanreg BKN knows: one that covers at least one registered regional government (the
 * instansi registry is where Kanreg codes are recorded).
 */
export async function kanregCoversInstansi(kanreg: string): Promise<boolean> {
  const page = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: GSI2.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': GSI2.pk },
      ExpressionAttributeValues: { ':pk': kanregPartition(kanreg) },
      Limit: 1,
    }),
  );
  return (page.Items ?? []).length > 0;
}
