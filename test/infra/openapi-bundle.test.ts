import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../events/api/openapi';
import { esbuildOptions } from '../../infra/bundling';
import { openApiDocumentHook } from '../../infra/constructs/workflow-function';
import { PROJECT_ROOT } from '../../tools/local/paths';
import { apiEvent } from '../functions/helpers/api-event';
import { lambdaContext } from '../functions/helpers/context';

/*
 * The meta function serves the OpenAPI document written at build time beside its bundle (the bundling hook runs
 * tools/openapi/write.ts), instead of building it from every route's schemas at runtime.
 */
describe('the meta function as deployed: its bundle and the document its bundling writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meta-bundle-'));
  let inputs: string[];
  let handler: typeof import('../../functions/meta/index').handler;
  beforeAll(async () => {
    const result = await build(esbuildOptions(join(PROJECT_ROOT, 'functions', 'meta', 'index.ts')));
    inputs = Object.keys(result.metafile!.inputs);
    writeFileSync(join(dir, 'index.mjs'), result.outputFiles![0]!.contents);
    for (const command of openApiDocumentHook(PROJECT_ROOT).afterBundling(PROJECT_ROOT, dir)) {
      execFileSync('bash', ['-c', command], { cwd: PROJECT_ROOT, stdio: 'inherit' });
    }
    ({ handler } = (await import(pathToFileURL(join(dir, 'index.mjs')).href)) as {
      handler: typeof handler;
    });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves the routes schemas and the document builder out of the bundle', () => {
    expect(inputs.filter((input) => input.startsWith('events/api/routes/'))).toEqual([
      'events/api/routes/meta.ts',
    ]);
    expect(inputs).not.toContain('events/api/openapi.ts');
  });

  it('serves, from the file beside the bundle, the very document the sources build', async () => {
    // Act
    const result = await handler(apiEvent('GET /openapi.json', { claims: null }), lambdaContext('meta'));

    // Assess
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body as string)).toStrictEqual(buildOpenApiDocument());
  });
});
