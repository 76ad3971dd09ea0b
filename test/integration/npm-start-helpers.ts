import { spawn, type ChildProcess } from 'node:child_process';
import { PROJECT_ROOT } from '../../tools/local/paths';

export interface NpmStarted {
  child: ChildProcess;
  /** The API's base URL, as printed. */
  baseUrl: string;
  /** The emulators' endpoints, as printed. */
  endpoints: { dynamodb: string; sqs: string; s3: string };
  dynamodbPort: string;
  output: () => string;
}

/** `npm start -- <args>` as a developer runs it, with its data folder moved to `dataDir`; resolves once it serves. */
export function npmStart(dataDir: string, args: readonly string[] = []): Promise<NpmStarted> {
  // A free API port unless the test fixes one: test files start stacks side by side.
  const all = args.includes('--port') ? args : ['--port', '0', ...args];
  const child = spawn('npm', ['start', '--', ...all], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SERTIFIKASI_LOCAL_DIR: dataDir, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, like a job in a terminal, so a signal reaches it the way Ctrl-C does.
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const printed = (label: string) => new RegExp(`^\\s+${label}\\s+(http://\\S+)`, 'm').exec(output)?.[1];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${output}`)), 90_000);
    child.on('exit', (code) => reject(new Error(`npm start exited early (${code}):\n${output}`)));
    const poll = setInterval(() => {
      const [baseUrl, dynamodb, sqs, s3] = ['API', 'DynamoDB', 'SQS', 'S3'].map(printed);
      if (baseUrl && dynamodb && sqs && s3) {
        clearInterval(poll);
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({
          child,
          baseUrl,
          endpoints: { dynamodb, sqs, s3 },
          dynamodbPort: new URL(dynamodb).port,
          output: () => output,
        });
      }
    }, 100);
  });
}

/** Signals the group and waits until every process holding its output has ended (npm itself dies of the signal). */
export async function stopNpmStart(
  started: NpmStarted,
  signal: NodeJS.Signals,
  target: 'group' | 'npm',
): Promise<string> {
  const closed = new Promise<void>((resolve) => started.child.on('close', () => resolve()));
  // Ctrl-C in a terminal signals the whole foreground group; a process manager signals npm alone.
  process.kill(target === 'group' ? -started.child.pid! : started.child.pid!, signal);
  await closed;
  return started.output();
}
