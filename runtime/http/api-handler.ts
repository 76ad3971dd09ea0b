import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { z } from 'zod';
import { routeKey, type RouteDefinition } from '../../events/api/route';
import { logger } from '../logger';
import { errorResponder } from './error-responder';
import { HttpError } from './http-error';
import type { IdempotentRequests } from './idempotency';
import { parseRequest } from './parse-request';
import { principalFrom, type Principal } from './principal';
import { now } from '../clock';
import type { RouteAccess, ScopedOf } from './scope';
import type { ApiEvent, ApiResult } from './types';
import type { BatchedRead } from '../../adapters/dynamodb/table';

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface OperationInput<R extends RouteDefinition> {
  body: Infer<R['body']>;
  params: Infer<R['params']>;
  query: Infer<R['query']>;
  /** The raw body of a route that declares `binaryBody`. */
  bytes: R['binaryBody'] extends object ? Buffer : undefined;
  /** Present on every authenticated route; public routes may get none. */
  principal: R['auth'] extends 'public' ? Principal | undefined : Principal;
  /** The records the route's scope binds, loaded and checked by the shared handler (runtime/http/scope.ts). */
  scoped: ScopedOf<R>;
  /**
   * Reads items by key for this request (runtime/http/scope.ts): in a stage whose scope reads by key,
   * `requestReads`, where those asked for together go as one call and an item read once (one of the stage's
   * `prefetch`) is answered again from that read; else `directReads`, a GetItem each. None on a public route, so
   * that a stage of public routes alone carries no DynamoDB client.
   */
  read: R['auth'] extends 'public' ? undefined : BatchedRead;
  now: Date;
  correlationId: string;
}

export interface OperationResult {
  statusCode: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Operation<R extends RouteDefinition> = (input: OperationInput<R>) => Promise<OperationResult>;

/**
 * Authorizes the caller's role for the route. Authentication itself is the API Gateway JWT authorizer's
 * (locally: the local server's); a route reached without claims is still refused here.
 */
function authorize(route: RouteDefinition, event: ApiEvent): Principal | undefined {
  const principal = principalFrom(event);
  if (route.auth === 'public') return principal;
  if (!principal) throw new HttpError(401, 'AUTH_REQUIRED', 'Token otorisasi diperlukan.');
  const allowed = route.auth;
  if (!principal.roles.some((role) => allowed.includes(role))) {
    throw new HttpError(403, 'FORBIDDEN_ROLE', 'Peran Anda tidak berwenang untuk aksi ini.', {
      requiredRoles: allowed,
    });
  }
  return principal;
}

function toResponse(result: OperationResult): ApiResult {
  if (result.body === undefined) return { statusCode: result.statusCode, headers: result.headers };
  if (typeof result.body === 'string')
    return { statusCode: result.statusCode, headers: result.headers, body: result.body };
  return {
    statusCode: result.statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', ...result.headers },
    body: JSON.stringify(result.body),
  };
}

const correlationIdOf = (event: ApiEvent) =>
  event.headers?.['x-correlation-id'] ?? event.requestContext.requestId;

/** Returns the correlation id to the caller, on errors too, so a problem report can quote it. */
function correlationHeader(): middy.MiddlewareObj<ApiEvent, ApiResult> {
  const set = async (request: middy.Request<ApiEvent, ApiResult>) => {
    if (request.response) {
      request.response.headers = {
        ...request.response.headers,
        'x-correlation-id': correlationIdOf(request.event),
      };
    }
  };
  return { after: set, onError: set };
}

/**
 * The Lambda handler of one workflow stage: dispatches on API Gateway's routeKey to the stage's operations,
 * with auth, input parsing, the `Idempotency-Key` of the routes that declare `idempotent` (./idempotency.ts)
 * and error mapping taken from the stage's own routes (so its bundle carries only their contracts). `access`
 * (runtime/http/scope.ts `routeAccess`) checks every authenticated request against the operator
 * registry and resolves its route's scope before the operation runs; a stage with authenticated routes does not
 * load without it, nor without a resolver for each scope kind its routes declare. `idempotency`
 * (./idempotency.ts `idempotentRequests`) runs the requests sent with a key; a stage with `idempotent` routes
 * does not load without it (handed in, not imported, so that a stage without such routes does not carry it).
 */
export function apiHandler(
  stageRoutes: Record<string, RouteDefinition>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each operation is typed by its own route
  operations: Record<string, Operation<any>>,
  access?: RouteAccess,
  idempotency?: IdempotentRequests,
) {
  const declared = Object.values(stageRoutes).map((route) => route.operationId);
  const unserved = declared.filter((id) => !(id in operations));
  const undeclared = Object.keys(operations).filter((id) => !declared.includes(id));
  if (unserved.length || undeclared.length) {
    // A deployment bug, caught when the module loads (and so by every test that imports the handler).
    throw new Error(`Stage routes and operations differ: unserved ${unserved}, undeclared ${undeclared}`);
  }
  const unresolved = Object.values(stageRoutes)
    .filter((route) => route.auth !== 'public' && !access?.kinds.includes(route.scope ?? 'none'))
    .map((route) => `${route.operationId} (${route.scope ?? 'none'})`);
  if (unresolved.length) throw new Error(`Stage routes whose scope nothing resolves: ${unresolved}`);
  // An idempotency key is the caller's own: a route without one cannot take it.
  const anonymous = Object.values(stageRoutes).filter((r) => r.idempotent && r.auth === 'public');
  if (anonymous.length)
    throw new Error(`Public routes cannot be idempotent: ${anonymous.map((r) => r.operationId)}`);
  const unkept = Object.values(stageRoutes).filter((r) => r.idempotent && !idempotency);
  if (unkept.length)
    throw new Error(`Idempotent routes without idempotentRequests: ${unkept.map((r) => r.operationId)}`);
  const routes = new Map(Object.values(stageRoutes).map((route) => [routeKey(route), route]));
  return (
    middy<ApiEvent, ApiResult>()
      .use(injectLambdaContext(logger, { resetKeys: true }))
      // Listed before the error responder so that its onError, which runs after the responder's, sees the response.
      .use(correlationHeader())
      .use(errorResponder())
      .handler(async (event, context) => {
        const route = routes.get(event.routeKey);
        if (!route) throw new HttpError(404, 'ROUTE_NOT_FOUND', 'Jalur API tidak dikenal.');
        const correlationId = correlationIdOf(event);
        logger.appendKeys({ correlationId, operationId: route.operationId });
        const claimed = authorize(route, event);
        const input = parseRequest(route, event);
        const key = route.idempotent ? idempotency!.keyOf(event.headers) : undefined;
        const { principal, scoped, read } =
          route.auth === 'public' || !claimed
            ? { principal: claimed, scoped: {}, read: undefined }
            : await access!.check(route, input.params, claimed);
        const operation = operations[route.operationId]!;
        const run = async () =>
          toResponse(await operation({ ...input, principal, scoped, read, now: now(), correlationId }));
        if (key === undefined || !principal) return run();
        return idempotency!.runOnce(
          { caller: principal.sub, operationId: route.operationId, key },
          input,
          context.getRemainingTimeInMillis(),
          run,
        );
      })
  );
}
