import fc from 'fast-check';
import type { z } from 'zod';
import type { RouteDefinition } from '../../events/api/route';
import { MAX_BODY_BYTES } from '../../runtime/http/parse-request';

/*
 * fast-check arbitraries of malformed requests, each derived from a route's own zod schemas: a generated case is
 * kept only if the schema (or the transport rule: media type, size, encoding) really refuses it, so a property
 * over them may demand a refusal every time.
 */

export const JSON_TYPE = 'application/json';

/** Media types a JSON route must refuse (`application/jsonp` only shares a prefix). */
const WRONG_TYPES = [
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/jsonp',
  'application/octet-stream',
  'application/pdf',
  'json',
  '',
];

/** Percent-escapes no UTF-8 decoder accepts: bare, non-hex, truncated, overlong, surrogate half, stray bytes. */
const BAD_ESCAPES = ['%', '%z', '%zz', '%4', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%FF', '%80'];

/** Values that look like something a field could hold, and usually are not. */
const LOOKALIKES = [
  '',
  ' ',
  '0',
  '-1',
  '1.5',
  '1000',
  '1e400',
  'NaN',
  'Infinity',
  'null',
  'true',
  '[]',
  '{}',
  '../x',
  'a/b',
  'a?b#c',
  '\u0000',
  '\u202e1',
  '١٢٣',
  '１２３',
  '<script>',
  "' OR 1=1 --",
  '__proto__',
];

/** One short (possibly multi-byte) text repeated: whole graphemes, so it stays well-formed UTF-16. */
const repeated = (min: number, max: number) =>
  fc
    .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), fc.integer({ min, max }))
    .map(([unit, times]) => unit.repeat(times));

const hugeString = repeated(1_000, 40_000);

const junkString = fc.oneof(
  fc.constantFrom(...LOOKALIKES),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary-ascii', maxLength: 20 }),
);

/** A near miss of a well-formed value: a character inserted, dropped or replaced, the case changed, repeated. */
function nearMiss(valid: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc
      .tuple(fc.nat({ max: valid.length }), fc.nat({ max: 2 }), fc.string({ unit: 'grapheme', maxLength: 2 }))
      .map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(at + cut)),
    fc.constantFrom(valid.toLowerCase(), ` ${valid}`, `${valid}\n`, valid.slice(1), `${valid}0`),
    fc.integer({ min: 2, max: 100 }).map((times) => valid.repeat(times)),
  );
}

/** One path segment as the client sends it, and what the server decodes it to (undefined: not decodable). */
export interface Segment {
  sent: string;
  decoded: string | undefined;
}

const encoded = (value: string): Segment => ({ sent: encodeURIComponent(value), decoded: value });

function sentAsIs(sent: string): Segment {
  try {
    return { sent, decoded: decodeURIComponent(sent) };
  } catch {
    return { sent, decoded: undefined };
  }
}

/** `.` and `..` are resolved by the client's URL parser: the server never sees them as a segment. */
const isDotSegment = (segment: Segment) => /^(\.|%2e){1,2}$/i.test(segment.sent);

function malformedSegment(valid: string): fc.Arbitrary<Segment> {
  return fc.oneof(
    { weight: 2, arbitrary: nearMiss(valid).map(encoded) },
    { weight: 2, arbitrary: junkString.map(encoded) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...BAD_ESCAPES), fc.boolean())
        .map(([escape, afterValid]) => sentAsIs(afterValid ? `${valid}${escape}` : escape)),
    },
  );
}

/** Path parameters of which some (often just one) are malformed for `schema`; the others stay well formed. */
export function malformedParams(
  schema: z.ZodObject,
  valid: Readonly<Record<string, string>>,
): fc.Arbitrary<Record<string, Segment>> {
  const names = Object.keys(schema.shape);
  return fc
    .subarray(names, { minLength: 1 })
    .chain((broken) =>
      fc.record(
        Object.fromEntries(
          names.map((name) => [
            name,
            broken.includes(name) ? malformedSegment(valid[name]!) : fc.constant(encoded(valid[name]!)),
          ]),
        ),
      ),
    )
    .filter((params) => !Object.values(params).some(isDotSegment))
    .filter((params) => {
      const decoded = Object.entries(params).map(([name, segment]) => [name, segment.decoded] as const);
      if (decoded.some(([, value]) => value === undefined)) return true;
      return !schema.safeParse(Object.fromEntries(decoded)).success;
    });
}

/** The route's path with every `{name}` / `{name+}` replaced by its segment as sent. */
export const pathWith = (route: RouteDefinition, segments: Readonly<Record<string, Segment>>): string =>
  route.path.replace(/\{(\w+)\+?\}/g, (_, name: string) => segments[name]!.sent);

export const wellFormedSegments = (valid: Readonly<Record<string, string>>): Record<string, Segment> =>
  Object.fromEntries(Object.entries(valid).map(([name, value]) => [name, encoded(value)]));

/** What API Gateway passes as `queryStringParameters`: each name once, its repeated values joined by commas. */
function asApiGatewayPasses(query: string): Record<string, string> {
  const search = new URLSearchParams(query);
  return Object.fromEntries([...new Set(search.keys())].map((name) => [name, search.getAll(name).join(',')]));
}

/** API Gateway refuses a request line and headers over 10 KiB itself: longer queries never reach the API. */
const MAX_QUERY_CHARS = 6_000;

/** A query string (without `?`) that the route's query schema refuses once the server has decoded it. */
export function malformedQuery(schema: z.ZodObject): fc.Arbitrary<string> {
  const name = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...Object.keys(schema.shape)) },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', '') },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
  );
  const value = fc.oneof(junkString, fc.integer().map(String), fc.double().map(String), repeated(50, 200));
  const pair = fc
    .tuple(name, value)
    .map(([key, text]) => `${encodeURIComponent(key)}=${encodeURIComponent(text)}`);
  const part = fc.oneof(
    { weight: 4, arbitrary: pair },
    { weight: 1, arbitrary: fc.constantFrom(...BAD_ESCAPES) },
  );
  return fc
    .array(part, { minLength: 1, maxLength: 4 })
    .map((parts) => parts.join('&'))
    .filter((query) => query.length <= MAX_QUERY_CHARS)
    .filter((query) => !schema.safeParse(asApiGatewayPasses(query)).success);
}

/** A page cursor the query schema accepts but the API never issued. */
export const forgedCursor = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 200 }),
    fc.jsonValue({ maxDepth: 2 }).map((value) => Buffer.from(JSON.stringify(value)).toString('base64url')),
    fc
      .dictionary(fc.constantFrom('pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'), fc.string())
      .map((key) => Buffer.from(JSON.stringify(key)).toString('base64url')),
  )
  .filter((cursor) => cursor.trim() !== '' && cursor.length <= 2048);

/** A request body as sent: its text and its media type. */
export interface BodyCase {
  text: string;
  contentType: string;
}

/** Counterexamples name the media type, the size and the start of the text, not hundreds of kilobytes of it. */
const printable = (body: BodyCase): BodyCase =>
  Object.assign(body, {
    [fc.toStringMethod]: () =>
      `${body.contentType} ${Buffer.byteLength(body.text)} B ${JSON.stringify(body.text.slice(0, 120))}`,
  });

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonPath = (string | number)[];

function pathsOf(value: Json, at: JsonPath = []): JsonPath[] {
  if (value === null || typeof value !== 'object') return [at];
  const children = Array.isArray(value)
    ? value.map((child, i) => pathsOf(child, [...at, i]))
    : Object.entries(value).map(([key, child]) => pathsOf(child, [...at, key]));
  return [at, ...children.flat()];
}

/** A copy of `value` with the node at `path` replaced by `change(node)`, or removed when that returns undefined. */
function edited(value: Json, path: JsonPath, change: (node: Json) => Json | undefined): Json {
  if (path.length === 0) return change(value) ?? null;
  const copy = structuredClone(value) as Record<string | number, Json>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  const next = change(parent[last]!);
  if (next !== undefined) parent[last] = next;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

/** JSON values the schema refuses: the route's own example with a field dropped, retyped or added, or else. */
function schemaBreakingValue(example: Json): fc.Arbitrary<Json> {
  const paths = pathsOf(example);
  const objects = paths.filter((path) => {
    const node = path.reduce<Json>((at, key) => (at as Record<string | number, Json>)[key]!, example);
    return node !== null && typeof node === 'object' && !Array.isArray(node);
  });
  const wrong = fc.oneof(fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, hugeString, junkString);
  const extraKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', ''), fc.string({ maxLength: 12 }));
  return fc.oneof(
    fc
      .constantFrom(...paths.filter((path) => path.length > 0))
      .map((path) => edited(example, path, () => undefined)),
    fc.tuple(fc.constantFrom(...paths), wrong).map(([path, value]) => edited(example, path, () => value)),
    fc
      .tuple(fc.constantFrom(...objects), extraKey, wrong)
      .map(([path, key, value]) => edited(example, path, (node) => ({ ...(node as object), [key]: value }))),
    fc.constantFrom<Json>(null, [], [example], 0, '', true, JSON.stringify(example)),
    fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  );
}

/** Text that is not one JSON value: free text, the example cut short or followed by junk, JSON5-isms. */
function unparsableText(exampleText: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.nat({ max: exampleText.length - 1 }).map((length) => exampleText.slice(0, length)),
    fc.string({ minLength: 1, maxLength: 20 }).map((junk) => `${exampleText}${junk}`),
    fc.constantFrom('', ' \n\t', "{'a':1}", '{"a":1,}', '[1,]', '{"a":01}', 'NaN', 'undefined', '\uFEFF{}'),
  );
}

/** `[[[...]]]` or `{"a":{"a":...}}`, deep enough to break a recursive parser, small enough to pass the size limit. */
const deeplyNested = fc
  .tuple(fc.integer({ min: 1_000, max: 40_000 }), fc.boolean())
  .map(([depth, arrays]) =>
    arrays ? '['.repeat(depth) + ']'.repeat(depth) : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
  );

/** Whether parse-request's rules refuse this body for a JSON route with `schema`. */
function refusedAsJson(schema: z.ZodType, body: BodyCase): boolean {
  if (body.contentType !== JSON_TYPE || Buffer.byteLength(body.text) > MAX_BODY_BYTES) return true;
  try {
    return !schema.safeParse(JSON.parse(body.text)).success;
  } catch {
    return true;
  }
}

export function exampleOf(route: RouteDefinition): Json {
  const example = (route.body?.meta()?.examples as Json[] | undefined)?.[0];
  if (example === undefined) throw new Error(`${route.operationId}: the body schema carries no example`);
  return example;
}

/** JSON bodies the route refuses: schema violations, unparsable text, wrong media type, oversized, deep. */
export function malformedJsonBody(route: RouteDefinition): fc.Arbitrary<BodyCase> {
  const example = exampleOf(route);
  const exampleText = JSON.stringify(example);
  const asJson = (text: string): BodyCase => ({ text, contentType: JSON_TYPE });
  return fc
    .oneof(
      { weight: 4, arbitrary: schemaBreakingValue(example).map((value) => asJson(JSON.stringify(value))) },
      { weight: 2, arbitrary: unparsableText(exampleText).map(asJson) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom(...WRONG_TYPES), fc.constantFrom(exampleText, '{}', ''))
          .map(([contentType, text]) => ({ text, contentType })),
      },
      {
        weight: 1,
        arbitrary: fc
          .integer({ min: MAX_BODY_BYTES + 1, max: 2 * MAX_BODY_BYTES })
          .map((size) => asJson(exampleText.padStart(size, ' '))),
      },
      { weight: 1, arbitrary: deeplyNested.map(asJson) },
    )
    .filter((body) => refusedAsJson(route.body!, body))
    .map(printable);
}

/** Raw bodies a binary route refuses: another media type, nothing at all, or more than its limit. */
export function malformedBinaryBody(
  spec: NonNullable<RouteDefinition['binaryBody']>,
): fc.Arbitrary<BodyCase> {
  return fc
    .oneof(
      fc
        .tuple(fc.constantFrom(JSON_TYPE, ...WRONG_TYPES), fc.string({ maxLength: 100 }))
        .map(([contentType, text]) => ({ text, contentType })),
      fc.constant({ text: '', contentType: spec.contentType }),
      fc
        .integer({ min: spec.maxBytes + 1, max: spec.maxBytes + 4_096 })
        .map((size) => ({ text: '%PDF-'.padEnd(size, 'x'), contentType: spec.contentType })),
    )
    .filter(
      (body) =>
        body.contentType !== spec.contentType ||
        body.text === '' ||
        Buffer.byteLength(body.text) > spec.maxBytes,
    )
    .map(printable);
}

/** A body the route accepts as far as its schema goes, so a refusal is about another part of the request. */
export function wellFormedBody(route: RouteDefinition): BodyCase | undefined {
  if (route.body) return { text: JSON.stringify(exampleOf(route)), contentType: JSON_TYPE };
  if (route.binaryBody) return { text: '%PDF-1.7\n%%EOF\n', contentType: route.binaryBody.contentType };
  return undefined;
}
