import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { bundleFunction } from '../infra/bundle-report';
import { FUNCTIONS, functionEnvironment, nodeOptions, type FunctionName } from '../infra/resource-model';

/**
 * Each function's bundle size and cold module-load time: the deployed bundle (same esbuild options as the
 * stack) imported by a fresh Node process with the function's environment, as a Lambda cold start does before
 * the first event. Runs each import COLD_START_RUNS times and prints the median and the slowest. Prints
 * figures; asserts nothing.
 */
const runs = Number(process.env.COLD_START_RUNS ?? 9);
const dir = mkdtempSync(join(tmpdir(), 'bench-cold-start-'));

const environment = (name: FunctionName) =>
  functionEnvironment(name, {
    table: 'bench-table',
    bucket: (bucket) => `bench-${bucket}`,
    queueUrl: (queue) => `https://sqs.ap-southeast-3.amazonaws.com/000000000000/bench-${queue}`,
    eventBus: 'bench-bus',
    publicBaseUrl: 'https://sertifikasi.example.go.id',
  });

// The child times only the import of the handler module, not Node's own start-up.
const probe =
  'const t = performance.now(); await import(process.argv[1]); ' +
  'process.stdout.write(String(performance.now() - t));';

function loadMillis(name: FunctionName, file: string): number {
  const v8 = FUNCTIONS[name].v8;
  const env = { ...process.env, ...environment(name), AWS_REGION: 'ap-southeast-3', NODE_OPTIONS: '' };
  const out = execFileSync(
    process.execPath,
    [...(v8 ? nodeOptions(v8).split(' ') : []), '--input-type=module', '-e', probe, file],
    { env, encoding: 'utf8' },
  );
  return Number(out);
}

try {
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; ${runs} cold imports per function`,
  );
  console.log('function              kind     size (KiB)  load p50 (ms)  load max (ms)');
  for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
    const { code } = await bundleFunction(name);
    const file = join(dir, `${name}.mjs`);
    writeFileSync(file, code);
    const times = Array.from({ length: runs }, () => loadMillis(name, file)).sort((a, b) => a - b);
    console.log(
      `${name.padEnd(21)} ${FUNCTIONS[name].kind.padEnd(8)} ${(code.byteLength / 1024).toFixed(1).padStart(10)}  ${times[Math.floor(runs / 2)]!.toFixed(1).padStart(13)}  ${times[runs - 1]!.toFixed(1).padStart(13)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
