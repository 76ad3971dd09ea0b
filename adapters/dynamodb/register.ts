import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { pause } from '../../runtime/backoff';
import { dynamo } from '../../runtime/clients';
import { tableName, type TransactItem } from './table';

/**
 * A gap-free register (invitation letters of a year, certificates of a scheme and year): one counter item whose
 * `last` moves up by exactly one, in the same transaction as the record that takes the number, and only while it
 * still stands where its taker read it. A lost race costs a retry, never a gap or a double.
 */
export interface Register {
  key: { pk: string; sk: string };
  /** The counter item's `entity`. */
  entity: string;
  /** How errors name it, e.g. "Invitation register of 2026". */
  name: string;
}

/** What an attempt answers when another taker moved the register since it was read: try the next number. */
export const REGISTER_MOVED = 'REGISTER_MOVED';
export type RegisterMoved = typeof REGISTER_MOVED;

/** Busy days (one result session, a day's letters) contend for one register: this many retries, then give up. */
export const MAX_REGISTER_RETRIES = 8;

/** The last number taken from the register (0 when none yet), read strongly consistent. */
export async function lastTaken(register: Register): Promise<number> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: register.key, ConsistentRead: true }),
  );
  return Item ? Number(Item.last) : 0;
}

/** The transaction item that moves the register from `last` to `last + 1`, failing when it no longer stands at `last`. */
export const advance = (register: Register, last: number): TransactItem => ({
  Update: {
    TableName: tableName(),
    Key: register.key,
    ConditionExpression: last === 0 ? 'attribute_not_exists(#last)' : '#last = :last',
    UpdateExpression: 'SET #last = :next, #entity = :entity',
    ExpressionAttributeNames: { '#last': 'last', '#entity': 'entity' },
    ExpressionAttributeValues: {
      ...(last === 0 ? {} : { ':last': last }),
      ':next': last + 1,
      ':entity': register.entity,
    },
  },
});

/**
 * Takes the register's next number: reads where it stands and hands `last` to `attempt`, which tries to take
 * `last + 1` (with `advance` in its transaction) and answers its result, or REGISTER_MOVED when another taker got
 * there first; then reads again after a backoff, at most MAX_REGISTER_RETRIES times before it throws.
 */
export async function takeNext<T>(
  register: Register,
  attempt: (last: number) => Promise<T | RegisterMoved>,
): Promise<T> {
  for (let retry = 0; ; retry++) {
    const outcome = await attempt(await lastTaken(register));
    if (outcome !== REGISTER_MOVED) return outcome as T;
    if (retry >= MAX_REGISTER_RETRIES) throw new Error(`${register.name} stayed busy`);
    await pause(retry);
  }
}
