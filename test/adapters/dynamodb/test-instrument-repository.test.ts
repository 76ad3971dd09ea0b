import '../../functions/helpers/env';
import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  cohortTestPlans,
  findInstrument,
  programInstruments,
  saveInstrumentReview,
  saveInstrumentVersion,
  saveUnitTestPlan,
} from '../../../adapters/dynamodb/test-instrument-repository';
import { InstrumentReview, InstrumentVersion, UnitTestPlan } from '../../../events/api/test-instruments';
import { TABLE_NAME } from '../../functions/helpers/env';
import { conditionFailed } from './dynamodb-errors';

/*
 * The access patterns TI1-TI6 of docs/data-model.md: a programme's instruments (versions never changed, reviews
 * appended) and a cohort's test plan per unit; the exact command each sends.
 */

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const example = <T>(schema: { meta: () => unknown }) =>
  structuredClone((schema.meta() as { examples: T[] }).examples[0]!);
const VERSION = example<InstrumentVersion>(InstrumentVersion);
const REVIEW = example<InstrumentReview>(InstrumentReview);
const PLAN = example<UnitTestPlan>(UnitTestPlan);
const PK = `INSTRUMENTS#${VERSION.programId}`;
const versionItem = {
  pk: PK,
  sk: `INSTRUMENT#${VERSION.instrumentId}#V#0001`,
  entity: 'InstrumentVersion',
  ...VERSION,
};
const reviewItem = {
  pk: PK,
  sk: `INSTRUMENT#${VERSION.instrumentId}#REVIEW#${REVIEW.reviewedAt}#r1`,
  entity: 'InstrumentReview',
  ...REVIEW,
};
const planItem = {
  pk: `COHORT#${PLAN.programId}#019`,
  sk: `TESTPLAN#${PLAN.unitCode}`,
  entity: 'UnitTestPlan',
  ...PLAN,
};

describe('test instrument repository', () => {
  it('TI1: every instrument of a programme, versions and reviews grouped by instrument', async () => {
    ddb.on(QueryCommand).resolves({ Items: [versionItem, reviewItem] });
    const found = await programInstruments(VERSION.programId);
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': PK },
      ConsistentRead: true,
    });
    expect(found.get(VERSION.instrumentId)).toStrictEqual({ versions: [VERSION], reviews: [REVIEW] });
  });

  it('TI2: one instrument, or undefined when it has no version', async () => {
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [versionItem] })
      .resolvesOnce({ Items: [] });
    expect(await findInstrument(VERSION.programId, VERSION.instrumentId)).toStrictEqual({
      versions: [VERSION],
      reviews: [],
    });
    expect(await findInstrument(VERSION.programId, 'ins_000000000000')).toBeUndefined();
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': PK, ':prefix': `INSTRUMENT#${VERSION.instrumentId}#` },
      ConsistentRead: true,
    });
  });

  it('TI3: a new version is written only where none is, so an old version never changes', async () => {
    ddb.on(PutCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    expect(await saveInstrumentVersion(VERSION)).toBe(true);
    expect(await saveInstrumentVersion(VERSION)).toBe(false);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Item: versionItem,
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('TI4: a review is appended, never replacing another', async () => {
    ddb.on(PutCommand).resolves({});
    await saveInstrumentReview(REVIEW, 'r1');
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Item: reviewItem,
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it("TI5: a cohort's test plan, one item per unit, strongly consistent", async () => {
    ddb.on(QueryCommand).resolves({ Items: [planItem] });
    expect(await cohortTestPlans(PLAN.programId, 19)).toStrictEqual([PLAN]);
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': `COHORT#${PLAN.programId}#019`, ':prefix': 'TESTPLAN#' },
      ConsistentRead: true,
    });
  });

  it("TI6: a unit's plan replaces the one before", async () => {
    ddb.on(PutCommand).resolves({});
    await saveUnitTestPlan(PLAN);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Item: planItem,
    });
  });
});
