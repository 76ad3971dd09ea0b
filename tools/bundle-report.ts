import { build, analyzeMetafile, type Metafile } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_BUDGET_BYTES, esbuildOptions, lazyExternalsOf } from '../infra/bundling';
import {
  FUNCTIONS,
  functionEnvironment,
  nodeOptions,
  signingKeyAlias,
  CREDENTIAL_KEY_ALIAS,
  type FunctionName,
} from '../infra/resource-model';

export interface BundleSize {
  name: FunctionName;
  kind: keyof typeof BUNDLE_BUDGET_BYTES;
  bytes: number;
  budget: number;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** One function bundled exactly as deployed: the minified module and esbuild's metafile. */
export async function bundleFunction(name: FunctionName): Promise<{ code: Uint8Array; metafile: Metafile }> {
  const entry = join(root, FUNCTIONS[name].entry);
  const result = await build({
    ...esbuildOptions(entry, lazyExternalsOf(entry)),
    outfile: join(root, 'cdk.out', 'bundle-report', `${name}.mjs`),
  });
  const output = result.outputFiles!.find((file) => file.path.endsWith('.mjs'))!;
  return { code: output.contents, metafile: result.metafile! };
}

/** Bundles every function exactly as deployed and measures the minified output. */
export async function measureBundles(): Promise<{
  sizes: BundleSize[];
  analysis: Record<string, string>;
  code: Map<FunctionName, Uint8Array>;
}> {
  const sizes: BundleSize[] = [];
  const analysis: Record<string, string> = {};
  const bundles = new Map<FunctionName, Uint8Array>();
  for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
    const model = FUNCTIONS[name];
    const { code, metafile } = await bundleFunction(name);
    bundles.set(name, code);
    sizes.push({
      name,
      kind: model.kind,
      bytes: code.byteLength,
      // One budget a kind, no exceptions (issue 14): a function that outgrows it is split, not excused.
      budget: BUNDLE_BUDGET_BYTES[model.kind],
    });
    analysis[name] = await analyzeMetafile(metafile, { verbose: false });
  }
  return { sizes, analysis, code: bundles };
}

// The child times only the import of the handler module, not Node's own start-up.
const IMPORT_PROBE =
  'const t = performance.now(); await import(process.argv[1]); ' +
  'process.stdout.write(String(performance.now() - t));';

/**
 * Imports a function's bundle (written at `file`) in a fresh Node process with the function's environment and
 * V8 flags and nothing installed beside it, as a Lambda cold start does before the first event; the import's
 * milliseconds. Throws if the module cannot load (e.g. an import left out of the bundle).
 */
export function importInFreshProcess(name: FunctionName, file: string): number {
  const v8 = FUNCTIONS[name].v8;
  const environment = functionEnvironment(name, {
    table: 'bundle-table',
    bucket: (bucket) => `bundle-${bucket}`,
    queueUrl: (queue) => `https://sqs.ap-southeast-3.amazonaws.com/000000000000/bundle-${queue}`,
    eventBus: 'bundle-bus',
    publicBaseUrl: 'https://sertifikasi.example.go.id',
    signingKey: signingKeyAlias,
    credentialKey: CREDENTIAL_KEY_ALIAS,
  });
  const out = execFileSync(
    process.execPath,
    [...(v8 ? nodeOptions(v8).split(' ') : []), '--input-type=module', '-e', IMPORT_PROBE, file],
    {
      env: { PATH: process.env.PATH, ...environment, AWS_REGION: 'ap-southeast-3' },
      cwd: dirname(file),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return Number(out);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { sizes, analysis } = await measureBundles();
  if (process.argv.includes('--analyze'))
    for (const [name, text] of Object.entries(analysis)) console.log(`\n${name}${text}`);
  console.log(`\n${'function'.padEnd(23)} kind     size (KiB)  budget (KiB)`);
  for (const s of sizes) {
    const flag = s.bytes > s.budget ? '  OVER BUDGET' : '';
    console.log(
      `${s.name.padEnd(23)} ${s.kind.padEnd(8)} ${(s.bytes / 1024).toFixed(1).padStart(10)}  ${(s.budget / 1024).toFixed(0).padStart(12)}${flag}`,
    );
  }
  if (sizes.some((s) => s.bytes > s.budget)) process.exitCode = 1;
}
