import '../helpers/env';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/meta/index';
import { openApiPath } from '../../../events/api/openapi';
import { ROUTES } from '../../../events/api/routes';
import { ENV } from '../../../runtime/env';
import { writeOpenApiDocument } from '../../../tools/openapi/write';
import { apiEvent, bodyOf } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('meta');

const NOW = '2026-03-02T03:00:00.000Z';

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { operationId: string; security?: unknown[] }>>;
}

describe('meta function', () => {
  beforeAll(() => {
    // What the build writes beside the deployed bundle (tools/openapi/write.ts).
    const file = join(mkdtempSync(join(tmpdir(), 'meta-')), 'openapi.json');
    writeOpenApiDocument(file);
    process.env[ENV.openApiDocument] = file;
  });

  beforeEach(() => {
    ddb.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers GET /health with 200 to a caller without claims, touching no table', async () => {
    // Prepare
    const event = apiEvent('GET /health', { claims: null });

    // Act
    const result = await handler(event, context);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toStrictEqual({ status: 'ok', service: 'sertifikasi-manajemen-asn', time: NOW });
    expect(ddb.calls()).toHaveLength(0);
  });

  it('answers GET /openapi.json with an OpenAPI 3.1.0 document that has a path and operation per route', async () => {
    // Prepare
    const event = apiEvent('GET /openapi.json', { claims: null });

    // Act
    const result = await handler(event, context);

    // Assess
    expect(result.statusCode).toBe(200);
    expect(result.headers).toMatchObject({ 'content-type': 'application/json; charset=utf-8' });
    const document = bodyOf<OpenApiDocument>(result);
    expect(document.openapi).toBe('3.1.0');
    expect(ROUTES.length).toBeGreaterThan(0);
    for (const route of ROUTES) {
      expect(
        document.paths[openApiPath(route.path)]?.[route.method.toLowerCase()]?.operationId,
        `${route.method} ${route.path}`,
      ).toBe(route.operationId);
    }
    const operations = Object.values(document.paths).flatMap((path) => Object.values(path));
    expect(operations).toHaveLength(ROUTES.length);
  });

  it('marks exactly the public routes as needing no token in the document', async () => {
    // Prepare
    const event = apiEvent('GET /openapi.json', { claims: null });

    // Act
    const document = bodyOf<OpenApiDocument>(await handler(event, context));

    // Assess
    for (const route of ROUTES) {
      const operation = document.paths[openApiPath(route.path)]![route.method.toLowerCase()]!;
      if (route.auth === 'public') expect(operation.security).toStrictEqual([]);
      else expect(operation.security).toBeUndefined();
    }
  });

  it('answers the same document on a second call (built once per container)', async () => {
    // Prepare
    const event = apiEvent('GET /openapi.json', { claims: null });

    // Act
    const first = await handler(event, context);
    const second = await handler(structuredClone(event), context);

    // Assess
    expect(second.body).toBe(first.body);
  });

  it('answers 404 ROUTE_NOT_FOUND for an API route served by another function', async () => {
    // Prepare
    const event = apiEvent('POST /programs', { body: {} });

    // Act
    const result = await handler(event, context);

    // Assess
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
  });

  it('answers the JSON 404 ROUTE_NOT_FOUND, with a correlation id, to what API Gateway sends its $default route', async () => {
    // Prepare: a path no route matches, as API Gateway hands it to the $default route
    const event = { ...apiEvent('GET /tidak-ada', { claims: null }), routeKey: '$default' };
    event.requestContext = { ...event.requestContext, routeKey: '$default' };

    // Act
    const result = await handler(event, context);

    // Assess
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: 'Jalur API tidak dikenal.' });
    expect(result.headers?.['x-correlation-id']).toEqual(expect.any(String));
  });
});
