import '../../functions/helpers/env';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadAssessment } from '../../../adapters/dynamodb/assessment-repository';
import { loadResults } from '../../../adapters/dynamodb/result-repository';
import { loadTestRecords } from '../../../adapters/dynamodb/test-record-repository';
import { TABLE_NAME } from '../../functions/helpers/env';
import { PROGRAM_ID } from '../../functions/helpers/programs';
import { NIP } from '../../functions/helpers/proposals';
import { evidenceItem, PARTITION, recommendationItem, UNIT } from '../../functions/assessment/fixtures';
import { aParticipant, participantItem } from '../../functions/preassessment/table';
import { attemptItem, decisionItem } from '../../functions/results/fixtures';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

/** TR1's query of NIP's test records: from the Participant item to the last RESULT# item, strongly consistent. */
const TEST_RECORDS_QUERY = {
  TableName: TABLE_NAME,
  ConsistentRead: true,
  KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
  ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
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
});
