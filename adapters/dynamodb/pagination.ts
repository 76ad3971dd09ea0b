/** Opaque page cursors: DynamoDB's LastEvaluatedKey, base64url-encoded. */
export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;
}

/** A cursor that is not a key of the listed partition; the HTTP layer answers it with 400 INVALID_CURSOR. */
export class InvalidCursorError extends Error {
  constructor() {
    super('invalid page cursor');
    this.name = 'InvalidCursorError';
  }
}

const KEY_ATTRIBUTES = new Set(['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk']);

/**
 * The start key a cursor stands for, accepted only if it is a key of the very partition being listed: a cursor
 * from another listing, or a forged one, is refused rather than sent to DynamoDB.
 */
export function decodeCursor(
  cursor: string | undefined,
  partition: { attribute: string; value: string },
): Record<string, unknown> | undefined {
  if (cursor === undefined) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const valid =
    key !== null &&
    typeof key === 'object' &&
    !Array.isArray(key) &&
    Object.entries(key).every(([name, value]) => KEY_ATTRIBUTES.has(name) && typeof value === 'string') &&
    (key as Record<string, unknown>)[partition.attribute] === partition.value;
  if (!valid) throw new InvalidCursorError();
  return key as Record<string, unknown>;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}
