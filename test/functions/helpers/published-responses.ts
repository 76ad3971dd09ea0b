import type * as z from 'zod';
import { ApiError } from '../../../events/api/error';
import { publishedResponses } from '../../../events/api/openapi';
import { routeKey, type ResponseSpec, type RouteDefinition } from '../../../events/api/route';

/** What a handler answers, as far as the published contract goes (API Gateway's structured result). */
export interface Answer {
  statusCode?: number;
  headers?: Record<string, string | number | boolean>;
  body?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Where the body sent and the body the published schema makes of it differ: a field the schema drops (not in
 * the published answer), one it fills in (a default the answer should carry), a value it changes. The
 * published (output) schema is closed and requires its defaulted fields, so a body that matches it is one the
 * zod schema gives back unchanged.
 */
function changes(sent: unknown, published: unknown, path: string): string[] {
  if (Array.isArray(sent) && Array.isArray(published) && sent.length === published.length)
    return sent.flatMap((item, i) => changes(item, published[i], `${path}[${i}]`));
  if (isRecord(sent) && isRecord(published)) {
    return [...new Set([...Object.keys(sent), ...Object.keys(published)])].flatMap((key) => {
      const at = `${path}.${key}`;
      if (!(key in published)) return [`${at}: not in the published schema`];
      if (!(key in sent))
        return published[key] === undefined ? [] : [`${at}: missing (the schema fills it in)`];
      return changes(sent[key], published[key], at);
    });
  }
  if (Object.is(sent, published)) return [];
  return [`${path}: ${JSON.stringify(sent)} is published as ${JSON.stringify(published)}`];
}

function jsonProblems(schema: z.ZodType, body: unknown): string[] {
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    return parsed.error.issues.map((i) => `${['body', ...i.path.map(String)].join('.')}: ${i.message}`);
  return changes(body, parsed.data, 'body');
}

function headerOf(answer: Answer, name: string): string | undefined {
  const entry = Object.entries(answer.headers ?? {}).find(([key]) => key.toLowerCase() === name);
  return entry === undefined ? undefined : String(entry[1]);
}

function bodyProblems(spec: ResponseSpec, answer: Answer): string[] {
  const mediaType = spec.contentType ?? (spec.schema ? 'application/json' : undefined);
  if (!mediaType) return answer.body ? ['a body, where none is published'] : [];
  const published = [mediaType, ...(spec.alternatives ?? [])];
  const contentType = headerOf(answer, 'content-type');
  const sent = contentType?.split(';')[0]?.trim();
  if (!sent || !published.includes(sent))
    return [`content-type ${contentType ?? '(none)'}, where ${published.join(' or ')} is published`];
  if (!answer.body) return [`no body, where ${sent} is published`];
  if (sent !== 'application/json') return [];
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    return ['a body that is not JSON'];
  }
  if (!spec.schema) return isRecord(body) ? [] : ['a JSON body that is not an object'];
  const problems = jsonProblems(spec.schema, body);
  const id = spec.schema.meta()?.id;
  return problems.length && id ? [`body does not match ${id}:`, ...problems] : problems;
}

/**
 * What is wrong with an answer to `routeKey`, measured against the OpenAPI document: its status must be one the
 * route publishes (a 5xx may fall to `default`), its body the published content. An empty list when it matches.
 */
export function answerProblems(
  stageRoutes: Record<string, RouteDefinition>,
  key: string,
  answer: Answer,
): string[] {
  const status = answer.statusCode ?? 200;
  const route = Object.values(stageRoutes).find((r) => routeKey(r) === key);
  // A route key the stage does not serve (API Gateway sends none such) is refused with the shared error body.
  if (!route) return bodyProblems({ description: 'ROUTE_NOT_FOUND', schema: ApiError }, answer);
  const published = publishedResponses(route);
  const spec = published[status] ?? (status >= 500 ? published.default : undefined);
  if (!spec) return [`status ${status}, which the route does not publish (${Object.keys(published)})`];
  return bodyProblems(spec, answer);
}

type ApiHandlerFactory = (
  stageRoutes: Record<string, RouteDefinition>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the factory's own parameters, passed on as they are
  ...rest: any[]
) => (event: never, context: never) => Promise<Answer>;

/**
 * The shared API handler factory, with every answer of the handlers it builds checked by `answerProblems`: an
 * answer that does not match what is published rejects the call, so the test that made it fails and says why.
 */
export function answersChecked<F extends ApiHandlerFactory>(apiHandler: F): F {
  const checked = (stageRoutes: Record<string, RouteDefinition>, ...rest: unknown[]) => {
    const handler = apiHandler(stageRoutes, ...rest);
    const proxy = new Proxy(handler, {
      async apply(target, thisArg, args: Parameters<typeof handler>) {
        const result = await Reflect.apply(target, thisArg, args);
        const key = (args[0] as { routeKey: string }).routeKey;
        const problems = answerProblems(stageRoutes, key, result);
        if (problems.length)
          throw new Error(
            `${key} answered ${result.statusCode} unlike its published response:\n  ${problems.join('\n  ')}`,
          );
        return result;
      },
      // A stage goes on configuring its middy handler (`.use(...)`): what gives the handler back gives this one.
      get(target, property) {
        const value: unknown = Reflect.get(target, property);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const returned: unknown = Reflect.apply(value, target, args);
          return returned === target ? proxy : returned;
        };
      },
    });
    return proxy;
  };
  return checked as unknown as F;
}
