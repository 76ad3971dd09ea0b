import { Duration, type Stack } from 'aws-cdk-lib';
import { ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import { FilterCriteria, type IFunction, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { EVENT_SOURCE } from '../../adapters/eventbridge/bus';
import { EVENT_RULES, OUTBOX_STREAM } from '../resource-model';
import { pascal } from './construct-id';
import type { WorkQueues } from './queues';
import type { Alerting } from './alerting';
import { failureQueue } from './queues';

/**
 * Integration events (certificate issued, revoked, reinstated, re-issued, annulled; scheme version published) for
 * other systems to subscribe to, published by the outbox relay only.
 */
export function integrationEventBus(stack: Stack): EventBus {
  return new EventBus(stack, 'EventBus', {
    description: 'Peristiwa sertifikasi untuk sistem lain (sertifikat terbit, dicabut, dipulihkan)',
  });
}

/**
 * The transactional outbox: the relay reads the table's stream of new outbox entries and publishes them.
 * Records that fail every retry go to the returned on-failure queue (their entries stay pending for the sweep job).
 */
export function outboxRelay(stack: Stack, alerting: Alerting, table: TableV2, relay: IFunction): Queue {
  const streamFailures = failureQueue(stack, alerting, 'EventRelayFailureQueue', {
    whose: "stream event source's on-failure destination",
    alarmId: 'EventRelayFailureAlarm',
    alarmDescription:
      'Relai event gagal berulang kali: peristiwa tertahan di outbox sampai tugas penyapu menerbitkannya.',
  });
  relay.addEventSource(
    new DynamoEventSource(table, {
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: OUTBOX_STREAM.batchSize,
      bisectBatchOnError: true,
      retryAttempts: OUTBOX_STREAM.retryAttempts,
      maxRecordAge: Duration.seconds(OUTBOX_STREAM.maxRecordAgeSeconds),
      reportBatchItemFailures: true,
      onFailure: new SqsDlq(streamFailures),
      filters: [FilterCriteria.filter(OUTBOX_STREAM.filter)],
    }),
  );
  alerting.alarm('EventRelayIteratorAgeAlarm', {
    alarmDescription: 'Relai event tertinggal dari stream tabel: peristiwa sertifikat terlambat terbit.',
    metric: relay.metric('IteratorAge', { period: Duration.minutes(1), statistic: 'Maximum' }),
    threshold: OUTBOX_STREAM.maxIteratorAgeSeconds * 1000,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 3,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  return streamFailures;
}

/**
 * The model's rules on the integration event bus (EVENT_RULES): each delivers its integration events to a work
 * queue, whose worker then reads them like any message; an event EventBridge fails to deliver goes to that
 * queue's DLQ, whence a redrive hands it to the worker.
 */
export function eventRules(stack: Stack, eventBus: EventBus, queues: WorkQueues): void {
  for (const [name, rule] of Object.entries(EVENT_RULES)) {
    new Rule(stack, `${pascal(name)}EventRule`, {
      eventBus,
      description: rule.description,
      eventPattern: { source: [EVENT_SOURCE], detailType: [...rule.detailTypes] },
      targets: [new SqsQueue(queues[rule.target].queue, { deadLetterQueue: queues[rule.target].dlq })],
    });
  }
}
