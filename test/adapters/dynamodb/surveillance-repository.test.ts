import '../../functions/helpers/env';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  findRecommendation,
  monitoringRecords,
  progressRecommendation,
  revocationBasisItem,
  saveMonitoring,
  saveRecommendation,
  signUndertaking,
  surveillanceOfHolder,
  surveillanceOfInstansi,
} from '../../../adapters/dynamodb/surveillance-repository';
import { MonitoringRecord, Recommendation } from '../../../events/api/surveillance';
import { TABLE_NAME } from '../../functions/helpers/env';
import { conditionFailed } from './dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const RECORD = structuredClone((MonitoringRecord.meta()?.examples as MonitoringRecord[])[0]!);
const RECOMMENDATION = structuredClone((Recommendation.meta()?.examples as Recommendation[])[0]!);
const TO_INSTANSI: Recommendation = {
  ...RECOMMENDATION,
  id: 'rek_2028-02-03T03:00:00.000Z_0a1b2c3e',
  to: { kind: 'INSTANSI' },
};

const recordItem = {
  pk: `MONITORING#${RECORD.id}`,
  sk: '#MONITORING',
  entity: 'MonitoringRecord',
  gsi1pk: `ASN#${RECORD.nip}#SURVEILLANCE`,
  gsi1sk: `${RECORD.recordedAt}#${RECORD.id}`,
  gsi2pk: 'INSTANSI#3201#SURVEILLANCE',
  gsi2sk: `${RECORD.recordedAt}#${RECORD.id}`,
  ...RECORD,
};
const recommendationItem = {
  pk: `RECOMMENDATION#${RECOMMENDATION.id}`,
  sk: '#RECOMMENDATION',
  entity: 'Recommendation',
  gsi1pk: `ASN#${RECORD.nip}#SURVEILLANCE`,
  gsi1sk: `${RECOMMENDATION.issuedAt}#${RECOMMENDATION.id}`,
  gsi2pk: 'INSTANSI#3201#SURVEILLANCE',
  gsi2sk: `${RECOMMENDATION.issuedAt}#${RECOMMENDATION.id}`,
  ...RECOMMENDATION,
};
const inputs = <C>(command: C) =>
  ddb.commandCalls(command as never).map((c) => (c.args[0] as { input: unknown }).input);

describe('surveillance repository', () => {
  it('SV1: records a monitoring once, listed under its holder (gsi1) and instansi (gsi2) by time of recording', async () => {
    ddb.on(PutCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    expect(await saveMonitoring(RECORD)).toBe(true);
    expect(await saveMonitoring(RECORD)).toBe(false);
    expect(inputs(PutCommand)[0]).toStrictEqual({
      TableName: TABLE_NAME,
      Item: recordItem,
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('SV2: reads the records a decision cites in one strongly consistent BatchGetItem, in the order asked, undefined where none', async () => {
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [recordItem] } });
    const missing = 'mon_2020-01-01T00:00:00.000Z_00000000';
    expect(await monitoringRecords([missing, RECORD.id, RECORD.id])).toStrictEqual([
      undefined,
      RECORD,
      RECORD,
    ]);
    expect(inputs(BatchGetCommand)).toStrictEqual([
      {
        RequestItems: {
          [TABLE_NAME]: {
            Keys: [
              { pk: `MONITORING#${missing}`, sk: '#MONITORING' },
              { pk: `MONITORING#${RECORD.id}`, sk: '#MONITORING' },
            ],
            ConsistentRead: true,
          },
        },
      },
    ]);
    expect(await monitoringRecords([])).toStrictEqual([]);
    expect(inputs(BatchGetCommand)).toHaveLength(1);
  });

  it("SV3: a holder's monitoring and recommendations from one gsi1 partition, split by entity", async () => {
    ddb.on(QueryCommand).resolves({ Items: [recordItem, recommendationItem] });
    expect(await surveillanceOfHolder(RECORD.nip)).toStrictEqual({
      monitoring: [RECORD],
      recommendations: [RECOMMENDATION],
    });
    expect(inputs(QueryCommand)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        IndexName: 'gsi1',
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'gsi1pk' },
        ExpressionAttributeValues: { ':pk': `ASN#${RECORD.nip}#SURVEILLANCE` },
      },
    ]);
  });

  it("SV4: one page of an instansi's from one gsi2 partition, split by entity, after the cursor", async () => {
    const lastKey = {
      pk: 'RECOMMENDATION#x',
      sk: '#RECOMMENDATION',
      gsi2pk: 'INSTANSI#3201#SURVEILLANCE',
      gsi2sk: 'a',
    };
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [recordItem, recommendationItem], LastEvaluatedKey: lastKey })
      .resolves({ Items: [] });
    const first = await surveillanceOfInstansi('3201', { limit: 2 });
    expect(first).toStrictEqual({
      monitoring: [RECORD],
      recommendations: [RECOMMENDATION],
      nextCursor: expect.any(String),
    });
    expect(await surveillanceOfInstansi('3201', { limit: 2, cursor: first.nextCursor })).toStrictEqual({
      monitoring: [],
      recommendations: [],
    });
    const page = {
      TableName: TABLE_NAME,
      IndexName: 'gsi2',
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': 'gsi2pk' },
      ExpressionAttributeValues: { ':pk': 'INSTANSI#3201#SURVEILLANCE' },
      Limit: 2,
    };
    expect(inputs(QueryCommand)).toStrictEqual([page, { ...page, ExclusiveStartKey: lastKey }]);
  });

  it('SV5: issues a recommendation once; one to an instansi is not listed under any holder', async () => {
    ddb.on(PutCommand).resolves({});
    expect(await saveRecommendation(RECOMMENDATION)).toBe(true);
    expect(await saveRecommendation(TO_INSTANSI)).toBe(true);
    const [toHolder, toInstansi] = inputs(PutCommand);
    expect(toHolder).toStrictEqual({
      TableName: TABLE_NAME,
      Item: recommendationItem,
      ConditionExpression: 'attribute_not_exists(pk)',
    });
    expect(toInstansi).toStrictEqual({
      TableName: TABLE_NAME,
      Item: {
        pk: `RECOMMENDATION#${TO_INSTANSI.id}`,
        sk: '#RECOMMENDATION',
        entity: 'Recommendation',
        gsi2pk: 'INSTANSI#3201#SURVEILLANCE',
        gsi2sk: `${TO_INSTANSI.issuedAt}#${TO_INSTANSI.id}`,
        ...TO_INSTANSI,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it('SV6: reads one recommendation, strongly consistent', async () => {
    ddb.on(GetCommand).resolvesOnce({ Item: recommendationItem }).resolvesOnce({});
    expect(await findRecommendation(RECOMMENDATION.id)).toStrictEqual(RECOMMENDATION);
    expect(await findRecommendation(RECOMMENDATION.id)).toBeUndefined();
    expect(inputs(GetCommand)[0]).toStrictEqual({
      TableName: TABLE_NAME,
      Key: { pk: `RECOMMENDATION#${RECOMMENDATION.id}`, sk: '#RECOMMENDATION' },
      ConsistentRead: true,
    });
  });

  it('SV7: moves a recommendation from the status read, its history appended; false when it moved meanwhile', async () => {
    ddb.on(UpdateCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    const entry = {
      status: 'DITINDAKLANJUTI' as const,
      note: 'Dijadwalkan.',
      by: 'admin.bkn',
      at: '2028-03-01T03:00:00.000Z',
    };
    expect(await progressRecommendation(RECOMMENDATION.id, 'DITERBITKAN', entry)).toBe(true);
    expect(await progressRecommendation(RECOMMENDATION.id, 'DITERBITKAN', entry)).toBe(false);
    expect(inputs(UpdateCommand)[0]).toStrictEqual({
      TableName: TABLE_NAME,
      Key: { pk: `RECOMMENDATION#${RECOMMENDATION.id}`, sk: '#RECOMMENDATION' },
      ConditionExpression: '#status = :from',
      UpdateExpression: 'SET #status = :to, #history = list_append(#history, :entry)',
      ExpressionAttributeNames: { '#status': 'status', '#history': 'history' },
      ExpressionAttributeValues: { ':from': 'DITERBITKAN', ':to': 'DITINDAKLANJUTI', ':entry': [entry] },
    });
  });

  it('SV8: the holder signs the undertaking once, on a version in force', async () => {
    ddb.on(UpdateCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    const signature = {
      textVersion: '2020-1',
      signedOn: '2028-02-10',
      signedAt: '2028-02-10T03:00:00.000Z',
      signedBy: 'peserta.sinta',
    };
    expect(await signUndertaking('0042/SKTM-ASN/L3/2027', signature)).toBe(true);
    expect(await signUndertaking('0042/SKTM-ASN/L3/2027', signature)).toBe(false);
    expect(inputs(UpdateCommand)[0]).toStrictEqual({
      TableName: TABLE_NAME,
      Key: { pk: 'CERTIFICATE#0042/SKTM-ASN/L3/2027', sk: '#CERTIFICATE' },
      ConditionExpression: 'attribute_exists(pk) AND #status = :active AND attribute_not_exists(#signature)',
      UpdateExpression: 'SET #signature = :signature',
      ExpressionAttributeNames: { '#status': 'status', '#signature': 'undertakingSignature' },
      ExpressionAttributeValues: { ':active': 'AKTIF', ':signature': signature },
    });
  });

  it('SV9: the revocation names its basis in the same transaction, on a record that exists', () => {
    const revocation = { registrationNumber: '0042/SKTM-ASN/L3/2027', revokedOn: '2028-03-02' };
    expect(revocationBasisItem(RECORD.id, revocation)).toStrictEqual({
      Update: {
        TableName: TABLE_NAME,
        Key: { pk: `MONITORING#${RECORD.id}`, sk: '#MONITORING' },
        ConditionExpression: 'attribute_exists(pk)',
        UpdateExpression: 'SET #revocation = :revocation',
        ExpressionAttributeNames: { '#revocation': 'revocation' },
        ExpressionAttributeValues: { ':revocation': revocation },
      },
    });
  });
});
