import '../../functions/helpers/env';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type PutCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { IdempotencyKey } from '../../../events/api/idempotency';
import { defineRoute } from '../../../events/api/route';
import { programRoutes } from '../../../events/api/routes/programs';
import { handler } from '../../../functions/programs/index';
import { apiHandler, type Operation } from '../../../runtime/http/api-handler';
import { HttpError } from '../../../runtime/http/http-error';
import { idempotentRequests, requestHashOf } from '../../../runtime/http/idempotency';
import { routeAccess } from '../../../runtime/http/scope';
import { ADMIN_SUB, apiEvent, bodyOf, type ApiEventOptions } from '../../functions/helpers/api-event';
import { lambdaContext } from '../../functions/helpers/context';
import { writesOf } from '../../functions/helpers/writes';
import { aProgram, PROGRAM_ID } from '../../functions/helpers/programs';

/*
 * The `Idempotency-Key` step of the shared API handler (runtime/http/idempotency.ts), seen through the
 * programmes function's `POST /programs` (a route that creates a record) and, for what no real operation does,
 * a stage of its own: which writes of the idempotency record each request makes, what it keeps, and what a retry
 * is answered. The exact commands (K1-K4) are proved in test/adapters/dynamodb/idempotency-repository.test.ts.
 */
const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('programs');
const NOW = '2026-03-02T03:00:00.000Z';
const NOW_MS = Date.parse(NOW);
const KEY = '6f1c2a4e-8b3d-4e5f-9a7b-0c1d2e3f4a5b';
/** The record of KEY for `POST /programs` by the test's admin. */
const RECORD_KEY = { pk: `IDEMPOTENCY#${ADMIN_SUB}`, sk: `createProgram#${KEY}` };
/** The context's remaining time: how long a request may still be running. */
const LOCK_MS = 30_000;
const DAY_SECONDS = 86_400;
const JSON_TYPE = 'application/json; charset=utf-8';

const programRequest = (name = 'Pelatihan dan Sertifikasi Manajemen ASN 2026') => ({
  name,
  year: 2026,
  schemes: ['ADMINISTRATOR', 'PENGAWAS'],
  proposalWindow: { opensAt: '2026-04-01T00:00:00+07:00', closesAt: '2026-04-14T23:59:59+07:00' },
  quotaPerInstansi: { ADMINISTRATOR: 1, PENGAWAS: 1 },
});
/** The request as the handler parses it: what the record's hash is of. */
const parsedRequest = (name?: string) => programRoutes.createProgram.body.parse(programRequest(name));
const HASH = requestHashOf({ body: parsedRequest() });

const create = (body: unknown, headers: ApiEventOptions['headers'] = { 'idempotency-key': KEY }) =>
  handler(apiEvent('POST /programs', { body, headers }), context);

const claimFailed = () =>
  new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });
const isClaim = (input: PutCommandInput) => input.Item?.entity === 'IdempotencyRecord';
const programPuts = () => ddb.commandCalls(PutCommand).filter((c) => !isClaim(c.args[0].input));
/** The values K3 kept for the request: its status, the answer and when it expires. */
const kept = () => ddb.commandCalls(UpdateCommand)[0]!.args[0].input.ExpressionAttributeValues;

/** Serves the claim with `claim` (success unless it throws) and the record read with `held`, in turn. */
function serve(claim: () => void = () => undefined, ...held: (Record<string, unknown> | undefined)[]) {
  ddb.on(PutCommand).callsFake((input: PutCommandInput) => {
    if (isClaim(input)) claim();
    return {};
  });
  const reads = ddb.on(GetCommand);
  for (const item of held) reads.resolvesOnce(item ? { Item: item } : {});
  ddb.on(UpdateCommand).resolves({});
  ddb.on(DeleteCommand).resolves({});
}

const completed = (answer: Record<string, unknown>, requestHash = HASH) => ({
  ...RECORD_KEY,
  entity: 'IdempotencyRecord',
  status: 'COMPLETED',
  requestHash,
  answer,
  expiresAt: NOW_MS / 1000 + DAY_SECONDS,
});

beforeEach(() => {
  ddb.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the Idempotency-Key header: 1-128 visible ASCII characters', () => {
  it.each([
    ['one character', '!'],
    ['128 characters', 'a'.repeat(128)],
    ['a UUID', KEY],
    ['the last visible character', '~'],
  ])('accepts %s', (_, key) => {
    expect(IdempotencyKey.safeParse(key).success).toBe(true);
  });

  it.each([
    ['an empty key', ''],
    ['129 characters', 'a'.repeat(129)],
    ['a space', 'key 1'],
    ['a tab', 'key\t1'],
    ['DEL', 'key\x7f'],
    ['a letter outside ASCII', 'kunci-é'],
  ])('refuses %s with 400 IDEMPOTENCY_KEY_INVALID, before touching DynamoDB', async (_, key) => {
    expect(IdempotencyKey.safeParse(key).success).toBe(false);
    const result = await create(programRequest(), { 'idempotency-key': key });
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).code).toBe('IDEMPOTENCY_KEY_INVALID');
    expect(ddb.calls()).toHaveLength(0);
  });
});

describe('what makes two requests with one key the same request', () => {
  it('the same path parameters, query and body hash alike; another of any of them does not', () => {
    const request = { params: { programId: 'p1' }, query: { limit: 10 }, body: { a: 1 } };
    expect(requestHashOf(structuredClone(request))).toBe(requestHashOf(request));
    expect(requestHashOf({ ...request, params: { programId: 'p2' } })).not.toBe(requestHashOf(request));
    expect(requestHashOf({ ...request, query: { limit: 11 } })).not.toBe(requestHashOf(request));
    expect(requestHashOf({ ...request, body: { a: 2 } })).not.toBe(requestHashOf(request));
  });
});

describe('a create with an Idempotency-Key (POST /programs)', () => {
  it('claims the key until the function’s deadline, creates the programme, then keeps the answer for 24 hours', async () => {
    serve();

    const result = await create(programRequest());

    expect(result.statusCode).toBe(201);
    const { id } = bodyOf<{ id: string }>(result);
    expect(writesOf(ddb)).toStrictEqual([
      { op: 'Put', ...RECORD_KEY, entity: 'IdempotencyRecord' },
      { op: 'Put', pk: `PROGRAM#${id}`, sk: '#PROGRAM', entity: 'Program' },
      { op: 'Update', ...RECORD_KEY },
    ]);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input.Item).toMatchObject({
      requestHash: HASH,
      inProgressUntil: NOW_MS + LOCK_MS,
      expiresAt: NOW_MS / 1000 + DAY_SECONDS,
    });
    expect(kept()).toStrictEqual({
      ':completed': 'COMPLETED',
      ':answer': {
        statusCode: 201,
        headers: { 'content-type': 'application/json; charset=utf-8', location: `/programs/${id}` },
        body: result.body,
      },
      ':expiresAt': NOW_MS / 1000 + DAY_SECONDS,
    });
    // The kept headers are the operation's; the correlation id is each request's own.
    expect(result.headers).toHaveProperty('x-correlation-id');
    expect(ddb.calls()).toHaveLength(3);
  });

  it('a retry gets the first answer (status, headers, body) and creates nothing: one consistent read of the record', async () => {
    const first = {
      statusCode: 201,
      headers: { 'content-type': JSON_TYPE, location: `/programs/${PROGRAM_ID}` },
      body: JSON.stringify(aProgram()),
    };
    serve(() => {
      throw claimFailed();
    }, completed(first));

    const result = await create(programRequest());

    expect(result).toMatchObject({ statusCode: 201, body: first.body });
    expect(result.headers).toMatchObject({
      ...first.headers,
      'idempotent-replayed': 'true',
    });
    expect(ddb.commandCalls(GetCommand).map((c) => c.args[0].input.Key)).toStrictEqual([RECORD_KEY]);
    expect(writesOf(ddb)).toStrictEqual([{ op: 'Put', ...RECORD_KEY, entity: 'IdempotencyRecord' }]);
  });

  it('a first answer kept gzipped is answered whole', async () => {
    const body = JSON.stringify(aProgram());
    serve(
      () => {
        throw claimFailed();
      },
      completed({
        statusCode: 201,
        headers: { 'content-type': JSON_TYPE },
        bodyGzip: new Uint8Array(gzipSync(body)),
      }),
    );

    const result = await create(programRequest());

    expect(result.statusCode).toBe(201);
    expect(result.body).toBe(body);
  });

  it('IDEMPOTENCY_KEY_REUSED: the same key with another body is refused (422) and creates nothing', async () => {
    serve(
      () => {
        throw claimFailed();
      },
      completed({ statusCode: 201, body: '{}' }, requestHashOf({ body: parsedRequest('Program lain') })),
    );

    const result = await create(programRequest());

    expect(result.statusCode).toBe(422);
    expect(bodyOf(result).code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(programPuts()).toHaveLength(0);
  });

  it('IDEMPOTENCY_IN_PROGRESS: a retry while the first request still runs gets 409 and creates nothing', async () => {
    serve(
      () => {
        throw claimFailed();
      },
      { ...RECORD_KEY, status: 'IN_PROGRESS', requestHash: HASH, inProgressUntil: NOW_MS + 1_000 },
    );

    const result = await create(programRequest());

    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe('IDEMPOTENCY_IN_PROGRESS');
    expect(programPuts()).toHaveLength(0);
  });

  it('a record gone between the claim and the read (its first request failed) is claimed again, and the create runs', async () => {
    let claims = 0;
    serve(() => {
      if (++claims === 1) throw claimFailed();
    }, undefined);

    const result = await create(programRequest());

    expect(result.statusCode).toBe(201);
    expect(programPuts()).toHaveLength(1);
  });

  it('IDEMPOTENCY_IN_PROGRESS: a key claimed and freed again twice meanwhile is another request running with it (409)', async () => {
    serve(
      () => {
        throw claimFailed();
      },
      undefined,
      undefined,
    );

    const result = await create(programRequest());

    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe('IDEMPOTENCY_IN_PROGRESS');
    expect(programPuts()).toHaveLength(0);
  });

  it('a refused create (422) keeps nothing: the key is deleted, so a corrected retry runs', async () => {
    serve();

    const refused = await create({
      ...programRequest(),
      proposalWindow: { opensAt: '2026-04-14T00:00:00+07:00', closesAt: '2026-04-01T00:00:00+07:00' },
    });

    expect(refused.statusCode).toBe(422);
    expect(writesOf(ddb)).toStrictEqual([
      { op: 'Put', ...RECORD_KEY, entity: 'IdempotencyRecord' },
      { op: 'Delete', ...RECORD_KEY },
    ]);
  });

  it('a failed create (500) keeps nothing either: the key is deleted', async () => {
    serve();
    ddb.on(PutCommand).callsFake((input: PutCommandInput) => {
      if (isClaim(input)) return {};
      throw new Error('DynamoDB is down');
    });

    const result = await create(programRequest());

    expect(result.statusCode).toBe(500);
    expect(writesOf(ddb).map((w) => `${w.op} ${w.entity ?? w.pk}`)).toStrictEqual([
      'Put IdempotencyRecord',
      'Put Program',
      `Delete IDEMPOTENCY#${ADMIN_SUB}`,
    ]);
  });

  it('without a key the create runs as before: no idempotency record', async () => {
    serve();

    const result = await create(programRequest(), {});

    expect(result.statusCode).toBe(201);
    expect(ddb.calls()).toHaveLength(1);
    expect(programPuts()).toHaveLength(1);
  });

  it('a route that creates nothing ignores the header', async () => {
    ddb.on(GetCommand).resolves({});

    const result = await handler(
      apiEvent('GET /programs/{programId}', {
        pathParameters: { programId: 'prg_0f8fad5b-d9cb-469f-a165-70867728950e' },
        headers: { 'idempotency-key': 'not a valid key' },
      }),
      context,
    );

    expect(result.statusCode).toBe(404);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
  });
});

describe('answers no real create gives', () => {
  const echo = defineRoute({
    operationId: 'echo',
    method: 'POST',
    path: '/echo',
    function: 'meta',
    auth: ['admin-bkn'],
    scope: 'none',
    idempotent: true,
    summary: 'Echo',
    tag: 'Sistem',
    body: z.strictObject({ statusCode: z.number(), size: z.number() }),
    // What the operation below answers, whatever the status.
    responses: {
      201: { description: 'Dibuat.', schema: z.strictObject({ notes: z.string() }) },
      404: { description: 'Tidak ditemukan, tanpa galat.', schema: z.strictObject({ notes: z.string() }) },
    },
  });
  const answer: Operation<typeof echo> = async ({ body }) => ({
    statusCode: body.statusCode,
    body: { notes: 'x'.repeat(body.size) },
  });
  const stage = apiHandler({ echo }, { echo: answer }, routeAccess({}), idempotentRequests);
  const call = (body: { statusCode: number; size: number }) =>
    stage(apiEvent('POST /echo', { body, headers: { 'idempotency-key': KEY } }), context);

  it('an answer that is not a success, even one not thrown, is not kept: the key is deleted', async () => {
    serve();

    const result = await call({ statusCode: 404, size: 1 });

    expect(result.statusCode).toBe(404);
    expect(writesOf(ddb)).toStrictEqual([
      { op: 'Put', pk: `IDEMPOTENCY#${ADMIN_SUB}`, sk: `echo#${KEY}`, entity: 'IdempotencyRecord' },
      { op: 'Delete', pk: `IDEMPOTENCY#${ADMIN_SUB}`, sk: `echo#${KEY}` },
    ]);
  });

  it('a refusal whose key cannot be freed still answers the refusal, not a 500', async () => {
    serve();
    ddb.on(DeleteCommand).rejects(new Error('DynamoDB is down'));

    const result = await call({ statusCode: 404, size: 1 });

    expect(result.statusCode).toBe(404);
    expect(ddb.commandCalls(DeleteCommand)).toHaveLength(1);
  });

  it("a public route cannot be idempotent: the key is the caller's own, so the stage does not load", () => {
    const open = { ...echo, auth: 'public' as const, scope: undefined };
    expect(() => apiHandler({ open }, { echo: answer })).toThrow(/Public routes cannot be idempotent: echo/);
  });

  it('a stage with idempotent routes does not load without the step that keeps their answers', () => {
    expect(() => apiHandler({ echo }, { echo: answer }, routeAccess({}))).toThrow(
      /Idempotent routes without idempotentRequests: echo/,
    );
  });

  it('an operation error is mapped as always, after the key is released', async () => {
    serve();
    const refusing = apiHandler(
      { echo },
      {
        echo: async () => {
          throw new HttpError(409, 'SOMETHING_TAKEN', 'Sudah ada.');
        },
      },
      routeAccess({}),
      idempotentRequests,
    );

    const result = await refusing(
      apiEvent('POST /echo', { body: { statusCode: 201, size: 1 }, headers: { 'idempotency-key': KEY } }),
      context,
    );

    expect([result.statusCode, bodyOf(result).code]).toEqual([409, 'SOMETHING_TAKEN']);
    expect(ddb.commandCalls(DeleteCommand)).toHaveLength(1);
  });
});
