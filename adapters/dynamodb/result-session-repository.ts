import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { AppealStrategy, StoredAdditionalEvidence } from '../../events/api/result-session';
import { dynamo } from '../../runtime/clients';
import { appealStrategyKey, attemptKey, evidenceRequestKey } from './keys';
import { tableName, transactOrFalse, withoutKeys } from './table';

/*
 * What the result session settles besides its decisions (Perban BKN 7/2020 Pasal 25b, 25h): requests for
 * additional evidence, in the participant's partition among their results (read with them, R3), and the appeal
 * strategy of a test session, beside its cohort. Key shapes and access patterns: docs/data-model.md, "Result-session
 * completeness".
 */

/**
 * RS1: records a request for additional evidence, only while its attempt has no decision (the attempt guard of R4
 * absent): false when the session decided the attempt meanwhile, and nothing is written.
 */
export const recordEvidenceRequest = (request: StoredAdditionalEvidence): Promise<boolean> =>
  transactOrFalse([
    {
      Put: {
        TableName: tableName(),
        Item: {
          ...evidenceRequestKey(request.programId, request.nip, request.requestId),
          entity: 'AdditionalEvidenceRequest',
          ...request,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      ConditionCheck: {
        TableName: tableName(),
        Key: attemptKey(request.programId, request.nip, request.attempt),
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
  ]);

/** RS3: sets (or replaces) the appeal strategy of a test session. */
export async function putAppealStrategy(strategy: AppealStrategy): Promise<void> {
  await dynamo().send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...appealStrategyKey(strategy.programId, strategy.number),
        entity: 'AppealStrategy',
        ...strategy,
      },
    }),
  );
}

/** RS4: the appeal strategy of a test session, strongly consistent; undefined when its session set none. */
export async function findAppealStrategy(
  programId: string,
  number: number,
): Promise<AppealStrategy | undefined> {
  const { Item } = await dynamo().send(
    new GetCommand({
      TableName: tableName(),
      Key: appealStrategyKey(programId, number),
      ConsistentRead: true,
    }),
  );
  return Item ? withoutKeys<AppealStrategy>(Item) : undefined;
}
