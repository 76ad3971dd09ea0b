import '../helpers/env';
import { serveRegistry } from '../helpers/operators';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { handler } from '../../../functions/screening/index';
import { apiEvent, bodyOf, type Claims } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { aProgram, programItem, programKey, PROGRAM_ID } from '../helpers/programs';
import {
  aCandidate,
  aProposal,
  bknAdmin,
  candidateItem,
  INSTANSI,
  kanregOperator,
  OTHER_INSTANSI,
  OTHER_NIP,
  proposalItem,
  ALL_OPERATORS,
} from '../helpers/proposals';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('screening');

const listProposals = (query?: Record<string, string>, claims: Claims = bknAdmin()) =>
  handler(
    apiEvent('GET /programs/{programId}/proposals', {
      pathParameters: { programId: PROGRAM_ID },
      queryStringParameters: query,
      claims,
    }),
    context,
  );
const listCandidates = (query?: Record<string, string>) =>
  handler(
    apiEvent('GET /programs/{programId}/candidates', {
      pathParameters: { programId: PROGRAM_ID },
      queryStringParameters: query,
      claims: bknAdmin(),
    }),
    context,
  );

const cursorOf = (key: Record<string, unknown>) => Buffer.from(JSON.stringify(key)).toString('base64url');
const queries = () => ddb.commandCalls(QueryCommand).map((c) => c.args[0].input);
/**
 * Which listing each query asked for: the index, its partition, the sort-key prefix if any and the page size.
 * The commands themselves (U11, U12) are proved in test/adapters/dynamodb/proposal-repository.test.ts.
 */
const listingsAsked = () =>
  queries().map(({ IndexName, ExpressionAttributeValues: { ':pk': partition, ...prefix } = {}, Limit }) => ({
    index: IndexName,
    partition,
    ...(Object.keys(prefix).length > 0 ? { prefix: Object.values(prefix)[0] } : {}),
    limit: Limit,
  }));

describe('screening lists', () => {
  beforeEach(() => {
    ddb.reset();
    serveRegistry(ddb, ...ALL_OPERATORS());
    ddb.on(GetCommand, { Key: programKey(PROGRAM_ID) }).resolves({ Item: programItem(aProgram()) });
    ddb.on(QueryCommand).resolves({ Items: [] });
  });

  describe('GET /programs/{programId}/proposals (listProposals)', () => {
    it('lists every proposal of the programme from gsi1, 50 per page, for a BKN admin', async () => {
      // Prepare
      const submitted = aProposal({ status: 'SUBMITTED' });
      ddb.on(QueryCommand).resolves({ Items: [proposalItem(submitted)] });

      // Act
      const result = await listProposals();

      // Assess
      expect(ddb.commandCalls(GetCommand).map((c) => c.args[0].input.Key)).toStrictEqual([
        programKey(PROGRAM_ID),
      ]);
      expect(listingsAsked()).toStrictEqual([
        { index: 'gsi1', partition: `PROGRAM#${PROGRAM_ID}#PROPOSALS`, limit: 50 },
      ]);
      expect(result.statusCode).toBe(200);
      expect(bodyOf(result)).toStrictEqual({ items: [submitted] });
    });

    it('narrows to a status by its prefix of the index sort key', async () => {
      // Prepare: the default empty page.

      // Act
      await listProposals({ status: 'SUBMITTED', limit: '10' });

      // Assess
      expect(listingsAsked()).toStrictEqual([
        { index: 'gsi1', partition: `PROGRAM#${PROGRAM_ID}#PROPOSALS`, prefix: 'SUBMITTED#', limit: 10 },
      ]);
    });

    it('lists from gsi2 the proposals of the Kanreg a BKN admin filters on', async () => {
      // Prepare: the default empty page.

      // Act
      await listProposals({ kanreg: 'V', status: 'NEEDS_FIX' });

      // Assess
      expect(listingsAsked()).toStrictEqual([
        { index: 'gsi2', partition: `KANREG#V#PROGRAM#${PROGRAM_ID}`, prefix: 'NEEDS_FIX#', limit: 50 },
      ]);
    });

    it('lists a Kanreg operator the proposals of its own Kanreg only', async () => {
      // Prepare: the default empty page.

      // Act
      const result = await listProposals({ status: 'SUBMITTED' }, kanregOperator('III'));

      // Assess
      expect(result.statusCode).toBe(200);
      expect(listingsAsked()).toStrictEqual([
        { index: 'gsi2', partition: `KANREG#III#PROGRAM#${PROGRAM_ID}`, prefix: 'SUBMITTED#', limit: 50 },
      ]);
    });

    it('answers nextCursor as base64url(LastEvaluatedKey) and resumes exactly there', async () => {
      // Prepare
      const lastKey = {
        pk: `PROPOSAL#${PROGRAM_ID}#${INSTANSI}`,
        sk: '#PROPOSAL',
        gsi1pk: `PROGRAM#${PROGRAM_ID}#PROPOSALS`,
        gsi1sk: `SUBMITTED#${INSTANSI}`,
      };
      ddb
        .on(QueryCommand)
        .resolvesOnce({
          Items: [proposalItem(aProposal({ status: 'SUBMITTED' }))],
          LastEvaluatedKey: lastKey,
        })
        .resolvesOnce({
          Items: [proposalItem(aProposal({ status: 'SUBMITTED', instansiCode: OTHER_INSTANSI }))],
        });

      // Act
      const first = bodyOf<{ items: unknown[]; nextCursor?: string }>(await listProposals({ limit: '1' }));
      const second = bodyOf<{ items: unknown[]; nextCursor?: string }>(
        await listProposals({ limit: '1', cursor: first.nextCursor! }),
      );

      // Assess
      expect(first.nextCursor).toBe(cursorOf(lastKey));
      expect(first.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(queries()[0]).not.toHaveProperty('ExclusiveStartKey');
      expect(queries()[1]!.ExclusiveStartKey).toStrictEqual(lastKey);
      expect(second.nextCursor).toBeUndefined();
      expect(second.items).toHaveLength(1);
    });

    it.each([
      ['not JSON once decoded', 'bm90LWpzb24'],
      ['a JSON string', cursorOf('pk' as unknown as Record<string, unknown>)],
      ['a JSON null', Buffer.from('null').toString('base64url')],
    ])('answers 400 INVALID_CURSOR for a cursor that is %s, without a query', async (_case, cursor) => {
      // Prepare: the cursor above.

      // Act
      const result = await listProposals({ cursor });

      // Assess
      expect(result.statusCode).toBe(400);
      expect(bodyOf(result)).toMatchObject({ code: 'INVALID_CURSOR' });
      expect(ddb.commandCalls(QueryCommand)).toHaveLength(0);
    });

    it.each([
      ['an unknown status', { status: 'APPROVED' }, 'query.status'],
      ['a limit over 200', { limit: '500' }, 'query.limit'],
      ['a limit that is not a number', { limit: 'all' }, 'query.limit'],
      ['a cursor over 2048 characters', { cursor: 'a'.repeat(2049) }, 'query.cursor'],
      ['an unknown parameter', { instansi: INSTANSI }, 'query'],
    ])('answers 400 VALIDATION_FAILED for %s, without a call', async (_case, query, path) => {
      // Prepare: the query above.

      // Act
      const result = await listProposals(query);

      // Assess
      expect(result.statusCode).toBe(400);
      expect(bodyOf(result)).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: expect.arrayContaining([expect.objectContaining({ path })]),
      });
      expect(ddb.calls()).toHaveLength(0);
    });

    it('answers 404 NOT_FOUND for a programme that does not exist, without a query', async () => {
      // Prepare
      ddb.on(GetCommand, { Key: programKey(PROGRAM_ID) }).resolves({});

      // Act
      const result = await listProposals();

      // Assess
      expect(result.statusCode).toBe(404);
      expect(bodyOf(result)).toMatchObject({ code: 'NOT_FOUND' });
      expect(ddb.commandCalls(QueryCommand)).toHaveLength(0);
    });
  });

  describe('GET /programs/{programId}/candidates (listCandidates)', () => {
    it('lists every candidate of the programme from gsi1 without filters', async () => {
      // Prepare
      const candidate = aCandidate({ status: 'SUBMITTED' });
      ddb.on(QueryCommand).resolves({ Items: [candidateItem(candidate)] });

      // Act
      const result = await listCandidates();

      // Assess
      expect(listingsAsked()).toStrictEqual([
        { index: 'gsi1', partition: `PROGRAM#${PROGRAM_ID}#CANDIDATES`, limit: 50 },
      ]);
      expect(bodyOf(result)).toStrictEqual({ items: [candidate] });
    });

    it('lists one status from its partition of gsi2, narrowed to a scheme', async () => {
      // Prepare: the default empty page.

      // Act
      await listCandidates({ status: 'SUBMITTED', scheme: 'ADMINISTRATOR', limit: '100' });

      // Assess
      expect(listingsAsked()).toStrictEqual([
        {
          index: 'gsi2',
          partition: `PROGRAM#${PROGRAM_ID}#CANDIDATES#SUBMITTED`,
          prefix: 'ADMINISTRATOR#',
          limit: 100,
        },
      ]);
    });

    it('narrows gsi1 to a scheme when no status is given', async () => {
      // Prepare: the default empty page.

      // Act
      await listCandidates({ scheme: 'PENGAWAS' });

      // Assess
      expect(listingsAsked()).toStrictEqual([
        { index: 'gsi1', partition: `PROGRAM#${PROGRAM_ID}#CANDIDATES`, prefix: 'PENGAWAS#', limit: 50 },
      ]);
    });

    it('round-trips the cursor through ExclusiveStartKey', async () => {
      // Prepare
      const lastKey = {
        pk: `PROPOSAL#${PROGRAM_ID}#${INSTANSI}`,
        sk: `CANDIDATE#${OTHER_NIP}`,
        gsi2pk: `PROGRAM#${PROGRAM_ID}#CANDIDATES#SUBMITTED`,
        gsi2sk: `PENGAWAS#${INSTANSI}#${OTHER_NIP}`,
      };
      ddb.on(QueryCommand).resolvesOnce({ Items: [], LastEvaluatedKey: lastKey }).resolvesOnce({ Items: [] });

      // Act
      const first = bodyOf<{ nextCursor?: string }>(await listCandidates({ status: 'SUBMITTED' }));
      await listCandidates({ status: 'SUBMITTED', cursor: first.nextCursor! });

      // Assess
      expect(first.nextCursor).toBe(cursorOf(lastKey));
      expect(queries()[1]!.ExclusiveStartKey).toStrictEqual(lastKey);
    });

    it('answers 400 INVALID_CURSOR for a garbage cursor', async () => {
      // Prepare
      const cursor = '%%%garbage%%%';

      // Act
      const result = await listCandidates({ cursor });

      // Assess
      expect(result.statusCode).toBe(400);
      expect(bodyOf(result)).toMatchObject({ code: 'INVALID_CURSOR' });
      expect(ddb.commandCalls(QueryCommand)).toHaveLength(0);
    });

    it.each([
      ['an unknown scheme', { scheme: 'KEPALA_DESA' }],
      ['an unknown status', { status: 'LULUS' }],
    ])('answers 400 VALIDATION_FAILED for %s', async (_case, query) => {
      // Prepare: the query above.

      // Act
      const result = await listCandidates(query);

      // Assess
      expect(result.statusCode).toBe(400);
      expect(ddb.calls()).toHaveLength(0);
    });
  });
});
