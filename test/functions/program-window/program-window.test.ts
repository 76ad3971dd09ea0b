import '../helpers/env';
import { ConditionalCheckFailedException, ThrottlingException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler, runWindowJob } from '../../../functions/program-window/index';
import type { ProgramStatus } from '../../../events/api/program';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';
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

  it('asks for the SCHEDULED and the OPEN programmes due, and writes nothing when none is', async () => {
    // Prepare: nothing is due.

    // Act
    const result = await runWindowJob(DURING);

    // Assess
    expect(result).toStrictEqual({ opened: [], closed: [] });
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(2);
    expect(writesOf(ddb)).toStrictEqual([]);
  });

  it('opens a due SCHEDULED programme, once (the update is conditional on its status), and lists it in opened', async () => {
    // Prepare
    due('SCHEDULED', programItem(aProgram({ status: 'SCHEDULED' })));

    // Act
    const result = await runWindowJob(DURING);

    // Assess
    expect(result).toStrictEqual({ opened: [PROGRAM_ID], closed: [] });
    expect(writesOf(ddb)).toStrictEqual([{ op: 'Update', ...programKey(PROGRAM_ID) }]);
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

  it('closes an OPEN programme past closesAt, so it leaves the index', async () => {
    // Prepare
    due('OPEN', programItem(aProgram({ status: 'OPEN' })));

    // Act
    const result = await runWindowJob(AFTER);

    // Assess
    expect(result).toStrictEqual({ opened: [], closed: [PROGRAM_ID] });
    expect(writesOf(ddb)).toStrictEqual([{ op: 'Update', ...programKey(PROGRAM_ID) }]);
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
    expect(writesOf(ddb)).toStrictEqual([{ op: 'Update', ...programKey(PROGRAM_ID) }]);
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
      // At the machine's own time (after the window) the job would have closed it instead.
      expect(result).toStrictEqual({ opened: [PROGRAM_ID], closed: [] });
    });
  });
});
