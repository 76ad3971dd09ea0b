import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { bundleFunction, importInFreshProcess } from '../bundle-report';
import { FUNCTIONS, type FunctionName } from '../../infra/resource-model';

/**
 * Each function's bundle size and cold module-load time: the deployed bundle (same esbuild options as the
 * stack) imported by a fresh Node process with the function's environment, as a Lambda cold start does before
 * the first event. Runs each import COLD_START_RUNS times and prints the median and the slowest. Prints
 * figures; asserts nothing.
 */
const runs = Number(process.env.COLD_START_RUNS ?? 9);
const dir = mkdtempSync(join(tmpdir(), 'bench-cold-start-'));

try {
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; ${runs} cold imports per function`,
  );
  console.log('function              kind     size (KiB)  load p50 (ms)  load max (ms)');
  for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
    const { code } = await bundleFunction(name);
    const file = join(dir, `${name}.mjs`);
    writeFileSync(file, code);
    const times = Array.from({ length: runs }, () => importInFreshProcess(name, file)).sort((a, b) => a - b);
    console.log(
      `${name.padEnd(21)} ${FUNCTIONS[name].kind.padEnd(8)} ${(code.byteLength / 1024).toFixed(1).padStart(10)}  ${times[Math.floor(runs / 2)]!.toFixed(1).padStart(13)}  ${times[runs - 1]!.toFixed(1).padStart(13)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
