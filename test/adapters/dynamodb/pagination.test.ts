import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, InvalidCursorError } from '../../../adapters/dynamodb/pagination';

const partition = { attribute: 'gsi1pk', value: 'PROGRAM#p1#CANDIDATES' };
const key = {
  pk: 'PROPOSAL#p1#3201',
  sk: 'CANDIDATE#1',
  gsi1pk: 'PROGRAM#p1#CANDIDATES',
  gsi1sk: 'ADMINISTRATOR#3201#1',
};
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('page cursors', () => {
  it('round-trip a start key of the listed partition', () => {
    expect(decodeCursor(encodeCursor(key), partition)).toEqual(key);
  });

  it('give no cursor when there is no further page, and no start key for no cursor', () => {
    expect(encodeCursor(undefined)).toBeUndefined();
    expect(decodeCursor(undefined, partition)).toBeUndefined();
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['a JSON array', encode([key])],
    ['a key of another partition', encode({ ...key, gsi1pk: 'PROGRAM#p2#CANDIDATES' })],
    ['a key with a foreign attribute', encode({ ...key, status: 'ACCEPTED' })],
    ['a key with a non-string value', encode({ ...key, sk: { S: 'x' } })],
  ])(
    'refuse %s before it reaches DynamoDB (answered 400 INVALID_CURSOR by the HTTP layer)',
    (_case, cursor) => {
      expect(() => decodeCursor(cursor, partition)).toThrow(InvalidCursorError);
    },
  );
});
