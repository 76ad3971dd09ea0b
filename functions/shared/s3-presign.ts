import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { fromEnv } from '@aws-sdk/credential-provider-env';
import { formatUrl } from '@aws-sdk/core/util';
import { S3RequestPresigner } from '@aws-sdk/s3-request-presigner';
import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/protocols';

/*
 * Presigned requests on private objects (download links, upload slots, existence checks), signed with the
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
  /** File name offered to the browser. */
  fileName: string;
  expiresInSeconds: number;
}

export async function presignDownload(request: DownloadLinkRequest): Promise<string> {
  const signed = await presigner().presign(
    objectRequest('GET', request.bucket, request.key, {
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
  expiresInSeconds: number;
}

/**
 * A PUT the uploader must send with exactly this content type and length: both are signed headers, so S3
 * refuses a different file type or size.
 */
export async function presignUpload(
  request: UploadSlotRequest,
): Promise<{ url: string; headers: Record<string, string> }> {
  const headers = { 'content-type': request.contentType, 'content-length': String(request.size) };
  // The S3 presigner never signs content-type unless told to: `signableHeaders` is what makes S3 refuse a PUT
  // of another type, as the slot promises.
  const signed = await presigner().presign(objectRequest('PUT', request.bucket, request.key, {}, headers), {
    expiresIn: request.expiresInSeconds,
    unhoistableHeaders: new Set(['content-type', 'content-length']),
    signableHeaders: new Set(['content-type', 'content-length']),
  });
  return { url: formatUrl(signed), headers };
}

// Kept-alive connections: a confirmation checks up to eight files at once, and undici's fetch, which opened a
// connection per HEAD here, took six times the CPU of node:http.
const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
const HEAD_TIMEOUT_MS = 10_000;

/** The HTTP exchange with storage, one object for tests to stand in for S3. */
export const storageHttp = {
  head(url: string): Promise<{ status: number; headers: IncomingHttpHeaders }> {
    const secure = url.startsWith('https:');
    const send = secure ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const request = send(
        url,
        { method: 'HEAD', agent: secure ? agents.https : agents.http },
        (response) => {
          response.on('error', reject);
          response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
          response.resume();
        },
      );
      request.setTimeout(HEAD_TIMEOUT_MS, () => request.destroy(new Error(`HEAD timed out: ${url}`)));
      request.on('error', reject);
      request.end();
    });
  },
};

/** What S3 holds under `key`, or undefined when nothing: a HEAD through a one-minute presigned URL. */
export async function headObject(
  bucket: string,
  key: string,
): Promise<{ contentType: string; size: number } | undefined> {
  const signed = await presigner().presign(objectRequest('HEAD', bucket, key), { expiresIn: 60 });
  const { status, headers } = await storageHttp.head(formatUrl(signed));
  if (status === 404 || status === 403) return undefined;
  if (status < 200 || status > 299) throw new Error(`HEAD ${key} answered ${status}`);
  return {
    contentType: headers['content-type'] ?? 'application/octet-stream',
    size: Number(headers['content-length'] ?? 0),
  };
}
