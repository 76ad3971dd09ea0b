import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import type { FunctionName } from '../../infra/resource-model';
import { FUNCTIONS } from '../../infra/resource-model';

/** The Lambda context a handler receives, as the runtime would build it. */
export function lambdaContext(name: FunctionName): Context {
  const fn = FUNCTIONS[name];
  const deadline = Date.now() + fn.timeoutSeconds * 1000;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: `sertifikasi-local-${name}`,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:ap-southeast-3:000000000000:function:sertifikasi-local-${name}`,
    memoryLimitInMB: String(fn.memoryMiB),
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/sertifikasi-local-${name}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
