import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../tools/local/paths';
import { freePort } from '../../tools/local/ports';
import { processesMatching } from './helpers';
import { npmStart, stopNpmStart, type NpmStarted } from './npm-start-helpers';

/*
 * The README's shell examples run as printed (issue 14, point 6): every ```sh block after the marker below runs in
 * a fresh bash (-euo pipefail) in the checkout, against `npm start` started with the README's own port flags.
 * The one change: those ports become free ones, since this machine may already serve 3000 or 8000.
 */
const README = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const MARKER = '<!-- runs in test/integration/readme-examples.test.ts -->';

const blocks = [...README.matchAll(new RegExp(`${MARKER}\\s*\`\`\`sh\\n([\\s\\S]*?)\\n\`\`\``, 'g'))].map(
  (m) => m[1]!,
);

/** The README's `npm start -- --port 3000 …`: each port flag with the port the examples then use. */
const readmePorts = (() => {
  const command = /^npm start -- (.*)$/m.exec(README)?.[1] ?? '';
  return [...command.matchAll(/(--[a-z0-9-]+) (\d+)/g)].map((m) => ({ flag: m[1]!, port: Number(m[2]) }));
})();

/** The AWS CLI's version when one is installed (`aws-cli/2.15.41 …`), else undefined. */
function awsCliVersion(): string | undefined {
  try {
    return /aws-cli\/(\d+\.\d+\.\d+)/.exec(execFileSync('aws', ['--version'], { encoding: 'utf8' }))?.[1];
  } catch {
    return undefined;
  }
}

/** The first versions that speak SQS's JSON protocol, the only one fauxqs understands (README). */
const SQS_JSON_FROM: Record<string, number[]> = { '1': [1, 32, 90], '2': [2, 15, 41] };
function speaksSqsJson(version: string): boolean {
  const parts = version.split('.').map(Number);
  const from = SQS_JSON_FROM[String(parts[0])] ?? [Infinity];
  const at = from.findIndex((n, i) => parts[i] !== n);
  return at === -1 || parts[at]! > from[at]!;
}

function bash(script: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const child = spawn('bash', ['-euo', 'pipefail', '-c', script], { cwd: PROJECT_ROOT, env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

describe("the README's shell examples", () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sertifikasi-readme-'));
  const ports = new Map<number, number>();
  let started: NpmStarted;

  beforeAll(async () => {
    for (const { port } of readmePorts) ports.set(port, await freePort());
    started = await npmStart(
      dataDir,
      readmePorts.flatMap(({ flag, port }) => [flag, String(ports.get(port))]),
    );
  });

  afterAll(async () => {
    if (started) {
      await stopNpmStart(started, 'SIGINT', 'group');
      expect(processesMatching(`-port ${started.dynamodbPort}`)).toEqual([]);
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('are marked, fix every port of the stack, and call only the ports they fixed, curl failing on an error status', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    expect(readmePorts.map(({ flag }) => flag).sort()).toEqual(
      ['--dynamodb-port', '--port', '--s3-port', '--sqs-port'].sort(),
    );
    for (const block of blocks) {
      for (const [, port] of block.matchAll(/127\.0\.0\.1:(\d+)/g))
        expect(ports.has(Number(port))).toBe(true);
      // With --fail-with-body curl exits 22 on a 4xx or 5xx, so a block that exits 0 had every answer succeed.
      for (const curl of block.match(/^curl .*$/gm) ?? []) expect(curl).toContain('--fail-with-body');
    }
  });

  const version = awsCliVersion();
  it.for(blocks.map((block, index) => [index + 1, block] as const))(
    'block %i runs as printed, every command exiting 0',
    async ([, block], context) => {
      let script = block;
      if (/^aws /m.test(block)) {
        if (!version) {
          context.skip('no `aws` on PATH: the AWS CLI examples were not run (the curl examples always are)');
        }
        if (!speaksSqsJson(version!)) {
          // The README says so: this CLI cannot talk SQS to fauxqs. Its DynamoDB and S3 lines still run.
          console.warn(
            `aws-cli ${version} predates SQS's JSON protocol: the README's \`aws sqs\` lines skipped`,
          );
          script = script.replace(/^aws sqs .*$/gm, '');
        }
      }
      script = script.replace(/127\.0\.0\.1:(\d+)\b/g, (url, port: string) => {
        const free = ports.get(Number(port));
        return free ? `127.0.0.1:${free}` : url;
      });
      // A reader's shell in the checkout: no $API or $TOKEN yet, no AWS settings of this process or a profile.
      const env = Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !/^(AWS_|API$|TOKEN$)/.test(name)),
      );
      const { code, output } = await bash(script, {
        ...env,
        SERTIFIKASI_LOCAL_DIR: dataDir,
        AWS_CONFIG_FILE: join(dataDir, 'no-aws-config'),
        AWS_SHARED_CREDENTIALS_FILE: join(dataDir, 'no-aws-credentials'),
      });
      expect(code, `${script}\n---\n${output}`).toBe(0);
    },
  );
});
