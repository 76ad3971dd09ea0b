import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Operator, OperatorChange, OperatorScope } from '../../events/api/operator';
import { dynamo } from '../../runtime/clients';
import type { Page } from './pagination';
import { queryAll, queryPage } from './query';
import {
  ConcurrentChangeError,
  GSI1,
  type ItemRead,
  tableName,
  transact,
  type TransactItem,
  withoutKeys,
} from './table';
import {
  operatorChangeKey,
  operatorIndexKeys,
  operatorKey,
  operatorListPartition,
  operatorPartition,
} from './keys';

/*
 * The operator registry (docs/data-model.md, "Operator registry"): one entry per operator, and one item per
 * change to it in the same partition, written with the entry in one transaction.
 */

const entryItem = (operator: Operator) => ({
  ...operatorKey(operator.sub),
  entity: 'Operator',
  ...operatorIndexKeys(operator),
  ...operator,
});

function changePut(sub: string, change: OperatorChange, id: string): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: { ...operatorChangeKey(sub, change.at, id), entity: 'OperatorChange', ...change },
    },
  };
}

/** O1: registers an operator once; false when the sub is registered already (nothing written). */
export async function createOperator(
  operator: Operator,
  change: OperatorChange,
  id: string,
): Promise<boolean> {
  try {
    await transact([
      {
        Put: {
          TableName: tableName(),
          Item: entryItem(operator),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      changePut(operator.sub, change, id),
    ]);
    return true;
  } catch (error) {
    if (error instanceof ConcurrentChangeError) return false;
    throw error;
  }
}

/** O2: the registry entry of `sub`, strongly consistent: a disabling or a move counts from the next request. */
export async function findOperator(sub: string): Promise<Operator | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: operatorKey(sub), ConsistentRead: true }),
  );
  return Item ? withoutKeys<Operator>(Item) : undefined;
}

/** O2 as a read of a batch (`requestReads`: strongly consistent): the registry entry of `sub`. */
export const operatorRead = (sub: string): ItemRead<Operator> => ({
  key: operatorKey(sub),
  from: (item) => withoutKeys<Operator>(item),
});

/** O3: the entry with every change to it, oldest first; undefined when the sub is not registered. */
export async function findOperatorWithHistory(
  sub: string,
): Promise<(Operator & { history: OperatorChange[] }) | undefined> {
  const items = await queryAll({
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': operatorPartition(sub) },
    ConsistentRead: true,
  });
  const [entry, ...changes] = items;
  if (!entry || entry.sk !== operatorKey(sub).sk) return undefined;
  return { ...withoutKeys<Operator>(entry), history: changes.map((c) => withoutKeys<OperatorChange>(c)) };
}

/**
 * O4, O5: replaces the entry read as `version` (a move re-keys its listing) and records the change, all or
 * nothing; ConcurrentChangeError when the entry changed since it was read.
 */
export async function replaceOperator(
  next: Operator,
  readVersion: number,
  change: OperatorChange,
  id: string,
): Promise<void> {
  await transact([
    {
      Put: {
        TableName: tableName(),
        Item: entryItem(next),
        ConditionExpression: 'version = :read',
        ExpressionAttributeValues: { ':read': readVersion },
      },
    },
    changePut(next.sub, change, id),
  ]);
}

/** O6: the operators of one instansi or one Kanreg, by username, paged. */
export async function listOperators(
  scope: { instansiCode: string } | { kanreg: string },
  options: { limit: number; cursor?: string },
): Promise<Page<Operator>> {
  return queryPage(
    { index: GSI1, pk: operatorListPartition(scope), limit: options.limit, cursor: options.cursor },
    (item) => withoutKeys<Operator>(item),
  );
}

/** Where a scope puts an operator, as its entry stores it (the other field null). */
export const scopeFields = (scope: OperatorScope) => ({
  instansiCode: scope.role === 'instansi' ? scope.instansiCode : null,
  kanreg: scope.role === 'kanreg' ? scope.kanreg : null,
});
