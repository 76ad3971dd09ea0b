import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { InstrumentReview, InstrumentVersion, UnitTestPlan } from '../../events/api/test-instruments';
import { dynamo } from '../../runtime/clients';
import {
  cohortKey,
  instrumentPartition,
  instrumentPrefix,
  instrumentReviewKey,
  instrumentVersionKey,
  TEST_PLAN_PREFIX,
  unitTestPlanKey,
} from './keys';
import { queryAll, skBeginsWith } from './query';
import { sendIf, tableName, withoutKeys } from './table';

/** An instrument as stored: its versions and reviews, each in the order written. */
export interface InstrumentRecords {
  versions: InstrumentVersion[];
  reviews: InstrumentReview[];
}

function byInstrument(items: readonly Record<string, unknown>[]): Map<string, InstrumentRecords> {
  const instruments = new Map<string, InstrumentRecords>();
  for (const item of items) {
    const id = item.instrumentId as string;
    const records = instruments.get(id) ?? { versions: [], reviews: [] };
    instruments.set(id, records);
    if (item.entity === 'InstrumentVersion') records.versions.push(withoutKeys<InstrumentVersion>(item));
    else records.reviews.push(withoutKeys<InstrumentReview>(item));
  }
  return instruments;
}

/** TI1: every instrument of a programme, by id. */
export async function programInstruments(programId: string): Promise<Map<string, InstrumentRecords>> {
  return byInstrument(
    await queryAll({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': instrumentPartition(programId) },
      ConsistentRead: true,
    }),
  );
}

/** TI2: one instrument's versions and reviews; undefined when it has none. */
export async function findInstrument(
  programId: string,
  instrumentId: string,
): Promise<InstrumentRecords | undefined> {
  const items = await queryAll({
    ...skBeginsWith(instrumentPartition(programId), instrumentPrefix(instrumentId)),
    ConsistentRead: true,
  });
  return byInstrument(items).get(instrumentId);
}

/** TI3: a new version; false when that version exists already (written meanwhile), nothing changed. */
export function saveInstrumentVersion(version: InstrumentVersion): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...instrumentVersionKey(version.programId, version.instrumentId, version.version),
        entity: 'InstrumentVersion',
        ...version,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** TI4: a review, never changed; `id` keeps two recorded in the same millisecond apart. */
export async function saveInstrumentReview(review: InstrumentReview, id: string): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...instrumentReviewKey(review.programId, review.instrumentId, review.reviewedAt, id),
        entity: 'InstrumentReview',
        ...review,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** TI5: a cohort's test plan, one per unit, by unit code. */
export async function cohortTestPlans(programId: string, cohort: number): Promise<UnitTestPlan[]> {
  return (
    await queryAll({
      ...skBeginsWith(cohortKey(programId, cohort).pk, TEST_PLAN_PREFIX),
      ConsistentRead: true,
    })
  ).map((item) => withoutKeys<UnitTestPlan>(item));
}

/** TI6: a unit's test plan; a new plan of the unit replaces the one before. */
export async function saveUnitTestPlan(plan: UnitTestPlan): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...unitTestPlanKey(plan.programId, plan.cohort, plan.unitCode),
        entity: 'UnitTestPlan',
        ...plan,
      },
    }),
  );
}
