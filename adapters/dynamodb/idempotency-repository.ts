import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dynamo } from '../../runtime/clients';
import { tableName, sendIf } from './table';
import { type IdempotencyRecordKey, idempotencyItemKey } from './keys';

/*
 * The first answer to a request that carried an `Idempotency-Key` (docs/data-model.md, "Idempotency records",
 * K1-K4), in the caller's own partition: a key is only ever the caller's. Powertools' idempotency utility keeps
 * the same record (in progress, then completed with the answer, expiring by TTL) in the same single-table
 * composite-key mode; it is not a dependency of this project, and these four calls are all the API needs of it.
 */

export interface StoredAnswer {
  statusCode: number;
  headers?: Record<string, string>;
  body?: string;
}

export type IdempotencyRecord =
  | { status: 'IN_PROGRESS'; requestHash: string }
  | { status: 'COMPLETED'; requestHash: string; answer: StoredAnswer };

/** Answers above this are kept gzipped: an assessment sheet's can near DynamoDB's 400 KB item limit. */
const PLAIN_BODY_BYTES = 64 * 1024;

const epochSeconds = (at: Date) => Math.floor(at.getTime() / 1000);

/**
 * K1: claims the key for a request, only if no record holds it: none, one expired (`expiresAt`, seconds, the
 * table's TTL attribute, which DynamoDB may take days to act on), or one in progress whose lock ran out
 * (`inProgressUntil`, milliseconds: its function was stopped before it kept or freed the key). False when it
 * is held.
 */
export async function claimIdempotencyKey(
  key: IdempotencyRecordKey,
  claim: { requestHash: string; at: Date; inProgressUntil: Date; expiresAt: Date },
): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...idempotencyItemKey(key),
        entity: 'IdempotencyRecord',
        status: 'IN_PROGRESS',
        requestHash: claim.requestHash,
        inProgressUntil: claim.inProgressUntil.getTime(),
        expiresAt: epochSeconds(claim.expiresAt),
      },
      ConditionExpression:
        'attribute_not_exists(pk) OR #expiresAt < :nowSeconds OR (#status = :inProgress AND #inProgressUntil < :nowMs)',
      ExpressionAttributeNames: {
        '#expiresAt': 'expiresAt',
        '#status': 'status',
        '#inProgressUntil': 'inProgressUntil',
      },
      ExpressionAttributeValues: {
        ':nowSeconds': epochSeconds(claim.at),
        ':nowMs': claim.at.getTime(),
        ':inProgress': 'IN_PROGRESS',
      },
    }),
  );
}

/**
 * K2: the record holding a key at `at`, strongly consistent; undefined when none does (there is none, or its
 * request's lock ran out: its function was stopped).
 */
export async function findIdempotencyRecord(
  key: IdempotencyRecordKey,
  at: Date,
): Promise<IdempotencyRecord | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: idempotencyItemKey(key), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const requestHash = String(Item.requestHash);
  if (Item.status !== 'COMPLETED') {
    return Number(Item.inProgressUntil) >= at.getTime() ? { status: 'IN_PROGRESS', requestHash } : undefined;
  }
  const { bodyGzip, ...answer } = Item.answer as StoredAnswer & { bodyGzip?: Uint8Array };
  return {
    status: 'COMPLETED',
    requestHash,
    answer: bodyGzip ? { ...answer, body: gunzipSync(bodyGzip).toString('utf8') } : answer,
  };
}

/** K3: keeps the request's answer for the retries of its key, until `expiresAt`. */
export async function completeIdempotencyKey(
  key: IdempotencyRecordKey,
  answer: StoredAnswer,
  expiresAt: Date,
): Promise<void> {
  const { body, ...rest } = answer;
  const large = body !== undefined && Buffer.byteLength(body) > PLAIN_BODY_BYTES;
  await dynamo().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: idempotencyItemKey(key),
      UpdateExpression:
        'SET #status = :completed, #answer = :answer, #expiresAt = :expiresAt REMOVE #inProgressUntil',
      ExpressionAttributeNames: {
        '#status': 'status',
        '#answer': 'answer',
        '#expiresAt': 'expiresAt',
        '#inProgressUntil': 'inProgressUntil',
      },
      ExpressionAttributeValues: {
        ':completed': 'COMPLETED',
        ':answer': large ? { ...rest, bodyGzip: gzipSync(body) } : answer,
        ':expiresAt': epochSeconds(expiresAt),
      },
    }),
  );
}

/** K4: frees the key of a request that created nothing, so that a corrected retry runs with it. */
export async function releaseIdempotencyKey(key: IdempotencyRecordKey): Promise<void> {
  await dynamo().send(new DeleteCommand({ TableName: tableName(), Key: idempotencyItemKey(key) }));
}
