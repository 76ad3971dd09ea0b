import '../../functions/helpers/env';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  feedbackRead,
  findFeedback,
  findImprovement,
  minutesSignatures,
  recordFinding,
  saveAssessorReport,
  saveFeedback,
  sessionReviewRecords,
  signMinutes,
  updateImprovement,
} from '../../../adapters/dynamodb/review-repository';
import { cohortRead } from '../../../adapters/dynamodb/seating-repository';
import { readItems } from '../../../adapters/dynamodb/table';
import { TABLE_NAME } from '../../functions/helpers/env';
import { PROGRAM_ID } from '../../functions/helpers/programs';
import {
  aFeedback,
  aFinding,
  anImprovement,
  aReport,
  aSignature,
  COHORT,
  HASH,
  REVIEW_PARTITION,
} from '../../functions/review/fixtures';
import { cancelledAt, conditionFailed, throttled } from './dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const puts = () => ddb.commandCalls(PutCommand).map((c) => c.args[0].input);
const gets = () => ddb.commandCalls(GetCommand).map((c) => c.args[0].input);
const queries = () => ddb.commandCalls(QueryCommand).map((c) => c.args[0].input);
const NIP = aFeedback().nip;

describe('review repository', () => {
  it('FB1: keeps a first feedback only if the participant has none, a change only of the one read', async () => {
    // Prepare
    ddb.on(PutCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    const first = aFeedback();
    const changed = aFeedback({ updatedAt: '2027-07-31T03:00:00.000Z' });

    // Act
    const outcomes = [await saveFeedback(first, undefined), await saveFeedback(changed, first)];

    // Assess
    expect(outcomes).toEqual([true, false]);
    const item = { pk: REVIEW_PARTITION, sk: `FEEDBACK#${NIP}`, entity: 'Feedback' };
    expect(puts()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Item: { ...item, ...first },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
      {
        TableName: TABLE_NAME,
        Item: { ...item, ...changed },
        ConditionExpression: 'updatedAt = :read',
        ExpressionAttributeValues: { ':read': first.updatedAt },
      },
    ]);
  });

  it("FB2: reads a participant's feedback strongly consistent, without the storage attributes", async () => {
    // Prepare
    const feedback = aFeedback();
    ddb
      .on(GetCommand)
      .resolvesOnce({
        Item: { pk: REVIEW_PARTITION, sk: `FEEDBACK#${NIP}`, entity: 'Feedback', ...feedback },
      })
      .resolvesOnce({});

    // Act
    const found = [await findFeedback(PROGRAM_ID, COHORT, NIP), await findFeedback(PROGRAM_ID, COHORT, NIP)];

    // Assess
    expect(found).toStrictEqual([feedback, undefined]);
    expect(gets()[0]).toStrictEqual({
      TableName: TABLE_NAME,
      Key: { pk: REVIEW_PARTITION, sk: `FEEDBACK#${NIP}` },
      ConsistentRead: true,
    });
  });

  it("FB10: reads the session's cohort and a participant's feedback in one strongly consistent BatchGetItem", async () => {
    // Prepare: the cohort is stored, the feedback not yet.
    const cohortKey = { pk: `COHORT#${PROGRAM_ID}#${String(COHORT).padStart(3, '0')}`, sk: '#COHORT' };
    const feedbackKey = { pk: REVIEW_PARTITION, sk: `FEEDBACK#${NIP}` };
    ddb.on(BatchGetCommand).resolves({ Responses: { [TABLE_NAME]: [{ ...cohortKey, number: COHORT }] } });

    // Act
    const [cohort, feedback] = await readItems(
      cohortRead(PROGRAM_ID, COHORT),
      feedbackRead(PROGRAM_ID, COHORT, NIP),
    );

    // Assess
    expect(ddb.commandCalls(BatchGetCommand).map((c) => c.args[0].input)).toStrictEqual([
      { RequestItems: { [TABLE_NAME]: { Keys: [cohortKey, feedbackKey], ConsistentRead: true } } },
    ]);
    expect([cohort, feedback]).toStrictEqual([{ number: COHORT }, undefined]);
  });

  it('FB3: signs one content of the berita acara once per assessor; signing it again answers false', async () => {
    // Prepare
    ddb.on(PutCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    const signature = aSignature();

    // Act
    const outcomes = [
      await signMinutes(PROGRAM_ID, COHORT, signature),
      await signMinutes(PROGRAM_ID, COHORT, signature),
    ];

    // Assess
    expect(outcomes).toEqual([true, false]);
    expect(puts()[0]).toStrictEqual({
      TableName: TABLE_NAME,
      Item: {
        pk: REVIEW_PARTITION,
        sk: `MINUTES#SIGNATURE#asesor.budi#${HASH}`,
        entity: 'MinutesSignature',
        ...signature,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    });
  });

  it("FB4: keeps an assessor's report, replacing their earlier one", async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    const report = aReport();

    // Act
    await saveAssessorReport(report);

    // Assess
    expect(puts()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Item: {
          pk: REVIEW_PARTITION,
          sk: 'ASSESSOR_REPORT#asesor.budi',
          entity: 'AssessorReport',
          ...report,
        },
      },
    ]);
  });

  it('FB5: records a finding and its improvement items in one transaction of new items; a taken id answers false', async () => {
    // Prepare
    ddb.on(TransactWriteCommand).resolvesOnce({}).rejectsOnce(cancelledAt(2, 1));
    const [finding, improvement] = [aFinding(), anImprovement()];

    // Act
    const outcomes = [
      await recordFinding(finding, [improvement]),
      await recordFinding(finding, [improvement]),
    ];

    // Assess
    expect(outcomes).toEqual([true, false]);
    const putNew = (Item: Record<string, unknown>) => ({
      Put: { TableName: TABLE_NAME, Item, ConditionExpression: 'attribute_not_exists(pk)' },
    });
    expect(ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input).toStrictEqual({
      TransactItems: [
        putNew({ pk: REVIEW_PARTITION, sk: `FINDING#${finding.findingId}`, entity: 'Finding', ...finding }),
        putNew({
          pk: REVIEW_PARTITION,
          sk: `IMPROVEMENT#${improvement.improvementId}`,
          entity: 'Improvement',
          ...improvement,
        }),
      ],
    });
  });

  it('FB6: reads every review record of a session in one query of its review partition, by kind', async () => {
    // Prepare
    const [feedback, report, finding, improvement, signature] = [
      aFeedback(),
      aReport(),
      aFinding(),
      anImprovement(),
      aSignature(),
    ];
    const at = (sk: string, entity: string, rest: object) => ({ pk: REVIEW_PARTITION, sk, entity, ...rest });
    ddb.on(QueryCommand).resolves({
      Items: [
        at('ASSESSOR_REPORT#asesor.budi', 'AssessorReport', report),
        at(`FEEDBACK#${NIP}`, 'Feedback', feedback),
        at(`FINDING#${finding.findingId}`, 'Finding', finding),
        at(`IMPROVEMENT#${improvement.improvementId}`, 'Improvement', improvement),
        at(`MINUTES#SIGNATURE#asesor.budi#${HASH}`, 'MinutesSignature', signature),
      ],
    });

    // Act
    const records = await sessionReviewRecords(PROGRAM_ID, COHORT);

    // Assess
    expect(records).toStrictEqual({
      feedback: [feedback],
      signatures: [signature],
      reports: [report],
      findings: [finding],
      improvements: [improvement],
    });
    expect(queries()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': REVIEW_PARTITION },
        ConsistentRead: true,
      },
    ]);
  });

  it("FB7: reads the berita acara's signatures, whatever content they were on", async () => {
    // Prepare
    const signatures = [aSignature(), aSignature('asesor.sari', `sha256:${'b'.repeat(64)}`)];
    ddb.on(QueryCommand).resolves({
      Items: signatures.map((s) => ({
        pk: REVIEW_PARTITION,
        sk: `MINUTES#SIGNATURE#${s.username}#${s.contentHash}`,
        entity: 'MinutesSignature',
        ...s,
      })),
    });

    // Act
    const found = await minutesSignatures(PROGRAM_ID, COHORT);

    // Assess
    expect(found).toStrictEqual(signatures);
    expect(queries()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': REVIEW_PARTITION, ':prefix': 'MINUTES#SIGNATURE#' },
        ConsistentRead: true,
      },
    ]);
  });

  it('FB8: reads one improvement item strongly consistent', async () => {
    // Prepare
    const improvement = anImprovement();
    const key = { pk: REVIEW_PARTITION, sk: `IMPROVEMENT#${improvement.improvementId}` };
    ddb.on(GetCommand).resolves({ Item: { ...key, entity: 'Improvement', ...improvement } });

    // Act
    const found = await findImprovement(PROGRAM_ID, COHORT, improvement.improvementId);

    // Assess
    expect(found).toStrictEqual(improvement);
    expect(gets()).toStrictEqual([{ TableName: TABLE_NAME, Key: key, ConsistentRead: true }]);
  });

  it('FB9: changes an improvement item only from the version read; a newer version answers false', async () => {
    // Prepare
    ddb.on(PutCommand).resolvesOnce({}).rejectsOnce(conditionFailed());
    const changed = anImprovement({ status: 'DIKERJAKAN', version: 2 });

    // Act
    const outcomes = [await updateImprovement(changed, 1), await updateImprovement(changed, 1)];

    // Assess
    expect(outcomes).toEqual([true, false]);
    expect(puts()[0]).toStrictEqual({
      TableName: TABLE_NAME,
      Item: {
        pk: REVIEW_PARTITION,
        sk: `IMPROVEMENT#${changed.improvementId}`,
        entity: 'Improvement',
        ...changed,
      },
      ConditionExpression: 'version = :read',
      ExpressionAttributeValues: { ':read': 1 },
    });
  });

  it('throws any other DynamoDB failure as it is (a throttle becomes 503 upstream)', async () => {
    // Prepare
    ddb.on(PutCommand).rejects(throttled());

    // Act
    const attempt = signMinutes(PROGRAM_ID, COHORT, aSignature());

    // Assess
    await expect(attempt).rejects.toThrow('Rate exceeded');
  });
});
