import '../../functions/helpers/env';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { programRoutes } from '../../../events/api/routes/programs';
import { handler } from '../../../functions/programs/index';
import { apiHandler } from '../../../runtime/http/api-handler';
import { idempotentRequests } from '../../../runtime/http/idempotency';
import { routeAccess } from '../../../runtime/http/scope';
import { apiEvent, bodyOf, claimsWith } from '../../functions/helpers/api-event';
import { lambdaContext } from '../../functions/helpers/context';
import { aProgram, programItem, PROGRAM_ID } from '../../functions/helpers/programs';

/*
 * The shared API handler (runtime/http/api-handler.ts) seen through the programmes function:
 * dispatch on routeKey, roles from the JWT claims in both forms they arrive in, and the error body.
 */
const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('programs');

const getProgram = (claims: ReturnType<typeof claimsWith> | null) =>
  handler(
    apiEvent('GET /programs/{programId}', { pathParameters: { programId: PROGRAM_ID }, claims }),
    context,
  );

describe('apiHandler', () => {
  beforeEach(() => {
    ddb.reset();
    ddb.on(GetCommand).resolves({ Item: programItem(aProgram()) });
    ddb.on(QueryCommand).resolves({ Items: [] });
  });

  describe('roles from cognito:groups', () => {
    it.each([
      ['flattened by API Gateway', '[admin-bkn]'],
      ['flattened, several groups', '[peserta komite]'],
      ['as a raw array', ['komite']],
      ['as a raw array, several groups', ['asesor', 'komite']],
      ['as a bare string', 'admin-bkn'],
    ])('admits a caller whose groups include an allowed role (%s)', async (_form, groups) => {
      // Prepare
      const claims = claimsWith(groups);

      // Act
      const result = await getProgram(claims);

      // Assess
      expect(result.statusCode).toBe(200);
    });

    it.each([
      ['a role the route does not allow', '[peserta]'],
      ['a raw array without an allowed role', ['asesor', 'pakar']],
      ['an unknown group only', '[admin]'],
      ['an empty group list', '[]'],
      ['no groups claim at all', undefined],
    ])('answers 403 FORBIDDEN_ROLE for %s, before touching DynamoDB', async (_case, groups) => {
      // Prepare
      const claims = claimsWith(groups);

      // Act
      const result = await getProgram(claims);

      // Assess
      expect(result.statusCode).toBe(403);
      expect(bodyOf(result)).toStrictEqual({
        code: 'FORBIDDEN_ROLE',
        message: 'Peran Anda tidak berwenang untuk aksi ini.',
        details: { requiredRoles: ['admin-bkn', 'instansi', 'kanreg', 'komite'] },
      });
      expect(ddb.calls()).toHaveLength(0);
    });

    it('does not treat a group name containing an allowed role as that role', async () => {
      // Prepare
      const claims = claimsWith('[admin-bkn-staging]');

      // Act
      const result = await getProgram(claims);

      // Assess
      expect(result.statusCode).toBe(403);
    });
  });

  describe('scope (issue 13)', () => {
    it('refuses to load a stage whose authenticated routes have no access check, or no resolver for their scope', () => {
      // Prepare: the programmes stage's routes, one of them declaring a scope the access given cannot resolve.
      const operations = Object.fromEntries(
        Object.values(programRoutes).map((route) => [route.operationId, async () => ({ statusCode: 204 })]),
      );
      const scoped = {
        ...programRoutes,
        getProgram: { ...programRoutes.getProgram, scope: 'participant' as const },
      };

      // Act / Assess
      expect(() => apiHandler(programRoutes, operations)).toThrow(
        /scope nothing resolves: createProgram \(none\)/,
      );
      expect(() => apiHandler(scoped, operations, routeAccess({}), idempotentRequests)).toThrow(
        /getProgram \(participant\)/,
      );
      expect(() => apiHandler(programRoutes, operations, routeAccess({}), idempotentRequests)).not.toThrow();
    });
  });

  describe('authentication', () => {
    it('answers 401 AUTH_REQUIRED when there is no authorizer context', async () => {
      // Prepare: no claims.

      // Act
      const result = await getProgram(null);

      // Assess
      expect(result.statusCode).toBe(401);
      expect(bodyOf(result)).toStrictEqual({ code: 'AUTH_REQUIRED', message: 'Token otorisasi diperlukan.' });
      expect(ddb.calls()).toHaveLength(0);
    });

    it('answers 401 AUTH_REQUIRED when the claims carry no sub', async () => {
      // Prepare
      const { sub: _sub, ...claims } = claimsWith('[admin-bkn]');

      // Act
      const result = await getProgram(claims);

      // Assess
      expect(result.statusCode).toBe(401);
      expect(ddb.calls()).toHaveLength(0);
    });
  });

  describe('dispatch and error body', () => {
    it('answers 404 ROUTE_NOT_FOUND for a route this function does not serve', async () => {
      // Prepare: the documents function serves this route, not the programmes one.
      const event = apiEvent('GET /programs/{programId}/announcement', {
        pathParameters: { programId: PROGRAM_ID },
      });

      // Act
      const result = await handler(event, context);

      // Assess
      expect(result.statusCode).toBe(404);
      expect(bodyOf(result)).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
      expect(ddb.calls()).toHaveLength(0);
    });

    it('answers every error as JSON { code, message, details? } with a JSON content-type', async () => {
      // Prepare
      const event = apiEvent('GET /programs', { queryStringParameters: { year: '1999' } });

      // Act
      const result = await handler(event, context);

      // Assess
      expect(result.statusCode).toBe(400);
      expect(result.headers).toMatchObject({ 'content-type': 'application/json; charset=utf-8' });
      const error = bodyOf(result);
      expect(Object.keys(error).sort()).toStrictEqual(['code', 'details', 'message']);
      expect(error).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ path: 'query.year', code: 'too_small' })],
      });
    });
  });

  describe('correlation id', () => {
    it.each([
      ['an answer', '[admin-bkn]', 200],
      ['a refusal', '[peserta]', 403],
    ])('is returned in x-correlation-id on %s, as the caller sent it', async (_case, groups, status) => {
      // Prepare
      const event = apiEvent('GET /programs/{programId}', {
        pathParameters: { programId: PROGRAM_ID },
        claims: claimsWith(groups),
      });
      event.headers['x-correlation-id'] = 'portal-7f3a9c';

      // Act
      const result = await handler(event, context);

      // Assess
      expect(result.statusCode).toBe(status);
      expect(result.headers?.['x-correlation-id']).toBe('portal-7f3a9c');
    });

    it("is API Gateway's request id when the caller sent none", async () => {
      // Act
      const result = await getProgram(claimsWith('[admin-bkn]'));

      // Assess
      expect(result.headers?.['x-correlation-id']).toBe(
        apiEvent('GET /programs/{programId}').requestContext.requestId,
      );
    });
  });
});
