import { randomUUID } from 'node:crypto';
import {
  createServer,
  STATUS_CODES,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Duplex } from 'node:stream';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { routeKey, type RouteDefinition } from '../../events/api/route';
import { ROUTES } from '../../events/api/routes';
import type { FunctionName } from '../../infra/resource-model';
import { CalendarError, type CalendarMove, type LocalCalendar } from './calendar';
import { downIn, serviceDown, type Dependencies, type DependencyStates } from './health';
import { lambdaContext } from './lambda-context';
import { claimsAsApiGatewayPassesThem, type LocalAuthority } from './local-auth';

export type ApiHandlerFn = (
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  context: ReturnType<typeof lambdaContext>,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** API Gateway's own limit for HTTP API payloads. */
const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

interface CompiledRoute {
  route: RouteDefinition;
  pattern: RegExp;
  names: string[];
}

function compile(route: RouteDefinition): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)(\+)?\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
      names.push(param[1]!);
      // `{name+}` is API Gateway's greedy variable: the rest of the path, slashes included.
      return param[2] ? '(.+)' : '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}$`), names };
}

const compiled = ROUTES.map(compile);

/** A path segment's value, or undefined when its percent-encoding is not valid UTF-8 (e.g. `%zz`, `%C0%AF`). */
function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function match(method: string, path: string) {
  for (const candidate of compiled) {
    if (candidate.route.method !== method) continue;
    const found = candidate.pattern.exec(path);
    if (found) {
      const values = candidate.names.map((_, i) => decodeSegment(found[i + 1]!));
      if (values.includes(undefined)) return { route: candidate.route, params: undefined };
      const params = Object.fromEntries(candidate.names.map((name, i) => [name, values[i]!]));
      return { route: candidate.route, params };
    }
  }
  return undefined;
}

/**
 * Query parameters as API Gateway passes them: a repeated name gets its values joined with commas. Built as own
 * properties, so a name such as `__proto__` reaches the route's schema (and is refused there) instead of vanishing.
 */
function queryParameters(search: URLSearchParams): Record<string, string> | undefined {
  const joined = new Map<string, string>();
  for (const [name, value] of search) {
    const earlier = joined.get(name);
    joined.set(name, earlier === undefined ? value : `${earlier},${value}`);
  }
  return joined.size ? Object.fromEntries(joined) : undefined;
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_PAYLOAD_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const isText = (contentType: string) =>
  /^(text\/|application\/(json|xml|x-www-form-urlencoded))/i.test(contentType);

/** As the API's own 503 SERVICE_BUSY (runtime/http/error-responder.ts): worth trying again shortly. */
const RETRY_AFTER = { 'retry-after': '1' };

/** The route the local stack answers with its dependencies' states added (on AWS it says the API is up). */
const HEALTH = 'getHealth';

/**
 * Serves the API routes on localhost the way API Gateway HTTP API does: it matches the route, runs the JWT
 * check of non-public routes, and calls the route's Lambda handler with a payload v2 event.
 * While a dependency is down (tools/local/health.ts) a request is answered 503 LOCAL_SERVICE_DOWN instead of
 * reaching the handler, and so is one whose handler failed because a dependency stopped answering meanwhile;
 * `GET /health` answers 503 naming the dependency down, and otherwise the route's body with `services` added.
 */
export function createApiServer(options: {
  authority: LocalAuthority;
  handlers: Record<FunctionName, unknown>;
  calendar: LocalCalendar;
  dependencies: Dependencies;
  /** Feeds a bounce or complaint of an address to the e-mail feedback worker (`/_local/email-feedback`). */
  reportEmailFeedback?: (email: string, kind: 'BOUNCE' | 'COMPLAINT') => Promise<void>;
}): Server {
  /** After a handler failed: the dependencies that do not answer, if that is why. */
  const outage = async () => downIn(await options.dependencies.probe());
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = (req.method ?? 'GET').toUpperCase();
      if (url.pathname === CLOCK_PATH) return await serveClock(req, res, method, options);
      if (url.pathname === EMAIL_FEEDBACK_PATH && options.reportEmailFeedback) {
        return await serveEmailFeedback(req, res, method, options.authority, options.reportEmailFeedback);
      }
      const found = match(method, url.pathname);
      if (!found) return send(res, 404, { code: 'ROUTE_NOT_FOUND', message: 'Jalur API tidak dikenal.' });
      if (!found.params) {
        return send(res, 400, {
          code: 'MALFORMED_PATH',
          message: 'Jalur permintaan memuat pengodean persen yang tidak sah.',
        });
      }
      let services: DependencyStates | undefined;
      if (found.route.operationId === HEALTH) {
        services = await options.dependencies.probe();
        const down = downIn(services);
        if (down.length) {
          return send(res, 503, { status: 'unavailable', services, ...serviceDown(down) }, RETRY_AFTER);
        }
      }

      let claims: Record<string, string> | undefined;
      if (found.route.auth !== 'public') {
        const verdict = await options.authority.verify(req.headers.authorization);
        if (!verdict.ok) return send(res, 401, { code: verdict.code, message: verdict.message });
        claims = claimsAsApiGatewayPassesThem(verdict.claims);
      }

      const raw = await readBody(req);
      if (raw === 'too-large') {
        return send(res, 413, { code: 'PAYLOAD_TOO_LARGE', message: 'Isi permintaan melebihi 10 MiB.' });
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
      }
      const contentType = headers['content-type'] ?? '';
      const base64 = raw.length > 0 && !isText(contentType);
      const now = new Date();
      const event: APIGatewayProxyEventV2WithJWTAuthorizer = {
        version: '2.0',
        routeKey: routeKey(found.route),
        rawPath: url.pathname,
        rawQueryString: url.search.slice(1),
        headers,
        queryStringParameters: queryParameters(url.searchParams),
        pathParameters: Object.keys(found.params).length ? found.params : undefined,
        body: raw.length ? raw.toString(base64 ? 'base64' : 'utf8') : undefined,
        isBase64Encoded: base64,
        requestContext: {
          accountId: '000000000000',
          apiId: 'local',
          domainName: headers.host ?? 'localhost',
          domainPrefix: 'local',
          http: {
            method,
            path: url.pathname,
            protocol: `HTTP/${req.httpVersion}`,
            sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
            userAgent: headers['user-agent'] ?? '',
          },
          requestId: randomUUID(),
          routeKey: routeKey(found.route),
          stage: '$default',
          time: now.toISOString(),
          timeEpoch: now.getTime(),
          authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: claims ?? {}, scopes: [] } },
        },
      };
      if (!claims) delete (event.requestContext as { authorizer?: unknown }).authorizer;
      const known = options.dependencies.down();
      if (known.length) return send(res, 503, serviceDown(known), RETRY_AFTER);
      const handler = options.handlers[found.route.function] as ApiHandlerFn;
      const result = await handler(event, lambdaContext(found.route.function));
      const status = result.statusCode ?? 200;
      const down = status >= 500 ? await outage() : [];
      if (down.length) return send(res, 503, serviceDown(down), RETRY_AFTER);
      const body = result.body ?? '';
      if (services && status === 200) return send(res, status, { ...JSON.parse(body), services });
      res.writeHead(status, result.headers as Record<string, string> | undefined);
      res.end(result.isBase64Encoded ? Buffer.from(body, 'base64') : body);
    } catch (error) {
      // A client that hung up mid-request (e.g. a load generator stopping) is not a crash: nobody to answer.
      if (req.destroyed) return;
      console.error('[local api] handler crashed', error);
      const down = await outage();
      if (down.length) return send(res, 503, serviceDown(down), RETRY_AFTER);
      send(res, 500, { code: 'INTERNAL_ERROR', message: 'Terjadi kesalahan pada sistem.' });
    }
  });
  server.on('clientError', answerClientError);
  return server;
}

/** The local stack's own route, never deployed: reads and moves the business calendar (tools/local/calendar.ts). */
export const CLOCK_PATH = '/_local/clock';

/**
 * `GET /_local/clock` answers the calendar's time; `PUT /_local/clock` with `{ "date": "2019-05-06" }`,
 * `{ "at": "<ISO instant>" }` or `{ "advanceDays": 1 }` moves it forward. Moving time is BKN's to do: a token
 * of the admin-bkn role is required, as for the routes that run the programme.
 */
async function serveClock(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  options: { authority: LocalAuthority; calendar: LocalCalendar },
) {
  const answer = () => send(res, 200, { now: options.calendar.now().toISOString() });
  if (method === 'GET') return answer();
  if (method !== 'PUT')
    return send(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Gunakan GET atau PUT.' });
  if (!(await adminBkn(req, res, options.authority, 'Hanya admin BKN yang dapat menggeser kalender.')))
    return;
  const raw = await readBody(req);
  let move: CalendarMove;
  try {
    move = JSON.parse(raw === 'too-large' ? '' : raw.toString('utf8')) as CalendarMove;
    if (typeof move !== 'object' || move === null) throw new Error('not an object');
  } catch {
    return send(res, 400, {
      code: 'CLOCK_INVALID',
      message: 'Isi permintaan harus JSON: {"date": "YYYY-MM-DD"}, {"at": "<ISO>"} atau {"advanceDays": n}.',
    });
  }
  try {
    options.calendar.move(move);
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    return send(res, error.code === 'CLOCK_BACKWARDS' ? 409 : 400, {
      code: error.code,
      message: error.message,
    });
  }
  return answer();
}

/** The local stack's own route, never deployed: stands in for SES reporting a bounce or a complaint. */
export const EMAIL_FEEDBACK_PATH = '/_local/email-feedback';

/** Whether the request carries an admin-bkn token; when not, the refusal is sent and false answered. */
async function adminBkn(
  req: IncomingMessage,
  res: ServerResponse,
  authority: LocalAuthority,
  refusal: string,
): Promise<boolean> {
  const verdict = await authority.verify(req.headers.authorization);
  if (!verdict.ok) {
    send(res, 401, { code: verdict.code, message: verdict.message });
    return false;
  }
  const groups = verdict.claims['cognito:groups'];
  if (!Array.isArray(groups) || !groups.includes('admin-bkn')) {
    send(res, 403, { code: 'FORBIDDEN_ROLE', message: refusal });
    return false;
  }
  return true;
}

/**
 * `POST /_local/email-feedback` with `{ "email": "a@b.go.id", "kind": "BOUNCE" }` (or `"COMPLAINT"`): the SES
 * event of a permanent bounce or a complaint of that address goes to the emailFeedback queue, as SES would send
 * it, and its worker suppresses the address. The SES emulator never bounces; this is how it is tried locally.
 */
async function serveEmailFeedback(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  authority: LocalAuthority,
  report: (email: string, kind: 'BOUNCE' | 'COMPLAINT') => Promise<void>,
) {
  if (method !== 'POST') return send(res, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Gunakan POST.' });
  if (!(await adminBkn(req, res, authority, 'Hanya admin BKN yang dapat melaporkan pantulan e-mail.')))
    return;
  const raw = await readBody(req);
  let body: { email?: unknown; kind?: unknown } = {};
  try {
    body = JSON.parse(raw === 'too-large' ? '' : raw.toString('utf8')) as typeof body;
  } catch {
    // answered below
  }
  const kind = body?.kind ?? 'BOUNCE';
  if (
    typeof body?.email !== 'string' ||
    !body.email.includes('@') ||
    (kind !== 'BOUNCE' && kind !== 'COMPLAINT')
  ) {
    return send(res, 400, {
      code: 'EMAIL_FEEDBACK_INVALID',
      message: 'Isi permintaan harus JSON: {"email": "alamat@contoh.go.id", "kind": "BOUNCE" | "COMPLAINT"}.',
    });
  }
  await report(body.email, kind);
  return send(res, 202, { email: body.email, kind });
}

const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'HEADERS_TOO_LARGE', 'Baris permintaan dan header melebihi batas.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'REQUEST_TIMEOUT', 'Permintaan tidak selesai dikirim pada waktunya.'],
};

/**
 * A request Node's HTTP parser refuses before any handler (a request line and headers over its 16 KiB, a broken
 * request line) still gets the API's error shape, as every other refusal does.
 */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex) {
  if (!socket.writable) return socket.destroy();
  const [status, code, message] = CLIENT_ERRORS[error.code ?? ''] ?? [
    400,
    'MALFORMED_REQUEST',
    'Permintaan HTTP tidak sah.',
  ];
  const body = JSON.stringify({ code, message });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}
