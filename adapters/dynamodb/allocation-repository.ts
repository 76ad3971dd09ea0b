import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { EMPTY_TALLY, type KanregTally } from '../../domain/program/allocation';
import type { Allocation } from '../../events/api/regional';
import { dynamo } from '../../runtime/clients';
import { ALLOCATION_PREFIX, allocationKey, programKey } from './keys';
import { ConcurrentChangeError, tableName, transact, withoutKeys, type TransactItem } from './table';

export { ConcurrentChangeError };

/*
 * Kanreg allocations (Perban BKN 7/2020 Pasal 11a, f): one item per programme and Kanreg in the programme's
 * partition, holding what BKN allocated and the two counters the proposals and the eligibility session keep.
 * Every change of a counter is an atomic ADD under a condition DynamoDB re-checks at commit, inside the
 * transaction of the change it counts: two submissions racing for the last places cannot both commit.
 * Access patterns RG1-RG5 (docs/data-model.md).
 */

const tallyOf = (item: Record<string, unknown> | undefined): KanregTally =>
  item
    ? {
        allocated: item.allocated as number | undefined,
        proposed: (item.proposed as number | undefined) ?? 0,
        determined: (item.determined as number | undefined) ?? 0,
      }
    : EMPTY_TALLY;

/** RG1: a Kanreg's tally in a programme, strongly consistent (what a charge is checked against). */
export async function findTally(programId: string, kanreg: string): Promise<KanregTally> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: allocationKey(programId, kanreg), ConsistentRead: true }),
  );
  return tallyOf(Item);
}

const allocationOf = (programId: string, item: Record<string, unknown>): Allocation => ({
  programId,
  kanreg: String(item.kanreg),
  ...withoutKeys<Omit<Allocation, 'programId' | 'kanreg'>>(item, ['entity', 'kanreg', 'programId']),
  proposed: (item.proposed as number | undefined) ?? 0,
  determined: (item.determined as number | undefined) ?? 0,
});

/** RG1 as the API answers it; undefined when the Kanreg has neither an allocation nor a counted candidate. */
export async function findAllocation(programId: string, kanreg: string): Promise<Allocation | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: allocationKey(programId, kanreg), ConsistentRead: true }),
  );
  return Item ? allocationOf(programId, Item) : undefined;
}

/** RG2: every Kanreg's allocation in a programme (at most one item per Kanreg: one page). */
export async function listAllocations(programId: string): Promise<Allocation[]> {
  const { Items = [] } = await dynamo().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': programKey(programId).pk, ':prefix': ALLOCATION_PREFIX },
    }),
  );
  return Items.map((item) => allocationOf(programId, item));
}

/**
 * RG3: sets a Kanreg's allocation and marks the programme allocated per Kanreg, at once. The programme's mark is
 * conditional on it being already allocated or its window not yet open (`ALOKASI-SEBELUM-USULAN`); the allocation
 * on not going below what was determined meanwhile (`ALOKASI-DI-BAWAH-PENETAPAN`). ConcurrentChangeError when
 * either moved since it was read.
 */
export async function setAllocation(
  programId: string,
  kanreg: string,
  candidates: number,
  change: { by: string; now: Date },
): Promise<void> {
  const at = change.now.toISOString();
  await transact([
    {
      Update: {
        TableName: tableName(),
        Key: programKey(programId),
        ConditionExpression: 'attribute_exists(pk) AND (#allocated = :true OR #window.#opensAt > :now)',
        UpdateExpression: 'SET #allocated = :true, #updatedAt = :now',
        ExpressionAttributeNames: {
          '#allocated': 'allocatedPerKanreg',
          '#window': 'proposalWindow',
          '#opensAt': 'opensAt',
          '#updatedAt': 'updatedAt',
        },
        ExpressionAttributeValues: { ':true': true, ':now': at },
      },
    },
    {
      Update: {
        TableName: tableName(),
        Key: allocationKey(programId, kanreg),
        ConditionExpression: 'attribute_not_exists(#determined) OR #determined <= :allocated',
        UpdateExpression:
          'SET #entity = :entity, #programId = :programId, #kanreg = :kanreg, #allocatedCount = :allocated, ' +
          '#proposed = if_not_exists(#proposed, :zero), #determined = if_not_exists(#determined, :zero), ' +
          '#updatedBy = :by, #updatedAt = :now',
        ExpressionAttributeNames: {
          '#entity': 'entity',
          '#programId': 'programId',
          '#kanreg': 'kanreg',
          '#allocatedCount': 'allocated',
          '#proposed': 'proposed',
          '#determined': 'determined',
          '#updatedBy': 'updatedBy',
          '#updatedAt': 'updatedAt',
        },
        ExpressionAttributeValues: {
          ':entity': 'Allocation',
          ':programId': programId,
          ':kanreg': kanreg,
          ':allocated': candidates,
          ':zero': 0,
          ':by': change.by,
          ':now': at,
        },
      },
    },
  ]);
}

/** The allocation item written with a regional programme: its Kanreg's allocation, nothing used yet. */
export function newAllocationItem(
  programId: string,
  kanreg: string,
  candidates: number,
  change: { by: string; now: Date },
): TransactItem {
  return {
    Put: {
      TableName: tableName(),
      Item: {
        ...allocationKey(programId, kanreg),
        entity: 'Allocation',
        programId,
        kanreg,
        allocated: candidates,
        proposed: 0,
        determined: 0,
        updatedBy: change.by,
        updatedAt: change.now.toISOString(),
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/**
 * RG4: counts `adding` candidates submitted from the Kanreg's region, only while they fit the allocation as it
 * was read (`allocated`, the read value, must still stand: a change of it by BKN meanwhile fails the condition).
 */
export function chargeProposed(
  programId: string,
  kanreg: string,
  adding: number,
  allocated: number,
): TransactItem {
  return {
    Update: {
      TableName: tableName(),
      Key: allocationKey(programId, kanreg),
      ConditionExpression: '#allocated = :allocated AND #proposed <= :room',
      UpdateExpression: 'ADD #proposed :adding',
      ExpressionAttributeNames: { '#allocated': 'allocated', '#proposed': 'proposed' },
      ExpressionAttributeValues: { ':allocated': allocated, ':room': allocated - adding, ':adding': adding },
    },
  };
}

/**
 * RG5: counts a determination (+1, only while one more fits the allocation at commit) or takes one back (−1,
 * when the session changes an acceptance).
 */
export function chargeDetermined(programId: string, kanreg: string, delta: 1 | -1): TransactItem {
  return {
    Update: {
      TableName: tableName(),
      Key: allocationKey(programId, kanreg),
      ConditionExpression: delta > 0 ? '#determined < #allocated' : 'attribute_exists(pk)',
      UpdateExpression: 'ADD #determined :delta',
      ExpressionAttributeNames: {
        '#determined': 'determined',
        ...(delta > 0 ? { '#allocated': 'allocated' } : {}),
      },
      ExpressionAttributeValues: { ':delta': delta },
    },
  };
}
