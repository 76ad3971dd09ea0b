import '../../functions/helpers/env';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  findProgram,
  insertProgram,
  listPrograms,
  listProgramsFrom,
  markAnnouncementRequested,
  programRead,
  programsDueForTransition,
  recordAnnouncement,
  transitionProgram,
} from '../../../adapters/dynamodb/program-repository';
import { TABLE_NAME } from '../../functions/helpers/env';
import { cancelled, conditionFailed, throttled } from './dynamodb-errors';
import { aLetterDetails, aProgram, programItem, PROGRAM_ID } from '../../functions/helpers/programs';

/*
 * The programme's access patterns P1-P7 (docs/data-model.md, "Access patterns"): the exact command each sends,
 * the outcome of each conditional write, and what is answered from the stored items.
 */

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const KEY = { pk: `PROGRAM#${PROGRAM_ID}`, sk: '#PROGRAM' };
const NOW = new Date('2026-04-01T01:00:00.000Z');

/** The 2026 round as stored: listed by year and creation, waiting in gsi2 for its window to open. */
const STORED = {
  ...KEY,
  entity: 'Program',
  gsi1pk: 'PROGRAMS',
  gsi1sk: `2026#2026-03-02T03:00:00.000Z#${PROGRAM_ID}`,
  gsi2pk: 'PROGRAM_WINDOW#SCHEDULED',
  gsi2sk: '2026-03-31T17:00:00.000Z',
  ...aProgram(),
};

const planned = {
  number: 2,
  scheme: 'PENGAWAS',
  capacity: 25,
  startDate: '2026-05-11',
  endDate: '2026-05-12',
} as const;

describe('programme repository', () => {
  it('P1: create a programme, refusing an id collision (alone, or with its planned cohorts in one transaction)', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    ddb.on(TransactWriteCommand).resolves({});
    const withCohorts = aProgram({ cohortPlan: [planned] });

    // Act
    const alone = await insertProgram(aProgram());
    const withPlan = await insertProgram(withCohorts);

    // Assess
    expect([alone, withPlan]).toStrictEqual([true, true]);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Item: STORED,
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    expect(ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input).toStrictEqual({
      TransactItems: [
        {
          Put: {
            TableName: TABLE_NAME,
            Item: { ...STORED, cohortPlan: [planned] },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: TABLE_NAME,
            Item: {
              pk: `COHORT#${PROGRAM_ID}#002`,
              sk: '#COHORT',
              entity: 'Cohort',
              gsi1pk: `PROGRAM#${PROGRAM_ID}#COHORTS`,
              gsi1sk: 'PENGAWAS#2026-05-11#002',
              gsi2pk: 'COHORT_REGISTRATION#SCHEDULED',
              gsi2sk: `2026-04-27#${PROGRAM_ID}#002`,
              programId: PROGRAM_ID,
              ...planned,
              seatsTaken: 0,
              registrationOpensOn: '2026-04-27',
              registration: 'SCHEDULED',
            },
          },
        },
      ],
    });
    // Before the transaction, the programme's entry in the Monev job's index (MV16), due when its first round opens.
    expect(ddb.commandCalls(PutCommand)[1]!.args[0].input.Item).toMatchObject({
      pk: `PROGRAM#${PROGRAM_ID}#MONEV`,
      sk: '#DUE',
      gsi2pk: 'MONEV_DUE',
      dueOn: '2026-08-12', // 3 months after the cohort's last day, 12 May
    });
    expect(ddb.calls()).toHaveLength(3);
  });

  it('stores a programme whose window is already open under PROGRAM_WINDOW#OPEN, at the instant after it closes', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});

    // Act
    await insertProgram(aProgram({ status: 'OPEN' }));

    // Assess
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input.Item).toMatchObject({
      status: 'OPEN',
      gsi2pk: 'PROGRAM_WINDOW#OPEN',
      gsi2sk: '2026-04-14T16:59:59.001Z',
    });
  });

  it('stores a closed programme outside gsi2: no window change is due', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});

    // Act
    await insertProgram(aProgram({ status: 'CLOSED' }));

    // Assess
    const item = ddb.commandCalls(PutCommand)[0]!.args[0].input.Item!;
    expect(item).not.toHaveProperty('gsi2pk');
    expect(item).not.toHaveProperty('gsi2sk');
  });

  it.each([
    ['a programme alone', aProgram(), conditionFailed()],
    [
      'a programme with cohorts',
      aProgram({ cohortPlan: [planned] }),
      cancelled('ConditionalCheckFailed', 'None'),
    ],
  ] as const)('inserting %s whose id is taken answers false', async (_case, program, error) => {
    // Prepare: the programme's own write fails (the Monev entry before it is written).
    ddb.on(PutCommand).resolves({});
    if (program.cohortPlan.length) ddb.on(TransactWriteCommand).rejects(error);
    else ddb.on(PutCommand).rejects(error);

    // Act
    const inserted = await insertProgram(program);

    // Assess
    expect(inserted).toBe(false);
  });

  it.each([
    ['a throttled put', aProgram(), throttled()],
    [
      'a transaction that ran into another',
      aProgram({ cohortPlan: [planned] }),
      cancelled('None', 'TransactionConflict'),
    ],
  ] as const)('inserting a programme throws on %s', async (_case, program, error) => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    if (program.cohortPlan.length) ddb.on(TransactWriteCommand).rejects(error);
    else ddb.on(PutCommand).rejects(error);

    // Act
    const insert = insertProgram(program);

    // Assess
    await expect(insert).rejects.toBe(error);
  });

  it('P2: get a programme, eventually consistent, without its storage keys', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({ Item: STORED });

    // Act
    const program = await findProgram(PROGRAM_ID);

    // Assess
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toStrictEqual({ TableName: TABLE_NAME, Key: KEY });
    expect(program).toStrictEqual(aProgram());
  });

  it('answers no programme when none is stored under the id', async () => {
    // Prepare
    ddb.on(GetCommand).resolves({});

    // Act
    const program = await findProgram(PROGRAM_ID);

    // Assess
    expect(program).toBeUndefined();
  });

  it('reads the programme, in a read of several items, under its key and without its storage keys', () => {
    // Prepare
    const read = programRead(PROGRAM_ID);

    // Act
    const program = read.from(STORED);

    // Assess
    expect(read.key).toStrictEqual(KEY);
    expect(program).toStrictEqual(aProgram());
  });

  it('P3: list the programmes of one year, newest first, every page', async () => {
    // Prepare
    const lastKey = { ...KEY, gsi1pk: STORED.gsi1pk, gsi1sk: STORED.gsi1sk };
    const older = aProgram({ id: 'prg_1b4e28ba-2fa1-41d2-883f-0016d3cca427' });
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [STORED], LastEvaluatedKey: lastKey })
      .resolvesOnce({ Items: [programItem(older)] });

    // Act
    const ofYear = await listPrograms(2026);

    // Assess
    const byYear = {
      TableName: TABLE_NAME,
      IndexName: 'gsi1',
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :year)',
      ExpressionAttributeNames: { '#pk': 'gsi1pk', '#sk': 'gsi1sk' },
      ExpressionAttributeValues: { ':pk': 'PROGRAMS', ':year': '2026#' },
      ScanIndexForward: false,
    };
    expect(ddb.commandCalls(QueryCommand).map((call) => call.args[0].input)).toStrictEqual([
      byYear,
      { ...byYear, ExclusiveStartKey: lastKey },
    ]);
    expect(ofYear).toStrictEqual([aProgram(), older]);
  });

  it('P3a: list the programmes of a year and of the years after it, newest first, every page', async () => {
    // Prepare
    const lastKey = { ...KEY, gsi1pk: STORED.gsi1pk, gsi1sk: STORED.gsi1sk };
    const older = aProgram({ id: 'prg_1b4e28ba-2fa1-41d2-883f-0016d3cca427' });
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [STORED], LastEvaluatedKey: lastKey })
      .resolvesOnce({ Items: [programItem(older)] });

    // Act
    const programs = await listProgramsFrom(2026);

    // Assess: the years before 2026 sort below "2026#" and are never read.
    const fromYear = {
      TableName: TABLE_NAME,
      IndexName: 'gsi1',
      KeyConditionExpression: '#pk = :pk AND #sk >= :from',
      ExpressionAttributeNames: { '#pk': 'gsi1pk', '#sk': 'gsi1sk' },
      ExpressionAttributeValues: { ':pk': 'PROGRAMS', ':from': '2026#' },
      ScanIndexForward: false,
    };
    expect(ddb.commandCalls(QueryCommand).map((call) => call.args[0].input)).toStrictEqual([
      fromYear,
      { ...fromYear, ExclusiveStartKey: lastKey },
    ]);
    expect(programs).toStrictEqual([aProgram(), older]);
  });

  it('P4: programmes whose proposal window must change now', async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({ Items: [STORED] });

    // Act
    const due = await programsDueForTransition('SCHEDULED', NOW);

    // Assess
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      IndexName: 'gsi2',
      KeyConditionExpression: '#pk = :pk AND #sk <= :now',
      ExpressionAttributeNames: { '#pk': 'gsi2pk', '#sk': 'gsi2sk' },
      ExpressionAttributeValues: { ':pk': 'PROGRAM_WINDOW#SCHEDULED', ':now': '2026-04-01T01:00:00.000Z' },
    });
    expect(due).toStrictEqual([aProgram()]);
  });

  it('P5: open or close a window exactly once (opening moves the gsi2 keys, closing removes them)', async () => {
    // Prepare
    ddb.on(UpdateCommand).resolves({});
    const after = new Date('2026-04-15T00:00:00.000Z');

    // Act
    const opened = await transitionProgram(aProgram({ status: 'SCHEDULED' }), 'OPEN', NOW);
    const closed = await transitionProgram(aProgram({ status: 'OPEN' }), 'CLOSED', after);

    // Assess
    expect([opened, closed]).toStrictEqual([true, true]);
    const names = { '#status': 'status', '#updatedAt': 'updatedAt', '#gpk': 'gsi2pk', '#gsk': 'gsi2sk' };
    expect(ddb.commandCalls(UpdateCommand).map((call) => call.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Key: KEY,
        ConditionExpression: '#status = :from',
        UpdateExpression: 'SET #status = :to, #updatedAt = :now, #gpk = :gpk, #gsk = :gsk',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: {
          ':from': 'SCHEDULED',
          ':to': 'OPEN',
          ':now': '2026-04-01T01:00:00.000Z',
          ':gpk': 'PROGRAM_WINDOW#OPEN',
          ':gsk': '2026-04-14T16:59:59.001Z',
        },
      },
      {
        TableName: TABLE_NAME,
        Key: KEY,
        ConditionExpression: '#status = :from',
        UpdateExpression: 'SET #status = :to, #updatedAt = :now REMOVE #gpk, #gsk',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: { ':from': 'OPEN', ':to': 'CLOSED', ':now': '2026-04-15T00:00:00.000Z' },
      },
    ]);
  });

  it('a window change another run already applied answers false', async () => {
    // Prepare
    ddb.on(UpdateCommand).rejects(conditionFailed());

    // Act
    const moved = await transitionProgram(aProgram({ status: 'SCHEDULED' }), 'OPEN', NOW);

    // Assess
    expect(moved).toBe(false);
  });

  it('P6: mark the announcement letter requested', async () => {
    // Prepare
    ddb.on(UpdateCommand).resolves({});

    // Act
    const marked = await markAnnouncementRequested(PROGRAM_ID, aLetterDetails(), NOW);

    // Assess
    expect(marked).toBe(true);
    expect(ddb.commandCalls(UpdateCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: KEY,
      ConditionExpression: 'attribute_exists(pk)',
      UpdateExpression: 'SET #announcement = :announcement, #updatedAt = :now',
      ExpressionAttributeNames: { '#announcement': 'announcement', '#updatedAt': 'updatedAt' },
      ExpressionAttributeValues: {
        ':announcement': {
          status: 'REQUESTED',
          requestedAt: '2026-04-01T01:00:00.000Z',
          letter: aLetterDetails(),
        },
        ':now': '2026-04-01T01:00:00.000Z',
      },
    });
  });

  it('marking the announcement of a programme that does not exist answers false', async () => {
    // Prepare
    ddb.on(UpdateCommand).rejects(conditionFailed());

    // Act
    const marked = await markAnnouncementRequested(PROGRAM_ID, aLetterDetails(), NOW);

    // Assess
    expect(marked).toBe(false);
  });

  it('P7: record the rendered letter (key, SHA-256), the whole announcement map at once', async () => {
    // Prepare
    ddb.on(UpdateCommand).resolves({});
    const document = {
      key: `programs/${PROGRAM_ID}/pengumuman.pdf`,
      sha256: 'a3f1c2d4e5b6978801234567890abcdef0123456789abcdef0123456789abcd',
      requestedAt: '2026-03-31T03:00:00.000Z',
      letter: aLetterDetails(),
    };

    // Act
    await recordAnnouncement(PROGRAM_ID, document, NOW);

    // Assess
    expect(ddb.commandCalls(UpdateCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: KEY,
      ConditionExpression: 'attribute_exists(pk)',
      UpdateExpression: 'SET #announcement = :announcement, #updatedAt = :now',
      ExpressionAttributeNames: { '#announcement': 'announcement', '#updatedAt': 'updatedAt' },
      ExpressionAttributeValues: {
        ':announcement': {
          status: 'READY',
          requestedAt: '2026-03-31T03:00:00.000Z',
          letter: aLetterDetails(),
          documentKey: `programs/${PROGRAM_ID}/pengumuman.pdf`,
          sha256: document.sha256,
          generatedAt: '2026-04-01T01:00:00.000Z',
        },
        ':now': '2026-04-01T01:00:00.000Z',
      },
    });
  });

  it('recording the letter of a programme deleted meanwhile answers false', async () => {
    // Prepare
    ddb.on(UpdateCommand).rejects(conditionFailed());

    // Act
    const record = recordAnnouncement(
      PROGRAM_ID,
      { key: 'k', sha256: 's', requestedAt: 'r', letter: aLetterDetails() },
      NOW,
    );

    // Assess
    await expect(record).resolves.toBe(false);
  });
});
