import '../helpers/env';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handler } from '../../../functions/programs/index';
import { COHORTS_2019 } from '../../../domain/reference/cohorts-2019';
import { ADMIN_USERNAME, apiEvent, bodyOf, claimsWith, type ApiEventOptions } from '../helpers/api-event';
import { lambdaContext } from '../helpers/context';
import { writesOf } from '../helpers/writes';

const ddb = mockClient(DynamoDBDocumentClient);
const context = lambdaContext('programs');

const NOW = '2027-02-01T03:00:00.000Z';
const ROUTE = 'POST /programs/reference-2019';

/** The 2027 round on the 2019 plan: proposals 1-29 March 2027 WIB, first cohort on Monday 3 May 2027. */
const request = () => ({
  year: 2027,
  proposalWindow: { opensAt: '2027-03-01T00:00:00+07:00', closesAt: '2027-03-29T23:59:59+07:00' },
  firstCohortStartsOn: '2027-05-03',
});

const create = (body: unknown, options: ApiEventOptions = {}) =>
  handler(apiEvent(ROUTE, { body, ...options }), context);

/** The 2019 table moved as a block, computed here with plain UTC day arithmetic. */
const DAY = 24 * 60 * 60 * 1000;
const shiftDays = (Date.parse('2027-05-03') - Date.parse('2019-05-06')) / DAY;
const shifted = (date: string) => new Date(Date.parse(date) + shiftDays * DAY).toISOString().slice(0, 10);
const expectedCohorts = () =>
  COHORTS_2019.map((c) => ({
    number: c.number,
    scheme: c.level,
    capacity: 30,
    startDate: shifted(c.startDate),
    endDate: shifted(c.endDate),
  }));

describe('POST /programs/reference-2019 (createProgram2019)', () => {
  beforeEach(() => {
    ddb.reset();
    ddb.on(TransactWriteCommand).resolves({});
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(NOW));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the 2019 plan: 3 schemes, quota 1 each, 50 cohorts of 30 moved to the first cohort date', async () => {
    // Prepare: the default request.

    // Act
    const result = await create(request());

    // Assess
    expect(result.statusCode).toBe(201);
    const { id } = bodyOf<{ id: string }>(result);
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
    expect(writesOf(ddb)).toStrictEqual([
      { op: 'Put', pk: `PROGRAM#${id}#MONEV`, sk: '#DUE', entity: 'MonevDue' },
      { op: 'Put', pk: `PROGRAM#${id}`, sk: '#PROGRAM', entity: 'Program' },
      ...Array.from({ length: 50 }, (_, i) => ({
        op: 'Put',
        pk: `COHORT#${id}#${String(i + 1).padStart(3, '0')}`,
        sk: '#COHORT',
        entity: 'Cohort',
      })),
    ]);
    expect(bodyOf(result)).toStrictEqual({
      id,
      name: 'Pelatihan dan Sertifikasi Manajemen ASN 2027',
      year: 2027,
      schemes: ['JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS'],
      proposalWindow: { opensAt: '2027-02-28T17:00:00.000Z', closesAt: '2027-03-29T16:59:59.000Z' },
      quotaPerInstansi: { JPT_PRATAMA: 1, ADMINISTRATOR: 1, PENGAWAS: 1 },
      cohortPlan: expectedCohorts(),
      status: 'SCHEDULED',
      funding: { source: 'APBN' },
      origin: { kind: 'NASIONAL' },
      createdBy: ADMIN_USERNAME,
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(ddb.calls()).toHaveLength(2); // the Monev entry (MV16), then the transaction
  });

  it('keeps the 2019 table: 50 cohorts (3 JPT Pratama, 15 Pengawas, 32 Administrator), first on the given day', async () => {
    // Prepare: the default request.

    // Act
    const result = await create(request());

    // Assess
    const { cohortPlan } = bodyOf<{ cohortPlan: { number: number; scheme: string; startDate: string }[] }>(
      result,
    );
    expect(cohortPlan).toHaveLength(50);
    expect(cohortPlan.map((c) => c.number)).toStrictEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const perScheme = Object.groupBy(cohortPlan, (c) => c.scheme);
    expect(perScheme.JPT_PRATAMA).toHaveLength(3);
    expect(perScheme.PENGAWAS).toHaveLength(15);
    expect(perScheme.ADMINISTRATOR).toHaveLength(32);
    expect(cohortPlan[0]).toMatchObject({ number: 1, startDate: '2027-05-03', endDate: '2027-05-04' });
    expect(cohortPlan[49]).toMatchObject({ number: 50, startDate: '2027-08-12', endDate: '2027-08-13' });
  });

  it('answers 422 PROGRAM-COHORT-DATES, writing nothing, when cohorts would start before the window closes', async () => {
    // Prepare: the plan's first cohorts (May in 2019) would start on 15 March, inside the window.
    const body = { ...request(), firstCohortStartsOn: '2027-03-15' };

    // Act
    const result = await create(body);

    // Assess
    expect(result.statusCode).toBe(422);
    const error = bodyOf<{ code: string; details: { code: string; field: string }[] }>(result);
    expect(error.code).toBe('RULES_NOT_MET');
    expect(new Set(error.details.map((v) => v.code))).toStrictEqual(new Set(['PROGRAM-COHORT-DATES']));
    expect(error.details.map((v) => v.field)).toContain('cohortPlan.0.startDate');
    expect(ddb.calls()).toHaveLength(0);
  });

  it.each([
    ['an unknown field', { ...request(), quotaPerInstansi: { PENGAWAS: 3 } }, 'body', 'unrecognized_keys'],
    [
      'a date that does not exist',
      { ...request(), firstCohortStartsOn: '2027-02-30' },
      'body.firstCohortStartsOn',
      'invalid_format',
    ],
    ['a year before 2019', { ...request(), year: 2018 }, 'body.year', 'too_small'],
  ])('answers 400 VALIDATION_FAILED for %s, without a write', async (_case, body, path, issue) => {
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

  it('answers 403 FORBIDDEN_ROLE to a Kanreg operator', async () => {
    // Prepare
    const claims = claimsWith('[kanreg]', { 'custom:kanreg': 'III' });

    // Act
    const result = await create(request(), { claims });

    // Assess
    expect(result.statusCode).toBe(403);
    expect(bodyOf(result)).toMatchObject({ code: 'FORBIDDEN_ROLE' });
    expect(ddb.calls()).toHaveLength(0);
  });
});
