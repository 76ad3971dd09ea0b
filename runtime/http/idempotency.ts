import { createHash } from 'node:crypto';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  IDEMPOTENCY_HEADER,
  IDEMPOTENCY_RETENTION_HOURS,
  IdempotencyKey,
} from '../../events/api/idempotency';
import { systemTime } from '../clock';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  findIdempotencyRecord,
  releaseIdempotencyKey,
  type IdempotencyRecord,
} from '../../adapters/dynamodb/idempotency-repository';
import { logger } from '../logger';
import { HttpError } from './http-error';
import { type IdempotencyRecordKey } from '../../adapters/dynamodb/keys';

/*
 * The `Idempotency-Key` step of the shared API handler, for the routes that declare `idempotent`
 * (events/api/idempotency.ts). It runs after the role, registry and scope checks, so a key never answers a
 * caller what the route itself would not. The key is retained on protocol time (the system clock, as DynamoDB's
 * TTL is), not business time: it is about a client's retries, not the programme's calendar.
 */

/** The key of a request to an `idempotent` route, checked; undefined when the client sent none. */
function keyOf(headers: Record<string, string | undefined> | undefined): string | undefined {
  const key = headers?.[IDEMPOTENCY_HEADER];
  if (key === undefined || IdempotencyKey.safeParse(key).success) return key;
  throw new HttpError(
    400,
    'IDEMPOTENCY_KEY_INVALID',
    'Idempotency-Key harus 1-128 karakter ASCII yang terlihat (tanpa spasi), mis. sebuah UUID.',
  );
}

/** What makes two requests with one key the same request: the route's path parameters, query and body. */
export const requestHashOf = (request: { params?: unknown; query?: unknown; body?: unknown }): string =>
  createHash('sha256')
    .update(JSON.stringify([request.params ?? null, request.query ?? null, request.body ?? null]))
    .digest('hex');

const inProgress = () =>
  new HttpError(
    409,
    'IDEMPOTENCY_IN_PROGRESS',
    'Permintaan pertama dengan Idempotency-Key ini masih diproses; ulangi sebentar lagi.',
  );

/** The first answer again, for a retry of the same request; refused for another request or one still running. */
function replay(record: IdempotencyRecord, requestHash: string): APIGatewayProxyStructuredResultV2 {
  if (record.requestHash !== requestHash) {
    throw new HttpError(
      422,
      'IDEMPOTENCY_KEY_REUSED',
      'Idempotency-Key ini sudah dipakai untuk permintaan lain (jalur atau isi berbeda); gunakan kunci baru.',
    );
  }
  if (record.status === 'IN_PROGRESS') throw inProgress();
  logger.info('idempotent replay', { statusCode: record.answer.statusCode });
  return { ...record.answer, headers: { ...record.answer.headers, 'idempotent-replayed': 'true' } };
}

/**
 * Runs the operation once per key: the first request claims the key and its successful answer (2xx) is kept for
 * {@link IDEMPOTENCY_RETENTION_HOURS} hours; a retry gets that answer, without the operation running again. A
 * refusal (4xx) or a failure (5xx) is not kept: nothing was created (every refusal comes before a write, and
 * writes are all or nothing), so the key is released and a corrected retry may run with it. `lockMs` is how
 * long the first request may still be running (the function's remaining time): a retry meanwhile gets 409.
 */
async function runOnce(
  key: IdempotencyRecordKey,
  request: { params?: unknown; query?: unknown; body?: unknown },
  lockMs: number,
  run: () => Promise<APIGatewayProxyStructuredResultV2>,
): Promise<APIGatewayProxyStructuredResultV2> {
  const requestHash = requestHashOf(request);
  // A key freed between the claim and the read (its first request failed meanwhile) is claimed again.
  for (let attempt = 0; attempt < 2; attempt++) {
    const at = systemTime();
    const claim = {
      requestHash,
      at,
      inProgressUntil: new Date(at.getTime() + lockMs),
      expiresAt: new Date(at.getTime() + IDEMPOTENCY_RETENTION_HOURS * 3_600_000),
    };
    if (await claimIdempotencyKey(key, claim)) return runClaimed(key, claim.expiresAt, run);
    const held = await findIdempotencyRecord(key, systemTime());
    if (held) return replay(held, requestHash);
  }
  throw inProgress();
}

async function runClaimed(
  key: IdempotencyRecordKey,
  expiresAt: Date,
  run: () => Promise<APIGatewayProxyStructuredResultV2>,
): Promise<APIGatewayProxyStructuredResultV2> {
  // A key not freed holds until its lock runs out: the request's own answer still reaches its caller.
  const release = () =>
    releaseIdempotencyKey(key).catch((error: unknown) =>
      logger.error('idempotency key not released', { error: error as Error }),
    );
  let answer: APIGatewayProxyStructuredResultV2;
  try {
    answer = await run();
  } catch (error) {
    await release();
    throw error;
  }
  const statusCode = answer.statusCode ?? 200;
  if (statusCode >= 300) {
    await release();
    return answer;
  }
  try {
    const headers = answer.headers as Record<string, string> | undefined;
    await completeIdempotencyKey(key, { statusCode, headers, body: answer.body }, expiresAt);
  } catch (error) {
    // The operation succeeded: its caller gets the answer. A retry meets the record in progress until the lock
    // runs out, then runs again (as without a key).
    logger.error('idempotent answer not kept', { error: error as Error });
  }
  return answer;
}

/** What the shared API handler needs of this step, handed to it by each stage that has `idempotent` routes. */
export const idempotentRequests = { keyOf, runOnce };
export type IdempotentRequests = typeof idempotentRequests;
