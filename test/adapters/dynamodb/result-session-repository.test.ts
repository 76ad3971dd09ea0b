import '../../functions/helpers/env';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadResults } from '../../../adapters/dynamodb/result-repository';
import {
  findAppealStrategy,
  putAppealStrategy,
  recordEvidenceRequest,
} from '../../../adapters/dynamodb/result-session-repository';
import {
  AdditionalEvidenceRequest,
  AppealStrategy,
  type StoredAdditionalEvidence,
} from '../../../events/api/result-session';
import { TABLE_NAME } from '../../functions/helpers/env';
import { cancelled } from './dynamodb-errors';

const ddb = mockClient(DynamoDBDocumentClient);
beforeEach(() => ddb.reset());

const { status: _status, ...REQUEST } = structuredClone(
  (AdditionalEvidenceRequest.meta()?.examples as AdditionalEvidenceRequest[])[0]!,
);
const STORED: StoredAdditionalEvidence = REQUEST;
const PARTITION = `PARTICIPANT#${STORED.programId}#${STORED.nip}`;
const STRATEGY = structuredClone((AppealStrategy.meta()?.examples as AppealStrategy[])[0]!);
const STRATEGY_KEY = { pk: `COHORT#${STRATEGY.programId}#019`, sk: 'APPEAL_STRATEGY' };

describe('result-session repository', () => {
  it("RS1: records a request for additional evidence only while the attempt's guard is absent", async () => {
    ddb.on(TransactWriteCommand).resolves({});
    expect(await recordEvidenceRequest(STORED)).toBe(true);
    expect(ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input).toStrictEqual({
      TransactItems: [
        {
          Put: {
            TableName: TABLE_NAME,
            Item: {
              pk: PARTITION,
              sk: `RESULT#EVIDENCE_REQUEST#${STORED.requestId}`,
              entity: 'AdditionalEvidenceRequest',
              ...STORED,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          ConditionCheck: {
            TableName: TABLE_NAME,
            Key: { pk: PARTITION, sk: 'RESULT#ATTEMPT#0' },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ],
    });
    ddb.on(TransactWriteCommand).rejects(cancelled('None', 'ConditionalCheckFailed'));
    expect(await recordEvidenceRequest(STORED)).toBe(false);
  });

  it("RS2: a participant's requests come with their results, in the one query of R3", async () => {
    ddb.on(QueryCommand).resolves({
      Items: [
        {
          pk: PARTITION,
          sk: `RESULT#EVIDENCE_REQUEST#${STORED.requestId}`,
          entity: 'AdditionalEvidenceRequest',
          ...STORED,
        },
      ],
    });
    const history = await loadResults(STORED.programId, STORED.nip);
    expect(ddb.commandCalls(QueryCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      ConsistentRead: true,
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
      ExpressionAttributeValues: { ':pk': PARTITION, ':prefix': 'RESULT#' },
    });
    expect(history.evidenceRequests).toStrictEqual([STORED]);
  });

  it('RS3: puts the appeal strategy of a test session beside its cohort', async () => {
    ddb.on(PutCommand).resolves({});
    await putAppealStrategy(STRATEGY);
    expect(ddb.commandCalls(PutCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Item: { ...STRATEGY_KEY, entity: 'AppealStrategy', ...STRATEGY },
    });
  });

  it('RS4: reads the appeal strategy of a test session, strongly consistent', async () => {
    ddb.on(GetCommand).resolves({ Item: { ...STRATEGY_KEY, entity: 'AppealStrategy', ...STRATEGY } });
    expect(await findAppealStrategy(STRATEGY.programId, 19)).toStrictEqual(STRATEGY);
    expect(ddb.commandCalls(GetCommand)[0]!.args[0].input).toStrictEqual({
      TableName: TABLE_NAME,
      Key: STRATEGY_KEY,
      ConsistentRead: true,
    });
    ddb.on(GetCommand).resolves({});
    expect(await findAppealStrategy(STRATEGY.programId, 19)).toBeUndefined();
  });
});
