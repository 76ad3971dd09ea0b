import { QueryCommand } from '@aws-sdk/lib-dynamodb';

/*
 * Which listings a handler read, without restating its queries: the exact command of each access pattern is
 * proved once, beside its repository (test/adapters/dynamodb/). The reading counterpart of writesOf.
 */

/** One query: the index (none for the table), the partition, the sort-key bound or prefix if any, the page size. */
export interface Queried {
  index?: string;
  pk: unknown;
  sk?: unknown;
  limit?: number;
}

/** Every query the mocked client was sent, in order. */
export function queriesOf(ddb: { calls(): { args: readonly unknown[] }[] }): Queried[] {
  return ddb.calls().flatMap((call): Queried[] => {
    const command = call.args[0];
    if (!(command instanceof QueryCommand)) return [];
    const { IndexName, ExpressionAttributeValues, Limit } = command.input;
    const { ':pk': pk, ...bounds } = ExpressionAttributeValues ?? {};
    const [sk] = Object.values(bounds);
    return [
      {
        ...(IndexName !== undefined && { index: IndexName }),
        pk,
        ...(sk !== undefined && { sk }),
        ...(Limit !== undefined && { limit: Limit }),
      },
    ];
  });
}
