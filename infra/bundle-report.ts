import { build, analyzeMetafile, type Metafile } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_BUDGET_BYTES, esbuildOptions } from './bundling';
import { FUNCTIONS, type FunctionName } from './resource-model';

export interface BundleSize {
  name: FunctionName;
  kind: keyof typeof BUNDLE_BUDGET_BYTES;
  bytes: number;
  budget: number;
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** One function bundled exactly as deployed: the minified module and esbuild's metafile. */
export async function bundleFunction(name: FunctionName): Promise<{ code: Uint8Array; metafile: Metafile }> {
  const result = await build({
    ...esbuildOptions(join(root, FUNCTIONS[name].entry)),
    outfile: join(root, 'cdk.out', 'bundle-report', `${name}.mjs`),
  });
  const output = result.outputFiles!.find((file) => file.path.endsWith('.mjs'))!;
  return { code: output.contents, metafile: result.metafile! };
}

/** Bundles every function exactly as deployed and measures the minified output. */
export async function measureBundles(): Promise<{ sizes: BundleSize[]; analysis: Record<string, string> }> {
  const sizes: BundleSize[] = [];
  const analysis: Record<string, string> = {};
  for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
    const model = FUNCTIONS[name];
    const { code, metafile } = await bundleFunction(name);
    sizes.push({
      name,
      kind: model.kind,
      bytes: code.byteLength,
      budget: model.bundleBudget ? model.bundleBudget.kib * 1024 : BUNDLE_BUDGET_BYTES[model.kind],
    });
    analysis[name] = await analyzeMetafile(metafile, { verbose: false });
  }
  return { sizes, analysis };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { sizes, analysis } = await measureBundles();
  if (process.argv.includes('--analyze'))
    for (const [name, text] of Object.entries(analysis)) console.log(`\n${name}${text}`);
  console.log('\nfunction              kind     size (KiB)  budget (KiB)');
  for (const s of sizes) {
    const flag = s.bytes > s.budget ? '  OVER BUDGET' : '';
    console.log(
      `${s.name.padEnd(21)} ${s.kind.padEnd(8)} ${(s.bytes / 1024).toFixed(1).padStart(10)}  ${(s.budget / 1024).toFixed(0).padStart(12)}${flag}`,
    );
  }
  if (sizes.some((s) => s.bytes > s.budget)) process.exitCode = 1;
}
