import '../../functions/helpers/env';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  claimIdempotencyKey,
  completeIdempotencyKey,
  findIdempotencyRecord,
  releaseIdempotencyKey,
} from '../../../adapters/dynamodb/idempotency-repository';
import { TABLE_NAME } from '../../functions/helpers/env';

/*
 * The access patterns K1-K4 of docs/data-model.md ("Idempotency records"): the exact command of each, stated
 * here once, and what each answers. What the API answers a retry is proved in test/runtime/http/idempotency.test.ts.
 */
const ddb = mockClient(DynamoDBDocumentClient);

const KEY = { caller: 'c0ffee00-1111-2222-3333-444455556666', operationId: 'createProgram', key: 'kunci-1' };
const RECORD_KEY = { pk: `IDEMPOTENCY#${KEY.caller}`, sk: 'createProgram#kunci-1' };
const NOW = new Date('2026-03-02T03:00:00.000Z');
const NOW_MS = NOW.getTime();
const HASH = 'f'.repeat(64);
const ANSWER = {
  statusCode: 201,
  headers: { 'content-type': 'application/json; charset=utf-8', location: '/programs/prg_1' },
  body: '{"id":"prg_1"}',
};

beforeEach(() => ddb.reset());

describe('idempotency repository (docs/data-model.md, Idempotency records)', () => {
  it('K1: claims a key with one PutItem of an IN_PROGRESS record if none holds it, an expired one does or its lock ran out', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});

    // Act
    const claimed = await claimIdempotencyKey(KEY, {
      requestHash: HASH,
      at: NOW,
      inProgressUntil: new Date(NOW_MS + 30_000),
      expiresAt: new Date(NOW_MS + 86_400_000),
    });

    // Assess
    expect(ddb.commandCalls(PutCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Item: {
          ...RECORD_KEY,
          entity: 'IdempotencyRecord',
          status: 'IN_PROGRESS',
          requestHash: HASH,
          inProgressUntil: NOW_MS + 30_000,
          expiresAt: NOW_MS / 1000 + 86_400,
        },
        ConditionExpression:
          'attribute_not_exists(pk) OR #expiresAt < :nowSeconds OR (#status = :inProgress AND #inProgressUntil < :nowMs)',
        ExpressionAttributeNames: {
          '#expiresAt': 'expiresAt',
          '#status': 'status',
          '#inProgressUntil': 'inProgressUntil',
        },
        ExpressionAttributeValues: {
          ':nowSeconds': NOW_MS / 1000,
          ':nowMs': NOW_MS,
          ':inProgress': 'IN_PROGRESS',
        },
      },
    ]);
    expect(claimed).toBe(true);
  });

  it('a key another record holds is not claimed: false', async () => {
    // Prepare
    ddb
      .on(PutCommand)
      .rejects(
        new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} }),
      );

    // Act
    const claimed = await claimIdempotencyKey(KEY, {
      requestHash: HASH,
      at: NOW,
      inProgressUntil: new Date(NOW_MS + 30_000),
      expiresAt: new Date(NOW_MS + 86_400_000),
    });

    // Assess
    expect(claimed).toBe(false);
  });

  it('K2: reads the record holding a key with one strongly consistent GetItem', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({
      Item: { ...RECORD_KEY, status: 'COMPLETED', requestHash: HASH, answer: ANSWER, expiresAt: 1 },
    });

    // Act
    const record = await findIdempotencyRecord(KEY, NOW);

    // Assess
    expect(ddb.commandCalls(GetCommand).map((c) => c.args[0].input)).toStrictEqual([
      { TableName: TABLE_NAME, Key: RECORD_KEY, ConsistentRead: true },
    ]);
    expect(record).toStrictEqual({ status: 'COMPLETED', requestHash: HASH, answer: ANSWER });
  });

  it.each([
    ['no record', undefined, undefined],
    [
      'a record in progress until now',
      { status: 'IN_PROGRESS', requestHash: HASH, inProgressUntil: NOW_MS },
      { status: 'IN_PROGRESS', requestHash: HASH },
    ],
    [
      'a record in progress whose lock ran out',
      { status: 'IN_PROGRESS', requestHash: HASH, inProgressUntil: NOW_MS - 1 },
      undefined,
    ],
    [
      'a completed answer kept gzipped',
      {
        status: 'COMPLETED',
        requestHash: HASH,
        answer: { statusCode: 201, headers: ANSWER.headers, bodyGzip: new Uint8Array(gzipSync(ANSWER.body)) },
      },
      { status: 'COMPLETED', requestHash: HASH, answer: ANSWER },
    ],
  ])('%s is read as %o', async (_, item, expected) => {
    // Prepare
    ddb.on(GetCommand).resolves(item ? { Item: { ...RECORD_KEY, ...item } } : {});

    // Act
    const record = await findIdempotencyRecord(KEY, NOW);

    // Assess
    expect(record).toStrictEqual(expected);
  });

  it('K3: keeps the answer with one UpdateItem: COMPLETED, the answer and its expiry, the lock removed', async () => {
    // Prepare
    ddb.on(UpdateCommand).resolves({});

    // Act
    await completeIdempotencyKey(KEY, ANSWER, new Date(NOW_MS + 86_400_000));

    // Assess
    expect(ddb.commandCalls(UpdateCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Key: RECORD_KEY,
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
          ':answer': ANSWER,
          ':expiresAt': NOW_MS / 1000 + 86_400,
        },
      },
    ]);
  });

  it('an answer above 64 KiB is kept gzipped (an assessment sheet can near the 400 KB item limit), one of 64 KiB as it is', async () => {
    // Prepare
    ddb.on(UpdateCommand).resolves({});
    const large = { ...ANSWER, body: 'x'.repeat(64 * 1024 + 1) };
    const limit = { ...ANSWER, body: 'x'.repeat(64 * 1024) };

    // Act
    await completeIdempotencyKey(KEY, large, new Date(NOW_MS + 86_400_000));
    await completeIdempotencyKey(KEY, limit, new Date(NOW_MS + 86_400_000));

    // Assess
    const [gzipped, plain] = ddb
      .commandCalls(UpdateCommand)
      .map((c) => c.args[0].input.ExpressionAttributeValues![':answer'] as Record<string, unknown>);
    expect(gzipped).toStrictEqual({ statusCode: 201, headers: ANSWER.headers, bodyGzip: expect.any(Buffer) });
    expect(gunzipSync(gzipped!.bodyGzip as Buffer).toString('utf8')).toBe(large.body);
    expect(plain).toStrictEqual(limit);
  });

  it('K4: frees a key with one DeleteItem of its record', async () => {
    // Prepare
    ddb.on(DeleteCommand).resolves({});

    // Act
    await releaseIdempotencyKey(KEY);

    // Assess
    expect(ddb.commandCalls(DeleteCommand).map((c) => c.args[0].input)).toStrictEqual([
      { TableName: TABLE_NAME, Key: RECORD_KEY },
    ]);
  });
});
