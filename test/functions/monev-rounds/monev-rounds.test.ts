import '../helpers/env';
import {
  BatchGetCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DeleteCommandInput,
  type PutCommandInput,
  type QueryCommandInput,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/monev-rounds/index';
import { ACTION_PLAN_EXAMPLE } from '../../../events/api/training';
import { lambdaContext } from '../helpers/context';
import { aProgram, OTHER_PROGRAM_ID, PROGRAM_ID } from '../helpers/programs';
import { INSTANSI, NIP, OTHER_NIP } from '../helpers/proposals';
import { aCohort, aParticipant, cohortItem, participantItem, serve } from '../preassessment/table';
import { conditionFailed } from '../../adapters/dynamodb/dynamodb-errors';

/*
 * The daily Monev job through its Lambda handler, on a table kept in memory: what it opens, sends, reminds and
 * closes on each day, that a second run the same day writes nothing new (every write conditional), and that it
 * reads only the programmes its index lists as due (MV18), moving each entry to its next day.
 */
const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
process.env.PUBLIC_BASE_URL = 'https://sertifikasi.bkn.go.id';
/** The e-mails the job asked the notification queue for, in order. */
const requested = () =>
  sqs
    .commandCalls(SendMessageBatchCommand)
    .flatMap((call) => call.args[0].input.Entries ?? [])
    .map((entry) => JSON.parse(entry.MessageBody!) as Record<string, unknown>);
const context = lambdaContext('monev-rounds');
const MENTOR = '197001011995031001';

const confirmation = (nip: string, mentor: boolean) => ({
  pk: `PARTICIPANT#${PROGRAM_ID}#${nip}`,
  sk: 'TRAINING#CONFIRMATION',
  entity: 'Confirmation',
  programId: PROGRAM_ID,
  nip,
  instansiCode: INSTANSI,
  cohort: 19,
  attending: true,
  actionPlan: mentor
    ? ACTION_PLAN_EXAMPLE
    : { ...ACTION_PLAN_EXAMPLE, mentor: undefined, identity: undefined },
  confirmedBy: nip,
  confirmedAt: '2026-07-20T03:00:00.000Z',
  version: 1,
});

/** A programme's entry in the job's index (MV16), due on `dueOn`. */
const dueItem = (programId: string, dueOn: string, revision = 0) => ({
  pk: `PROGRAM#${programId}#MONEV`,
  sk: '#DUE',
  gsi2pk: 'MONEV_DUE',
  gsi2sk: `${dueOn}#${programId}`,
  entity: 'MonevDue',
  programId,
  programName: aProgram().name,
  dueOn,
  revision,
});

let items: Record<string, unknown>[];
const at = (instant: string) => vi.setSystemTime(new Date(instant));
const run = () =>
  handler({}, context) as Promise<{ opened: number; sent: number; reminded: number; closed: number }>;
const written = (prefix: string) => items.filter((i) => String(i.sk).startsWith(prefix));
const dueOn = (programId = PROGRAM_ID) =>
  items.find((i) => i.pk === `PROGRAM#${programId}#MONEV` && i.sk === '#DUE')?.dueOn;
/** The partitions the job queried. */
const queried = () =>
  ddb.commandCalls(QueryCommand).map((c) => String(c.args[0].input.ExpressionAttributeValues?.[':pk']));
/** The job's reads of the cohort's seats and plans and of the round's questionnaires, and its writes. */
const roundWork = () => ({
  questionnaireReads: ddb
    .commandCalls(QueryCommand)
    .filter((c) => String(c.args[0].input.ExpressionAttributeValues?.[':pk']).startsWith('MONEV#')).length,
  planReads: ddb.commandCalls(BatchGetCommand).length,
  writes: ddb.commandCalls(PutCommand).length + ddb.commandCalls(UpdateCommand).length,
});

beforeEach(() => {
  ddb.reset();
  sqs.reset();
  sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [] });
  vi.useFakeTimers({ toFake: ['Date'] });
  items = [
    dueItem(PROGRAM_ID, '2026-10-30'), // the 3-month round of cohort 19 opens on 30 October
    cohortItem(aCohort()), // 29-30 July 2026
    participantItem(aParticipant()),
    participantItem(aParticipant({ nip: OTHER_NIP })),
    confirmation(NIP, true),
    confirmation(OTHER_NIP, false),
  ];
  serve(ddb, items);
  // The index's key condition (MV18): the entries due on or before the day.
  ddb.on(QueryCommand, { IndexName: 'gsi2' }).callsFake((input: QueryCommandInput) => ({
    Items: items
      .filter(
        (i) =>
          i.gsi2pk === input.ExpressionAttributeValues![':pk'] &&
          String(i.gsi2sk) <= String(input.ExpressionAttributeValues![':last']),
      )
      .map((i) => structuredClone(i)),
  }));
  // Conditional creates, updates and deletes on the items above, as DynamoDB would answer them.
  const find = (key: Record<string, unknown> | undefined) =>
    items.find((i) => i.pk === key?.pk && i.sk === key?.sk);
  ddb.on(PutCommand).callsFake((input: PutCommandInput) => {
    const existing = find(input.Item);
    if (existing && input.ConditionExpression === 'attribute_not_exists(pk)') throw conditionFailed();
    items.push(structuredClone(input.Item!));
    return {};
  });
  ddb.on(UpdateCommand).callsFake((input: UpdateCommandInput) => {
    const item = find(input.Key);
    const values = input.ExpressionAttributeValues ?? {};
    if (!item) throw conditionFailed();
    if (input.UpdateExpression === 'SET #field = :at') {
      const field = input.ExpressionAttributeNames!['#field']!;
      if (item[field] !== undefined) throw conditionFailed();
      item[field] = values[':at'];
    } else if (input.UpdateExpression?.startsWith('SET #status')) {
      if (item.status !== 'OPEN') throw conditionFailed();
      Object.assign(item, { status: 'CLOSED', closedAt: values[':at'] });
    } else if (input.UpdateExpression?.startsWith('SET #dueOn')) {
      if (item.revision !== values[':read']) throw conditionFailed();
      Object.assign(item, { dueOn: values[':dueOn'], gsi2sk: values[':g2sk'] });
    }
    return {};
  });
  ddb.on(DeleteCommand).callsFake((input: DeleteCommandInput) => {
    const item = find(input.Key);
    if (!item || item.revision !== input.ExpressionAttributeValues?.[':read']) throw conditionFailed();
    items.splice(items.indexOf(item), 1);
    return {};
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Monev rounds job', () => {
  it('waits until 3 months after the last day (WIB), then opens the round and sends each questionnaire once', async () => {
    at('2026-10-29T16:59:59.000Z'); // 29 October, 23:59:59 WIB
    expect(await run()).toEqual({ opened: 0, sent: 0, reminded: 0, closed: 0 });
    at('2026-10-29T17:15:00.000Z'); // 30 October, 00:15 WIB
    ddb.resetHistory();
    expect(await run()).toEqual({ opened: 1, sent: 3, reminded: 0, closed: 0 });
    expect(written('Q#').map((q) => [q.sk, q.recipientNip, q.sentAt !== undefined])).toEqual([
      [`Q#${NIP}#PESERTA`, NIP, true],
      [`Q#${NIP}#MENTOR`, MENTOR, true],
      [`Q#${OTHER_NIP}#PESERTA`, OTHER_NIP, true],
    ]);
    // The round opened by this run: each questionnaire created already stamped sent once its e-mail is queued
    // (one write, no stamp after it), and none read back. Writes: the round, 3 questionnaires, the round's mark
    // and the programme's next day in the job's index.
    expect(roundWork()).toEqual({ questionnaireReads: 0, planReads: 1, writes: 6 });
    // Run again the same day: nothing new is written, nothing is sent twice.
    const before = items.length;
    expect(await run()).toEqual({ opened: 0, sent: 0, reminded: 0, closed: 0 });
    expect(items).toHaveLength(before);
    // Each questionnaire e-mailed through the notification queue: to the plan's address, or recorded without one.
    expect(requested().map((m) => [m.kind, m.notificationId, m.to])).toHaveLength(3);
    // The round's three e-mails queued in one SendMessageBatch, not one request each.
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(1);
    expect(requested().map((m) => [m.kind, m.notificationId, m.to])).toEqual(
      expect.arrayContaining([
        [
          'KUESIONER_MONEV',
          `KUESIONER_MONEV#${PROGRAM_ID}#19#3#${NIP}#PESERTA`,
          { email: 'nh@example.go.id', name: aParticipant().name },
        ],
        [
          'KUESIONER_MONEV',
          `KUESIONER_MONEV#${PROGRAM_ID}#19#3#${NIP}#MENTOR`,
          { email: null, name: 'Arm, S.Sos' },
        ],
        [
          'KUESIONER_MONEV',
          `KUESIONER_MONEV#${PROGRAM_ID}#19#3#${OTHER_NIP}#PESERTA`,
          { email: null, name: aParticipant({ nip: OTHER_NIP }).name },
        ],
      ]),
    );
    expect(requested().find((m) => m.to && (m.to as { email: unknown }).email)).toMatchObject({
      type: 'NotificationRequested',
      fields: {
        programName: aProgram().name,
        round: 'Monev 3 bulan pascapelatihan',
        link: 'https://sertifikasi.bkn.go.id/monev/questionnaires',
      },
    });
  });

  it('a questionnaire of a new round that a concurrent run created first is stamped sent, not created again', async () => {
    items.push({
      pk: `MONEV#${PROGRAM_ID}#19#3`,
      sk: `Q#${OTHER_NIP}#PESERTA`,
      nip: OTHER_NIP,
      respondent: 'PESERTA',
    });
    at('2026-10-29T17:15:00.000Z');
    expect(await run()).toEqual({ opened: 1, sent: 3, reminded: 0, closed: 0 });
    expect(written('Q#').map((q) => [q.sk, q.sentAt])).toEqual([
      [`Q#${OTHER_NIP}#PESERTA`, '2026-10-29T17:15:00.000Z'],
      [`Q#${NIP}#PESERTA`, '2026-10-29T17:15:00.000Z'],
      [`Q#${NIP}#MENTOR`, '2026-10-29T17:15:00.000Z'],
    ]);
  });

  it('reminds once from 7 days before closing whoever has not answered, then closes after the last day', async () => {
    at('2026-10-29T17:15:00.000Z');
    await run();
    written('Q#').find((q) => q.sk === `Q#${NIP}#PESERTA`)!.answer = { progress: [] };
    at('2026-11-21T17:15:00.000Z'); // 22 November: 30 days open, closing 29 November
    expect(await run()).toEqual({ opened: 0, sent: 0, reminded: 2, closed: 0 });
    expect(await run()).toEqual({ opened: 0, sent: 0, reminded: 0, closed: 0 });
    expect(
      requested()
        .filter((m) => m.kind === 'PENGINGAT_MONEV')
        .map((m) => m.notificationId),
    ).toEqual([
      `PENGINGAT_MONEV#${PROGRAM_ID}#19#3#${NIP}#MENTOR`,
      `PENGINGAT_MONEV#${PROGRAM_ID}#19#3#${OTHER_NIP}#PESERTA`,
    ]);
    at('2026-11-29T17:15:00.000Z'); // 30 November
    expect(await run()).toEqual({ opened: 0, sent: 0, reminded: 0, closed: 1 });
    expect(await run()).toEqual({ opened: 0, sent: 0, reminded: 0, closed: 0 });
    expect(written('ROUND#').map((r) => r.status)).toEqual(['CLOSED']);
  });

  it('marks each step done on the round, then reads and writes nothing more for it on the days between (MV15)', async () => {
    at('2026-10-29T17:15:00.000Z');
    await run();
    expect(written('ROUND#').map((r) => [r.sentAt, r.remindedAt])).toEqual([
      ['2026-10-29T17:15:00.000Z', undefined],
    ]);
    // The days between sending and reminding: the round has no work, so neither plans nor questionnaires are read.
    ddb.resetHistory();
    at('2026-11-10T17:15:00.000Z');
    expect(await run()).toEqual({ opened: 0, sent: 0, reminded: 0, closed: 0 });
    expect(roundWork()).toEqual({ questionnaireReads: 0, planReads: 0, writes: 0 });
    // The reminder day reads the questionnaires once (not the plans: every questionnaire exists) and marks it.
    at('2026-11-21T17:15:00.000Z');
    expect(await run()).toEqual({ opened: 0, sent: 0, reminded: 3, closed: 0 });
    expect(roundWork()).toMatchObject({ questionnaireReads: 1, planReads: 0 });
    expect(written('ROUND#').map((r) => r.remindedAt)).toEqual(['2026-11-21T17:15:00.000Z']);
    ddb.resetHistory();
    at('2026-11-24T17:15:00.000Z');
    expect(await run()).toEqual({ opened: 0, sent: 0, reminded: 0, closed: 0 });
    expect(roundWork()).toEqual({ questionnaireReads: 0, planReads: 0, writes: 0 });
    // Closed, the round is never read again.
    at('2026-11-29T17:15:00.000Z');
    await run();
    ddb.resetHistory();
    at('2027-01-04T17:15:00.000Z');
    await run();
    expect(roundWork()).toEqual({ questionnaireReads: 0, planReads: 0, writes: 0 });
  });

  it('completes a round whose first run could not queue its e-mails: not marked sent, the next run sends each once', async () => {
    at('2026-10-29T17:15:00.000Z');
    sqs
      .on(SendMessageBatchCommand)
      .rejectsOnce(new Error('SQS unavailable'))
      .resolves({ Successful: [], Failed: [] });
    await expect(run()).rejects.toThrow(/Monev failed/);
    expect(written('ROUND#').map((r) => r.sentAt)).toEqual([undefined]);
    // Queued before stamped: no questionnaire is stamped sent while its e-mail was not queued.
    expect(written('Q#').filter((q) => q.sentAt !== undefined)).toEqual([]);
    expect(dueOn()).toBe('2026-10-30'); // kept: the programme is due again on the next run
    at('2026-10-30T17:15:00.000Z');
    expect(await run()).toMatchObject({ opened: 0, sent: 3 });
    expect(written('Q#').every((q) => q.sentAt !== undefined)).toBe(true);
    expect(written('ROUND#').map((r) => r.sentAt)).toEqual(['2026-10-30T17:15:00.000Z']);
    // A third run finds the round marked sent and queues nothing more.
    at('2026-10-31T17:15:00.000Z');
    const batches = sqs.commandCalls(SendMessageBatchCommand).length;
    expect(await run()).toMatchObject({ sent: 0 });
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(batches);
  });

  it('does not open a round whose answering period passed before it was first seen', async () => {
    at('2026-12-01T17:15:00.000Z');
    expect(await run()).toEqual({ opened: 0, sent: 0, reminded: 0, closed: 0 });
    expect(written('ROUND#')).toEqual([]);
  });

  it('reads only the programmes its index lists as due: an old programme whose Monev ended, or one not yet due, is never read', async () => {
    const OLD = 'prg_2019';
    items.push(
      // A 2019 programme whose last round closed long ago: its entry was deleted (MV20), its items remain.
      cohortItem(aCohort({ programId: OLD, endDate: '2019-05-03' })),
      {
        pk: `PROGRAM#${OLD}#MONEV`,
        sk: 'ROUND#019#12',
        entity: 'MonevRound',
        programId: OLD,
        status: 'CLOSED',
      },
      // A programme whose first round opens next year.
      dueItem(OTHER_PROGRAM_ID, '2027-06-30'),
      cohortItem(aCohort({ programId: OTHER_PROGRAM_ID, endDate: '2027-03-31' })),
    );
    at('2026-10-29T17:15:00.000Z'); // 30 October
    expect(await run()).toMatchObject({ opened: 1 });
    expect(queried().filter((pk) => pk.includes(OLD) || pk.includes(OTHER_PROGRAM_ID))).toEqual([]);
    expect(queried()).not.toContain('PROGRAMS');
    expect(queried()[0]).toBe('MONEV_DUE');
  });

  it("moves the programme's entry to the day of its next step after each run, and deletes it once its last round is closed", async () => {
    const days: [string, unknown][] = [];
    for (const day of ['2026-10-30', '2026-11-22', '2026-11-30', '2027-01-30', '2027-02-22', '2027-03-02']) {
      at(`${day}T01:00:00.000Z`);
      await run();
      days.push([day, dueOn()]);
    }
    expect(days).toEqual([
      ['2026-10-30', '2026-11-22'], // sent: the reminder day
      ['2026-11-22', '2026-11-30'], // reminded: the day after it closes
      ['2026-11-30', '2027-01-30'], // closed: the 6-month round opens
      ['2027-01-30', '2027-02-22'],
      ['2027-02-22', '2027-03-02'],
      ['2027-03-02', '2027-07-30'], // the 12-month round
    ]);
    for (const day of ['2027-07-30', '2027-08-22']) {
      at(`${day}T01:00:00.000Z`);
      await run();
    }
    expect(dueOn()).toBe('2027-08-30');
    // Not run on its day: the round stays open and the entry due.
    at('2027-09-05T01:00:00.000Z');
    ddb.resetHistory();
    expect(await run()).toMatchObject({ closed: 1 });
    expect(dueOn()).toBeUndefined();
    expect(written('ROUND#').map((r) => r.status)).toEqual(['CLOSED', 'CLOSED', 'CLOSED']);
    ddb.resetHistory();
    at('2028-01-01T01:00:00.000Z');
    expect(await run()).toEqual({ opened: 0, sent: 0, reminded: 0, closed: 0 });
    expect(queried()).toEqual(['MONEV_DUE']);
  });
});
