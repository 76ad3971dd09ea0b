import '../helpers/env';
import {
  ConditionalCheckFailedException,
  ProvisionedThroughputExceededException,
  ThrottlingException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/programs/index';
import { MAX_BODY_BYTES } from '../../../runtime/http/parse-request';
import { ProgramId } from '../../../events/api/program';
import { ADMIN_USERNAME, apiEvent, bodyOf, claimsWith, type ApiEventOptions } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('programs');

const NOW = '2026-03-02T03:00:00.000Z';
const ROUTE = 'POST /programs';

/** The 2026 round: proposals from 1 April 00:00 to 14 April 23:59:59 WIB. */
const request = () => ({
  name: 'Pelatihan dan Sertifikasi Manajemen ASN 2026',
  year: 2026,
  schemes: ['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'],
  proposalWindow: { opensAt: '2026-04-01T00:00:00+07:00', closesAt: '2026-04-14T23:59:59+07:00' },
  quotaPerInstansi: { JPT_PRATAMA: 1, ADMINISTRATOR: 1, PENGAWAS: 1 },
});

const create = (body: unknown, options: ApiEventOptions = {}) =>
  handler(apiEvent(ROUTE, { body, ...options }), context);

const awsError = <E extends Error>(
  Type: new (o: { message: string; $metadata: object }) => E,
  message: string,
) => new Type({ message, $metadata: {} });

describe('POST /programs (createProgram)', () => {
  beforeEach(() => {
    ddb.reset();
    ddb.on(PutCommand).resolves({});
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the programme it answers, once, as one Program item', async () => {
    // Prepare: the default request.

    // Act
    const result = await create(request());

    // Assess
    const body = bodyOf<{ id: string }>(result);
    expect(ProgramId.safeParse(body.id).success).toBe(true);
    expect(writesOf(ddb)).toStrictEqual([
      { op: 'Put', pk: `PROGRAM#${body.id}`, sk: '#PROGRAM', entity: 'Program' },
    ]);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input.Item).toMatchObject(body);
    expect(ddb.calls()).toHaveLength(1);
  });

  it('answers 201 with the programme (no storage keys) and its location', async () => {
    // Prepare: the default request.

    // Act
    const result = await create(request());

    // Assess
    expect(result.statusCode).toBe(201);
    const body = bodyOf(result);
    expect(body).toStrictEqual({
      id: expect.stringMatching(/^prg_/),
      name: 'Pelatihan dan Sertifikasi Manajemen ASN 2026',
      year: 2026,
      schemes: ['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'],
      proposalWindow: { opensAt: '2026-03-31T17:00:00.000Z', closesAt: '2026-04-14T16:59:59.000Z' },
      quotaPerInstansi: { JPT_PRATAMA: 1, ADMINISTRATOR: 1, PENGAWAS: 1 },
      cohortPlan: [],
      status: 'SCHEDULED',
      funding: { source: 'APBN' },
      origin: { kind: 'NASIONAL' },
      createdBy: ADMIN_USERNAME,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(result.headers).toMatchObject({
      location: `/programs/${body.id as string}`,
      'content-type': 'application/json; charset=utf-8',
    });
  });

  it('creates a programme whose window is already open as OPEN', async () => {
    // Prepare
    const body = {
      ...request(),
      proposalWindow: { opensAt: '2026-03-01T00:00:00Z', closesAt: '2026-03-31T00:00:00Z' },
    };

    // Act
    const result = await create(body);

    // Assess
    expect(result.statusCode).toBe(201);
    const program = bodyOf<{ id: string; status: string }>(result);
    expect(program.status).toBe('OPEN');
    expect(writesOf(ddb)).toStrictEqual([
      { op: 'Put', pk: `PROGRAM#${program.id}`, sk: '#PROGRAM', entity: 'Program' },
    ]);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input.Item).toMatchObject({ status: 'OPEN' });
  });

  it('gives a new id to every programme, so two identical requests create two programmes', async () => {
    // Prepare: the same request twice.

    // Act
    const first = bodyOf<{ id: string }>(await create(request()));
    const second = bodyOf<{ id: string }>(await create(request()));

    // Assess
    expect(first.id).not.toBe(second.id);
    expect(writesOf(ddb).map((write) => write.pk)).toStrictEqual([
      `PROGRAM#${first.id}`,
      `PROGRAM#${second.id}`,
    ]);
  });

  describe('storage failures', () => {
    it('answers 409 PROGRAM_ID_TAKEN when the conditional put finds the id taken', async () => {
      // Prepare
      ddb.on(PutCommand).rejects(awsError(ConditionalCheckFailedException, 'The conditional request failed'));

      // Act
      const result = await create(request());

      // Assess
      expect(result.statusCode).toBe(409);
      expect(bodyOf(result)).toMatchObject({ code: 'PROGRAM_ID_TAKEN' });
    });

    it.each([
      ['ThrottlingException', () => awsError(ThrottlingException, 'Rate exceeded')],
      [
        'ProvisionedThroughputExceededException',
        () => awsError(ProvisionedThroughputExceededException, 'Throughput exceeds the provisioned level'),
      ],
    ])('answers 503 SERVICE_BUSY with retry-after when DynamoDB throttles (%s)', async (_name, error) => {
      // Prepare
      ddb.on(PutCommand).rejects(error());

      // Act
      const result = await create(request());

      // Assess
      expect(result.statusCode).toBe(503);
      expect(result.headers).toMatchObject({ 'retry-after': '1' });
      expect(bodyOf(result)).toMatchObject({ code: 'SERVICE_BUSY' });
    });

    it('answers 500 INTERNAL_ERROR on an unexpected error without leaking its message', async () => {
      // Prepare
      const secret =
        'User: arn:aws:sts::123456789012:assumed-role/programs is not authorized on sertifikasi-test';
      ddb.on(PutCommand).rejects(new Error(secret));

      // Act
      const result = await create(request());

      // Assess
      expect(result.statusCode).toBe(500);
      expect(bodyOf(result)).toStrictEqual({
        code: 'INTERNAL_ERROR',
        message: 'Terjadi kesalahan pada sistem. Silakan coba lagi.',
      });
      expect(result.body).not.toContain('arn:aws');
      expect(result.body).not.toContain('sertifikasi-test');
      expect(result.headers).not.toHaveProperty('retry-after');
    });
  });

  describe('programme rules', () => {
    it('answers 422 PROGRAM-WINDOW-ORDER when the window closes before it opens, and writes nothing', async () => {
      // Prepare
      const body = {
        ...request(),
        proposalWindow: { opensAt: '2026-04-14T00:00:00Z', closesAt: '2026-04-01T00:00:00Z' },
      };

      // Act
      const result = await create(body);

      // Assess
      expect(result.statusCode).toBe(422);
      expect(bodyOf(result)).toMatchObject({
        code: 'PROGRAM-WINDOW-ORDER',
        details: [{ code: 'PROGRAM-WINDOW-ORDER', field: 'proposalWindow.closesAt' }],
      });
      expect(ddb.calls()).toHaveLength(0);
    });

    it('answers 422 RULES_NOT_MET listing every violated rule when several are broken', async () => {
      // Prepare: closes before it opens, already closed, and a scheme offered twice.
      const body = {
        ...request(),
        schemes: ['PENGAWAS', 'PENGAWAS'],
        proposalWindow: { opensAt: '2026-02-14T00:00:00Z', closesAt: '2026-02-01T00:00:00Z' },
        quotaPerInstansi: { PENGAWAS: 1 },
      };

      // Act
      const result = await create(body);

      // Assess
      expect(result.statusCode).toBe(422);
      const error = bodyOf<{ code: string; details: { code: string }[] }>(result);
      expect(error.code).toBe('RULES_NOT_MET');
      expect(error.details.map((v) => v.code)).toStrictEqual([
        'PROGRAM-WINDOW-ORDER',
        'PROGRAM-WINDOW-PASSED',
        'PROGRAM-SCHEME-DUPLICATE',
      ]);
      expect(ddb.calls()).toHaveLength(0);
    });

    it('answers 422 PROGRAM-QUOTA for an offered scheme without a quota and a quota for a scheme not offered', async () => {
      // Prepare: PENGAWAS is offered without a quota; PELAKSANA has a quota but is not offered.
      const body = {
        ...request(),
        quotaPerInstansi: { JPT_PRATAMA: 1, ADMINISTRATOR: 1, PELAKSANA: 2 },
      };

      // Act
      const result = await create(body);

      // Assess
      expect(result.statusCode).toBe(422);
      expect(bodyOf(result)).toMatchObject({
        code: 'RULES_NOT_MET',
        details: [
          { code: 'PROGRAM-QUOTA', field: 'quotaPerInstansi.PENGAWAS' },
          { code: 'PROGRAM-QUOTA', field: 'quotaPerInstansi.PELAKSANA' },
        ],
      });
      expect(ddb.calls()).toHaveLength(0);
    });

    it('answers 422 for a cohort of a scheme not offered, a reused number and a start inside the window', async () => {
      // Prepare
      const cohort = { capacity: 30, startDate: '2026-05-04', endDate: '2026-05-05' };
      const body = {
        ...request(),
        cohortPlan: [
          { ...cohort, number: 1, scheme: 'ADMINISTRATOR' },
          { ...cohort, number: 1, scheme: 'PENGAWAS' },
          { ...cohort, number: 2, scheme: 'PELAKSANA' },
          { ...cohort, number: 3, scheme: 'PENGAWAS', startDate: '2026-04-10', endDate: '2026-04-11' },
        ],
      };

      // Act
      const result = await create(body);

      // Assess
      expect(result.statusCode).toBe(422);
      const error = bodyOf<{ details: { code: string; field: string }[] }>(result);
      expect(error.details.map((v) => [v.code, v.field])).toStrictEqual([
        ['PROGRAM-COHORT-NUMBER', 'cohortPlan.1.number'],
        ['PROGRAM-COHORT-SCHEME', 'cohortPlan.2.scheme'],
        ['PROGRAM-COHORT-DATES', 'cohortPlan.3.startDate'],
      ]);
      expect(ddb.calls()).toHaveLength(0);
    });
  });

  it('stores the cohort plan and one cohort item per planned cohort in one transaction, its Monev entry just before', async () => {
    // Prepare
    const cohortPlan = [
      { number: 1, scheme: 'JPT_PRATAMA', capacity: 30, startDate: '2026-05-04', endDate: '2026-05-05' },
      { number: 2, scheme: 'PENGAWAS', capacity: 25, startDate: '2026-05-11', endDate: '2026-05-12' },
    ];

    // Act
    const result = await create({ ...request(), cohortPlan });

    // Assess
    expect(result.statusCode).toBe(201);
    const id = bodyOf(result).id as string;
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
    expect(writesOf(ddb)).toStrictEqual([
      { op: 'Put', pk: `PROGRAM#${id}#MONEV`, sk: '#DUE', entity: 'MonevDue' },
      { op: 'Put', pk: `PROGRAM#${id}`, sk: '#PROGRAM', entity: 'Program' },
      { op: 'Put', pk: `COHORT#${id}#001`, sk: '#COHORT', entity: 'Cohort' },
      { op: 'Put', pk: `COHORT#${id}#002`, sk: '#COHORT', entity: 'Cohort' },
    ]);
    expect(bodyOf(result)).toMatchObject({ cohortPlan });
  });

  it('answers 409 PROGRAM_ID_TAKEN when the transaction finds the programme id taken', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({
        message: 'cancelled',
        $metadata: {},
        CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }],
      }),
    );
    const cohortPlan = [
      { number: 1, scheme: 'PENGAWAS', capacity: 30, startDate: '2026-05-04', endDate: '2026-05-05' },
    ];

    // Act
    const result = await create({ ...request(), cohortPlan });

    // Assess
    expect(result.statusCode).toBe(409);
    expect(bodyOf(result).code).toBe('PROGRAM_ID_TAKEN');
  });

  describe('request parsing (nothing reaches DynamoDB)', () => {
    it.each([
      ['an unknown field', { ...request(), kuota: 100 }, 'body', 'unrecognized_keys'],
      ['a year sent as a string', { ...request(), year: '2026' }, 'body.year', 'invalid_type'],
      ['a fractional year', { ...request(), year: 2026.5 }, 'body.year', 'invalid_type'],
      [
        'a scheme that does not exist',
        { ...request(), schemes: ['KEPALA_DESA'] },
        'body.schemes.0',
        'invalid_value',
      ],
      [
        'a date without offset',
        { ...request(), proposalWindow: { opensAt: '2026-04-01', closesAt: '2026-04-14T23:59:59+07:00' } },
        'body.proposalWindow.opensAt',
        'invalid_format',
      ],
      ['a missing name', (({ name: _n, ...rest }) => rest)(request()), 'body.name', 'invalid_type'],
      [
        'a missing quotaPerInstansi',
        (({ quotaPerInstansi: _q, ...rest }) => rest)(request()),
        'body.quotaPerInstansi',
        'invalid_type',
      ],
      [
        'a quota of zero',
        { ...request(), quotaPerInstansi: { JPT_PRATAMA: 0, ADMINISTRATOR: 1, PENGAWAS: 1 } },
        'body.quotaPerInstansi.JPT_PRATAMA',
        'too_small',
      ],
      [
        'a quota for an unknown scheme',
        { ...request(), quotaPerInstansi: { JPT_PRATAMA: 1, ADMINISTRATOR: 1, PENGAWAS: 1, CAMAT: 1 } },
        'body.quotaPerInstansi',
        'unrecognized_keys',
      ],
      [
        'a cohort with an unknown field',
        {
          ...request(),
          cohortPlan: [
            {
              number: 1,
              scheme: 'PENGAWAS',
              capacity: 30,
              startDate: '2026-05-04',
              endDate: '2026-05-05',
              venue: 'Bogor',
            },
          ],
        },
        'body.cohortPlan.0',
        'unrecognized_keys',
      ],
    ])('answers 400 VALIDATION_FAILED for %s', async (_case, body, path, issue) => {
      // Prepare: the body above.

      // Act
      const result = await create(body);

      // Assess
      expect(result.statusCode).toBe(400);
      expect(bodyOf(result)).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: expect.arrayContaining([expect.objectContaining({ path, code: issue })]),
      });
      expect(ddb.calls()).toHaveLength(0);
    });

    it('answers 400 MALFORMED_JSON for a body that is not JSON', async () => {
      // Prepare
      const body = '{"name": "Pelatihan", "year": 2026,';

      // Act
      const result = await create(body);

      // Assess
      expect(result.statusCode).toBe(400);
      expect(bodyOf(result)).toMatchObject({ code: 'MALFORMED_JSON' });
      expect(ddb.calls()).toHaveLength(0);
    });

    it('answers 400 BODY_REQUIRED for an empty body', async () => {
      // Prepare
      const event = apiEvent(ROUTE, { headers: { 'content-type': 'application/json' } });

      // Act
      const result = await handler(event, context);

      // Assess
      expect(result.statusCode).toBe(400);
      expect(bodyOf(result)).toMatchObject({ code: 'BODY_REQUIRED' });
      expect(ddb.calls()).toHaveLength(0);
    });

    it.each([
      ['no content-type', undefined],
      ['text/plain', 'text/plain'],
      ['form data', 'application/x-www-form-urlencoded'],
    ])('answers 415 UNSUPPORTED_MEDIA_TYPE for %s', async (_case, contentType) => {
      // Prepare
      const headers = { 'content-type': contentType };

      // Act
      const result = await create(request(), { headers });

      // Assess
      expect(result.statusCode).toBe(415);
      expect(bodyOf(result)).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
      expect(ddb.calls()).toHaveLength(0);
    });

    it('accepts application/json with a charset parameter', async () => {
      // Prepare
      const headers = { 'content-type': 'application/json; charset=utf-8' };

      // Act
      const result = await create(request(), { headers });

      // Assess
      expect(result.statusCode).toBe(201);
    });

    it('decodes a base64-encoded body as API Gateway passes it', async () => {
      // Prepare
      const options = { isBase64Encoded: true };

      // Act
      const result = await create(request(), options);

      // Assess
      expect(result.statusCode).toBe(201);
      expect(ddb.commandCalls(PutCommand)).toHaveLength(1);
    });

    it(`answers 413 PAYLOAD_TOO_LARGE for a body over ${MAX_BODY_BYTES / 1024} KiB`, async () => {
      // Prepare: valid JSON, one byte over the limit.
      const padding = 'x'.repeat(MAX_BODY_BYTES);
      const body = JSON.stringify({ ...request(), name: padding }).padEnd(MAX_BODY_BYTES + 1, ' ');
      expect(Buffer.byteLength(body)).toBeGreaterThan(MAX_BODY_BYTES);

      // Act
      const result = await create(body);

      // Assess
      expect(result.statusCode).toBe(413);
      expect(bodyOf(result)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
      expect(ddb.calls()).toHaveLength(0);
    });
  });

  describe('authorization', () => {
    it('answers 403 FORBIDDEN_ROLE to an instansi operator and writes nothing', async () => {
      // Prepare
      const claims = claimsWith('[instansi]');

      // Act
      const result = await create(request(), { claims });

      // Assess
      expect(result.statusCode).toBe(403);
      expect(bodyOf(result)).toMatchObject({
        code: 'FORBIDDEN_ROLE',
        details: { requiredRoles: ['admin-bkn'] },
      });
      expect(ddb.calls()).toHaveLength(0);
    });

    it('answers 403 rather than 400 to a caller without the role even when the body is invalid', async () => {
      // Prepare
      const claims = claimsWith('[komite]');

      // Act
      const result = await create('not json', { claims });

      // Assess
      expect(result.statusCode).toBe(403);
    });

    it('answers 401 AUTH_REQUIRED when the request carries no claims', async () => {
      // Prepare
      const options = { claims: null };

      // Act
      const result = await create(request(), options);

      // Assess
      expect(result.statusCode).toBe(401);
      expect(bodyOf(result)).toMatchObject({ code: 'AUTH_REQUIRED' });
      expect(ddb.calls()).toHaveLength(0);
    });
  });
});
