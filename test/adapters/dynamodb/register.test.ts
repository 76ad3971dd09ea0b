import '../../functions/helpers/env';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  advance,
  MAX_REGISTER_RETRIES,
  REGISTER_MOVED,
  takeNext,
  type Register,
} from '../../../adapters/dynamodb/register';
import { TABLE_NAME } from '../../functions/helpers/env';

const ddb = mockClient(DynamoDBDocumentClient);
const REGISTER: Register = {
  key: { pk: 'COUNTER#INVITATION#2026', sk: '#COUNTER' },
  entity: 'InvitationCounter',
  name: 'Invitation register of 2026',
};
const READ = { TableName: TABLE_NAME, Key: REGISTER.key, ConsistentRead: true };

beforeEach(() => {
  ddb.reset();
  // Every backoff waits 0 ms: the test counts attempts, not time.
  vi.spyOn(Math, 'random').mockReturnValue(0);
});
afterEach(() => vi.restoreAllMocks());

describe('advance: the register moves by one, only from where its taker read it', () => {
  it.each([
    {
      case: 'moves a register that stands at 41 to 42 only while it still stands at 41',
      last: 41,
      condition: '#last = :last',
      values: { ':last': 41, ':next': 42, ':entity': 'InvitationCounter' },
    },
    {
      case: 'creates a register that has no number yet at 1, only while nobody else created it',
      last: 0,
      condition: 'attribute_not_exists(#last)',
      values: { ':next': 1, ':entity': 'InvitationCounter' },
    },
  ])('$case', ({ last, condition, values }) => {
    expect(advance(REGISTER, last)).toStrictEqual({
      Update: {
        TableName: TABLE_NAME,
        Key: REGISTER.key,
        ConditionExpression: condition,
        UpdateExpression: 'SET #last = :next, #entity = :entity',
        ExpressionAttributeNames: { '#last': 'last', '#entity': 'entity' },
        ExpressionAttributeValues: values,
      },
    });
  });
});

describe('takeNext: the next number of a gap-free register, retried with backoff when taken meanwhile', () => {
  it('hands the attempt the last number read strongly consistent and answers what it took', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({ Item: { ...REGISTER.key, last: 41 } });
    const attempt = vi.fn(async (last: number) => `number ${last + 1}`);

    // Act
    const taken = await takeNext(REGISTER, attempt);

    // Assess
    expect(taken).toBe('number 42');
    expect(attempt.mock.calls).toStrictEqual([[41]]);
    expect(ddb.commandCalls(GetCommand).map((c) => c.args[0].input)).toStrictEqual([READ]);
  });

  it('starts a register that has no item yet at last 0', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({});
    const attempt = vi.fn(async (last: number) => last + 1);

    // Act / Assess
    await expect(takeNext(REGISTER, attempt)).resolves.toBe(1);
  });

  it('reads the register again after another taker moved it, and takes the number after theirs', async () => {
    // Prepare
    ddb
      .on(GetCommand)
      .resolvesOnce({ Item: { last: 41 } })
      .resolvesOnce({ Item: { last: 42 } });
    const attempt = vi.fn(async (last: number) => (last === 41 ? REGISTER_MOVED : last + 1));

    // Act
    const taken = await takeNext(REGISTER, attempt);

    // Assess
    expect(taken).toBe(43);
    expect(attempt.mock.calls).toStrictEqual([[41], [42]]);
    expect(ddb.commandCalls(GetCommand).map((c) => c.args[0].input)).toStrictEqual([READ, READ]);
  });

  it(`gives up naming the register after ${MAX_REGISTER_RETRIES} retries that all lost the race`, async () => {
    // Prepare
    ddb.on(GetCommand).resolves({ Item: { last: 7 } });
    const attempt = vi.fn(async () => REGISTER_MOVED);

    // Act / Assess
    await expect(takeNext(REGISTER, attempt)).rejects.toThrow('Invitation register of 2026 stayed busy');
    expect(MAX_REGISTER_RETRIES).toBe(8);
    expect(attempt).toHaveBeenCalledTimes(9);
    expect(ddb.commandCalls(GetCommand)).toHaveLength(9);
  });

  it('does not retry a failure of the attempt: it reaches the caller after one read', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({ Item: { last: 7 } });
    const attempt = vi.fn(async () => {
      throw new Error('TransactionCanceled: ValidationError');
    });

    // Act / Assess
    await expect(takeNext(REGISTER, attempt)).rejects.toThrow('ValidationError');
    expect(attempt).toHaveBeenCalledTimes(1);
  });
});
