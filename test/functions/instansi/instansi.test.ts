import '../helpers/env';
import { operatorKey } from '../helpers/operators';
import { TABLE_NAME } from '../helpers/env';
import { ThrottlingException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { handler } from '../../../functions/instansi/index';
import { ADMIN_USERNAME, apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { queriesOf } from '../helpers/queries';
import { writesOf } from '../helpers/writes';
import {
  anInstansi,
  bknAdmin,
  FAR_INSTANSI,
  INSTANSI,
  instansiItem,
  instansiKey,
  instansiOperator,
  KANREG,
  kanregOperator,
  OTHER_INSTANSI,
  PUSAT_INSTANSI,
  eachTestOnRegistryAt,
  serveTable,
} from '../helpers/proposals';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('instansi');

const NOW = '2026-03-01T02:00:00.000Z';

const upsert = (instansiCode: string, body: unknown, claims: Claims = bknAdmin()) =>
  handler(
    apiEvent('PUT /instansi/{instansiCode}', { pathParameters: { instansiCode }, body, claims }),
    context,
  );
const list = (queryStringParameters?: Record<string, string>, claims: Claims = bknAdmin()) =>
  handler(apiEvent('GET /instansi', { queryStringParameters, claims }), context);
const get = (instansiCode: string, claims: Claims) =>
  handler(apiEvent('GET /instansi/{instansiCode}', { pathParameters: { instansiCode }, claims }), context);

/** The registration as stored (the command itself: instansi-repository.test.ts, N1). */
const storedInstansi = () => ddb.commandCalls(PutCommand)[0]!.args[0].input.Item;
const cursorOf = (key: Record<string, unknown>) => Buffer.from(JSON.stringify(key)).toString('base64url');

describe('instansi function', () => {
  eachTestOnRegistryAt(ddb, NOW);

  describe('PUT /instansi/{instansiCode} (upsertInstansi)', () => {
    beforeEach(() => {
      ddb.on(PutCommand).resolves({});
    });

    it('registers a regional government with the Kanreg that covers it (200)', async () => {
      // Prepare
      const body = { name: 'Pemerintah Kabupaten Bogor', kind: 'KABUPATEN_KOTA', kanreg: KANREG };

      // Act
      const result = await upsert(INSTANSI, body);

      // Assess
      const instansi = {
        code: INSTANSI,
        name: 'Pemerintah Kabupaten Bogor',
        kind: 'KABUPATEN_KOTA',
        kanreg: KANREG,
        updatedBy: ADMIN_USERNAME,
        updatedAt: NOW,
      };
      expect(writesOf(ddb)).toStrictEqual([{ op: 'Put', ...instansiKey(INSTANSI), entity: 'Instansi' }]);
      expect(storedInstansi()).toMatchObject(instansi);
      expect(result.statusCode).toBe(200);
      expect(bodyOf(result)).toStrictEqual(instansi);
    });

    it('registers a central-government instansi, which no Kanreg covers (200)', async () => {
      // Prepare
      const body = { name: 'Badan Kepegawaian Negara', kind: 'PUSAT', kanreg: null };

      // Act
      const result = await upsert(PUSAT_INSTANSI, body);

      // Assess
      expect(result.statusCode).toBe(200);
      expect(bodyOf(result)).toMatchObject({ code: PUSAT_INSTANSI, kind: 'PUSAT', kanreg: null });
      expect(writesOf(ddb)).toStrictEqual([
        { op: 'Put', ...instansiKey(PUSAT_INSTANSI), entity: 'Instansi' },
      ]);
      expect(storedInstansi()).toMatchObject({ kind: 'PUSAT', kanreg: null });
    });

    it.each([
      [
        'a regional government without a Kanreg',
        { kind: 'PROVINSI', kanreg: null },
        'INSTANSI_KANREG_REQUIRED',
      ],
      [
        'a central-government instansi with a Kanreg',
        { kind: 'PUSAT', kanreg: KANREG },
        'INSTANSI_PUSAT_TANPA_KANREG',
      ],
    ])('answers 400 for %s, writing nothing', async (_case, fields, code) => {
      // Prepare
      const body = { name: 'Pemerintah Provinsi Jawa Barat', ...fields };

      // Act
      const result = await upsert('32', body);

      // Assess
      expect(result.statusCode).toBe(400);
      expect(bodyOf(result)).toMatchObject({ code });
      expect(ddb.calls()).toHaveLength(0);
    });

    it.each([
      [
        'a lower-case code',
        'bogor',
        { name: 'Kab Bogor', kind: 'PUSAT', kanreg: null },
        'params.instansiCode',
      ],
      [
        'a key-injection code',
        '3201#INSTANSI',
        { name: 'Kab Bogor', kind: 'PUSAT', kanreg: null },
        'params.instansiCode',
      ],
      [
        'an unknown field',
        INSTANSI,
        { name: 'Kab Bogor', kind: 'PUSAT', kanreg: null, kota: 'Cibinong' },
        'body',
      ],
      ['an unknown kind', INSTANSI, { name: 'Kab Bogor', kind: 'DESA', kanreg: 'III' }, 'body.kind'],
      ['a missing kanreg', INSTANSI, { name: 'Kab Bogor', kind: 'PUSAT' }, 'body.kanreg'],
    ])('answers 400 VALIDATION_FAILED for %s, without a call', async (_case, code, body, path) => {
      // Prepare: the request above.

      // Act
      const result = await upsert(code, body);

      // Assess
      expect(result.statusCode).toBe(400);
      expect(bodyOf(result)).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: expect.arrayContaining([expect.objectContaining({ path })]),
      });
      expect(ddb.calls()).toHaveLength(0);
    });

    it('answers 503 SERVICE_BUSY when DynamoDB throttles the write', async () => {
      // Prepare
      ddb.on(PutCommand).rejects(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }));

      // Act
      const result = await upsert(INSTANSI, { name: 'Kab Bogor', kind: 'KABUPATEN_KOTA', kanreg: KANREG });

      // Assess
      expect(result.statusCode).toBe(503);
      expect(bodyOf(result)).toMatchObject({ code: 'SERVICE_BUSY' });
    });
  });

  describe('GET /instansi (listInstansi)', () => {
    it('lists every instansi to a BKN admin without a filter, 100 per page', async () => {
      // Prepare
      ddb
        .on(QueryCommand)
        .resolves({ Items: [instansiItem(anInstansi(INSTANSI)), instansiItem(anInstansi(PUSAT_INSTANSI))] });

      // Act
      const result = await list();

      // Assess
      expect(queriesOf(ddb)).toStrictEqual([{ index: 'gsi1', pk: 'INSTANSI', limit: 100 }]);
      expect(result.statusCode).toBe(200);
      expect(bodyOf(result)).toStrictEqual({ items: [anInstansi(INSTANSI), anInstansi(PUSAT_INSTANSI)] });
    });

    it('lists the regional governments of the Kanreg a BKN admin filters on, with its limit', async () => {
      // Prepare
      ddb.on(QueryCommand).resolves({ Items: [instansiItem(anInstansi(FAR_INSTANSI))] });

      // Act
      const result = await list({ kanreg: 'II', limit: '20' });

      // Assess
      expect(queriesOf(ddb)).toStrictEqual([{ index: 'gsi2', pk: 'KANREG#II#INSTANSI', limit: 20 }]);
      expect(bodyOf(result)).toStrictEqual({ items: [anInstansi(FAR_INSTANSI)] });
    });

    it('answers nextCursor as the base64url LastEvaluatedKey and resumes from it', async () => {
      // Prepare
      const lastKey = { pk: `INSTANSI#${INSTANSI}`, sk: '#INSTANSI', gsi1pk: 'INSTANSI', gsi1sk: INSTANSI };
      ddb
        .on(QueryCommand)
        .resolvesOnce({ Items: [instansiItem(anInstansi(INSTANSI))], LastEvaluatedKey: lastKey })
        .resolvesOnce({ Items: [instansiItem(anInstansi(OTHER_INSTANSI))] });

      // Act
      const first = bodyOf<{ nextCursor?: string }>(await list({ limit: '1' }));
      const second = bodyOf<{ nextCursor?: string }>(await list({ limit: '1', cursor: first.nextCursor! }));

      // Assess
      expect(first.nextCursor).toBe(cursorOf(lastKey));
      const calls = ddb.commandCalls(QueryCommand);
      expect(calls[0]!.args[0].input.ExclusiveStartKey).toBeUndefined();
      expect(calls[1]!.args[0].input.ExclusiveStartKey).toStrictEqual(lastKey);
      expect(second).toStrictEqual({ items: [anInstansi(OTHER_INSTANSI)] });
    });

    it.each([
      ['not base64 JSON', 'bm90LWpzb24'],
      ['JSON that is not an object', cursorOf([1, 2] as unknown as Record<string, unknown>)],
      ['a bare number', Buffer.from('42').toString('base64url')],
    ])('answers 400 INVALID_CURSOR for a cursor that is %s, without a query', async (_case, cursor) => {
      // Prepare: the cursor above.

      // Act
      const result = await list({ cursor });

      // Assess
      expect(result.statusCode).toBe(400);
      expect(bodyOf(result)).toMatchObject({ code: 'INVALID_CURSOR' });
      expect(ddb.commandCalls(QueryCommand)).toHaveLength(0);
    });

    it.each([
      ['a limit over 200', { limit: '201' }],
      ['a limit of zero', { limit: '0' }],
      ['a lower-case Kanreg', { kanreg: 'iii' }],
      ['an unknown parameter', { wilayah: 'III' }],
    ])('answers 400 VALIDATION_FAILED for %s', async (_case, query) => {
      // Prepare: the query above.

      // Act
      const result = await list(query);

      // Assess
      expect(result.statusCode).toBe(400);
      expect(bodyOf(result)).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(ddb.calls()).toHaveLength(0);
    });

    it('lists a Kanreg operator its own region even without a filter', async () => {
      // Prepare
      ddb.on(QueryCommand).resolves({ Items: [] });

      // Act
      const result = await list(undefined, kanregOperator(KANREG));

      // Assess
      expect(result.statusCode).toBe(200);
      expect(queriesOf(ddb)).toStrictEqual([{ index: 'gsi2', pk: 'KANREG#III#INSTANSI', limit: 100 }]);
    });
  });

  describe('GET /instansi/{instansiCode} (getInstansi)', () => {
    it('answers the instansi, without storage attributes, to its own operator', async () => {
      // Prepare
      const caller = instansiOperator(INSTANSI);
      serveTable(ddb, [instansiItem(anInstansi(INSTANSI))]);

      // Act
      const result = await get(INSTANSI, caller);

      // Assess: the one instansi read, with the caller's registry entry.
      expect(ddb.calls().map((c) => c.args[0].input)).toStrictEqual([
        {
          RequestItems: {
            [TABLE_NAME]: {
              Keys: [operatorKey(String(caller.sub)), instansiKey(INSTANSI)],
              ConsistentRead: true,
            },
          },
        },
      ]);
      expect(result.statusCode).toBe(200);
      expect(bodyOf(result)).toStrictEqual(anInstansi(INSTANSI));
    });

    it.each([
      ['its own Kanreg operator', kanregOperator(KANREG)],
      ['a BKN admin', bknAdmin()],
    ])('answers a regional government to %s', async (_case, claims) => {
      // Prepare
      serveTable(ddb, [instansiItem(anInstansi(INSTANSI))]);

      // Act
      const result = await get(INSTANSI, claims);

      // Assess
      expect(result.statusCode).toBe(200);
    });

    it('answers 404 INSTANSI_NOT_FOUND for an instansi BKN has not registered', async () => {
      // Prepare
      ddb.on(GetCommand).resolves({});

      // Act
      const result = await get('9999', bknAdmin());

      // Assess
      expect(result.statusCode).toBe(404);
      expect(bodyOf(result)).toMatchObject({ code: 'INSTANSI_NOT_FOUND' });
    });
  });
});
