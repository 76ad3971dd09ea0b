import '../helpers/env';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/programs/index';
import { apiEvent, bodyOf, claimsWith } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { aProgram, programItem, OTHER_PROGRAM_ID, PROGRAM_ID } from '../helpers/programs';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('programs');

const list = (queryStringParameters?: Record<string, string>) =>
  handler(apiEvent('GET /programs', { queryStringParameters, claims: claimsWith('[komite]') }), context);

const newer = aProgram({ id: OTHER_PROGRAM_ID, createdAt: '2026-03-05T01:00:00.000Z' });
const older = aProgram({ id: PROGRAM_ID });
const lastKey = {
  pk: `PROGRAM#${newer.id}`,
  sk: '#PROGRAM',
  gsi1pk: 'PROGRAMS',
  gsi1sk: `2026#${newer.createdAt}#${newer.id}`,
};

describe('GET /programs (listPrograms)', () => {
  beforeEach(() => {
    ddb.reset();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("answers the year's programmes of every page, newest first as the index answers them, without storage attributes", async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({ Items: [programItem(aProgram({ year: 2027 }))] });
    ddb
      .on(QueryCommand, { ExpressionAttributeValues: { ':year': '2026#' } })
      .resolvesOnce({ Items: [programItem(newer)], LastEvaluatedKey: lastKey })
      .resolvesOnce({ Items: [programItem(older)] });

    // Act
    const result = await list({ year: '2026' });

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toStrictEqual({ items: [newer, older] });
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(2);
  });

  it('answers the programmes of the current year (WIB) and later when no year is given, not every programme', async () => {
    // Prepare
    vi.setSystemTime(new Date('2026-12-31T17:00:00.000Z')); // 1 January 2027, 00:00 WIB
    ddb.on(QueryCommand).resolves({ Items: [programItem(newer), programItem(older)] });

    // Act
    const result = await list();

    // Assess
    expect(result.statusCode).toBe(200);
    expect(bodyOf(result)).toStrictEqual({ items: [newer, older] });
    expect(ddb.commandCalls(QueryCommand).map((call) => call.args[0].input)).toMatchObject([
      {
        KeyConditionExpression: '#pk = :pk AND #sk >= :from',
        ExpressionAttributeValues: { ':pk': 'PROGRAMS', ':from': '2027#' },
      },
    ]);
  });

  it('answers an empty list when the query returns no Items attribute', async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({});

    // Act
    const result = await list({ year: '2030' });

    // Assess
    expect(bodyOf(result)).toStrictEqual({ items: [] });
  });

  it.each([
    ['a year that is not a number', { year: 'dua-ribu' }],
    ['a year before the scheme began', { year: '2018' }],
    ['an empty year', { year: '' }],
    ['an unknown query parameter', { tahun: '2026' }],
  ])('answers 400 VALIDATION_FAILED for %s, without a query', async (_case, query) => {
    // Prepare: the query string above.

    // Act
    const result = await list(query);

    // Assess
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result)).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(ddb.calls()).toHaveLength(0);
  });
});
