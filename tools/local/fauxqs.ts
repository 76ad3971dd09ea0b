import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startFauxqs } from 'fauxqs';
import type { RunningService } from './dynamodb-local';
import { freePort } from './ports';

/**
 * Starts fauxqs in this process: SQS and S3 on one port, `port` or else a free one. With `dataDir` queues, messages and objects are
 * kept in SQLite between runs; with `objectsDir` the buckets' objects are files there (only their metadata in memory).
 * Being in this process, it cannot die without it (`npm start` then ends with an
 * error), so nothing watches it as DynamoDB Local's java is watched; `/health` still asks it (tools/local/health.ts).
 */
export async function startFauxqsServer(
  options: { dataDir?: string; objectsDir?: string; port?: number } = {},
): Promise<RunningService> {
  const dataDir = options.dataDir ? resolve(options.dataDir) : undefined;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const objectsDir = options.objectsDir ? resolve(options.objectsDir) : undefined;
  if (objectsDir) mkdirSync(objectsDir, { recursive: true });
  const server = await startFauxqs({
    port: options.port || (await freePort()),
    host: '127.0.0.1',
    logger: false,
    defaultRegion: 'ap-southeast-3',
    dataDir,
    s3StorageDir: objectsDir,
  });
  return { endpoint: server.address, stop: () => server.stop() };
}
