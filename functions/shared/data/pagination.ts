import { HttpError } from '../http/http-error';

/** Opaque page cursors: DynamoDB's LastEvaluatedKey, base64url-encoded. */
export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;
}

export function decodeCursor(cursor: string | undefined): Record<string, unknown> | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (key && typeof key === 'object' && !Array.isArray(key)) return key as Record<string, unknown>;
  } catch {
    // falls through to the error below
  }
  throw new HttpError(400, 'INVALID_CURSOR', 'Kursor halaman tidak dikenal.');
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}
