import { createHash } from 'node:crypto';
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { formatUrl } from '@aws-sdk/core/util';
import { S3RequestPresigner } from '@aws-sdk/s3-request-presigner';
import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/protocols';

/*
 * Presigned requests on private objects (download links, upload slots, existence and content checks), signed with the
 * SDK's own S3 presigner but without instantiating the S3 client: these API functions only ever sign, and the
 * full client would put them over their bundle budget. Path-style addressing when a custom endpoint is set
 * (local emulator), virtual-hosted on AWS.
 */
let signer: S3RequestPresigner | undefined;

function region(): string {
  return process.env.AWS_REGION ?? 'ap-southeast-3';
}

function objectRequest(
  method: 'GET' | 'PUT' | 'HEAD',
  bucket: string,
  key: string,
  query: Record<string, string> = {},
  headers: Record<string, string> = {},
): HttpRequest {
  const path = `/${key.split('/').map(encodeURIComponent).join('/')}`;
  const endpoint = process.env.AWS_ENDPOINT_URL_S3;
  if (endpoint) {
    const url = new URL(endpoint);
    return new HttpRequest({
      method,
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: `/${bucket}${path}`,
      query,
      headers: { ...headers, host: url.host },
    });
  }
  const hostname = `${bucket}.s3.${region()}.amazonaws.com`;
  return new HttpRequest({
    method,
    protocol: 'https:',
    hostname,
    path,
    query,
    headers: { ...headers, host: hostname },
  });
}

function presigner(): S3RequestPresigner {
  signer ??= new S3RequestPresigner({ credentials: fromEnv(), region: region(), sha256: Sha256 });
  return signer;
}

export interface DownloadLinkRequest {
  bucket: string;
  key: string;
  /** That version of the object, whatever the key holds now (a versioned bucket). */
  versionId?: string;
  /** File name offered to the browser. */
  fileName: string;
  expiresInSeconds: number;
}

export async function presignDownload(request: DownloadLinkRequest): Promise<string> {
  const signed = await presigner().presign(
    objectRequest('GET', request.bucket, request.key, {
      ...(request.versionId ? { versionId: request.versionId } : {}),
      'response-content-disposition': `attachment; filename="${request.fileName}"`,
    }),
    { expiresIn: request.expiresInSeconds },
  );
  return formatUrl(signed);
}

export interface UploadSlotRequest {
  bucket: string;
  key: string;
  contentType: string;
  size: number;
  /** SHA-256 of the file (hex): signed as `x-amz-checksum-sha256`, so S3 refuses other bytes (BadDigest). */
  sha256?: string;
  /** Signed `If-None-Match: *`: S3 refuses (412) a PUT to a key that already holds an object. */
  createOnly?: boolean;
  expiresInSeconds: number;
}

/**
 * A PUT the uploader must send with exactly these headers: the content type and length, and as asked the
 * SHA-256 and If-None-Match, are signed, so S3 refuses a different file type, size or content, or a second write.
 */
export async function presignUpload(
  request: UploadSlotRequest,
): Promise<{ url: string; headers: Record<string, string> }> {
  const headers: Record<string, string> = {
    'content-type': request.contentType,
    'content-length': String(request.size),
    ...(request.createOnly ? { 'if-none-match': '*' } : {}),
    ...(request.sha256
      ? { 'x-amz-checksum-sha256': Buffer.from(request.sha256, 'hex').toString('base64') }
      : {}),
  };
  // The S3 presigner signs neither content-type nor If-None-Match unless told to, and would move x-amz-*
  // headers into the query: as signed headers they are what makes S3 refuse a PUT the slot does not promise.
  const names = new Set(Object.keys(headers));
  const signed = await presigner().presign(objectRequest('PUT', request.bucket, request.key, {}, headers), {
    expiresIn: request.expiresInSeconds,
    unhoistableHeaders: names,
    signableHeaders: names,
  });
  return { url: formatUrl(signed), headers };
}

// Kept-alive connections: a confirmation checks up to eight files at once, and undici's fetch, which opened a
// connection per HEAD here, took six times the CPU of node:http.
const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
const STORAGE_TIMEOUT_MS = 10_000;

interface StorageAnswer {
  status: number;
  headers: IncomingHttpHeaders;
}

/**
 * One request to storage; the body of the answer goes to `onData` (none for a HEAD). A kept-alive connection the
 * server closed just as it was reused fails with ECONNRESET before any answer: the request is sent again once on a
 * new connection, as Node's documentation advises (`request.reusedSocket`); HEAD and GET are safe to repeat.
 */
function exchange(
  method: 'HEAD' | 'GET',
  url: string,
  headers: Record<string, string>,
  onData?: (chunk: Buffer) => void,
  retried = false,
): Promise<StorageAnswer> {
  const secure = url.startsWith('https:');
  const send = secure ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = send(url, { method, headers, agent: secure ? agents.https : agents.http }, (response) => {
      answered = true;
      response.on('error', reject);
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
      if (onData && response.statusCode === 200) response.on('data', onData);
      else response.resume();
    });
    request.setTimeout(STORAGE_TIMEOUT_MS, () => request.destroy(new Error(`${method} timed out: ${url}`)));
    request.on('error', (error: NodeJS.ErrnoException) => {
      const staleConnection = request.reusedSocket && !answered && error.code === 'ECONNRESET';
      if (staleConnection && !retried) resolve(exchange(method, url, headers, onData, true));
      else reject(error);
    });
    request.end();
  });
}

/** The HTTP exchanges with storage, one object for tests to stand in for S3. */
export const storageHttp = {
  head(url: string, headers: Record<string, string> = {}): Promise<StorageAnswer> {
    return exchange('HEAD', url, headers);
  },
  /** A GET whose body is kept, as text (small documents only). */
  async text(url: string): Promise<StorageAnswer & { text: string }> {
    const chunks: Buffer[] = [];
    const answer = await exchange('GET', url, {}, (chunk) => chunks.push(chunk));
    return { ...answer, text: Buffer.concat(chunks).toString('utf8') };
  },
  /** A GET whose body is hashed as it arrives, never held: its SHA-256 (hex) and length. */
  async digest(url: string): Promise<StorageAnswer & { sha256: string; bytes: number }> {
    const hash = createHash('sha256');
    let bytes = 0;
    const answer = await exchange('GET', url, {}, (chunk) => {
      hash.update(chunk);
      bytes += chunk.length;
    });
    return { ...answer, sha256: hash.digest('hex'), bytes };
  },
};

export interface StoredObject {
  contentType: string;
  size: number;
  /** The version the HEAD read; absent when the bucket is not versioned. */
  versionId?: string;
  /** SHA-256 (hex) S3 holds for the object: only when the PUT carried one, which S3 checked. */
  sha256?: string;
}

const SHA256_BASE64 = /^[A-Za-z0-9+/]{43}=$/;

/**
 * What S3 holds under `key` (its current version), or undefined when nothing: a HEAD through a one-minute
 * presigned URL, asking for the stored checksum.
 */
export async function headObject(bucket: string, key: string): Promise<StoredObject | undefined> {
  const headers = { 'x-amz-checksum-mode': 'ENABLED' };
  const signed = await presigner().presign(objectRequest('HEAD', bucket, key, {}, headers), {
    expiresIn: 60,
    unhoistableHeaders: new Set(Object.keys(headers)),
  });
  const { status, headers: answer } = await storageHttp.head(formatUrl(signed), headers);
  if (status === 404 || status === 403) return undefined;
  if (status < 200 || status > 299) throw new Error(`HEAD ${key} answered ${status}`);
  const single = (name: string) => {
    const value = answer[name];
    return typeof value === 'string' ? value : undefined;
  };
  const versionId = single('x-amz-version-id');
  const checksum = single('x-amz-checksum-sha256');
  return {
    contentType: answer['content-type'] ?? 'application/octet-stream',
    size: Number(answer['content-length'] ?? 0),
    ...(versionId && versionId !== 'null' ? { versionId } : {}),
    // A multipart upload's composite checksum ("…-<parts>") is no SHA-256 of the file.
    ...(checksum && SHA256_BASE64.test(checksum)
      ? { sha256: Buffer.from(checksum, 'base64').toString('hex') }
      : {}),
  };
}

/** SHA-256 (hex) and length of one version of an object, read through a one-minute presigned GET. */
export async function digestObject(
  bucket: string,
  key: string,
  versionId: string,
): Promise<{ sha256: string; size: number }> {
  const signed = await presigner().presign(objectRequest('GET', bucket, key, { versionId }), {
    expiresIn: 60,
  });
  const { status, sha256, bytes } = await storageHttp.digest(formatUrl(signed));
  if (status !== 200) throw new Error(`GET ${key} version ${versionId} answered ${status}`);
  return { sha256, size: bytes };
}

/**
 * The text of what `key` holds now, or undefined when nothing: read through a one-minute presigned GET, for API
 * functions that serve a small stored document (the Open Badges credentials) without the S3 client.
 */
export async function readObjectText(bucket: string, key: string): Promise<string | undefined> {
  const signed = await presigner().presign(objectRequest('GET', bucket, key), { expiresIn: 60 });
  const { status, text } = await storageHttp.text(formatUrl(signed));
  if (status === 404 || status === 403) return undefined;
  if (status !== 200) throw new Error(`GET ${key} answered ${status}`);
  return text;
}
