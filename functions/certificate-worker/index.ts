import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { CertificateRequested } from '../../events/messages/certificate-requested';
import { logger } from '../shared/logger';

const processor = new BatchProcessor(EventType.SQS);

async function issueOne(record: SQSRecord): Promise<void> {
  const message = CertificateRequested.parse(JSON.parse(record.body));
  throw new Error(`Certificate issuing is not built yet (${message.decisionId})`);
}

export const handler = middy(async (event: SQSEvent, context: Context) =>
  processPartialResponse(event, issueOne, processor, { context }),
).use(injectLambdaContext(logger, { resetKeys: true }));
