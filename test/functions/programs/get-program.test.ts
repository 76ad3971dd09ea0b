import '../helpers/env';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { handler } from '../../../functions/programs/index';
import { apiEvent, bodyOf, claimsWith } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { aProgram, programItem, programKey, PROGRAM_ID } from '../helpers/programs';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('programs');

const ROUTE = 'GET /programs/{programId}';
const get = (programId: string) =>
  handler(apiEvent(ROUTE, { pathParameters: { programId }, claims: claimsWith('[komite]') }), context);

describe('GET /programs/{programId} (getProgram)', () => {
  beforeEach(() => {
    ddb.reset();
  });

  it('answers the programme of the id without storage attributes', async () => {
    // Prepare
    const program = aProgram();
    ddb.on(GetCommand).resolves({});
    ddb.on(GetCommand, { Key: programKey(PROGRAM_ID) }).resolves({ Item: programItem(program) });

    // Act
    const result = await get(PROGRAM_ID);

    // Assess
    expect(ddb.commandCalls(GetCommand)).toHaveLength(1);
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toStrictEqual(program);
  });

  it('answers 404 NOT_FOUND when GetItem returns no item', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({});

    // Act
    const result = await get(PROGRAM_ID);

    // Assess
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toStrictEqual({ code: 'NOT_FOUND', message: 'Program tidak ditemukan.' });
  });

  it.each([
    ['a bare uuid', '0f8fad5b-d9cb-469f-a165-70867728950e'],
    ['upper-case hex', 'prg_0F8FAD5B-D9CB-469F-A165-70867728950E'],
    ['a key-injection attempt', 'prg_x#PROGRAM'],
  ])(
    'answers 400 VALIDATION_FAILED for %s as programId, without a DynamoDB call',
    async (_case, programId) => {
      // Prepare: the id above.

      // Act
      const result = await get(programId);

      // Assess
      expect(result.statusCode).toBe(400);
      expect(bodyOf(result)).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [expect.objectContaining({ path: 'params.programId' })],
      });
      expect(ddb.calls()).toHaveLength(0);
    },
  );
});
