import { paginateScan } from '@aws-sdk/client-dynamodb';
import { paginateListObjectsV2, PutObjectCommand } from '@aws-sdk/client-s3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../domain/access/roles';
import { REQUIRED_DOCUMENTS } from '../../domain/eligibility/documents';
import { NAME_RULES } from '../../domain/identity/name';
import { ApiError } from '../../events/api/error';
import { routeKey, type RouteDefinition } from '../../events/api/route';
import { ROUTES, routes } from '../../events/api/routes';
import type { LocalStack } from '../../tools/local/local-stack';
import {
  exampleOf,
  forgedCursor,
  malformedBinaryBody,
  malformedJsonBody,
  malformedParams,
  malformedQuery,
  pathWith,
  wellFormedBody,
  wellFormedSegments,
  type BodyCase,
  type Segment,
} from './fuzz-arbitraries';
import { callerFor, programBody, startTestStack, type Caller } from './helpers';

/*
 * Issue 7 point 3: every route's path, query and body fuzzed from its own schemas (a new route is fuzzed as soon
 * as it is declared in events/api/routes.ts). Each malformed request must be refused with a 4xx and a stable
 * code, before any handler touches the table, the buckets or the event bus.
 */

/** Generated cases per route and per part of the request; `FUZZ_RUNS=500` (with a longer --testTimeout) digs deeper. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

const SEED = { instansi: '3201', kanreg: 'III', nip: '198503102010011002' } as const;

/** The first of these a route allows is the one it is called as, so auth passes and the input is what fails. */
const ROLE_PREFERENCE: readonly Role[] = [
  'admin-bkn',
  'instansi',
  'kanreg',
  'peserta',
  'komite',
  'asesor',
  'pakar',
  'kepegawaian',
  'ppk',
  'baperjakat',
];

type Part = 'params' | 'query' | 'body' | 'cursor';

/** The codes (and their statuses) that may refuse a malformed part: anything else is a finding. */
const REFUSALS: Record<Part, Readonly<Record<string, number>>> = {
  params: { VALIDATION_FAILED: 400, MALFORMED_PATH: 400, ROUTE_NOT_FOUND: 404 },
  query: { VALIDATION_FAILED: 400 },
  body: {
    VALIDATION_FAILED: 400,
    // A name or printed text with a hidden character: refused by the rule's own code (events/api/text.ts).
    ...Object.fromEntries(Object.keys(NAME_RULES).map((code) => [code, 400])),
    MALFORMED_JSON: 400,
    BODY_REQUIRED: 400,
    PAYLOAD_TOO_LARGE: 413,
    UNSUPPORTED_MEDIA_TYPE: 415,
  },
  cursor: { INVALID_CURSOR: 400 },
};

/** Words of zod's or Node's English messages (zod's Indonesian ones still name JS types, e.g. `undefined`). */
const ENGLISH = /\b(invalid|expected|received|required|must|unrecognized|error)\b/i;

interface Snapshot {
  items: string[];
  objects: Record<string, string[]>;
  events: number;
}

async function snapshot(stack: LocalStack): Promise<Snapshot> {
  const items: string[] = [];
  for await (const page of paginateScan(
    { client: stack.clients.dynamodb },
    { TableName: stack.resources.table },
  ))
    items.push(...(page.Items ?? []).map((item) => JSON.stringify(item, Object.keys(item).sort())));
  const objects: Record<string, string[]> = {};
  for (const [name, bucket] of Object.entries(stack.resources.buckets)) {
    objects[name] = [];
    for await (const page of paginateListObjectsV2({ client: stack.clients.s3 }, { Bucket: bucket }))
      objects[name].push(...(page.Contents ?? []).map((o) => `${o.Key} ${o.ETag} ${o.Size}`));
  }
  return { items: items.sort(), objects, events: stack.events().length };
}

const callerRole = (route: RouteDefinition): Role | undefined =>
  route.auth === 'public' ? undefined : ROLE_PREFERENCE.find((role) => route.auth.includes(role));

describe('every route refuses malformed input with a 4xx and a stable code, and changes nothing', () => {
  let stack: LocalStack;
  let before: Snapshot;
  const callers = new Map<Role | undefined, Caller>();
  /** A well-formed value of every path parameter any route has, on the seeded fixture where it names one. */
  let validParams: Record<string, string>;

  beforeAll(async () => {
    stack = await startTestStack({ workers: false });
    for (const role of [undefined, ...ROLE_PREFERENCE]) callers.set(role, await callerFor(stack, role, SEED));
    const admin = callers.get('admin-bkn')!;

    const instansi = exampleOf(routes.upsertInstansi);
    expect((await admin('PUT', `/instansi/${SEED.instansi}`, instansi)).status).toBe(200);
    const program = await admin('POST', '/programs', programBody(86_400_000, 10 * 86_400_000));
    expect(program.status).toBe(201);
    for (const bucket of Object.values(stack.resources.buckets)) {
      await stack.clients.s3.send(
        new PutObjectCommand({ Bucket: bucket, Key: 'fixture.txt', Body: 'fixture' }),
      );
    }

    validParams = {
      programId: program.body.id,
      instansiCode: SEED.instansi,
      nip: SEED.nip,
      kind: REQUIRED_DOCUMENTS[0],
      number: '1',
      unitCode: 'MASN-ADM-01',
      appealId: 'bdg_2027-07-30T03:00:00.000Z_1a2b3c4d',
      decisionId: 'dec_2027-07-30T03:00:00.000Z_1',
      certificateId: '0042-SKTM-ASN-L3-2027',
      nomor: '0042/SKTM-ASN/L3/2027',
      sub: '5b8d2f0e-7c1a-4e9b-8f3d-2a6c9e1b4d70',
      kanreg: SEED.kanreg,
      keyName: 'ed25519-1',
      listId: '1',
      improvementId: 'pbk_2027-08-02T03:00:00.000Z_0a1b2c3d',
      scheme: 'ADMINISTRATOR',
      version: '2019',
      recommendationId: 'rek_2027-07-30T03:00:00.000Z_1a2b3c4d',
      point: '3',
      positionCode: 'KABAG-REN',
      noticeId: '2027-0001',
      instrumentId: 'ins_0a1b2c3d4e5f',
      teamId: 'tim_7c9e6679-7425-40de-944b-e07fc1f90ae7',
      kanregCode: SEED.kanreg,
      regionalProgramId: 'rpg_6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f',
      courseCode: 'PIK-MSDM-301',
      tukId: 'TUK-PUSBANG-01',
      module: 'MOD-ADM-01',
      proposalId: 'mek_3b241101-e2bb-4255-8caf-4136c566a962',
    };
    // Every operator is registered with BKN on its first call: before the snapshot, not during the fuzzing.
    for (const role of ['instansi', 'kanreg'] as const) {
      expect((await callers.get(role)!('GET', `/programs/${program.body.id}`)).status).toBe(200);
    }
    before = await snapshot(stack);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  type Request = { segments?: Record<string, Segment>; query?: string; body?: BodyCase };

  /** Calls the route as a role it allows; every part not given is well formed. */
  async function call(route: RouteDefinition, request: Request) {
    const path = pathWith(route, request.segments ?? wellFormedSegments(validParams));
    const url = request.query === undefined ? path : `${path}?${request.query}`;
    const body = request.body ?? wellFormedBody(route);
    const caller = callers.get(callerRole(route))!;
    // A program asking for JSON: the verification addresses answer pages to those that do not say so.
    const response = await caller(route.method, url, body?.text, {
      accept: 'application/json',
      ...(body ? { 'content-type': body.contentType } : {}),
    });
    const answer = JSON.stringify(response.body)?.slice(0, 500);
    return { ...response, what: `${route.method} ${url.slice(0, 300)} → ${response.status} ${answer}` };
  }

  async function expectRefused(part: Part, route: RouteDefinition, request: Request) {
    const { status, body, what } = await call(route, request);
    expect(ApiError.safeParse(body).success, what).toBe(true);
    const { code, message, details } = body as ApiError;
    expect(Object.keys(REFUSALS[part]), what).toContain(code);
    expect(status, what).toBe(REFUSALS[part][code]);
    expect(code, what).toMatch(/^[A-Z][A-Z0-9]*([_-][A-Z0-9]+)*$/);
    const messages = [
      message,
      ...((details as { message?: string }[] | undefined) ?? []).map((d) => d.message),
    ];
    for (const text of messages) expect(text, what).toMatch(/\S/);
    for (const text of messages) expect(text, what).not.toMatch(ENGLISH);
    if (code === 'VALIDATION_FAILED' || code in NAME_RULES) {
      for (const detail of details as { path: string }[])
        expect(detail.path, what).toMatch(new RegExp(`^${part}\\b`));
    }
  }

  const named = (list: readonly RouteDefinition[]) => list.map((route) => [routeKey(route), route] as const);
  const withParams = ROUTES.filter((route) => route.params);
  const withQuery = ROUTES.filter((route) => route.query);
  const withCursor = ROUTES.filter((route) => route.query?.shape.cursor);
  const withJsonBody = ROUTES.filter((route) => route.body);
  const withBinaryBody = ROUTES.filter((route) => route.binaryBody);

  it.each(named(withParams))('knows a well-formed value of every path parameter of %s', (_key, route) => {
    const params = Object.fromEntries(
      Object.keys(route.params!.shape).map((name) => [name, validParams[name]]),
    );
    expect(route.params!.safeParse(params).error?.issues ?? []).toEqual([]);
  });

  it.each(named(withParams))('%s refuses every malformed path parameter', async (_key, route) => {
    await fc.assert(
      fc.asyncProperty(malformedParams(route.params!, validParams), (segments) =>
        expectRefused('params', route, { segments }),
      ),
      { numRuns: RUNS },
    );
  });

  it.each(named(withQuery))('%s refuses every malformed query string', async (_key, route) => {
    await fc.assert(
      fc.asyncProperty(malformedQuery(route.query!), (query) => expectRefused('query', route, { query })),
      { numRuns: RUNS },
    );
  });

  it.each(named(withCursor))('%s refuses a page cursor it never issued', async (_key, route) => {
    await fc.assert(
      fc.asyncProperty(forgedCursor, (cursor) =>
        expectRefused('cursor', route, { query: `cursor=${encodeURIComponent(cursor)}` }),
      ),
      { numRuns: RUNS },
    );
  });

  it.each(named(withJsonBody))('%s refuses every malformed JSON body', async (_key, route) => {
    await fc.assert(
      fc.asyncProperty(malformedJsonBody(route), (body) => expectRefused('body', route, { body })),
      { numRuns: RUNS },
    );
  });

  it.each(named(withBinaryBody))('%s refuses every malformed raw body', async (_key, route) => {
    await fc.assert(
      fc.asyncProperty(malformedBinaryBody(route.binaryBody!), (body) =>
        expectRefused('body', route, { body }),
      ),
      { numRuns: RUNS },
    );
  });

  it('leaves the table, the buckets and the event bus exactly as they were', async () => {
    expect(before.items.length).toBeGreaterThan(0);
    // Each bucket holds the test's fixture (the signing bucket the officials' chains besides).
    for (const listing of Object.values(before.objects)) {
      expect(listing.filter((object) => object.startsWith('fixture.txt '))).toHaveLength(1);
    }
    expect(await snapshot(stack)).toEqual(before);
  });
});
