import * as z from 'zod';
import { defineRoute, type RouteDefinition } from '../route';

export const Health = z.object({ status: z.literal('ok'), service: z.string(), time: z.string() }).meta({
  id: 'Health',
  examples: [{ status: 'ok', service: 'sertifikasi-manajemen-asn', time: '2026-11-23T10:00:00.000Z' }],
});

/** The file the OpenAPI document is shipped as, beside the meta function's bundle (tools/openapi/write.ts). */
export const OPENAPI_FILE = 'openapi.json';

/** Service status and this API's own document. */
export const metaRoutes = {
  health: defineRoute({
    operationId: 'getHealth',
    method: 'GET',
    path: '/health',
    function: 'meta',
    auth: 'public',
    tag: 'Sistem',
    summary: 'Status layanan',
    responses: { 200: { description: 'Layanan berjalan.', schema: Health } },
  }),
  openapi: defineRoute({
    operationId: 'getOpenApi',
    method: 'GET',
    path: '/openapi.json',
    function: 'meta',
    auth: 'public',
    tag: 'Sistem',
    summary: 'Dokumen OpenAPI 3.1 API ini',
    responses: { 200: { description: 'Dokumen OpenAPI.', contentType: 'application/json' } },
  }),
} satisfies Record<string, RouteDefinition>;
