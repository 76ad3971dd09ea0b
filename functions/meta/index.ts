import { readFile } from 'node:fs/promises';
import { metaRoutes, OPENAPI_FILE } from '../../events/api/routes/meta';
import { apiHandler } from '../../runtime/http/api-handler';
import { ENV } from '../../runtime/env';

/**
 * The document is written at build time beside the bundle (tools/openapi/write.ts): building it here would bundle
 * every route's schemas. The local stack, running this module from source, names the file it wrote instead.
 */
const documentFile = () => process.env[ENV.openApiDocument] ?? new URL(`./${OPENAPI_FILE}`, import.meta.url);

/** Read once per container: the document only changes with a deployment. */
let openApi: Promise<string> | undefined;

export const handler = apiHandler(metaRoutes, {
  getHealth: async ({ now }) => ({
    statusCode: 200,
    body: { status: 'ok', service: 'sertifikasi-manajemen-asn', time: now.toISOString() },
  }),
  getOpenApi: async () => {
    openApi ??= readFile(documentFile(), 'utf8');
    return {
      statusCode: 200,
      body: await openApi,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    };
  },
});
