import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../tools/local/paths';
import { processesMatching, programBody } from './helpers';

interface Started {
  child: ChildProcess;
  baseUrl: string;
  dynamodbPort: string;
  output: () => string;
}

/** Runs `npm start` (with `args` after `--`) as a developer would, with its data folder moved to a temporary one. */
function npmStart(dataDir: string, args: string[] = []): Promise<Started> {
  const child = spawn('npm', ['start', ...(args.length ? ['--', ...args] : [])], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SERTIFIKASI_LOCAL_DIR: dataDir, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, like a job in a terminal, so a signal reaches it the way Ctrl-C does.
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${output}`)), 90_000);
    child.on('exit', (code) => reject(new Error(`npm start exited early (${code}):\n${output}`)));
    const poll = setInterval(() => {
      const api = /^\s+API\s+(http:\/\/\S+)/m.exec(output);
      const dynamodb = /DynamoDB\s+http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (api && dynamodb) {
        clearInterval(poll);
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({ child, baseUrl: api[1]!, dynamodbPort: dynamodb[1]!, output: () => output });
      }
    }, 100);
  });
}

/** Signals the group and waits until every process holding its output has ended (npm itself dies of the signal). */
async function stop(started: Started, signal: NodeJS.Signals, target: 'group' | 'npm'): Promise<string> {
  const closed = new Promise<void>((resolve) => started.child.on('close', () => resolve()));
  // Ctrl-C in a terminal signals the whole foreground group; a process manager signals npm alone.
  process.kill(target === 'group' ? -started.child.pid! : started.child.pid!, signal);
  await closed;
  return started.output();
}

async function mintToken(dataDir: string, args: string[] = ['--role', 'admin-bkn']): Promise<string> {
  const child = spawn('npm', ['run', '-s', 'token', '--', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SERTIFIKASI_LOCAL_DIR: dataDir },
  });
  let token = '';
  child.stdout.on('data', (chunk: Buffer) => (token += chunk.toString()));
  await new Promise((resolve) => child.on('exit', resolve));
  return token.trim();
}

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sertifikasi-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it(
    'serves the API with tokens from `npm run token` (operators registered with --register), keeps data across a restart, and leaves no java behind',
    { timeout: 240_000 },
    async () => {
      const first = await npmStart(dataDir);
      expect(first.output()).toContain('npm run -s token -- --role admin-bkn');
      const token = await mintToken(dataDir);
      const created = await fetch(`${first.baseUrl}/programs`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(
          programBody(86_400_000, 2 * 86_400_000, 'Program yang bertahan setelah restart'),
        ),
      });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };

      // An operator's token acts once BKN registered it: `--register` does so on the running server.
      const instansi = await fetch(`${first.baseUrl}/instansi/3201`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Pemerintah Kabupaten Bogor', kind: 'KABUPATEN_KOTA', kanreg: 'III' }),
      });
      expect(instansi.status).toBe(200);
      const operator = ['--role', 'instansi', '--instansi', '3201'];
      for (const [args, status] of [
        [operator, 403],
        [[...operator, '--register', '--api', first.baseUrl], 200],
      ] as const) {
        const read = await fetch(`${first.baseUrl}/instansi/3201`, {
          headers: { authorization: `Bearer ${await mintToken(dataDir, [...args])}` },
        });
        expect(read.status, args.join(' ')).toBe(status);
      }

      expect(await stop(first, 'SIGINT', 'group')).toContain('Berhenti.');
      expect(processesMatching(`-port ${first.dynamodbPort}`)).toEqual([]);

      const second = await npmStart(dataDir);
      try {
        const fetched = await fetch(`${second.baseUrl}/programs/${id}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect(fetched.status).toBe(200);
        expect(((await fetched.json()) as { name: string }).name).toBe(
          'Program yang bertahan setelah restart',
        );
      } finally {
        expect(await stop(second, 'SIGTERM', 'npm')).toContain('Berhenti.');
      }
      expect(processesMatching(`-port ${second.dynamodbPort}`)).toEqual([]);
    },
  );

  it(
    'stops everything and exits with 1 when DynamoDB Local dies and no restart is left (--restarts 0)',
    { timeout: 180_000 },
    async () => {
      const failing = mkdtempSync(join(tmpdir(), 'sertifikasi-start-failing-'));
      try {
        const started = await npmStart(failing, ['--restarts', '0']);
        const exited = new Promise<number | null>((resolve) => started.child.on('exit', resolve));
        const java = processesMatching(`-port ${started.dynamodbPort}`);
        expect(java).toHaveLength(1);

        process.kill(java[0]!, 'SIGKILL');

        expect(await exited).toBe(1);
        const output = started.output();
        expect(output).toContain('DynamoDB Local mati (sinyal SIGKILL)');
        expect(output).toContain('Sistem lokal menyerah.');
        expect(output).toContain('Berhenti dengan galat');
        expect(processesMatching(`-port ${started.dynamodbPort}`)).toEqual([]);
      } finally {
        rmSync(failing, { recursive: true, force: true });
      }
    },
  );
});
