import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { logger } from '../shared/logger';

const processor = new BatchProcessor(EventType.SQS);

/** Placeholder until the invitation letter is built: fails every record so nothing is silently dropped. */
async function inviteOne(record: SQSRecord): Promise<void> {
  throw new Error(`Invitation rendering is not built yet (message ${record.messageId})`);
}

export const handler = middy(async (event: SQSEvent, context: Context) =>
  processPartialResponse(event, inviteOne, processor, { context }),
).use(injectLambdaContext(logger, { resetKeys: true }));
