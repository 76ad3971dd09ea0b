import type { Stack } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { FUNCTIONS, SCHEDULES, type FunctionName } from '../resource-model';
import type { Alerting } from './alerting';
import { pascal } from './construct-id';
import { failureQueue } from './queues';
import type { WorkflowFunctions } from './workflow-function';

/** Each job's failure queue, by job function name. */
export type JobFailureQueues = Record<string, Queue>;

/** Jobs are invoked asynchronously: invocations that keep failing are kept for review, and alarmed. */
export function jobFailureQueues(stack: Stack, alerting: Alerting): JobFailureQueues {
  const failureQueues: JobFailureQueues = {};
  for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
    if (FUNCTIONS[name].kind !== 'job') continue;
    failureQueues[name] = failureQueue(stack, alerting, `${pascal(name)}FailureQueue`, {
      whose: 'dead-letter queue of a scheduled job',
      alarmId: `${pascal(name)}FailureAlarm`,
      alarmDescription: `Tugas terjadwal ${name} gagal berulang kali.`,
    });
  }
  return failureQueues;
}

/** EventBridge rules invoking the jobs; failed invocations land in the job's failure queue. */
export function jobSchedules(
  stack: Stack,
  functions: WorkflowFunctions,
  failureQueues: JobFailureQueues,
): void {
  for (const [name, schedule] of Object.entries(SCHEDULES)) {
    new Rule(stack, `${pascal(name)}Schedule`, {
      description: schedule.description,
      schedule: Schedule.expression(schedule.expression),
      targets: [
        new LambdaFunction(functions[schedule.target].fn, {
          deadLetterQueue: failureQueues[schedule.target],
          retryAttempts: 2,
        }),
      ],
    });
  }
}
