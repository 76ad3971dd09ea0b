import type { ApiEvent, ApiResult } from '../../../runtime/http/types';
import fixture from '../fixtures/api-gateway-v2-jwt.json';

export type Claims = Record<string, string | number | boolean | string[]>;

export const ADMIN_SUB = '7d1c0f3e-2b9a-4c51-9f0e-1a2b3c4d5e6f';
export const ADMIN_USERNAME = 'bkn-admin-1';
export const REQUEST_ID = fixture.requestContext.requestId;

/**
 * Claims as the HTTP API JWT authorizer passes them. API Gateway flattens an array claim to the string
 * "[a b]"; pass an array to get the raw-token form the local server keeps.
 */
export function claimsWith(groups: string | readonly string[] | undefined, extra: Claims = {}): Claims {
  const claims: Claims = { sub: ADMIN_SUB, 'cognito:username': ADMIN_USERNAME, ...extra };
  if (groups !== undefined) claims['cognito:groups'] = typeof groups === 'string' ? groups : [...groups];
  return claims;
}

export interface ApiEventOptions {
  /** Sent as JSON unless already a string; adds `content-type: application/json` unless `headers` says otherwise. */
  body?: unknown;
  /** A header set to undefined is removed. */
  headers?: Record<string, string | undefined>;
  pathParameters?: Record<string, string>;
  queryStringParameters?: Record<string, string>;
  /** Defaults to an admin-bkn caller; `null` sends no authorizer context at all (public route, no token). */
  claims?: Claims | null;
  isBase64Encoded?: boolean;
}

/** An API Gateway HTTP API (payload v2) event for `routeKey`, e.g. `POST /programs`, from the JSON fixture. */
export function apiEvent(routeKey: string, options: ApiEventOptions = {}): ApiEvent {
  const event = structuredClone(fixture) as unknown as ApiEvent;
  const [method = 'GET', template = '/'] = routeKey.split(' ');
  const rawPath = template.replace(
    /\{(\w+)\}/g,
    (_, name: string) => options.pathParameters?.[name] ?? `{${name}}`,
  );
  const rawQueryString = new URLSearchParams(options.queryStringParameters ?? {}).toString();

  event.routeKey = routeKey;
  event.rawPath = rawPath;
  event.rawQueryString = rawQueryString;
  event.requestContext.routeKey = routeKey;
  event.requestContext.http.method = method;
  event.requestContext.http.path = rawPath;
  if (options.pathParameters) event.pathParameters = { ...options.pathParameters };
  if (options.queryStringParameters) event.queryStringParameters = { ...options.queryStringParameters };

  if (options.body !== undefined) {
    event.body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    event.headers['content-type'] = 'application/json';
  }
  if (options.isBase64Encoded) {
    event.isBase64Encoded = true;
    event.body = Buffer.from(event.body ?? '', 'utf8').toString('base64');
  }
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === undefined) delete event.headers[name];
    else event.headers[name] = value;
  }

  if (options.claims === null) {
    delete (event.requestContext as Partial<ApiEvent['requestContext']>).authorizer;
  } else if (options.claims !== undefined) {
    event.requestContext.authorizer.jwt.claims =
      options.claims as ApiEvent['requestContext']['authorizer']['jwt']['claims'];
  }
  return event;
}

/** The JSON body of a handler result. */
export function bodyOf<T = Record<string, unknown>>(result: ApiResult): T {
  if (typeof result.body !== 'string') throw new Error(`expected a string body, got ${typeof result.body}`);
  return JSON.parse(result.body) as T;
}
