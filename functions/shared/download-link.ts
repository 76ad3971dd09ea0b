import { fromEnv } from '@aws-sdk/credential-provider-env';
import { formatUrl } from '@aws-sdk/core/util';
import { S3RequestPresigner } from '@aws-sdk/s3-request-presigner';
import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/protocols';

/*
 * Presigned GET links to private objects, signed with the SDK's own S3 presigner but without instantiating the
 * S3 client: the download functions only ever sign, and the full client would put them over their bundle
 * budget. Path-style addressing when a custom endpoint is set (local emulator), virtual-hosted on AWS.
 */
let presigner: S3RequestPresigner | undefined;

function region(): string {
  return process.env.AWS_REGION ?? 'ap-southeast-3';
}

function objectRequest(bucket: string, key: string, query: Record<string, string>): HttpRequest {
  const path = `/${key.split('/').map(encodeURIComponent).join('/')}`;
  const endpoint = process.env.AWS_ENDPOINT_URL_S3;
  if (endpoint) {
    const url = new URL(endpoint);
    return new HttpRequest({
      method: 'GET',
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: `/${bucket}${path}`,
      query,
      headers: { host: url.host },
    });
  }
  const hostname = `${bucket}.s3.${region()}.amazonaws.com`;
  return new HttpRequest({
    method: 'GET',
    protocol: 'https:',
    hostname,
    path,
    query,
    headers: { host: hostname },
  });
}

export interface DownloadLinkRequest {
  bucket: string;
  key: string;
  /** File name offered to the browser. */
  fileName: string;
  expiresInSeconds: number;
}

export async function presignDownload(request: DownloadLinkRequest): Promise<string> {
  presigner ??= new S3RequestPresigner({ credentials: fromEnv(), region: region(), sha256: Sha256 });
  const signed = await presigner.presign(
    objectRequest(request.bucket, request.key, {
      'response-content-disposition': `attachment; filename="${request.fileName}"`,
    }),
    { expiresIn: request.expiresInSeconds },
  );
  return formatUrl(signed);
}
