import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { KMSClient } from '@aws-sdk/client-kms';
import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/*
 * One client per service per process, created on first use and reused across invocations.
 * Endpoints come from the SDK's own AWS_ENDPOINT_URL_<SERVICE> variables, so the local runner needs no
 * special code path here; path-style S3 addressing is what local emulators serve. The SDK reads the variable
 * only when a client is made, so a client is made again when it changes (a local stack restarted on new
 * ports in the same process); on Lambda it never changes. Marked pure so that a bundle keeps only the clients
 * its function uses.
 */
export function perEndpoint<T>(variable: string, make: () => T): () => T {
  let made: { endpoint: string | undefined; client: T } | undefined;
  return () => {
    const endpoint = process.env[variable];
    if (!made || made.endpoint !== endpoint) made = { endpoint, client: make() };
    return made.client;
  };
}

/**
 * Takes the SDK's logger middleware out of a client. It copies every input and output through the command's
 * sensitive-field filter to hand them to the SDK's logger, a no-op unless one is configured, and we never
 * configure one (our own logger says what matters): measured, a quarter of the client's CPU per DynamoDB call.
 */
export function withoutSdkLogging<T extends { middlewareStack: { remove(name: string): boolean } }>(
  client: T,
): T {
  client.middlewareStack.remove('loggerMiddleware');
  return client;
}

export const dynamo = /* @__PURE__ */ perEndpoint('AWS_ENDPOINT_URL_DYNAMODB', () =>
  DynamoDBDocumentClient.from(withoutSdkLogging(new DynamoDBClient({})), {
    marshallOptions: { removeUndefinedValues: true },
  }),
);

// Our queues live in the function's own region, so the resolved endpoint is always the right one; not
// re-routing by the queue URL's host also keeps emulators' URLs (sqs.<region>.<host>) out of the way.
export const sqs = /* @__PURE__ */ perEndpoint('AWS_ENDPOINT_URL_SQS', () =>
  withoutSdkLogging(new SQSClient({ useQueueUrlAsEndpoint: false })),
);

export const s3 = /* @__PURE__ */ perEndpoint('AWS_ENDPOINT_URL_S3', () =>
  withoutSdkLogging(new S3Client({ forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3) })),
);

export const kms = /* @__PURE__ */ perEndpoint('AWS_ENDPOINT_URL_KMS', () =>
  withoutSdkLogging(new KMSClient({})),
);

export const ses = /* @__PURE__ */ perEndpoint('AWS_ENDPOINT_URL_SESV2', () =>
  withoutSdkLogging(new SESv2Client({})),
);
