import { Duration, Names, type Stack } from 'aws-cdk-lib';
import { ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { acknowledge } from '../nag';
import { QUEUES, dlqConstructId, queueConstructId, type QueueModel, type QueueName } from '../resource-model';
import type { Alerting } from './alerting';
import { pascal } from './construct-id';
import type { WorkflowFunctions } from './workflow-function';

export type WorkQueues = Record<QueueName, { queue: Queue; dlq: Queue }>;

const queueModels = Object.entries(QUEUES) as [QueueName, QueueModel][];

export interface FailureQueueProps {
  /** Whose failures it keeps, for the cdk-nag acknowledgements: "the {whose}". */
  whose: string;
  alarmId: string;
  alarmDescription: string;
}

/**
 * A queue where failures are kept for review (a work queue's DLQ, a job's failure queue, the stream relay's
 * on-failure destination), encrypted and TLS only, with an alarm on any message in it.
 */
export function failureQueue(stack: Stack, alerting: Alerting, id: string, props: FailureQueueProps): Queue {
  const failures = new Queue(stack, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  for (const rule of ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy']) {
    acknowledge(failures, rule, `This queue is itself the ${props.whose}.`);
  }
  alerting.alarm(props.alarmId, {
    alarmDescription: props.alarmDescription,
    metric: failures.metricApproximateNumberOfMessagesVisible({
      period: Duration.minutes(1),
      statistic: 'Maximum',
    }),
    threshold: 0,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  return failures;
}

/** The work queues of the model, each with its dead-letter queue and an alarm on its oldest message's age. */
export function workQueues(stack: Stack, alerting: Alerting): WorkQueues {
  const queues = {} as WorkQueues;
  for (const [name, model] of queueModels) {
    const dlq = failureQueue(stack, alerting, dlqConstructId(name), {
      whose: 'dead-letter queue of a work queue',
      alarmId: `${pascal(name)}DlqAlarm`,
      alarmDescription: `Pesan gagal diproses di DLQ antrean ${name}: periksa dan redrive.`,
    });
    const queue = new Queue(stack, queueConstructId(name), {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(model.visibilityTimeoutSeconds),
      deadLetterQueue: { queue: dlq, maxReceiveCount: model.maxReceiveCount },
    });
    queues[name] = { queue, dlq };
    alerting.alarm(`${pascal(name)}AgeAlarm`, {
      alarmDescription: `Pesan tertua di antrean ${name} menunggu terlalu lama.`,
      metric: queue.metricApproximateAgeOfOldestMessage({
        period: Duration.minutes(1),
        statistic: 'Maximum',
      }),
      threshold: model.maxAgeSeconds,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
  return queues;
}

/** Each queue's worker reads it with partial batch failures, so one bad message never fails its batch. */
export function queueWorkers(queues: WorkQueues, functions: WorkflowFunctions): void {
  for (const [name, model] of queueModels) {
    const worker = functions[model.consumer].fn;
    const source = new SqsEventSource(queues[name].queue, {
      batchSize: model.batchSize,
      reportBatchItemFailures: true,
      maxConcurrency: model.maxConcurrency,
    });
    worker.addEventSource(source);
    acknowledge(
      worker.node.findChild(`SqsEventSource:${Names.nodeUniqueId(queues[name].queue.node)}`),
      'Serverless-LambdaEventSourceMappingDestination',
      "SQS event sources take no on-failure destination; failed messages go to the queue's redrive DLQ.",
    );
  }
}
