import '../../functions/helpers/env';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadResults } from '../../../adapters/dynamodb/result-repository';
import { loadAssessment, teamOf } from '../../../adapters/dynamodb/assessment-repository';
import { loadSessionUnderTest, loadTestRecords } from '../../../adapters/dynamodb/test-record-repository';
import { TABLE_NAME } from '../../functions/helpers/env';
import { PROGRAM_ID } from '../../functions/helpers/programs';
import { NIP } from '../../functions/helpers/proposals';
import {
  assessorBody,
  cohortPartition,
  evidenceItem,
  expertBody,
  PARTITION,
  recommendationItem,
  teamItem,
  UNIT,
} from '../../functions/assessment/fixtures';
import { aCohort, aParticipant, cohortItem, participantItem } from '../../functions/preassessment/table';
import { attemptItem, decisionItem } from '../../functions/results/fixtures';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

/** TR1's query of NIP's test records: from the Participant item to the last RESULT# item, strongly consistent. */
const TEST_RECORDS_QUERY = {
  TableName: TABLE_NAME,
  ConsistentRead: true,
  KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
  ExpressionAttributeValues: { ':pk': PARTITION, ':from': '#PARTICIPANT', ':to': 'RESULT#\uffff' },
};

describe('test-record-repository', () => {
  it("TR1: the participant, every attempt's assessment and the results in one strongly consistent Query, as S14, AS4 and R3 give them", async () => {
    // Prepare: the partition in sort-key order, with a certificate and a notification between the records.
    const items = [
      participantItem(aParticipant()),
      evidenceItem(UNIT, 'PORTOFOLIO'),
      recommendationItem(UNIT, 'KOMPETEN'),
      evidenceItem(UNIT, 'WAWANCARA', 1, 2),
      { pk: PARTITION, sk: 'CERTIFICATE#CURRENT', entity: 'HeldCertificate', registrationNumber: 'x' },
      { pk: PARTITION, sk: 'NOTIFICATION#n1', entity: 'Notification', kind: 'UNDANGAN' },
      attemptItem(0),
      decisionItem(),
    ];
    ddb.on(QueryCommand).resolves({ Items: items });

    // Act
    const records = await loadTestRecords(PROGRAM_ID, NIP);

    // Assess: one command, and what the three separate reads would have given.
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([TEST_RECORDS_QUERY]);
    ddb.reset();
    ddb.on(QueryCommand).callsFake((input: { ExpressionAttributeValues: { ':prefix': string } }) => ({
      Items: items.filter((item) => item.sk.startsWith(input.ExpressionAttributeValues[':prefix'])),
    }));
    expect(records).toStrictEqual({
      participant: aParticipant(),
      assessment: await loadAssessment(PROGRAM_ID, NIP),
      results: await loadResults(PROGRAM_ID, NIP),
    });
    expect([...records.assessment.keys()]).toStrictEqual([`0#${UNIT}`, `1#${UNIT}`]);
    expect(records.results.attempts.size).toBe(1);
  });

  it('a participant the programme does not have reads as undefined, with no records', async () => {
    ddb.on(QueryCommand).resolves({ Items: [] });
    expect(await loadTestRecords(PROGRAM_ID, NIP)).toStrictEqual({
      participant: undefined,
      assessment: new Map(),
      results: { decisions: [], attempts: new Map(), retests: [], appeals: [], evidenceRequests: [] },
    });
  });

  it("TR2: a session's cohort and its test team in one strongly consistent Query, as S14 and AS2 give them", async () => {
    // Prepare: the partition in sort-key order, with the appeal strategy and a team marker between them.
    const items = [
      cohortItem(aCohort()),
      { pk: cohortPartition(19), sk: 'APPEAL_STRATEGY', entity: 'AppealStrategy' },
      { pk: cohortPartition(19), sk: 'ASSESSMENT#ONE_BY_ONE', entity: 'CohortOneByOne' },
      teamItem(assessorBody()),
      teamItem(expertBody()),
    ];
    ddb.on(QueryCommand).resolves({ Items: items });

    // Act
    const session = await loadSessionUnderTest(PROGRAM_ID, 19);

    // Assess
    expect(ddb.commandCalls(QueryCommand).map((c) => c.args[0].input)).toStrictEqual([
      {
        TableName: TABLE_NAME,
        ConsistentRead: true,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': cohortPartition(19),
          ':from': '#COHORT',
          ':to': 'ASSESSMENT#TEAM#\uffff',
        },
      },
    ]);
    ddb.reset();
    ddb.on(QueryCommand).callsFake((input: { ExpressionAttributeValues: { ':prefix': string } }) => ({
      Items: items.filter((item) => item.sk.startsWith(input.ExpressionAttributeValues[':prefix'])),
    }));
    expect(session).toStrictEqual({ cohort: aCohort(), team: await teamOf(PROGRAM_ID, 19) });
    expect(session.team).toHaveLength(2);
  });

  it('a session the programme does not have reads as no cohort and no team', async () => {
    ddb.on(QueryCommand).resolves({ Items: [] });
    expect(await loadSessionUnderTest(PROGRAM_ID, 42)).toStrictEqual({ cohort: undefined, team: [] });
  });
});
