import * as z from 'zod';
import id from 'zod/v4/locales/id.js';
import { ruleOfIssue } from '../../events/api/error';
import type { RouteDefinition } from '../../events/api/route';
import type { ApiEvent } from './types';
import { HttpError } from './http-error';

// Validation messages reach users, so they are in Bahasa Indonesia.
z.config(id());

/** JSON bodies of this API are small records; anything larger is refused before parsing. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * 400 with every issue. An issue raised for a domain rule (events/api/error.ts `ruleIssue`) carries the rule's
 * code and article; when every issue is of one rule, that code is the answer's code, as `rulesNotMet` does.
 */
function invalid(issues: z.core.$ZodIssue[], where: string): HttpError {
  const details = issues.map((issue) => {
    const rule = ruleOfIssue(issue);
    return {
      path: [where, ...issue.path.map(String)].join('.'),
      code: rule?.code ?? issue.code,
      message: issue.message,
      ...(rule ? { article: rule.article } : {}),
    };
  });
  const rules = new Set(issues.map((issue) => ruleOfIssue(issue)?.code));
  const rule = rules.size === 1 ? [...rules][0] : undefined;
  return new HttpError(
    400,
    rule ?? 'VALIDATION_FAILED',
    rule !== undefined && details.length === 1 ? details[0]!.message : 'Data yang dikirim tidak valid.',
    details,
  );
}

function parsePart<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(result.error.issues, where);
  return result.data;
}

function jsonBody(event: ApiEvent): unknown {
  const contentType = event.headers?.['content-type'] ?? '';
  if (!/^application\/json\b/i.test(contentType)) {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Isi permintaan harus berformat application/json.');
  }
  const raw = event.isBase64Encoded
    ? Buffer.from(event.body ?? '', 'base64').toString('utf8')
    : (event.body ?? '');
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES) {
    throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `Isi permintaan melebihi ${MAX_BODY_BYTES / 1024} KiB.`);
  }
  if (raw.trim() === '') throw new HttpError(400, 'BODY_REQUIRED', 'Isi permintaan (JSON) wajib diisi.');
  try {
    return JSON.parse(raw);
  } catch {
    throw new HttpError(400, 'MALFORMED_JSON', 'Isi permintaan bukan JSON yang sah.');
  }
}

function binaryBody(event: ApiEvent, spec: NonNullable<RouteDefinition['binaryBody']>): Buffer {
  const contentType = (event.headers?.['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType !== spec.contentType) {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `Isi permintaan harus berformat ${spec.contentType}.`);
  }
  const bytes = Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
  if (bytes.length === 0) throw new HttpError(400, 'BODY_REQUIRED', 'Isi permintaan (berkas) wajib diisi.');
  if (bytes.length > spec.maxBytes) {
    throw new HttpError(
      413,
      'PAYLOAD_TOO_LARGE',
      `Berkas melebihi ${(spec.maxBytes / 2 ** 20).toFixed(0)} MiB.`,
    );
  }
  return bytes;
}

/** Path, query and body of a request, each checked by the route's own schema. */
export function parseRequest(route: RouteDefinition, event: ApiEvent) {
  return {
    params: route.params ? parsePart(route.params, event.pathParameters ?? {}, 'params') : undefined,
    query: route.query ? parsePart(route.query, event.queryStringParameters ?? {}, 'query') : undefined,
    body: route.body ? parsePart(route.body, jsonBody(event), 'body') : undefined,
    bytes: route.binaryBody ? binaryBody(event, route.binaryBody) : undefined,
  };
}
