import type { BuildOptions } from 'esbuild';
import { fileURLToPath } from 'node:url';

/*
 * One set of esbuild options for the deployed bundles (NodejsFunction in the stack) and for the bundle-size
 * report, so the report measures what is deployed. The AWS SDK is bundled (not taken from the runtime) so it
 * is tree-shaken to the commands each function uses; ESM needs a `require` shim for CommonJS dependencies.
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
  },
} as const;

export function esbuildOptions(entry: string): BuildOptions {
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
    write: false,
    metafile: true,
    logLevel: 'silent',
  };
}

/** Size budgets per function kind (issue 2.6): API functions stay small for cold starts. */
export const BUNDLE_BUDGET_BYTES = { api: 400 * 1024, worker: 1024 * 1024, job: 1024 * 1024 } as const;
