import { paginateQuery, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { dynamo } from '../clients';
import { tableName } from './table';

export type TableQuery = Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>;

/** The key condition of the items of partition `pk` whose sort key begins with `prefix`. */
export const skBeginsWith = (pk: string, prefix: string) => ({
  KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
  ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
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
