import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../tools/local/paths';
import { sourceFiles } from './import-graph';

/*
 * esbuild keeps a module-level call unless it is marked pure: an unmarked rule catalogue stays in every bundle
 * that imports anything from its module, used or not (infra/bundling.ts, docs/BENCHMARKS.md).
 */
const UNMARKED_CATALOGUE = /=\s*defineRules\(/g;

describe('tree shaking', () => {
  const files = ['domain', 'events', 'runtime', 'adapters', 'services', 'functions']
    .flatMap((dir) => sourceFiles(join(PROJECT_ROOT, dir)))
    .map((file) => [relative(PROJECT_ROOT, file), readFileSync(file, 'utf8')] as const);

  it.each(files)(
    '%s marks its rule catalogues /* @__PURE__ */ so bundles that do not use them leave them out',
    (_name, text) => {
      expect(text.match(UNMARKED_CATALOGUE) ?? []).toEqual([]);
    },
  );
});
