import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { buildOpenApiDocument, openApiPath, REQUEST_BODY_IDS } from '../../events/api/openapi';
import { MESSAGE_SCHEMAS } from '../../events/messages';
import { ROUTE_SCOPES } from '../../events/api/route';
import { ROUTES } from '../../events/api/routes';

const document = buildOpenApiDocument() as {
  openapi: string;
  info: object;
  paths: Record<
    string,
    Record<
      string,
      {
        security?: unknown[];
        parameters: { name: string; in: string }[];
        responses: Record<string, { description: string; content?: Record<string, unknown> }>;
        'x-roles'?: string[];
        'x-scope'?: { rule: string; effect: string; binds: string[]; roles: string[] };
      }
    >
  >;
  components: { schemas: Record<string, unknown> };
};

interface SpectralResult {
  code: string;
  message: string;
  path: string[];
  severity: number;
  source: string;
}

/**
 * Spectral's CLI, as a person runs it (`npx spectral lint`), with the repository's ruleset (.spectral.yaml), on
 * each document written to a temporary file; its results (every severity) per document name.
 */
async function spectralLint(documents: Record<string, unknown>): Promise<Record<string, SpectralResult[]>> {
  const cli = createRequire(import.meta.url).resolve('@stoplight/spectral-cli');
  const ruleset = fileURLToPath(new URL('../../.spectral.yaml', import.meta.url));
  const dir = await mkdtemp(join(tmpdir(), 'spectral-'));
  try {
    const files = Object.fromEntries(Object.keys(documents).map((name) => [name, join(dir, `${name}.json`)]));
    for (const [name, doc] of Object.entries(documents)) await writeFile(files[name]!, JSON.stringify(doc));
    const args = [cli, 'lint', ...Object.values(files), '--ruleset', ruleset, '--format', 'json', '--quiet'];
    // The exit code says only whether an error was found; the JSON on stdout says what was.
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, args, (error, out, err) => {
        if (out.trimStart().startsWith('[')) resolve(out);
        else reject(new Error(`spectral did not answer in JSON: ${err || error?.message}`));
      }),
    );
    const results = JSON.parse(stdout) as SpectralResult[];
    return Object.fromEntries(
      Object.entries(files).map(([name, file]) => [name, results.filter((r) => r.source === file)]),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('the OpenAPI document generated from the route list', () => {
  it('passes Redocly lint (recommended rules) with no errors or warnings', async () => {
    const config = await createConfig({
      extends: ['recommended'],
      // Every component is used: by a route, or by a webhook (the message contracts).
      rules: { 'info-license-url': 'off' },
    });
    const problems = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: 'openapi.json',
      config,
    });
    expect(
      problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} @ ${p.location[0]?.pointer}`),
    ).toEqual([]);
    // Redocly loads its whole ruleset first: seconds alone, far more on a machine busy with other suites.
  }, 60_000);

  describe('Spectral (.spectral.yaml: the oas ruleset, no rule off)', () => {
    let results: Record<string, SpectralResult[]>;
    beforeAll(async () => {
      // A spoilt copy beside the real one, in the same run: proves the ruleset is loaded and its rules are on.
      const spoilt = structuredClone(document) as typeof document & { info: { contact?: unknown } };
      delete spoilt.info.contact;
      spoilt.components.schemas.NobodyUsesMe = { type: 'string' };
      results = await spectralLint({ generated: document, spoilt });
    }, 120_000);

    it('passes with no errors or warnings', () => {
      expect(
        results.generated!.map((r) => `${r.severity} ${r.code}: ${r.message} @ ${r.path.join('.')}`),
      ).toEqual([]);
    });

    it('reports an unused component and a missing contact on a spoilt copy', () => {
      expect(results.spoilt!.map((r) => r.code)).toEqual(
        expect.arrayContaining(['oas3-unused-component', 'info-contact']),
      );
    });
  });

  it.each(ROUTES.map((r) => [r.operationId, r] as const))(
    '%s publishes the answers any operation may give: 429, 503 SERVICE_BUSY and default, each an ApiError',
    (_id, route) => {
      const operation = document.paths[openApiPath(route.path)]![route.method.toLowerCase()]!;
      for (const status of ['429', '503', 'default'])
        expect(operation.responses[status]).toMatchObject({
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
        });
      expect(operation.responses['503']!.description).toContain('SERVICE_BUSY');
    },
  );

  it.each(ROUTES.map((r) => [r.operationId, r] as const))(
    '%s publishes what the request parser answers its input: 400 for parameters or a body, 413 and 415 for a body',
    (_id, route) => {
      const statuses = Object.keys(
        document.paths[openApiPath(route.path)]![route.method.toLowerCase()]!.responses,
      );
      const body = Boolean(route.body ?? route.binaryBody);
      if (body || route.params || route.query) expect(statuses).toContain('400');
      if (body) expect(statuses).toEqual(expect.arrayContaining(['413', '415']));
      else expect(statuses).not.toContain('415');
    },
  );

  it('publishes the CSV of the development record (?format=csv) beside its JSON', () => {
    const ok = document.paths['/asn/{nip}/development-record']!.get!.responses['200'];
    expect(ok?.content).toStrictEqual({
      'application/json': { schema: { $ref: '#/components/schemas/DevelopmentRecord' } },
      'text/csv': { schema: { type: 'string' } },
    });
  });

  it('is OpenAPI 3.1 and has one operation per route', () => {
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.values(document.paths).flatMap((item) => Object.keys(item));
    expect(operations).toHaveLength(ROUTES.length);
    for (const route of ROUTES)
      expect(document.paths[openApiPath(route.path)]?.[route.method.toLowerCase()]).toBeDefined();
  });

  it.each(ROUTES.filter((r) => r.auth !== 'public').map((r) => [r.operationId, r] as const))(
    '%s is secured, lists its roles and documents 401 and 403',
    (_id, route) => {
      const operation = document.paths[openApiPath(route.path)]![route.method.toLowerCase()]!;
      expect(operation.security).toBeUndefined();
      expect(operation['x-roles']).toEqual(route.auth);
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']));
    },
  );

  it.each(ROUTES.filter((r) => r.auth !== 'public').map((r) => [r.operationId, r] as const))(
    '%s states its scope rule: declared (none included), bound to its own path parameters, restricting its roles',
    (_id, route) => {
      const operation = document.paths[openApiPath(route.path)]![route.method.toLowerCase()]!;
      expect(
        route.scope,
        'declare `scope` on the route (ROUTE_SCOPES), `none` when unrestricted',
      ).toBeDefined();
      const rule = ROUTE_SCOPES[route.scope!];
      const scope = operation['x-scope']!;
      expect(scope).toMatchObject({ rule: route.scope, effect: rule.effect, binds: rule.binds });
      const pathParameters = operation.parameters.filter((p) => p.in === 'path').map((p) => p.name);
      expect(pathParameters).toEqual(expect.arrayContaining([...rule.binds]));
      expect(scope.roles).toEqual(
        rule.roles.filter((role) => (route.auth as readonly string[]).includes(role)),
      );
      // A rule none of the route's roles is subject to says nothing: such a route declares `none`.
      if (route.scope !== 'none') expect(scope.roles.length).toBeGreaterThan(0);
    },
  );

  it.each(ROUTES.filter((r) => r.auth === 'public').map((r) => [r.operationId, r] as const))(
    '%s is public (empty security, no scope rule)',
    (_id, route) => {
      const operation = document.paths[openApiPath(route.path)]![route.method.toLowerCase()]!;
      expect(operation.security).toEqual([]);
      expect(route.scope).toBeUndefined();
      expect(operation['x-scope']).toBeUndefined();
    },
  );

  it.each(ROUTES.map((r) => [r.operationId, r] as const))(
    '%s shows the optional Idempotency-Key header and its answers exactly when the route declares it',
    (_id, route) => {
      const operation = document.paths[openApiPath(route.path)]![route.method.toLowerCase()]!;
      const header = operation.parameters.filter((p) => p.in === 'header');
      if (!route.idempotent) {
        expect(header).toEqual([]);
        return;
      }
      expect(header).toEqual([
        expect.objectContaining({ name: 'Idempotency-Key', required: false, schema: expect.anything() }),
      ]);
      for (const [status, code] of [
        ['400', 'IDEMPOTENCY_KEY_INVALID'],
        ['409', 'IDEMPOTENCY_IN_PROGRESS'],
        ['422', 'IDEMPOTENCY_KEY_REUSED'],
      ] as const)
        expect(operation.responses[status]?.description).toContain(code);
    },
  );

  it('takes its schemas from the same zod contracts the handlers parse with', () => {
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['ApiError', 'Program', 'CreateProgramRequest', 'AnnouncementRequested']),
    );
    expect(document.components.schemas.CreateProgramRequest).toMatchObject({ additionalProperties: false });
  });

  it('publishes a request body as what a client sends: a field with a default may be left out', () => {
    const decision = document.components.schemas.ResultDecisionRequest as {
      required: string[];
      properties: Record<string, { default?: unknown }>;
    };
    expect(decision.required).toEqual(['session']);
    expect(decision.properties.appealPeriodDays).toMatchObject({ default: 14 });
    // Strict request objects stay strict in their input form: an unknown field is refused, as zod refuses it.
    expect(decision).toMatchObject({ additionalProperties: false });
  });

  it('publishes every queue and bus message contract as a webhook, with the channel it travels on', () => {
    const hooks = (
      buildOpenApiDocument() as {
        webhooks: Record<string, { post: { 'x-channel': string; requestBody: unknown } }>;
      }
    ).webhooks;
    expect(Object.keys(hooks).sort()).toEqual(MESSAGE_SCHEMAS.map((s) => s.meta()!.id as string).sort());
    expect(hooks.PlacementRequested!.post).toMatchObject({
      'x-channel': 'sqs:placement',
      requestBody: {
        content: { 'application/json': { schema: { $ref: '#/components/schemas/PlacementRequested' } } },
      },
    });
    expect(hooks.CertificateRevoked!.post['x-channel']).toBe('eventbridge');
  });

  it('renders each component in one mode: no request body is also an answer or a message', () => {
    const answers = new Set([
      ...ROUTES.flatMap((r) => Object.values(r.responses).map((spec) => spec.schema?.meta()?.id)),
      ...MESSAGE_SCHEMAS.map((schema) => schema.meta()?.id),
    ]);
    expect(REQUEST_BODY_IDS.length).toBeGreaterThan(20);
    expect(REQUEST_BODY_IDS.filter((id) => answers.has(id))).toEqual([]);
  });

  const contracts = new Map<string, z.ZodType>();
  for (const route of ROUTES) {
    if (route.body) contracts.set(route.body.meta()!.id as string, route.body);
    for (const spec of Object.values(route.responses)) {
      if (spec.schema) contracts.set(spec.schema.meta()!.id as string, spec.schema);
    }
  }
  for (const schema of MESSAGE_SCHEMAS) contracts.set(schema.meta()!.id as string, schema);

  it.each([...contracts].map(([id, schema]) => [id, schema] as const))(
    '%s carries examples, and each one is valid against the schema itself',
    (_id, schema) => {
      const examples = schema.meta()?.examples as unknown[] | undefined;
      expect(examples?.length).toBeGreaterThan(0);
      for (const example of examples!) expect(schema.safeParse(example).error?.issues ?? []).toEqual([]);
    },
  );
});
