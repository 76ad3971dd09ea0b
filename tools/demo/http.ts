import { Agent, request } from 'node:http';

/** One answer of the API (or of the object store behind a signed URL). */
export interface Reply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read field by field, as a client would
  body: any;
}

/** An answer the actor did not expect: the demo stops, naming the request. */
export class UnexpectedReply extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly reply: Reply,
  ) {
    super(`${method} ${path} answered ${reply.status}: ${JSON.stringify(reply.body)?.slice(0, 600)}`);
  }
}

/**
 * The demo's HTTP client: one keep-alive agent whose socket limit bounds the requests in flight (the API, the
 * handlers, fauxqs and this client share one Node process, and DynamoDB Local the rest of a small machine), and
 * a request counter the stages read for their rate.
 */
export class HttpClient {
  private agent: Agent;
  requests = 0;
  /** Requests and their summed latency per route (ids in the path replaced), for the profile. */
  readonly latency = new Map<string, { count: number; ms: number }>();

  constructor(
    private base: string,
    private readonly maxInFlight: number,
  ) {
    this.agent = this.newAgent();
  }

  get baseUrl(): string {
    return this.base;
  }

  private newAgent(): Agent {
    return new Agent({ keepAlive: true, maxSockets: this.maxInFlight, maxFreeSockets: this.maxInFlight });
  }

  /**
   * Points the client at a restarted API (its port may have changed): the kept-alive sockets of the stopped
   * one are dropped. Only between requests: anything still in flight on the old agent fails.
   */
  retarget(baseUrl: string): void {
    this.agent.destroy();
    this.agent = this.newAgent();
    this.base = baseUrl;
  }

  /** Sends one request and parses a JSON answer (text answers are kept as text). */
  send(
    url: string,
    method: string,
    headers: Record<string, string>,
    payload?: string | Buffer,
  ): Promise<Reply> {
    this.requests += 1;
    const started = performance.now();
    const route = routeOf(method, url, this.baseUrl);
    return this.attempt(url, method, headers, payload).finally(() => {
      const seen = this.latency.get(route) ?? { count: 0, ms: 0 };
      seen.count += 1;
      seen.ms += performance.now() - started;
      this.latency.set(route, seen);
    });
  }

  /**
   * One request. A kept-alive socket the server closed for idleness (after a quiet spell, e.g. while the demo
   * waits for the queues or the event relay) may be reused just as it closes: the request never reached the
   * server, so it is sent again on a new socket, as Node's documentation advises (`request.reusedSocket`).
   */
  private attempt(
    url: string,
    method: string,
    headers: Record<string, string>,
    payload?: string | Buffer,
  ): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      const req = request(
        url,
        {
          method,
          agent: this.agent,
          headers:
            payload === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(payload) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let body: unknown = text;
            if (text && /json/.test(res.headers['content-type'] ?? '')) {
              try {
                body = JSON.parse(text);
              } catch {
                // not JSON after all: keep the text
              }
            }
            resolve({ status: res.statusCode ?? 0, body: text ? body : undefined });
          });
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (req.reusedSocket && error.code === 'ECONNRESET') {
          this.attempt(url, method, headers, payload).then(resolve, reject);
        } else reject(error);
      });
      req.end(payload);
    });
  }

  /** Calls the API with a bearer token, as a browser or an operator's tool would. */
  api(token: string | undefined, method: string, path: string, body?: unknown): Promise<Reply> {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    if (body === undefined) return this.send(`${this.baseUrl}${path}`, method, headers);
    return this.send(
      `${this.baseUrl}${path}`,
      method,
      { ...headers, 'content-type': 'application/json' },
      JSON.stringify(body),
    );
  }

  close(): void {
    this.agent.destroy();
  }
}

/** `POST /programs/:id/cohorts/:id/...`: a request's route, every path segment with a digit or an id prefix hidden. */
function routeOf(method: string, url: string, baseUrl: string): string {
  if (!url.startsWith(baseUrl)) return `${method} (storage)`;
  const path = url.slice(baseUrl.length).split('?')[0]!;
  return `${method} ${path
    .split('/')
    .map((s) => (/\d|^(prg|dec|bdg)_/.test(s) ? ':id' : s))
    .join('/')}`;
}

/** An actor's view of the API: every call names the statuses it expects, anything else stops the demo. */
export interface Caller {
  (method: string, path: string, body?: unknown, expected?: readonly number[]): Promise<Reply>;
}

export function callerOf(client: HttpClient, token: string | undefined): Caller {
  return async (method, path, body, expected = [200, 201, 202, 204]) => {
    const reply = await client.api(token, method, path, body);
    if (!expected.includes(reply.status)) throw new UnexpectedReply(method, path, reply);
    return reply;
  };
}
