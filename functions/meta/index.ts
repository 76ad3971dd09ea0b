import { buildOpenApiDocument } from '../../events/api/openapi';
import { metaRoutes } from '../../events/api/routes/meta';
import { apiHandler } from '../../runtime/http/api-handler';

/** Built once per container: the document only changes with a deployment. */
let openApi: string | undefined;

export const handler = apiHandler(metaRoutes, {
  getHealth: async ({ now }) => ({
    statusCode: 200,
    body: { status: 'ok', service: 'sertifikasi-manajemen-asn', time: now.toISOString() },
  }),
  getOpenApi: async () => {
    openApi ??= JSON.stringify(buildOpenApiDocument());
    return { statusCode: 200, body: openApi, headers: { 'content-type': 'application/json; charset=utf-8' } };
  },
});
