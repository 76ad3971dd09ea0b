import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../../events/api/openapi';

/**
 * Writes this API's OpenAPI document to `file`. Built here, at build time, rather than in the meta function:
 * the zod schemas of every route it is made from would be most of that function's 400 KiB bundle.
 */
export function writeOpenApiDocument(file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(buildOpenApiDocument()));
}

// `tsx tools/openapi/write.ts <file>`: how the meta function's bundling writes it (infra/constructs/workflow-function.ts).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx tools/openapi/write.ts <file>');
  writeOpenApiDocument(resolve(file));
}
