import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { now } from '../../runtime/clock';
import { logger, withLogKeys } from '../../runtime/logger';
import { runMonevRounds } from './rounds';

/** The daily Monev job (functions/monev-rounds/rounds.ts), its run correlated by the request id. */
export const handler = middy(async (_event: unknown, context: Context) =>
  withLogKeys({ correlationId: context.awsRequestId }, () => runMonevRounds(now())),
).use(injectLambdaContext(logger));
