import {
  BatchGetCommand,
  GetCommand,
  type DynamoDBDocumentClient,
  type ServiceInputTypes,
  type ServiceOutputTypes,
} from '@aws-sdk/lib-dynamodb';
import type { AwsStub } from 'aws-sdk-client-mock';
import { dynamo } from '../../../runtime/clients';

type DocumentStub = AwsStub<ServiceInputTypes, ServiceOutputTypes, DynamoDBDocumentClient['config']>;

/**
 * Answers every BatchGetItem item by item as the GetItem mocks of each key answer them, so a test states an
 * item once, whichever way the handler reads it (a worker reads a batch's or a record's items at once).
 */
export function serveBatchGetsAsGets(ddb: DocumentStub): void {
  ddb.on(BatchGetCommand).callsFake(async ({ RequestItems }) => {
    const [table, { Keys }] = Object.entries(
      RequestItems as Record<string, { Keys: Record<string, unknown>[] }>,
    )[0]!;
    const items: Record<string, unknown>[] = [];
    for (const Key of Keys) {
      const { Item } = await dynamo().send(new GetCommand({ TableName: table, Key }));
      if (Item) items.push({ ...Item, ...Key });
    }
    return { Responses: { [table]: items } };
  });
}
