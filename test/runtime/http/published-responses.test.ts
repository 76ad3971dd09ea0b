import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { defineRoute } from '../../../events/api/route';
import { error } from '../../../events/api/routes/common';
import { apiHandler, type OperationResult } from '../../../runtime/http/api-handler';
import { HttpError } from '../../../runtime/http/http-error';
import { apiEvent } from '../../functions/helpers/api-event';
import { lambdaContext } from '../../functions/helpers/context';

/*
 * The check every handler test runs on each answer (test/functions/setup.ts): a stage of its own, built by the
 * same `apiHandler` the stages import, whose one operation answers what the test asks for.
 */
const ANSWERS = {
  published: { statusCode: 200, body: { id: 'p-1', kind: 'probe' } },
  'published as CSV': {
    statusCode: 200,
    headers: { 'content-type': 'text/csv; charset=utf-8' },
    body: 'id\r\np-1',
  },
  'wrong type': { statusCode: 200, body: { id: 1, kind: 'probe' } },
  'field not published': { statusCode: 200, body: { id: 'p-1', kind: 'probe', pk: 'PROBE#p-1' } },
  'defaulted field left out': { statusCode: 200, body: { id: 'p-1' } },
  'status not published': { statusCode: 418, body: { code: 'TEAPOT', message: 'Teko.' } },
  'error body not an ApiError': { statusCode: 404, body: { reason: 'tidak ada' } },
  'body on a 204': { statusCode: 204, body: { id: 'p-1', kind: 'probe' } },
  'JSON status without a body': { statusCode: 200 },
  'text where JSON is published': {
    statusCode: 200,
    headers: { 'content-type': 'text/plain' },
    body: 'p-1',
  },
} satisfies Record<string, OperationResult>;
type Case = keyof typeof ANSWERS;

const probe = defineRoute({
  operationId: 'probe',
  method: 'GET',
  path: '/probe',
  function: 'meta',
  auth: 'public',
  tag: 'Sistem',
  summary: 'Probe',
  query: z.strictObject({ answer: z.enum(Object.keys(ANSWERS) as [Case, ...Case[]]).optional() }),
  responses: {
    // `z.object`: zod drops an unknown field where the published (closed) schema refuses it.
    200: {
      description: 'Ditemukan.',
      schema: z.object({ id: z.string(), kind: z.string().default('probe') }),
      alternatives: ['text/csv'],
    },
    204: { description: 'Tanpa isi.' },
    404: error('Tidak ditemukan.'),
  },
});

const stage = apiHandler(
  { probe },
  {
    probe: async ({ query }: { query: { answer?: Case } }) => {
      if (!query.answer) throw new HttpError(404, 'PROBE_NOT_FOUND', 'Tidak ditemukan.');
      return ANSWERS[query.answer];
    },
  },
);
const call = (answer?: Case) =>
  stage(
    apiEvent('GET /probe', { claims: null, queryStringParameters: answer ? { answer } : {} }),
    lambdaContext('meta'),
  );

describe('handler answers are checked against the published responses', () => {
  it.each(['published', 'published as CSV'] as const)(
    'lets through an answer that matches what its route publishes for its status (%s)',
    async (answer) => {
      const result = await call(answer);

      expect(result.statusCode).toBe(200);
    },
  );

  it('lets through a published error raised by the operation and mapped by the shared handler', async () => {
    const result = await call();

    expect(result.statusCode).toBe(404);
  });

  it.each([
    ['wrong type', /answered 200 unlike its published response:\n {2}body\.id: /],
    ['field not published', /body\.pk: not in the published schema/],
    ['defaulted field left out', /body\.kind: missing \(the schema fills it in\)/],
    [
      'status not published',
      /status 418, which the route does not publish \(200,204,400,404,409,429,503,default\)/,
    ],
    [
      'error body not an ApiError',
      /answered 404 unlike its published response:\n {2}body does not match ApiError:/,
    ],
    ['body on a 204', /a body, where none is published/],
    [
      'JSON status without a body',
      /content-type \(none\), where application\/json or text\/csv is published/,
    ],
    [
      'text where JSON is published',
      /content-type text\/plain, where application\/json or text\/csv is published/,
    ],
  ] as const)('fails the call on %s', async (answer, problem) => {
    await expect(call(answer)).rejects.toThrow(problem);
  });
});
