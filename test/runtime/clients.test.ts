import '../functions/helpers/env';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { dynamo, s3, sqs } from '../../runtime/clients';
import { eventBridge } from '../../adapters/eventbridge/bus';

const hasLogger = (client: { middlewareStack: { identify(): string[] } }) =>
  client.middlewareStack.identify().some((name) => name.startsWith('loggerMiddleware'));

describe('the AWS SDK clients of the functions', () => {
  it.each([
    ['DynamoDB (document client)', dynamo],
    ['SQS', sqs],
    ['S3', s3],
    ['EventBridge', eventBridge],
  ])('%s runs without the SDK logger middleware, which a default client carries', (_name, client) => {
    expect(hasLogger(new DynamoDBClient({}))).toBe(true);
    expect(hasLogger(client())).toBe(false);
  });
});
