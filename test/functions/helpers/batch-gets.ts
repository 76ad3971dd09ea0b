import { BatchGetCommand, GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AwsStub } from 'aws-sdk-client-mock';
import { dynamo } from '../../../runtime/clients';

/**
 * Answers every BatchGetItem item by item as the GetItem mocks of each key answer them, so a test states an
 * item once, whichever way the handler reads it (a worker reads a batch's or a record's items at once).
 */
export function serveBatchGetsAsGets(ddb: AwsStub<object, object, unknown>): void {
  (ddb as unknown as AwsStub<object, object, DynamoDBDocumentClient>)
    .on(BatchGetCommand)
    .callsFake(
      async ({ RequestItems }: { RequestItems: Record<string, { Keys: Record<string, unknown>[] }> }) => {
        const [table, { Keys }] = Object.entries(RequestItems)[0]!;
        const items: Record<string, unknown>[] = [];
        for (const Key of Keys) {
          const { Item } = await dynamo().send(new GetCommand({ TableName: table, Key }));
          if (Item) items.push({ ...Item, ...Key });
        }
        return { Responses: { [table]: items } };
      },
    );
}
