import { buildSync, type BuildOptions, type Metafile } from 'esbuild';
import { fileURLToPath } from 'node:url';

/*
 * One set of esbuild options for the deployed bundles (NodejsFunction in the stack) and for the bundle-size
 * report, so the report measures what is deployed. The AWS SDK is bundled (not taken from the runtime) so it
 * is tree-shaken to the commands each function uses; ESM needs a `require` shim for CommonJS dependencies.
 * Two SDK dependencies are bundled as smaller modules of ours with the same behaviour for what the SDK calls:
 * the credential provider (./lambda-credentials.ts) and the endpoint-discovery LRU cache (./lru-cache.ts). Three
 * of pdf-lib's are too, some 200 KB that every function rendering a PDF carried: its standard-font metrics,
 * which no document uses (they embed font packs), by ./standard-fonts.ts; its PNG decoder, which no function
 * calls (the logo is decoded at development time), by ./png-decoder.ts; and pako, whose one use by pdf-lib
 * (deflate) fflate does, by ./pako.ts.
 * jsonld's HTTP client (with undici) is replaced by a stub (./http-client-stub.ts): JSON-LD documents come from
 * static loaders only.
 */
export const REQUIRE_SHIM =
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

export const BUNDLE = {
  target: 'node24',
  minify: true,
  mainFields: ['module', 'main'],
  banner: REQUIRE_SHIM,
  alias: {
    '@aws-sdk/credential-provider-node': fileURLToPath(new URL('./lambda-credentials.ts', import.meta.url)),
    'mnemonist/lru-cache': fileURLToPath(new URL('./lru-cache.ts', import.meta.url)),
    '@pdf-lib/standard-fonts': fileURLToPath(new URL('./standard-fonts.ts', import.meta.url)),
    '@pdf-lib/upng': fileURLToPath(new URL('./png-decoder.ts', import.meta.url)),
    pako: fileURLToPath(new URL('./pako.ts', import.meta.url)),
    '@digitalbazaar/http-client': fileURLToPath(new URL('./http-client-stub.ts', import.meta.url)),
  },
} as const;

/**
 * Modules the SDK loads with `import()` only for features none of our functions use (the event-stream codec of
 * streaming operations). A bundle that reaches them only through `import()` may leave them out: the import never
 * runs. One that imports them statically (the S3 client does) must keep them, or it fails to load.
 */
const LAZY_SDK_MODULES = ['@smithy/core/event-streams'];

/** Which lazily loaded SDK modules the bundle described by `metafile` can leave out. */
export function lazyExternals(metafile: Metafile): string[] {
  // Only modules whose code is in the output count: the metafile also lists imports of tree-shaken modules.
  const kept = new Set(
    Object.values(metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([path]) => path),
    ),
  );
  const imports = Object.entries(metafile.inputs)
    .filter(([path]) => kept.has(path))
    .flatMap(([, input]) => input.imports);
  return LAZY_SDK_MODULES.filter((module) => {
    const of = imports.filter((i) => (i.original ?? i.path) === module);
    return of.length > 0 && of.every((i) => i.kind === 'dynamic-import');
  });
}

/** The lazily loaded SDK modules that the function with this entry point can leave out of its bundle. */
export function lazyExternalsOf(entry: string): string[] {
  return lazyExternals(buildSync(esbuildOptions(entry)).metafile!);
}

export function esbuildOptions(entry: string, external: readonly string[] = []): BuildOptions {
  return {
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: BUNDLE.target,
    minify: BUNDLE.minify,
    mainFields: [...BUNDLE.mainFields],
    banner: { js: BUNDLE.banner },
    alias: { ...BUNDLE.alias },
    external: [...external],
    write: false,
    metafile: true,
    logLevel: 'silent',
  };
}

/** Size budgets per function kind (issue 2.6): API functions stay small for cold starts. */
export const BUNDLE_BUDGET_BYTES = { api: 400 * 1024, worker: 1024 * 1024, job: 1024 * 1024 } as const;
