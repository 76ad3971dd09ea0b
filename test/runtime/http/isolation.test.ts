import '../../functions/helpers/env';
import { isRegistryRead, serveRegistry } from '../../functions/helpers/operators';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler as instansiHandler } from '../../../functions/instansi/index';
import { handler as proposalsHandler } from '../../../functions/proposals/index';
import { handler as screeningHandler } from '../../../functions/screening/index';
import { apiEvent, bodyOf, claimsWith, type Claims } from '../../functions/helpers/api-event';
import { lambdaContext } from '../../functions/helpers/context';
import { aProgram, programItem, PROGRAM_ID } from '../../functions/helpers/programs';
import {
  aCandidate,
  aCandidateInput,
  anInstansi,
  aProposal,
  bknAdmin,
  candidateItem,
  FAR_INSTANSI,
  instansiItem,
  instansiOperator,
  INSTANSI,
  KANREG,
  kanregOperator,
  NIP,
  NOW,
  OTHER_INSTANSI,
  OTHER_KANREG,
  proposalItem,
  PUSAT_INSTANSI,
  serveTable,
  stubS3Head,
  writeCalls,
  ALL_OPERATORS,
} from '../../functions/helpers/proposals';

/*
 * Who may act for which instansi (runtime/http/scope.ts, domain/access/scope.ts), route by route: an
 * instansi operator only for its own instansi, a Kanreg operator only for the regional governments of its
 * Kanreg, and nobody through a role the route does not name. Whatever ids are in the URL.
 */
const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('isolation');

type Handler = typeof proposalsHandler;
interface RouteCase {
  routeKey: string;
  handler: Handler;
  body?: unknown;
}

const upload = { contentType: 'application/pdf', size: 183_204 };

const PROPOSAL_ROUTES: RouteCase[] = [
  { routeKey: 'PUT /programs/{programId}/proposals/{instansiCode}' },
  { routeKey: 'GET /programs/{programId}/proposals/{instansiCode}' },
  {
    routeKey: 'PUT /programs/{programId}/proposals/{instansiCode}/candidates/{nip}',
    body: aCandidateInput(),
  },
  { routeKey: 'DELETE /programs/{programId}/proposals/{instansiCode}/candidates/{nip}' },
  {
    routeKey: 'POST /programs/{programId}/proposals/{instansiCode}/candidates/{nip}/documents/{kind}/upload',
    body: upload,
  },
  { routeKey: 'PUT /programs/{programId}/proposals/{instansiCode}/candidates/{nip}/documents/{kind}' },
  {
    routeKey: 'POST /programs/{programId}/proposals/{instansiCode}/candidates/{nip}/documents/uploads',
    body: { documents: [{ kind: 'PAS_FOTO', ...upload }] },
  },
  {
    routeKey: 'PUT /programs/{programId}/proposals/{instansiCode}/candidates/{nip}/documents',
    body: { documents: [{ kind: 'PAS_FOTO' }] },
  },
  { routeKey: 'POST /programs/{programId}/proposals/{instansiCode}/letter/upload', body: upload },
  { routeKey: 'PUT /programs/{programId}/proposals/{instansiCode}/letter' },
  { routeKey: 'POST /programs/{programId}/proposals/{instansiCode}/submit' },
].map((route) => ({ ...route, handler: proposalsHandler }));

/** Every route that names an instansi in its path and checks the caller's scope. */
const SCOPED_ROUTES: RouteCase[] = [
  ...PROPOSAL_ROUTES,
  { routeKey: 'GET /instansi/{instansiCode}', handler: instansiHandler },
];

const PATH_VALUES = (instansiCode: string): Record<string, string> => ({
  programId: PROGRAM_ID,
  instansiCode,
  nip: NIP,
  kind: 'PAS_FOTO',
});

/** Calls `route` for `instansiCode`, with only the path parameters its template names. */
function call(route: RouteCase, instansiCode: string, claims: Claims) {
  const names = [...route.routeKey.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const values = PATH_VALUES(instansiCode);
  const pathParameters = Object.fromEntries(names.map((name) => [name, values[name]!]));
  return route.handler(apiEvent(route.routeKey, { pathParameters, body: route.body, claims }), context);
}

/** An instansi code BKN never registered: what an instansi outside the caller's scope must look like. */
const UNREGISTERED_INSTANSI = '9999';

/** A world where the proposal of every instansi exists with a draft candidate, so only scope can refuse. */
function seedEverything() {
  const codes = [INSTANSI, OTHER_INSTANSI, FAR_INSTANSI, PUSAT_INSTANSI];
  serveTable(ddb, [
    programItem(aProgram({ status: 'OPEN' })),
    ...codes.map((code) => instansiItem(anInstansi(code))),
    ...codes.map((code) => proposalItem(aProposal({ instansiCode: code, kanreg: anInstansi(code).kanreg }))),
    ...codes.map((code) => candidateItem(aCandidate({ instansiCode: code }))),
  ]);
}

describe('instansi isolation', () => {
  let fetchSpy: ReturnType<typeof stubS3Head>;

  beforeEach(() => {
    ddb.reset();
    serveRegistry(ddb, ...ALL_OPERATORS());
    seedEverything();
    fetchSpy = stubS3Head(404);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  describe.each(SCOPED_ROUTES.map((route) => [route.routeKey, route] as const))('%s', (_key, route) => {
    it.each([
      ['an instansi operator naming another instansi', () => instansiOperator(OTHER_INSTANSI), INSTANSI],
      [
        'a Kanreg operator naming an instansi of another Kanreg',
        () => kanregOperator(OTHER_KANREG),
        INSTANSI,
      ],
      [
        'a Kanreg operator naming a central-government instansi',
        () => kanregOperator(KANREG),
        PUSAT_INSTANSI,
      ],
    ])(
      'answers %s exactly as an instansi BKN never registered (404 INSTANSI_NOT_FOUND), writing nothing',
      async (_case, claims, code) => {
        // Act
        const result = await call(route, code, claims());
        const missing = await call(route, UNREGISTERED_INSTANSI, claims());

        // Assess: no oracle; nothing of the instansi's proposal read, nothing written, no storage check.
        expect(result.statusCode).toBe(404);
        expect(bodyOf(result)).toStrictEqual(bodyOf(missing));
        expect(bodyOf(result)).toStrictEqual({
          code: 'INSTANSI_NOT_FOUND',
          message: 'Instansi belum terdaftar di BKN.',
        });
        const read = ddb.calls().flatMap((c) => JSON.stringify(c.args[0]).match(/PROPOSAL#[^"]*/g) ?? []);
        expect(read).toStrictEqual([]);
        expect(writeCalls(ddb)).toHaveLength(0);
        expect(fetchSpy).not.toHaveBeenCalled();
      },
    );

    it('answers 403 OPERATOR_SCOPE_MISMATCH to an instansi operator whose token names no instansi', async () => {
      // Prepare: registered for Kabupaten Bogor, the token names none.
      const { 'custom:instansi': _instansi, ...claims } = instansiOperator(INSTANSI);

      // Act
      const result = await call(route, INSTANSI, claims);

      // Assess
      expect(result.statusCode).toBe(403);
      expect(bodyOf(result)).toMatchObject({ code: 'OPERATOR_SCOPE_MISMATCH' });
      expect(writeCalls(ddb)).toHaveLength(0);
    });

    it('answers 403 FORBIDDEN_ROLE to a committee member, before any read', async () => {
      // Prepare
      const claims = claimsWith('[komite]');

      // Act
      const result = await call(route, INSTANSI, claims);

      // Assess
      expect(result.statusCode).toBe(403);
      expect(bodyOf(result)).toMatchObject({ code: 'FORBIDDEN_ROLE' });
      expect(ddb.calls()).toHaveLength(0);
    });
  });

  it.each(
    PROPOSAL_ROUTES.filter((r) => !r.routeKey.startsWith('GET ')).map(
      (route) => [route.routeKey, route] as const,
    ),
  )(
    'answers 403 FORBIDDEN_ROLE to a BKN admin on %s: only instansi and Kanreg propose',
    async (_key, route) => {
      // Prepare
      const claims = bknAdmin();

      // Act
      const result = await call(route, INSTANSI, claims);

      // Assess
      expect(result.statusCode).toBe(403);
      expect(bodyOf(result)).toMatchObject({
        code: 'FORBIDDEN_ROLE',
        details: { requiredRoles: ['instansi', 'kanreg'] },
      });
      expect(ddb.calls()).toHaveLength(0);
    },
  );

  it('lets a Kanreg operator act for a regional government of its own Kanreg', async () => {
    // Prepare
    const claims = kanregOperator(KANREG);

    // Act
    const result = await call(PROPOSAL_ROUTES[1]!, INSTANSI, claims);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toMatchObject({ instansiCode: INSTANSI });
  });

  it('lets a BKN admin read any proposal, a central-government one included', async () => {
    // Prepare
    const claims = bknAdmin();

    // Act
    const result = await call(PROPOSAL_ROUTES[1]!, PUSAT_INSTANSI, claims);

    // Assess
    expect(result.statusCode).toBe(200);
  });

  describe('routes without an instansi in the path', () => {
    const HANDLERS = { instansi: instansiHandler, screening: screeningHandler } as const;
    it.each([
      ['PUT /instansi/{instansiCode}', 'instansi', '[instansi]', { instansiCode: INSTANSI }],
      ['PUT /instansi/{instansiCode}', 'instansi', '[kanreg]', { instansiCode: INSTANSI }],
      ['GET /instansi', 'instansi', '[instansi]', undefined],
      ['GET /programs/{programId}/proposals', 'screening', '[instansi]', { programId: PROGRAM_ID }],
      ['GET /programs/{programId}/candidates', 'screening', '[instansi]', { programId: PROGRAM_ID }],
      ['GET /programs/{programId}/candidates', 'screening', '[kanreg]', { programId: PROGRAM_ID }],
      [
        'POST /programs/{programId}/proposals/{instansiCode}/candidates/{nip}/decisions',
        'screening',
        '[instansi]',
        { programId: PROGRAM_ID, instansiCode: INSTANSI, nip: NIP },
      ],
      [
        'POST /programs/{programId}/proposals/{instansiCode}/candidates/{nip}/decisions',
        'screening',
        '[kanreg]',
        { programId: PROGRAM_ID, instansiCode: INSTANSI, nip: NIP },
      ],
    ] as const)(
      'answers 403 FORBIDDEN_ROLE on %s (%s function) to %s, without a call',
      async (routeKey, fn, groups, path) => {
        // Prepare: the caller's own instansi and Kanreg, and a valid body where the route takes one.
        const handler = HANDLERS[fn];
        const claims = claimsWith(groups, { 'custom:instansi': INSTANSI, 'custom:kanreg': KANREG });
        const body = routeKey.startsWith('PUT /instansi')
          ? { name: 'Pemerintah Kabupaten Bogor', kind: 'KABUPATEN_KOTA', kanreg: KANREG }
          : routeKey.endsWith('/decisions')
            ? { outcome: 'ACCEPTED' }
            : undefined;

        // Act
        const result = await handler(
          apiEvent(routeKey, { pathParameters: path ? { ...path } : undefined, body, claims }),
          context,
        );

        // Assess
        expect(result.statusCode).toBe(403);
        expect(bodyOf(result)).toMatchObject({ code: 'FORBIDDEN_ROLE' });
        expect(ddb.calls()).toHaveLength(0);
      },
    );

    it.each([
      ['GET /instansi', 'instansi', undefined, 'KANREG#III#INSTANSI'],
      [
        'GET /programs/{programId}/proposals',
        'screening',
        { programId: PROGRAM_ID },
        `KANREG#III#PROGRAM#${PROGRAM_ID}`,
      ],
    ] as const)(
      'forces a Kanreg operator listing %s (%s function) onto its own Kanreg, whatever ?kanreg= it sends',
      async (routeKey, fn, path, partition) => {
        // Prepare: Kanreg III asks for Kanreg II's list.
        const handler = HANDLERS[fn];
        const event = apiEvent(routeKey, {
          pathParameters: path ? { ...path } : undefined,
          queryStringParameters: { kanreg: OTHER_KANREG },
          claims: kanregOperator(KANREG),
        });

        // Act
        const result = await handler(event, context);

        // Assess
        expect(result.statusCode).toBe(200);
        const queries = ddb.commandCalls(QueryCommand).map((c) => c.args[0].input);
        expect(queries).toHaveLength(1);
        expect(queries[0]).toMatchObject({
          IndexName: 'gsi2',
          ExpressionAttributeNames: { '#pk': 'gsi2pk' },
          ExpressionAttributeValues: { ':pk': partition },
        });
        expect(JSON.stringify(queries[0])).not.toContain(`KANREG#${OTHER_KANREG}#`);
      },
    );

    it.each([
      ['GET /instansi', 'instansi', undefined],
      ['GET /programs/{programId}/proposals', 'screening', { programId: PROGRAM_ID }],
    ] as const)(
      'answers 403 OPERATOR_SCOPE_MISMATCH on %s (%s function) to a Kanreg operator whose token names no Kanreg',
      async (routeKey, fn, path) => {
        // Prepare: registered for Kanreg III, the token names none.
        const handler = HANDLERS[fn];
        const { 'custom:kanreg': _kanreg, ...claims } = kanregOperator(KANREG);
        const event = apiEvent(routeKey, {
          pathParameters: path ? { ...path } : undefined,
          queryStringParameters: { kanreg: KANREG },
          claims,
        });

        // Act
        const result = await handler(event, context);

        // Assess: refused on the registry read alone.
        expect(result.statusCode).toBe(403);
        expect(bodyOf(result)).toMatchObject({ code: 'OPERATOR_SCOPE_MISMATCH' });
        expect(ddb.calls().filter((c) => !isRegistryRead(c))).toHaveLength(0);
      },
    );
  });
});
