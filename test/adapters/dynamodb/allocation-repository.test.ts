import '../../functions/helpers/env';
import {
  DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  chargeDetermined,
  chargeProposed,
  ConcurrentChangeError,
  findAllocation,
  findTally,
  listAllocations,
  setAllocation,
} from '../../../adapters/dynamodb/allocation-repository';
import { TABLE_NAME } from '../../functions/helpers/env';
import { cancelledAt } from './dynamodb-errors';

/*
 * Kanreg allocations, access patterns RG1-RG5 (docs/data-model.md): the exact command each sends and what a failed
 * condition becomes.
 */

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const PROGRAM = 'prg_0f8fad5b-d9cb-469f-a165-70867728950e';
const KEY = { pk: `PROGRAM#${PROGRAM}`, sk: 'ALLOCATION#III' };
const NOW = new Date('2027-02-01T02:00:00.000Z');
const STORED = {
  ...KEY,
  entity: 'Allocation',
  programId: PROGRAM,
  kanreg: 'III',
  allocated: 5,
  proposed: 3,
  determined: 1,
  updatedBy: 'admin-bkn-1',
  updatedAt: NOW.toISOString(),
};

describe('allocation repository', () => {
  it('RG1: a Kanreg’s allocation, strongly consistent; nothing stored is no allocation and nothing used', async () => {
    ddb.on(GetCommand).resolvesOnce({ Item: STORED }).resolvesOnce({}).resolvesOnce({ Item: STORED });

    const found = await findTally(PROGRAM, 'III');
    const none = await findTally(PROGRAM, 'III');
    const answered = await findAllocation(PROGRAM, 'III');

    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: KEY,
      ConsistentRead: true,
    });
    expect(found).toStrictEqual({ allocated: 5, proposed: 3, determined: 1 });
    expect(none).toStrictEqual({ allocated: undefined, proposed: 0, determined: 0 });
    expect(answered).toStrictEqual({
      programId: PROGRAM,
      kanreg: 'III',
      allocated: 5,
      proposed: 3,
      determined: 1,
      updatedBy: 'admin-bkn-1',
      updatedAt: NOW.toISOString(),
    });
  });

  it('RG2: every Kanreg’s allocation of a programme, from its partition', async () => {
    ddb.on(QueryCommand).resolves({ Items: [STORED] });

    const items = await listAllocations(PROGRAM);

    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': `PROGRAM#${PROGRAM}`, ':prefix': 'ALLOCATION#' },
    });
    expect(items.map((a) => [a.kanreg, a.allocated])).toStrictEqual([['III', 5]]);
  });

  it('RG3: marks the programme allocated (only if already so or its window not open) and sets the allocation (never below what was determined)', async () => {
    ddb.on(TransactWriteCommand).resolves({});

    await setAllocation(PROGRAM, 'III', 4, { by: 'admin-bkn-1', now: NOW });

    expect(ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems).toStrictEqual([
      {
        Update: {
          TableName: TABLE_NAME,
          Key: { pk: `PROGRAM#${PROGRAM}`, sk: '#PROGRAM' },
          ConditionExpression: 'attribute_exists(pk) AND (#allocated = :true OR #window.#opensAt > :now)',
          UpdateExpression: 'SET #allocated = :true, #updatedAt = :now',
          ExpressionAttributeNames: {
            '#allocated': 'allocatedPerKanreg',
            '#window': 'proposalWindow',
            '#opensAt': 'opensAt',
            '#updatedAt': 'updatedAt',
          },
          ExpressionAttributeValues: { ':true': true, ':now': NOW.toISOString() },
        },
      },
      {
        Update: {
          TableName: TABLE_NAME,
          Key: KEY,
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
            ':programId': PROGRAM,
            ':kanreg': 'III',
            ':allocated': 4,
            ':zero': 0,
            ':by': 'admin-bkn-1',
            ':now': NOW.toISOString(),
          },
        },
      },
    ]);
  });

  it('a condition of RG3 failed at commit is a concurrent change', async () => {
    ddb.on(TransactWriteCommand).rejects(cancelledAt(2, 1));

    await expect(setAllocation(PROGRAM, 'III', 0, { by: 'admin-bkn-1', now: NOW })).rejects.toBeInstanceOf(
      ConcurrentChangeError,
    );
  });

  it('RG4: counts n proposed candidates only while the allocation read still stands and n more fit it', () => {
    expect(chargeProposed(PROGRAM, 'III', 2, 5)).toStrictEqual({
      Update: {
        TableName: TABLE_NAME,
        Key: KEY,
        ConditionExpression: '#allocated = :allocated AND #proposed <= :room',
        UpdateExpression: 'ADD #proposed :adding',
        ExpressionAttributeNames: { '#allocated': 'allocated', '#proposed': 'proposed' },
        ExpressionAttributeValues: { ':allocated': 5, ':room': 3, ':adding': 2 },
      },
    });
  });

  it('RG5: counts a determination while one more fits, and gives one back unconditionally but for the item', () => {
    expect(chargeDetermined(PROGRAM, 'III', 1)).toStrictEqual({
      Update: {
        TableName: TABLE_NAME,
        Key: KEY,
        ConditionExpression: '#determined < #allocated',
        UpdateExpression: 'ADD #determined :delta',
        ExpressionAttributeNames: { '#determined': 'determined', '#allocated': 'allocated' },
        ExpressionAttributeValues: { ':delta': 1 },
      },
    });
    expect(chargeDetermined(PROGRAM, 'III', -1).Update).toMatchObject({
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':delta': -1 },
    });
  });
});
