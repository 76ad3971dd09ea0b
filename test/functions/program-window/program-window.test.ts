import '../helpers/env';
import { ConditionalCheckFailedException, ThrottlingException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler, runWindowJob } from '../../../functions/program-window/index';
import type { ProgramStatus } from '../../../events/api/program';
import { lambdaContext } from '../helpers/context';
import { TABLE_NAME } from '../helpers/env';
import { aProgram, programItem, programKey, OTHER_PROGRAM_ID, PROGRAM_ID } from '../helpers/programs';

const ddb = mockClient(DynamoDBDocumentClient);

/** The fixture programme's window: 2026-03-31T17:00Z (1 April WIB) to 2026-04-14T16:59:59Z. */
const OPENS_AT = '2026-03-31T17:00:00.000Z';
const CLOSES_AT = '2026-04-14T16:59:59.000Z';
const DURING = new Date('2026-04-01T01:00:00.000Z');
const AFTER = new Date('2026-04-15T00:00:00.000Z');

/** What the gsi2 query for `status` answers. */
function due(status: ProgramStatus, ...items: Record<string, unknown>[]) {
  ddb
    .on(QueryCommand, { ExpressionAttributeValues: { ':pk': `PROGRAM_WINDOW#${status}` } })
    .resolves({ Items: items });
}

const conditionFailed = () =>
  new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });

describe('program-window job (runWindowJob)', () => {
  beforeEach(() => {
    ddb.reset();
    ddb.on(QueryCommand).resolves({ Items: [] });
    ddb.on(UpdateCommand).resolves({});
  });

  it('queries gsi2 for SCHEDULED then OPEN programmes whose change is due at or before now', async () => {
    // Prepare: nothing is due.

    // Act
    const result = await runWindowJob(DURING);

    // Assess
    expect(result).toStrictEqual({ opened: [], closed: [] });
    expect(ddb.commandCalls(QueryCommand).map((call) => call.args[0].input)).toStrictEqual(
      (['SCHEDULED', 'OPEN'] as const).map((status) => ({
        TableName: TABLE_NAME,
        IndexName: 'gsi2',
        KeyConditionExpression: '#pk = :pk AND #sk <= :now',
        ExpressionAttributeNames: { '#pk': 'gsi2pk', '#sk': 'gsi2sk' },
        ExpressionAttributeValues: { ':pk': `PROGRAM_WINDOW#${status}`, ':now': DURING.toISOString() },
      })),
    );
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('opens a due SCHEDULED programme with an update conditional on #status = :from, and lists it in opened', async () => {
    // Prepare
    due('SCHEDULED', programItem(aProgram({ status: 'SCHEDULED' })));

    // Act
    const result = await runWindowJob(DURING);

    // Assess
    expect(result).toStrictEqual({ opened: [PROGRAM_ID], closed: [] });
    expect(ddb.commandCalls(UpdateCommand).map((call) => call.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Key: programKey(PROGRAM_ID),
        ConditionExpression: '#status = :from',
        UpdateExpression: 'SET #status = :to, #updatedAt = :now, #gpk = :gpk, #gsk = :gsk',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#updatedAt': 'updatedAt',
          '#gpk': 'gsi2pk',
          '#gsk': 'gsi2sk',
        },
        ExpressionAttributeValues: {
          ':from': 'SCHEDULED',
          ':to': 'OPEN',
          ':now': DURING.toISOString(),
          ':gpk': 'PROGRAM_WINDOW#OPEN',
          ':gsk': '2026-04-14T16:59:59.001Z',
        },
      },
    ]);
  });

  it('opens a programme at the very instant its window opens', async () => {
    // Prepare
    due('SCHEDULED', programItem(aProgram({ status: 'SCHEDULED' })));

    // Act
    const result = await runWindowJob(new Date(OPENS_AT));

    // Assess
    expect(result.opened).toStrictEqual([PROGRAM_ID]);
  });

  it('does not list a programme whose conditional update fails (another run already moved it)', async () => {
    // Prepare
    due(
      'SCHEDULED',
      programItem(aProgram({ id: PROGRAM_ID, status: 'SCHEDULED' })),
      programItem(aProgram({ id: OTHER_PROGRAM_ID, status: 'SCHEDULED' })),
    );
    ddb.on(UpdateCommand, { Key: programKey(PROGRAM_ID) }).rejects(conditionFailed());

    // Act
    const result = await runWindowJob(DURING);

    // Assess
    expect(result).toStrictEqual({ opened: [OTHER_PROGRAM_ID], closed: [] });
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(2);
  });

  it('closes an OPEN programme past closesAt and REMOVEs its gsi2 keys so it leaves the index', async () => {
    // Prepare
    due('OPEN', programItem(aProgram({ status: 'OPEN' })));

    // Act
    const result = await runWindowJob(AFTER);

    // Assess
    expect(result).toStrictEqual({ opened: [], closed: [PROGRAM_ID] });
    expect(ddb.commandCalls(UpdateCommand).map((call) => call.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Key: programKey(PROGRAM_ID),
        ConditionExpression: '#status = :from',
        UpdateExpression: 'SET #status = :to, #updatedAt = :now REMOVE #gpk, #gsk',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#updatedAt': 'updatedAt',
          '#gpk': 'gsi2pk',
          '#gsk': 'gsi2sk',
        },
        ExpressionAttributeValues: { ':from': 'OPEN', ':to': 'CLOSED', ':now': AFTER.toISOString() },
      },
    ]);
  });

  it('keeps a programme open at the very instant its window closes', async () => {
    // Prepare: listed by the index, but the window is inclusive of closesAt.
    due('OPEN', programItem(aProgram({ status: 'OPEN' })));

    // Act
    const result = await runWindowJob(new Date(CLOSES_AT));

    // Assess
    expect(result).toStrictEqual({ opened: [], closed: [] });
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('closes directly a SCHEDULED programme whose whole window passed between two runs', async () => {
    // Prepare
    due('SCHEDULED', programItem(aProgram({ status: 'SCHEDULED' })));

    // Act
    const result = await runWindowJob(AFTER);

    // Assess
    expect(result).toStrictEqual({ opened: [], closed: [PROGRAM_ID] });
    expect(ddb.commandCalls(UpdateCommand)[0]!.args[0].input).toMatchObject({
      UpdateExpression: 'SET #status = :to, #updatedAt = :now REMOVE #gpk, #gsk',
      ExpressionAttributeValues: { ':from': 'SCHEDULED', ':to': 'CLOSED' },
    });
  });

  it('opens and closes in the same run', async () => {
    // Prepare
    due(
      'SCHEDULED',
      programItem(
        aProgram({
          id: OTHER_PROGRAM_ID,
          status: 'SCHEDULED',
          proposalWindow: { opensAt: '2026-04-14T00:00:00.000Z', closesAt: '2026-04-30T00:00:00.000Z' },
        }),
      ),
    );
    due(
      'OPEN',
      programItem(
        aProgram({
          status: 'OPEN',
          proposalWindow: { opensAt: OPENS_AT, closesAt: '2026-04-13T00:00:00.000Z' },
        }),
      ),
    );

    // Act
    const result = await runWindowJob(AFTER);

    // Assess
    expect(result).toStrictEqual({ opened: [OTHER_PROGRAM_ID], closed: [PROGRAM_ID] });
  });

  it('fails the run on an error other than a conditional failure, so the schedule reports it', async () => {
    // Prepare
    due('SCHEDULED', programItem(aProgram({ status: 'SCHEDULED' })));
    ddb.on(UpdateCommand).rejects(new ThrottlingException({ message: 'Rate exceeded', $metadata: {} }));

    // Act
    const run = runWindowJob(DURING);

    // Assess
    await expect(run).rejects.toThrow('Rate exceeded');
  });

  describe('handler', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('runs the job at the current time', async () => {
      // Prepare
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(DURING);
      due('SCHEDULED', programItem(aProgram({ status: 'SCHEDULED' })));

      // Act
      const result = await handler({}, lambdaContext('program-window'));

      // Assess
      expect(result).toStrictEqual({ opened: [PROGRAM_ID], closed: [] });
      expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input.ExpressionAttributeValues).toMatchObject({
        ':now': DURING.toISOString(),
      });
    });
  });
});
