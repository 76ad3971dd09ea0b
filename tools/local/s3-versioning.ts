import { createHash, randomBytes } from 'node:crypto';
import {
  Agent,
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { RunningService } from './dynamodb-local';
import { listenOnLoopback } from './ports';

/*
 * What AWS S3 does and fauxqs does not, added in front of it, because the uploads rely on it (docs/data-model.md,
 * "Objects (S3 bucket uploads)"):
 * - bucket versioning: after `PutBucketVersioning` (Enabled), every PUT makes a new version and answers its
 *   `x-amz-version-id`, HEAD and GET answer the version they read, and `?versionId=` reads that version even
 *   after the key was overwritten or deleted;
 * - conditional writes: a PUT with `If-None-Match: *` is refused 412 when the key holds an object;
 * - `x-amz-checksum-sha256` on a PUT is checked against the body (400 BadDigest), not only stored.
 * Everything else streams through unchanged. Versions are objects of a companion bucket `<bucket>-versions`, keyed
 * `<versionId>/<key>`; the current object carries its version id as user metadata, answered as the header.
 * Path-style requests only, as the local stack signs them. Signatures stay unchecked, as fauxqs leaves them.
 */
const VERSION_META = 'x-amz-meta-local-version-id';
const VERSION_HEADER = 'x-amz-version-id';

export const versionsBucket = (bucket: string) => `${bucket}-versions`;

interface Upstream {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function s3Error(response: ServerResponse, status: number, code: string, message: string): void {
  response.writeHead(status, { 'content-type': 'application/xml' });
  response.end(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  );
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/** S3 version ids are opaque URL-safe strings; 32 characters, as AWS's. */
const newVersionId = () => randomBytes(24).toString('base64url');

/**
 * Starts the layer on loopback `port` (0: a free one) in front of the fauxqs at `upstream` (its S3 endpoint). Point the S3
 * clients and the presigner (AWS_ENDPOINT_URL_S3) at the answered endpoint; SQS stays on fauxqs.
 */
export async function startVersionedS3(upstream: string, port = 0): Promise<RunningService> {
  const target = new URL(upstream);
  const agent = new Agent({ keepAlive: true });
  const versioned = new Set<string>();
  /** PUTs of one key, one after the other: the check of If-None-Match and the write are one step, as on S3. */
  const writing = new Map<string, Promise<unknown>>();

  /**
   * One request to fauxqs. A kept-alive socket that fauxqs closed as idle just as it was reused fails with
   * ECONNRESET before any answer (seen after exactly fauxqs's idle timeout without S3 traffic): sent again once on a
   * new socket, as Node's documentation advises for `reusedSocket`; nothing reached fauxqs the first time.
   */
  function send(
    method: string,
    path: string,
    headers: IncomingHttpHeaders,
    body?: Buffer,
    retried = false,
  ): Promise<Upstream> {
    return new Promise((resolve, reject) => {
      const outgoing = request(
        {
          host: target.hostname,
          port: target.port,
          method,
          path,
          agent,
          headers: {
            ...headers,
            host: target.host,
            ...(body ? { 'content-length': String(body.length) } : {}),
          },
        },
        (answer) => {
          readBody(answer).then(
            (data) => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: data }),
            reject,
          );
        },
      );
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        if (!retried && outgoing.reusedSocket && error.code === 'ECONNRESET') {
          send(method, path, headers, body, true).then(resolve, reject);
        } else reject(error);
      });
      outgoing.end(body);
    });
  }

  /** The upstream answer, with the current version's metadata answered as `x-amz-version-id`. */
  function reply(response: ServerResponse, answer: Upstream, versionId?: string): void {
    const { [VERSION_META]: stored, 'transfer-encoding': _chunked, ...headers } = answer.headers;
    const version = versionId ?? stored;
    response.writeHead(answer.status, { ...headers, ...(version ? { [VERSION_HEADER]: version } : {}) });
    response.end(answer.body);
  }

  async function putObject(
    incoming: IncomingMessage,
    response: ServerResponse,
    bucket: string,
    objectPath: string,
  ) {
    const body = await readBody(incoming);
    const { 'if-none-match': ifNoneMatch, 'transfer-encoding': _chunked, ...headers } = incoming.headers;
    if (ifNoneMatch === '*' && (await send('HEAD', `/${bucket}/${objectPath}`, {})).status === 200) {
      s3Error(
        response,
        412,
        'PreconditionFailed',
        'At least one of the pre-conditions you specified did not hold',
      );
      return;
    }
    const declared = headers['x-amz-checksum-sha256'];
    const chunked = String(headers['content-encoding'] ?? '').includes('aws-chunked');
    if (typeof declared === 'string' && !chunked) {
      if (createHash('sha256').update(body).digest('base64') !== declared) {
        s3Error(
          response,
          400,
          'BadDigest',
          'The SHA256 you specified did not match the calculated checksum.',
        );
        return;
      }
    }
    if (!versioned.has(bucket)) {
      reply(response, await send('PUT', incoming.url!, headers, body));
      return;
    }
    const versionId = newVersionId();
    const withVersion = { ...headers, [VERSION_META]: versionId };
    // The version first: a current object is never answered with a version id that cannot be read.
    const version = await send(
      'PUT',
      `/${versionsBucket(bucket)}/${versionId}/${objectPath}`,
      withVersion,
      body,
    );
    if (version.status !== 200) {
      reply(response, version);
      return;
    }
    reply(response, await send('PUT', incoming.url!, withVersion, body), versionId);
  }

  async function readObject(
    incoming: IncomingMessage,
    response: ServerResponse,
    bucket: string,
    objectPath: string,
    query: URLSearchParams,
  ) {
    const versionId = query.get('versionId');
    const { host: _host, ...headers } = incoming.headers;
    if (versionId === null) {
      reply(response, await send(incoming.method!, incoming.url!, headers));
      return;
    }
    query.delete('versionId');
    const rest = query.size > 0 ? `?${query.toString()}` : '';
    const answer = await send(
      incoming.method!,
      `/${versionsBucket(bucket)}/${versionId}/${objectPath}${rest}`,
      headers,
    );
    if (answer.status === 404)
      s3Error(response, 404, 'NoSuchVersion', 'The specified version does not exist.');
    else reply(response, answer, versionId);
  }

  async function setVersioning(incoming: IncomingMessage, response: ServerResponse, bucket: string) {
    const enabled = (await readBody(incoming)).toString().includes('<Status>Enabled</Status>');
    if (enabled) {
      const created = await send('PUT', `/${versionsBucket(bucket)}`, {});
      if (created.status !== 200) {
        reply(response, created);
        return;
      }
      versioned.add(bucket);
    } else versioned.delete(bucket);
    response.writeHead(200).end();
  }

  async function handle(incoming: IncomingMessage, response: ServerResponse) {
    const url = new URL(incoming.url!, 'http://local');
    const [, bucket = '', ...rest] = url.pathname.split('/');
    // Still percent-encoded, as the client signed and sent it.
    const objectPath = rest.join('/');
    const method = incoming.method!;
    if (!objectPath && url.searchParams.has('versioning') && method === 'PUT') {
      await setVersioning(incoming, response, bucket);
      return;
    }
    const headers = incoming.headers;
    const objectPut =
      method === 'PUT' && objectPath && !headers['x-amz-copy-source'] && !url.searchParams.has('uploadId');
    if (
      objectPut &&
      (versioned.has(bucket) || headers['if-none-match'] || headers['x-amz-checksum-sha256'])
    ) {
      const lock = `${bucket}/${objectPath}`;
      const turn = (writing.get(lock) ?? Promise.resolve())
        .catch(() => undefined)
        .then(() => putObject(incoming, response, bucket, objectPath));
      writing.set(lock, turn);
      await turn.finally(() => {
        if (writing.get(lock) === turn) writing.delete(lock);
      });
      return;
    }
    if ((method === 'GET' || method === 'HEAD') && objectPath && versioned.has(bucket)) {
      await readObject(incoming, response, bucket, objectPath, url.searchParams);
      return;
    }
    // Anything else goes through as it is (its body read first, so that a reset socket can be retried).
    const { 'transfer-encoding': _sent, ...forwarded } = incoming.headers;
    const answer = await send(method, incoming.url!, forwarded, await readBody(incoming));
    const { 'transfer-encoding': _chunked, ...answered } = answer.headers;
    response.writeHead(answer.status, answered);
    response.end(answer.body);
  }

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      if (response.headersSent) response.destroy(error as Error);
      else s3Error(response, 500, 'InternalError', String(error));
    });
  });
  const listening = await listenOnLoopback(server, port);
  return {
    endpoint: `http://127.0.0.1:${listening}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      agent.destroy();
    },
  };
}
