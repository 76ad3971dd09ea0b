import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCAL_REGION } from '../../tools/local/local-stack';
import { PROJECT_ROOT } from '../../tools/local/paths';
import { freePort, listenOnLoopback } from '../../tools/local/ports';
import { processesMatching, programBody } from './helpers';
import { npmStart, stopNpmStart } from './npm-start-helpers';

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

/** `npm start -- <args>` expected to stop by itself: its exit code and everything it printed. */
function npmStartExit(dataDir: string, args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn('npm', ['start', '--', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SERTIFIKASI_LOCAL_DIR: dataDir, FORCE_COLOR: '0' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

const client = <T>(Client: new (config: object) => T, endpoint: string) =>
  new Client({
    endpoint,
    region: LOCAL_REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    forcePathStyle: true,
  });

describe('npm start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sertifikasi-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it(
    'serves the API with tokens from `npm run token` (operators registered with --register), keeps data across a restart, and leaves no java behind',
    { timeout: 240_000 },
    async () => {
      const first = await npmStart(dataDir);
      expect(first.output()).toContain('npm run -s token -- --role admin-bkn');
      // The SES v2 emulator's mailbox, printed for a person to open, serves its page and its e-mails.
      const mailbox = /Kotak surat\s+(http:\/\/\S+)/.exec(first.output())?.[1];
      expect(mailbox).toBeDefined();
      expect((await fetch(mailbox!)).status).toBe(200);
      expect(await (await fetch(`${mailbox}store`)).json()).toMatchObject({ emails: [] });
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

      expect(await stopNpmStart(first, 'SIGINT', 'group')).toContain('Berhenti.');
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
        expect(await stopNpmStart(second, 'SIGTERM', 'npm')).toContain('Berhenti.');
      }
      expect(processesMatching(`-port ${second.dynamodbPort}`)).toEqual([]);
    },
  );

  it(
    'serves the API, DynamoDB Local, SQS and S3 on the ports --port, --dynamodb-port, --sqs-port and --s3-port ask for',
    { timeout: 180_000 },
    async () => {
      const portsDir = mkdtempSync(join(tmpdir(), 'sertifikasi-ports-'));
      const [api, dynamodbPort, sqsPort, s3Port] = [
        await freePort(),
        await freePort(),
        await freePort(),
        await freePort(),
      ];
      const started = await npmStart(portsDir, [
        ...['--port', String(api), '--dynamodb-port', String(dynamodbPort)],
        ...['--sqs-port', String(sqsPort), '--s3-port', String(s3Port)],
      ]);
      const dynamodb = client(DynamoDBClient, `http://127.0.0.1:${dynamodbPort}`);
      const sqs = client(SQSClient, `http://127.0.0.1:${sqsPort}`);
      const s3 = client(S3Client, `http://127.0.0.1:${s3Port}`);
      try {
        expect([started.baseUrl, started.endpoints]).toEqual([
          `http://127.0.0.1:${api}`,
          {
            dynamodb: `http://127.0.0.1:${dynamodbPort}`,
            sqs: `http://127.0.0.1:${sqsPort}`,
            s3: `http://127.0.0.1:${s3Port}`,
          },
        ]);
        expect((await fetch(`http://127.0.0.1:${api}/openapi.json`)).status).toBe(200);
        expect((await dynamodb.send(new ListTablesCommand({}))).TableNames).toContain(
          'sertifikasi-local-table',
        );
        expect((await sqs.send(new ListQueuesCommand({}))).QueueUrls).toContainEqual(
          expect.stringMatching(/\/sertifikasi-local-placement-dlq$/),
        );
        // The S3 port is the layer that adds versions: its companion bucket of versions exists.
        expect((await s3.send(new ListBucketsCommand({}))).Buckets?.map((b) => b.Name)).toContain(
          'sertifikasi-local-uploads-versions',
        );
      } finally {
        for (const sdk of [dynamodb, sqs, s3]) sdk.destroy();
        expect(await stopNpmStart(started, 'SIGINT', 'group')).toContain('Berhenti.');
        rmSync(portsDir, { recursive: true, force: true });
      }
      expect(processesMatching(`-port ${dynamodbPort}`)).toEqual([]);
    },
  );

  it.each(['--port', '--dynamodb-port', '--sqs-port', '--s3-port'])(
    'a port already in use (%s) is refused with a message in Bahasa Indonesia and exit 1, before anything starts',
    async (flag) => {
      const holder = createServer();
      const port = await listenOnLoopback(holder, 0);
      try {
        const { code, output } = await npmStartExit(dataDir, [flag, String(port)]);
        expect(code).toBe(1);
        expect(output).toContain(`Port ${port} (`);
        expect(output).toContain(`${flag}) sudah dipakai proses lain.`);
        expect(output).not.toContain('Menyalakan');
        // A message, not a stack trace.
        expect(output).not.toMatch(/^\s+at /m);
      } finally {
        holder.close();
      }
    },
  );

  it.each([
    [['--port', 'tiga ribu'], '--port tiga ribu: bukan nomor port'],
    [['--port', '70000'], '--port 70000: bukan nomor port'],
    [['--dynamodb-port'], 'Opsi salah: '],
  ])('%j is refused before anything starts: %s', async (args, message) => {
    const { code, output } = await npmStartExit(dataDir, args);
    expect(code).toBe(1);
    expect(output).toContain(message);
    expect(output).not.toContain('Menyalakan');
  });

  it('one port asked for two services is refused before anything starts', async () => {
    const port = String(await freePort());
    const { code, output } = await npmStartExit(dataDir, ['--sqs-port', port, '--s3-port', port]);
    expect(code).toBe(1);
    expect(output).toContain(`Port ${port} diminta untuk --sqs-port dan --s3-port`);
    expect(output).not.toContain('Menyalakan');
  });

  it(
    'stops everything and exits with 1 when DynamoDB Local dies and no restart is left (--restarts 0)',
    { timeout: 180_000 },
    async () => {
      const failing = mkdtempSync(join(tmpdir(), 'sertifikasi-start-failing-'));
      try {
        const started = await npmStart(failing, ['--restarts', '0']);
        const exited = new Promise<number | null>((resolve) => started.child.on('exit', resolve));
        const dynamodbPort = new URL(started.endpoints.dynamodb).port;
        const java = processesMatching(`-port ${dynamodbPort}`);
        expect(java).toHaveLength(1);

        process.kill(java[0]!, 'SIGKILL');

        expect(await exited).toBe(1);
        const output = started.output();
        expect(output).toContain('DynamoDB Local mati (sinyal SIGKILL)');
        expect(output).toContain('Sistem lokal menyerah.');
        expect(output).toContain('Berhenti dengan galat');
        expect(processesMatching(`-port ${dynamodbPort}`)).toEqual([]);
      } finally {
        rmSync(failing, { recursive: true, force: true });
      }
    },
  );
});
