import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../../../tools/local/dynamodb-local';
import { startFauxqsServer } from '../../../tools/local/fauxqs';
import { listenOnLoopback } from '../../../tools/local/ports';
import { startVersionedS3 } from '../../../tools/local/s3-versioning';

const VERSIONED = 'versioned-uploads';
const PLAIN = 'plain-documents';
const sha256 = (bytes: string) => createHash('sha256').update(bytes).digest('base64');

/** The S3 error an SDK call ended with: its HTTP status and code. */
async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(S3ServiceException);
  const { $metadata, name } = error as S3ServiceException;
  return { status: $metadata.httpStatusCode, code: name };
}

describe('the local S3 in front of fauxqs: versioning, conditional writes and SHA-256 checks as on AWS', () => {
  let fauxqs: RunningService;
  let layer: RunningService;
  let s3: S3Client;
  const text = async (key: string, versionId?: string) =>
    (
      await s3.send(new GetObjectCommand({ Bucket: VERSIONED, Key: key, VersionId: versionId }))
    ).Body!.transformToString();

  beforeAll(async () => {
    fauxqs = await startFauxqsServer();
    layer = await startVersionedS3(fauxqs.endpoint);
    s3 = new S3Client({
      endpoint: layer.endpoint,
      region: 'ap-southeast-3',
      forcePathStyle: true,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    for (const bucket of [VERSIONED, PLAIN]) await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    await s3.send(
      new PutBucketVersioningCommand({ Bucket: VERSIONED, VersioningConfiguration: { Status: 'Enabled' } }),
    );
  });
  afterAll(async () => {
    s3?.destroy();
    await layer?.stop();
    await fauxqs?.stop();
  });

  it('every PUT to a versioned bucket is a new version, readable by its id after the key was overwritten', async () => {
    const first = await s3.send(new PutObjectCommand({ Bucket: VERSIONED, Key: 'a/b.pdf', Body: 'first' }));
    const second = await s3.send(new PutObjectCommand({ Bucket: VERSIONED, Key: 'a/b.pdf', Body: 'second' }));

    expect(first.VersionId).toMatch(/^[\w-]{32}$/);
    expect(second.VersionId).not.toBe(first.VersionId);
    expect(await text('a/b.pdf')).toBe('second');
    expect(await text('a/b.pdf', first.VersionId)).toBe('first');
    const head = await s3.send(new HeadObjectCommand({ Bucket: VERSIONED, Key: 'a/b.pdf' }));
    expect(head.VersionId).toBe(second.VersionId);
    expect(head.Metadata).toEqual({});
  });

  it('a version stays readable after its key is deleted; an unknown version is 404 NoSuchVersion', async () => {
    const put = await s3.send(new PutObjectCommand({ Bucket: VERSIONED, Key: 'gone.pdf', Body: 'kept' }));
    await s3.send(new DeleteObjectCommand({ Bucket: VERSIONED, Key: 'gone.pdf' }));

    expect(await text('gone.pdf', put.VersionId)).toBe('kept');
    expect(await refusal(text('gone.pdf'))).toEqual({ status: 404, code: 'NoSuchKey' });
    expect(await refusal(text('gone.pdf', 'no-such-version-000000000000000'))).toEqual({
      status: 404,
      code: 'NoSuchVersion',
    });
  });

  it('a PUT with If-None-Match: * is refused 412 when the key holds an object, and changes nothing', async () => {
    await s3.send(
      new PutObjectCommand({ Bucket: VERSIONED, Key: 'once.pdf', Body: 'original', IfNoneMatch: '*' }),
    );

    const again = s3.send(
      new PutObjectCommand({ Bucket: VERSIONED, Key: 'once.pdf', Body: 'replaced', IfNoneMatch: '*' }),
    );

    expect(await refusal(again)).toEqual({ status: 412, code: 'PreconditionFailed' });
    expect(await text('once.pdf')).toBe('original');
  });

  it.each([VERSIONED, PLAIN])(
    'in %s, a PUT whose x-amz-checksum-sha256 is not the body’s is refused 400 BadDigest; a matching one is stored and answered',
    async (bucket) => {
      const wrong = s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: 'sum.pdf',
          Body: 'body',
          ChecksumSHA256: sha256('other'),
        }),
      );
      expect(await refusal(wrong)).toEqual({ status: 400, code: 'BadDigest' });

      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: 'sum.pdf',
          Body: 'body',
          ChecksumSHA256: sha256('body'),
        }),
      );
      const head = await s3.send(
        new HeadObjectCommand({ Bucket: bucket, Key: 'sum.pdf', ChecksumMode: 'ENABLED' }),
      );
      expect(head.ChecksumSHA256).toBe(sha256('body'));
    },
  );

  it('a bucket without versioning keeps no versions and answers none, as S3 does', async () => {
    const put = await s3.send(new PutObjectCommand({ Bucket: PLAIN, Key: 'p.pdf', Body: 'plain' }));
    const head = await s3.send(new HeadObjectCommand({ Bucket: PLAIN, Key: 'p.pdf' }));

    expect(put.VersionId).toBeUndefined();
    expect(head.VersionId).toBeUndefined();
  });
});

describe('the local S3 layer, when fauxqs closes an idle kept-alive socket as it is reused', () => {
  it('sends the request again once on a new socket: the caller gets the answer, not a 500 "socket hang up"', async () => {
    // Prepare: an upstream that answers the first request of each connection and drops any later one, as a
    // server closing an idle socket at the moment the client reuses it
    const upstream = createServer((request, response) => {
      const socket = request.socket as typeof request.socket & { served?: number };
      socket.served = (socket.served ?? 0) + 1;
      if (socket.served > 1) {
        socket.destroy();
        return;
      }
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('isi');
    });
    const port = await listenOnLoopback(upstream, 0);
    const layer = await startVersionedS3(`http://127.0.0.1:${port}`);
    const get = async () => {
      const answer = await fetch(`${layer.endpoint}/plain-documents/a.txt`);
      return [answer.status, await answer.text()];
    };

    try {
      // Act: the second GET reuses the layer's kept-alive socket, which the upstream drops
      const answers = [await get(), await get()];

      // Assess
      expect(answers).toEqual([
        [200, 'isi'],
        [200, 'isi'],
      ]);
    } finally {
      await layer.stop();
      upstream.closeAllConnections();
      await new Promise((resolve) => upstream.close(resolve));
    }
  });
});
