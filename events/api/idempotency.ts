import * as z from 'zod';

/*
 * The `Idempotency-Key` request header of the routes that create a record (`idempotent` on the route): a retry
 * that carries the key of a request already answered gets that first answer again, and nothing is created twice.
 * Enforced once by the shared API handler (runtime/http/idempotency.ts); documented on each such route
 * in the OpenAPI document (events/api/openapi.ts).
 */

/** The header's name as API Gateway (payload v2) and the local server hand it over: lower case. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';

/**
 * 1-128 visible ASCII characters, no spaces (a UUID is the usual choice): proxies may trim or fold whitespace in
 * a header value, and a key must reach us exactly as the client sent it.
 */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7E]{1,128}$/;

export const IdempotencyKey = z.string().regex(IDEMPOTENCY_KEY_PATTERN);

/** How long the first answer to a key is kept (DynamoDB's TTL then removes it). */
export const IDEMPOTENCY_RETENTION_HOURS = 24;

/** The answers the header adds to a route's own, with their stable codes. */
export const IDEMPOTENCY_ERRORS = {
  400: 'IDEMPOTENCY_KEY_INVALID: Idempotency-Key bukan 1-128 karakter ASCII yang terlihat.',
  409: 'IDEMPOTENCY_IN_PROGRESS: permintaan pertama dengan Idempotency-Key ini masih diproses; ulangi sebentar lagi.',
  422: 'IDEMPOTENCY_KEY_REUSED: Idempotency-Key ini sudah dipakai untuk permintaan lain (jalur atau isi berbeda).',
} as const;
