import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { MonitoringRecord, Recommendation } from '../../events/api/surveillance';
import type { UndertakingSignature } from '../../events/api/undertaking';
import { dynamo } from '../../runtime/clients';
import {
  certificateKey,
  holderSurveillancePartition,
  instansiSurveillancePartition,
  monitoringKey,
  developmentRecommendationKey,
  surveillanceIndexKeys,
} from './keys';
import { queryAll, queryPage } from './query';
import { batchGet, GSI1, GSI2, sendIf, tableName, type TransactItem, withoutKeys } from './table';

/*
 * Maintaining certificates (docs/data-model.md, "Surveillance", SV1-SV9): monitoring records and development
 * recommendations, each an item of its own listed under its holder (gsi1) and its instansi (gsi2) in order of
 * recording, and the holder's signed undertaking on the certificate version.
 */

const MONITORING = 'MonitoringRecord';
const RECOMMENDATION = 'Recommendation';

/** SV1: records a monitoring once (its id is new). */
export function saveMonitoring(record: MonitoringRecord): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...monitoringKey(record.id),
        entity: MONITORING,
        ...surveillanceIndexKeys({ ...record, at: record.recordedAt }),
        ...record,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** SV2: the monitoring records of `ids`, in their order; undefined where none has the id. */
export async function monitoringRecords(ids: readonly string[]): Promise<(MonitoringRecord | undefined)[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = new Map(
    (await batchGet(unique.map(monitoringKey), { consistentRead: true })).map((item) => {
      const record = withoutKeys<MonitoringRecord>(item);
      return [record.id, record] as const;
    }),
  );
  return ids.map((id) => found.get(id));
}

export interface SurveillanceListing {
  monitoring: MonitoringRecord[];
  recommendations: Recommendation[];
}

function listing(items: Record<string, unknown>[]): SurveillanceListing {
  return {
    monitoring: items.filter((i) => i.entity === MONITORING).map((i) => withoutKeys<MonitoringRecord>(i)),
    recommendations: items
      .filter((i) => i.entity === RECOMMENDATION)
      .map((i) => withoutKeys<Recommendation>(i)),
  };
}

/** SV3: a holder's monitoring and the recommendations addressed to them, oldest first. */
export async function surveillanceOfHolder(nip: string): Promise<SurveillanceListing> {
  return listing(
    await queryAll({
      IndexName: GSI1.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': GSI1.pk },
      ExpressionAttributeValues: { ':pk': holderSurveillancePartition(nip) },
    }),
  );
}

/**
 * SV4: one page of an instansi's: its holders' monitoring, and the recommendations to it and to its holders, oldest
 * first; pass the page's `nextCursor` to read the next (the listing grows with the years of its holders).
 */
export async function surveillanceOfInstansi(
  instansiCode: string,
  options: { limit: number; cursor?: string },
): Promise<SurveillanceListing & { nextCursor?: string }> {
  const page = await queryPage(
    {
      index: GSI2,
      pk: instansiSurveillancePartition(instansiCode),
      limit: options.limit,
      cursor: options.cursor,
    },
    (item) => item,
  );
  return { ...listing(page.items), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}

/** SV5: records a recommendation once (its id is new). */
export function saveRecommendation(recommendation: Recommendation): Promise<boolean> {
  return sendIf(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...developmentRecommendationKey(recommendation.id),
        entity: RECOMMENDATION,
        ...surveillanceIndexKeys({
          ...(recommendation.to.kind === 'PEMEGANG' && { nip: recommendation.to.nip }),
          instansiCode: recommendation.instansiCode,
          at: recommendation.issuedAt,
          id: recommendation.id,
        }),
        ...recommendation,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

/** SV6: one recommendation, strongly consistent. */
export async function findRecommendation(id: string): Promise<Recommendation | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({ TableName: tableName(), Key: developmentRecommendationKey(id), ConsistentRead: true }),
  );
  return Item ? withoutKeys<Recommendation>(Item) : undefined;
}

/** SV7: moves a recommendation from the status read to the next, its history appended; false when it moved. */
export function progressRecommendation(
  id: string,
  from: Recommendation['status'],
  entry: Recommendation['history'][number],
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: developmentRecommendationKey(id),
      ConditionExpression: '#status = :from',
      UpdateExpression: 'SET #status = :to, #history = list_append(#history, :entry)',
      ExpressionAttributeNames: { '#status': 'status', '#history': 'history' },
      ExpressionAttributeValues: { ':from': from, ':to': entry.status, ':entry': [entry] },
    }),
  );
}

/** SV8: the holder's signature of the undertaking, once, on a version in force; false otherwise. */
export function signUndertaking(
  registrationNumber: string,
  signature: UndertakingSignature,
): Promise<boolean> {
  return sendIf(
    new UpdateCommand({
      TableName: tableName(),
      Key: certificateKey(registrationNumber),
      ConditionExpression: 'attribute_exists(pk) AND #status = :active AND attribute_not_exists(#signature)',
      UpdateExpression: 'SET #signature = :signature',
      ExpressionAttributeNames: { '#status': 'status', '#signature': 'undertakingSignature' },
      ExpressionAttributeValues: { ':active': 'AKTIF', ':signature': signature },
    }),
  );
}

/**
 * SV9: the item a revocation adds to its transaction when it rests on a monitoring record: the record names the
 * revocation, so the holder's listing shows where the finding led.
 */
export const revocationBasisItem = (
  monitoringId: string,
  revocation: NonNullable<MonitoringRecord['revocation']>,
): TransactItem => ({
  Update: {
    TableName: tableName(),
    Key: monitoringKey(monitoringId),
    ConditionExpression: 'attribute_exists(pk)',
    UpdateExpression: 'SET #revocation = :revocation',
    ExpressionAttributeNames: { '#revocation': 'revocation' },
    ExpressionAttributeValues: { ':revocation': revocation },
  },
});
