import { paginateQuery, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../../runtime/clients';
import { decodeCursor, encodeCursor, type Page } from './pagination';
import { tableName } from './table';

export type TableQuery = Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>;

/** The key condition of the items of partition `pk` whose sort key begins with `prefix`. */
export const skBeginsWith = (pk: string, prefix: string) => ({
  KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
  ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
});

/** The key condition of the items of partition `pk` whose sort key is from `from` to `to`, both included. */
export const skBetween = (range: { pk: string; from: string; to: string }) => ({
  KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
  ExpressionAttributeValues: { ':pk': range.pk, ':from': range.from, ':to': range.to },
});

/**
 * lib-dynamodb's paginator sets ExclusiveStartKey and Limit on the one input object it sends for every page; each
 * page goes as a command of its own holding only what was set then, so a command, once sent, stays what it sent.
 */
const asSent = (command: QueryCommand): QueryCommand =>
  new QueryCommand(
    Object.fromEntries(
      Object.entries(command.input).filter(([, value]) => value !== undefined),
    ) as QueryCommandInput,
  );

/** Every item a query on the table answers, page after page (lib-dynamodb's paginator). */
export async function queryAll(query: TableQuery): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  const pages = paginateQuery(
    { client: dynamo(), withCommand: (command) => asSent(command as QueryCommand) },
    { TableName: tableName(), ...query },
  );
  for await (const page of pages) items.push(...(page.Items ?? []));
  return items;
}

/** One page of a listing on an index, or on the table (`KEY`): a partition, perhaps only the sort keys under a prefix. */
export interface PageQuery {
  index: { name?: string; pk: string; sk: string };
  pk: string;
  /** Only the items whose index sort key begins with `value`, given to the condition as `:<name>`. */
  skBeginsWith?: { name: string; value: string };
  limit: number;
  /** The `nextCursor` of the page before; refused unless it is a key of this very partition. */
  cursor?: string;
  newestFirst?: true;
  /** A strongly consistent read, for a page that answers right after a write of the same partition. */
  consistentRead?: true;
}

/** `limit` items of a listing after `cursor`, as entities (`from`), with the cursor of the next page if any. */
export async function queryPage<T>(
  query: PageQuery,
  from: (item: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const { index, pk, skBeginsWith: sk } = query;
  const page = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      ...(index.name ? { IndexName: index.name } : {}),
      KeyConditionExpression: sk ? `#pk = :pk AND begins_with(#sk, :${sk.name})` : '#pk = :pk',
      ExpressionAttributeNames: { '#pk': index.pk, ...(sk ? { '#sk': index.sk } : {}) },
      ExpressionAttributeValues: { ':pk': pk, ...(sk ? { [`:${sk.name}`]: sk.value } : {}) },
      ...(query.newestFirst ? { ScanIndexForward: false } : {}),
      ...(query.consistentRead ? { ConsistentRead: true } : {}),
      Limit: query.limit,
      ...(query.cursor
        ? { ExclusiveStartKey: decodeCursor(query.cursor, { attribute: index.pk, value: pk }) }
        : {}),
    }),
  );
  const items = (page.Items ?? []).map((item) => from(item));
  const nextCursor = encodeCursor(page.LastEvaluatedKey);
  return nextCursor ? { items, nextCursor } : { items };
}
