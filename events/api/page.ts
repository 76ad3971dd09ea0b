import * as z from 'zod';
import { DecimalInteger } from './identifiers';

/*
 * One page of a listing whose size grows with the years in the table: at most `limit` items, the next page asked
 * with the `nextCursor` of the answer (adapters/dynamodb/query.ts `queryPage`; a foreign cursor is 400
 * INVALID_CURSOR).
 */

export const PAGE_LIMIT = { default: 100, max: 200 } as const;

export const PageQuery = z.strictObject({
  limit: DecimalInteger(1, PAGE_LIMIT.max)
    .default(PAGE_LIMIT.default)
    .describe(`Jumlah butir per halaman (bawaan ${PAGE_LIMIT.default}, paling banyak ${PAGE_LIMIT.max}).`),
  cursor: z.string().max(2048).optional().describe('nextCursor halaman sebelumnya.'),
});

/** The cursor of the next page, absent on the last one. */
export const NextCursor = z
  .string()
  .optional()
  .describe('Kursor halaman berikutnya; tidak ada pada halaman terakhir.');
