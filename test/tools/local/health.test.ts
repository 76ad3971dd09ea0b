import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FunctionName } from '../../../infra/resource-model';
import { LocalCalendar } from '../../../tools/local/calendar';
import type { RunningService } from '../../../tools/local/dynamodb-local';
import { startFauxqsServer } from '../../../tools/local/fauxqs';
import {
  localDependencies,
  type Dependencies,
  type Dependency,
  type DependencyStates,
} from '../../../tools/local/health';
import { createApiServer } from '../../../tools/local/http-server';
import { createLocalAuthority } from '../../../tools/local/local-auth';
import { freePort } from '../../../tools/local/ports';
import { startVersionedS3 } from '../../../tools/local/s3-versioning';

const LOCAL = {
  region: 'ap-southeast-3',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};

describe('the local stack probing its dependencies', () => {
  let fauxqs: RunningService;
  let layer: RunningService;
  let dependencies: Dependencies;
  let knownDown: Dependency[] = [];
  let fauxqsStopped = false;

  beforeAll(async () => {
    fauxqs = await startFauxqsServer();
    layer = await startVersionedS3(fauxqs.endpoint);
    const sqs = new SQSClient({ ...LOCAL, endpoint: fauxqs.endpoint });
    const s3 = new S3Client({ ...LOCAL, endpoint: layer.endpoint, forcePathStyle: true });
    const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: 'probed' }));
    await s3.send(new CreateBucketCommand({ Bucket: 'probed' }));
    sqs.destroy();
    s3.destroy();
    dependencies = localDependencies({
      // Nothing listens there: a DynamoDB Local that died.
      endpoints: {
        dynamodb: `http://127.0.0.1:${await freePort()}`,
        fauxqs: fauxqs.endpoint,
        s3: layer.endpoint,
      },
      asked: { table: 'probed', queueUrl: QueueUrl!, bucket: 'probed' },
      knownDown: () => knownDown,
    });
  });
  afterAll(async () => {
    dependencies?.close();
    if (fauxqsStopped) return;
    await layer?.stop();
    await fauxqs?.stop();
  });

  it('reports a dependency up while it answers and down when nothing answers on its endpoint', async () => {
    expect(await dependencies.probe()).toEqual({ dynamodb: 'down', sqs: 'up', s3: 'up' });
  });

  it('reports a dependency known to be down (its process being restarted) down without asking it', async () => {
    knownDown = ['sqs'];

    expect(await dependencies.probe()).toEqual({ dynamodb: 'down', sqs: 'down', s3: 'up' });
    expect(dependencies.down()).toEqual(['sqs']);
    knownDown = [];
  });

  it('reports SQS and S3 down once fauxqs has stopped', async () => {
    await layer.stop();
    await fauxqs.stop();
    fauxqsStopped = true;

    expect(await dependencies.probe()).toEqual({ dynamodb: 'down', sqs: 'down', s3: 'down' });
  });
});

const UP: DependencyStates = { dynamodb: 'up', sqs: 'up', s3: 'up' };

describe('the local API server answering for its dependencies', () => {
  let server: Server;
  let baseUrl: string;
  let states: DependencyStates = UP;
  let knownDown: Dependency[] = [];
  const meta = vi.fn(async (event: { routeKey: string }): Promise<APIGatewayProxyStructuredResultV2> =>
    event.routeKey === 'GET /health'
      ? { statusCode: 200, body: JSON.stringify({ status: 'ok', service: 'sertifikasi-manajemen-asn' }) }
      : { statusCode: 500, body: JSON.stringify({ code: 'INTERNAL_ERROR', message: 'Terjadi kesalahan.' }) },
  );
  const get = async (path: string) => {
    const response = await fetch(`${baseUrl}${path}`);
    const body = (await response.json()) as Record<string, unknown>;
    return { status: response.status, body, headers: response.headers };
  };

  beforeAll(async () => {
    server = createApiServer({
      authority: await createLocalAuthority(),
      handlers: { meta } as unknown as Record<FunctionName, unknown>,
      calendar: new LocalCalendar(),
      dependencies: { down: () => knownDown, probe: async () => states, close: () => undefined },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => {
    states = UP;
    knownDown = [];
    meta.mockClear();
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  it('answers GET /health 200 with the route body and every dependency up', async () => {
    const health = await get('/health');

    expect(health.status).toBe(200);
    expect(health.body).toEqual({
      status: 'ok',
      service: 'sertifikasi-manajemen-asn',
      services: { dynamodb: 'up', sqs: 'up', s3: 'up' },
    });
  });

  it('answers GET /health 503 LOCAL_SERVICE_DOWN naming the dependency that does not answer', async () => {
    states = { dynamodb: 'up', sqs: 'down', s3: 'down' };

    const health = await get('/health');

    expect(health.status).toBe(503);
    expect(health.headers.get('retry-after')).toBe('1');
    expect(health.body).toEqual({
      status: 'unavailable',
      services: states,
      code: 'LOCAL_SERVICE_DOWN',
      message:
        'Layanan lokal tidak tersedia: SQS (fauxqs), S3 (fauxqs) tidak menjawab. Coba lagi sebentar lagi.',
      details: { down: ['sqs', 's3'] },
    });
    expect(meta).not.toHaveBeenCalled();
  });

  it('refuses a request with 503 LOCAL_SERVICE_DOWN before its handler runs while a dependency is known down', async () => {
    knownDown = ['dynamodb'];

    const refused = await get('/openapi.json');

    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ code: 'LOCAL_SERVICE_DOWN', details: { down: ['dynamodb'] } });
    expect(meta).not.toHaveBeenCalled();
  });

  it('answers 503 instead of the handler’s 500 when a dependency stopped answering meanwhile', async () => {
    states = { dynamodb: 'down', sqs: 'up', s3: 'up' };

    const refused = await get('/openapi.json');

    expect(meta).toHaveBeenCalledTimes(1);
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ code: 'LOCAL_SERVICE_DOWN', details: { down: ['dynamodb'] } });
  });

  it('leaves a handler’s 500 as it is while every dependency answers', async () => {
    const failed = await get('/openapi.json');

    expect(failed.status).toBe(500);
    expect(failed.body.code).toBe('INTERNAL_ERROR');
  });
});
