import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monevDue } from '../../adapters/dynamodb/monev-repository';
import type { LocalStack } from '../../tools/local/local-stack';
import { callerFor, startTestStack, type Caller } from './helpers';

/*
 * The daily Monev job's index (docs/data-model.md MV16-MV20) on DynamoDB Local, read through gsi2's key condition
 * as the job reads it: a new programme is listed from the day its first round opens, setting its points makes it
 * due at once, each run moves it to the day of its next step, its later cohort keeps it listed after the first
 * cohort's rounds are closed, and it leaves the index once its last round is closed.
 */

const NAME = 'Pelatihan dan Sertifikasi Manajemen ASN 2019 (indeks Monev)';

describe("the Monev job's index on DynamoDB Local", () => {
  let stack: LocalStack;
  let admin: Caller;
  let programId: string;

  /** The programme's entry as the job reads it on `today` (MV18), or undefined when not due. */
  const listed = async (today: string) =>
    (await monevDue(today)).find((entry) => entry.programId === programId);
  const runOn = async (date: string) => {
    expect((await admin('PUT', '/_local/clock', { date })).status).toBe(200);
    return stack.fireSchedule('monevRounds');
  };

  beforeAll(async () => {
    stack = await startTestStack({ calendarStart: { date: '2019-04-04' } });
    admin = await callerFor(stack, 'admin-bkn');
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it('lists a new programme from the day its first round opens, and each later write or run moves its day', async () => {
    const created = await admin('POST', '/programs', {
      name: NAME,
      year: 2019,
      schemes: ['ADMINISTRATOR'],
      quotaPerInstansi: { ADMINISTRATOR: 3 },
      proposalWindow: { opensAt: '2019-04-05T09:00:00+07:00', closesAt: '2019-04-15T23:59:59+07:00' },
      cohortPlan: [
        { number: 1, scheme: 'ADMINISTRATOR', capacity: 5, startDate: '2019-05-02', endDate: '2019-05-03' },
        { number: 2, scheme: 'ADMINISTRATOR', capacity: 5, startDate: '2019-09-26', endDate: '2019-09-27' },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    programId = created.body.id as string;

    // The default points: due from 3 months after the first cohort's last day, not before.
    expect(await listed('2019-08-02')).toBeUndefined();
    expect(await listed('2019-08-03')).toMatchObject({ dueOn: '2019-08-03', programName: NAME, revision: 0 });

    // A first point at month 1, a single point: due today, for the job to plan the rounds again.
    const set = await admin('PUT', `/programs/${programId}/monev`, {
      points: [1],
      answerDays: 30,
      reminderDaysBefore: 7,
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(await listed('2019-04-04')).toMatchObject({ dueOn: '2019-04-04', revision: 1 });

    // The job plans them the same day: cohort 1's round opens on 3 June.
    await stack.fireSchedule('monevRounds');
    expect(await listed('2019-06-02')).toBeUndefined();
    expect((await listed('2019-06-03'))?.dueOn).toBe('2019-06-03');

    // Cohort 1's round: opened, reminded, closed; then the later cohort keeps the programme listed.
    expect(await runOn('2019-06-03')).toMatchObject({ opened: 1 });
    expect(await listed('2019-06-03')).toBeUndefined();
    expect((await listed('2019-06-26'))?.dueOn).toBe('2019-06-26');
    await runOn('2019-06-26');
    expect((await listed('2019-07-04'))?.dueOn).toBe('2019-07-04');
    expect(await runOn('2019-07-04')).toMatchObject({ closed: 1 });
    expect((await listed('2019-10-27'))?.dueOn).toBe('2019-10-27');

    // Cohort 2's round, run late on each step; closed, the programme leaves the index for good.
    expect(await runOn('2019-10-28')).toMatchObject({ opened: 1 });
    await runOn('2019-11-20');
    expect(await runOn('2019-12-01')).toMatchObject({ closed: 1 });
    expect(await listed('2099-12-31')).toBeUndefined();
  });
});
