import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../tools/local/dynamodb-local';
import { startFauxqsServer } from '../../tools/local/fauxqs';

declare module 'vitest' {
  export interface ProvidedContext {
    localEndpoints: { dynamodb: string; fauxqs: string };
  }
}

/** One DynamoDB Local and one fauxqs for the whole run; each test file provisions its own prefixed resources. */
export default async function setup(project: TestProject) {
  const [dynamodb, fauxqs] = await Promise.all([startDynamoDbLocal(), startFauxqsServer()]);
  project.provide('localEndpoints', { dynamodb: dynamodb.endpoint, fauxqs: fauxqs.endpoint });
  return async () => {
    await Promise.all([dynamodb.stop(), fauxqs.stop()]);
  };
}
