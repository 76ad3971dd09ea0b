import '../../functions/helpers/env';
import {
  ConditionalCheckFailedException,
  ThrottlingException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  loadAssessment,
  recordAssessment,
  saveTeamMember,
  sheetRecordsOf,
  teamOf,
  unitsOfAttempt,
} from '../../../adapters/dynamodb/assessment-repository';
import { ConcurrentChangeError } from '../../../adapters/dynamodb/table';
import type { EvidenceRecord, TeamMember, UnitRecommendation } from '../../../events/api/assessment';
import { TABLE_NAME } from '../../functions/helpers/env';
import { PROGRAM_ID } from '../../functions/helpers/programs';
import { NIP } from '../../functions/helpers/proposals';
import {
  assessorBody,
  evidenceItem,
  PARTITION,
  recommendationItem,
  teamItem,
  UNITS,
} from '../../functions/assessment/fixtures';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const [FIRST, SECOND] = UNITS as [string, string];

/** A stored item as its record: without the table keys and the entity tag. */
function record<T>(item: Record<string, unknown>): T {
  const { pk: _pk, sk: _sk, entity: _entity, ...rest } = item;
  return rest as T;
}
const anEvidence = (unitCode = FIRST, method = 'PORTOFOLIO', i = 1) =>
  record<EvidenceRecord>(evidenceItem(unitCode, method, 0, i));
const aRecommendation = (unitCode = FIRST, at = '2026-07-30T09:00:00.000Z') => ({
  ...record<UnitRecommendation>(recommendationItem(unitCode, 'KOMPETEN')),
  recommendedAt: at,
});

/** What a sheet holds once for its records (docs/data-model.md, AssessmentSheet). */
const SHEET_EVIDENCE_FIELDS = [
  'programId',
  'nip',
  'cohort',
  'attempt',
  'recordedBy',
  'recordedByRole',
  'recordedAt',
];
const SHEET_RECOMMENDATION_FIELDS = [
  'programId',
  'nip',
  'cohort',
  'attempt',
  'recommendedBy',
  'recommendedAt',
];
const without = (record: object, fields: readonly string[]) =>
  Object.fromEntries(Object.entries(record).filter(([name]) => !fields.includes(name)));

const puts = () => ddb.commandCalls(PutCommand).map((c) => c.args[0].input);
const queries = () => ddb.commandCalls(QueryCommand).map((c) => c.args[0].input);
const conditionFailed = () => new ConditionalCheckFailedException({ message: 'exists', $metadata: {} });

describe('assessment repository', () => {
  it("AS1: assigns a team member in the cohort's partition, replacing an earlier assignment of the user, in one transaction conditioned on no decree serving the cohort and leaving its one-by-one marker", async () => {
    // Prepare
    ddb.on(TransactWriteCommand).resolves({});
    const member = record<TeamMember>(teamItem(assessorBody()));
    const pk = `COHORT#${PROGRAM_ID}#019`;

    // Act
    await saveTeamMember(member);

    // Assess
    expect(ddb.commandCalls(TransactWriteCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TransactItems: [
          {
            ConditionCheck: {
              TableName: TABLE_NAME,
              Key: { pk, sk: 'ASSESSMENT#DECREE' },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: TABLE_NAME,
              Item: {
                pk,
                sk: 'ASSESSMENT#ONE_BY_ONE',
                entity: 'CohortOneByOne',
                lastAssignedAt: member.assignedAt,
              },
            },
          },
          {
            Put: {
              TableName: TABLE_NAME,
              Item: { pk, sk: 'ASSESSMENT#TEAM#asesor.budi', entity: 'TeamMember', ...member },
            },
          },
        ],
      },
    ]);
  });

  it('assigning one by one: a decree recorded meanwhile fails the assignment as a concurrent change', async () => {
    ddb.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({
        message: 'cancelled',
        $metadata: {},
        CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }, { Code: 'None' }],
      }),
    );
    await expect(saveTeamMember(record<TeamMember>(teamItem(assessorBody())))).rejects.toBeInstanceOf(
      ConcurrentChangeError,
    );
  });

  it("AS2: reads a cohort's test team in one strongly consistent query of the cohort's partition", async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({ Items: [teamItem(assessorBody())] });

    // Act
    const team = await teamOf(PROGRAM_ID, 19);

    // Assess
    expect(queries()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': `COHORT#${PROGRAM_ID}#019`, ':prefix': 'ASSESSMENT#TEAM#' },
        ConsistentRead: true,
      },
    ]);
    expect(team).toStrictEqual([record(teamItem(assessorBody()))]);
  });

  it('AS3: records one piece of evidence, and one recommendation, each as a new item of its own', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    const evidence = anEvidence();
    const recommendation = aRecommendation();

    // Act
    await recordAssessment([evidence]);
    await recordAssessment([], [{ recommendation, id: '0a1b2c3d' }]);

    // Assess
    expect(puts()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Item: {
          pk: PARTITION,
          sk: `ASSESSMENT#0#${FIRST}#EVIDENCE#${evidence.evidenceId}`,
          entity: 'Evidence',
          ...evidence,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
      {
        TableName: TABLE_NAME,
        Item: {
          pk: PARTITION,
          sk: `ASSESSMENT#0#${FIRST}#RECOMMENDATION#2026-07-30T09:00:00.000Z#0a1b2c3d`,
          entity: 'UnitRecommendation',
          ...recommendation,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    ]);
  });

  it('a record whose item exists already throws ConcurrentChangeError (the route answers 409)', async () => {
    // Prepare
    ddb.on(PutCommand).rejects(conditionFailed());

    // Act
    const recording = recordAssessment([anEvidence()]);

    // Assess
    await expect(recording).rejects.toBeInstanceOf(ConcurrentChangeError);
  });

  it('a sheet whose item exists already throws ConcurrentChangeError too', async () => {
    // Prepare
    ddb.on(PutCommand).rejects(conditionFailed());

    // Act
    const recording = recordAssessment([anEvidence(), anEvidence(FIRST, 'WAWANCARA', 2)]);

    // Assess
    await expect(recording).rejects.toBeInstanceOf(ConcurrentChangeError);
  });

  it('recording throws any other DynamoDB error as it is', async () => {
    // Prepare
    const throttled = new ThrottlingException({ message: 'Rate exceeded', $metadata: {} });
    ddb.on(PutCommand).rejects(throttled);

    // Act
    const recording = recordAssessment([anEvidence()]);

    // Assess
    await expect(recording).rejects.toBe(throttled);
  });

  it('nothing to record sends nothing', async () => {
    // Act
    await recordAssessment([], []);

    // Assess
    expect(ddb.calls()).toHaveLength(0);
  });

  it("AS4: reads a participant's records of one attempt, or of every attempt, in strongly consistent queries", async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({ Items: [] });

    // Act
    await loadAssessment(PROGRAM_ID, NIP, 1);
    await loadAssessment(PROGRAM_ID, NIP);

    // Assess
    expect(queries()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': PARTITION, ':prefix': 'ASSESSMENT#1#' },
        ConsistentRead: true,
      },
      {
        TableName: TABLE_NAME,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': PARTITION, ':prefix': 'ASSESSMENT#' },
        ConsistentRead: true,
      },
    ]);
  });

  it("an attempt's records are answered per unit in unit order, single items and sheets together, evidence by id and recommendations oldest first", async () => {
    // Prepare
    const early = aRecommendation(FIRST, '2026-07-30T08:00:00.000Z');
    const late = aRecommendation(FIRST, '2026-07-30T10:00:00.000Z');
    ddb.on(QueryCommand).resolves({
      Items: [
        evidenceItem(SECOND, 'PORTOFOLIO', 0, 1),
        { pk: PARTITION, sk: 'ASSESSMENT#0#RECOMMENDATION', entity: 'UnitRecommendation', ...late },
        {
          pk: PARTITION,
          sk: 'ASSESSMENT#0#SHEET#2026-07-30T08:00:00.000Z#0a1b2c3d',
          entity: 'AssessmentSheet',
          evidence: [anEvidence(FIRST, 'WAWANCARA', 2), anEvidence(FIRST, 'PORTOFOLIO', 1)],
          recommendations: [early],
        },
      ],
    });

    // Act
    const units = await loadAssessment(PROGRAM_ID, NIP, 0);

    // Assess
    expect([...units.keys()]).toStrictEqual([FIRST, SECOND].sort());
    expect(units.get(FIRST)).toStrictEqual({
      evidence: [anEvidence(FIRST, 'PORTOFOLIO', 1), anEvidence(FIRST, 'WAWANCARA', 2)],
      recommendations: [early, late],
    });
    expect(units.get(SECOND)).toStrictEqual({
      evidence: [anEvidence(SECOND, 'PORTOFOLIO', 1)],
      recommendations: [],
    });
  });

  it("every attempt's records are keyed by attempt and unit, and one attempt's are taken out of them by unit", async () => {
    // Prepare
    ddb.on(QueryCommand).resolves({
      Items: [evidenceItem(FIRST, 'PORTOFOLIO', 0, 1), evidenceItem(FIRST, 'WAWANCARA', 1, 2)],
    });

    // Act
    const every = await loadAssessment(PROGRAM_ID, NIP);

    // Assess
    expect([...every.keys()]).toStrictEqual([`0#${FIRST}`, `1#${FIRST}`]);
    expect(unitsOfAttempt(every, 1)).toStrictEqual(
      new Map([[FIRST, { evidence: [record(evidenceItem(FIRST, 'WAWANCARA', 1, 2))], recommendations: [] }]]),
    );
  });

  it('AS5: records a sheet of several records as one new AssessmentSheet item of the attempt', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    const evidence = [anEvidence(FIRST, 'PORTOFOLIO', 1), anEvidence(FIRST, 'WAWANCARA', 2)];
    const recommendation = { ...aRecommendation(), recommendedAt: evidence[0]!.recordedAt };

    // Act
    await recordAssessment(evidence, [{ recommendation, id: '0a1b2c3d' }]);

    // Assess
    expect(puts()).toStrictEqual([
      {
        TableName: TABLE_NAME,
        Item: {
          pk: PARTITION,
          sk: expect.stringMatching(/^ASSESSMENT#0#SHEET#2026-07-30T01:00:00\.000Z#[0-9a-f]{8}$/),
          entity: 'AssessmentSheet',
          programId: PROGRAM_ID,
          nip: NIP,
          cohort: 19,
          attempt: 0,
          recordedBy: 'asesor.budi',
          recordedAt: '2026-07-30T01:00:00.000Z',
          recordedByRole: 'asesor',
          // Each record without what the sheet holds; the second, recorded later, keeps its own time.
          evidence: [
            without(evidence[0]!, SHEET_EVIDENCE_FIELDS),
            { ...without(evidence[1]!, SHEET_EVIDENCE_FIELDS), recordedAt: evidence[1]!.recordedAt },
          ],
          recommendations: [without(recommendation, SHEET_RECOMMENDATION_FIELDS)],
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    ]);
    expect(sheetRecordsOf(puts()[0]!.Item!)).toStrictEqual({ evidence, recommendations: [recommendation] });
  });

  it('a sheet of recommendations only is recorded by and at its first recommendation', async () => {
    // Prepare
    ddb.on(PutCommand).resolves({});
    const first = aRecommendation(FIRST);
    const second = aRecommendation(SECOND);

    // Act
    await recordAssessment(
      [],
      [
        { recommendation: first, id: '0a1b2c3d' },
        { recommendation: second, id: '0a1b2c3e' },
      ],
    );

    // Assess
    expect(puts()[0]!.Item).toMatchObject({
      sk: expect.stringMatching(/^ASSESSMENT#0#SHEET#2026-07-30T09:00:00\.000Z#/),
      recordedBy: first.recommendedBy,
      recordedAt: first.recommendedAt,
      evidence: [],
    });
    expect(sheetRecordsOf(puts()[0]!.Item!).recommendations).toStrictEqual([first, second]);
  });
});
