import { Duration, type Stack } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  type Alarm,
  AlarmStatusWidget,
  Dashboard,
  GraphWidget,
  MathExpression,
  type Metric,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { BUSINESS_METRICS, METRICS_NAMESPACE } from '../../runtime/metrics';
import type { FunctionName, QueueName } from '../resource-model';
import { apiMetric } from './api';
import type { JobFailureQueues } from './jobs';
import type { WorkQueues } from './queues';
import type { WorkflowFunction, WorkflowFunctions } from './workflow-function';

export interface DashboardSources {
  api: HttpApi;
  queues: WorkQueues;
  jobFailureQueues: JobFailureQueues;
  /** The outbox relay's on-failure queue. */
  relayFailures: Queue;
  functions: WorkflowFunctions;
  alarms: Alarm[];
}

/**
 * Operators' view: the programme's business events, its queues and their DLQs, the API, every stage's
 * function, and the state of every alarm.
 */
export function operationsDashboard(stack: Stack, sources: DashboardSources): Dashboard {
  const { api, queues, jobFailureQueues, relayFailures, functions, alarms } = sources;
  const queueEntries = Object.entries(queues) as [QueueName, WorkQueues[QueueName]][];
  const stages = Object.entries(functions) as [FunctionName, WorkflowFunction][];
  const perStage = (title: string, metric: (fn: WorkflowFunction['fn']) => Metric) =>
    new GraphWidget({
      title,
      width: 6,
      left: stages.map(([name, wf]) => metric(wf.fn).with({ label: name })),
    });
  // Counted by whichever function sees the event (runtime/metrics.ts): summed over services.
  const businessEvent = (name: string) =>
    new MathExpression({
      expression: `SUM(SEARCH('{${METRICS_NAMESPACE},service} MetricName="${name}"', 'Sum', 3600))`,
      label: name,
      period: Duration.hours(1),
      usingMetrics: {},
    });
  return new Dashboard(stack, 'Dashboard', {
    dashboardName: `${stack.stackName}-operasi`,
    widgets: [
      [
        new GraphWidget({
          title: 'Program: peristiwa bisnis per jam',
          width: 24,
          left: BUSINESS_METRICS.map(businessEvent),
        }),
      ],
      [
        new GraphWidget({
          title: 'Antrean: pesan menunggu',
          width: 8,
          left: queueEntries.map(([name, { queue }]) =>
            queue.metricApproximateNumberOfMessagesVisible({ label: name }),
          ),
        }),
        new GraphWidget({
          title: 'Antrean: umur pesan tertua (detik)',
          width: 8,
          left: queueEntries.map(([name, { queue }]) =>
            queue.metricApproximateAgeOfOldestMessage({ label: name }),
          ),
        }),
        new GraphWidget({
          title: 'DLQ dan antrean kegagalan tugas: pesan gagal',
          width: 8,
          left: [
            ...queueEntries.map(([name, { dlq }]) =>
              dlq.metricApproximateNumberOfMessagesVisible({ label: `${name} DLQ` }),
            ),
            ...Object.entries(jobFailureQueues).map(([name, failures]) =>
              failures.metricApproximateNumberOfMessagesVisible({ label: `${name} gagal` }),
            ),
            relayFailures.metricApproximateNumberOfMessagesVisible({ label: 'relai event gagal' }),
          ],
        }),
      ],
      [
        new GraphWidget({
          title: 'API: permintaan, 4xx, 5xx',
          width: 12,
          left: ['Count', '4xx', '5xx'].map((metricName) => apiMetric(api, metricName, 'Sum')),
        }),
        new GraphWidget({
          title: 'API: latensi p99 (ms)',
          width: 12,
          left: [apiMetric(api, 'Latency', 'p99'), apiMetric(api, 'IntegrationLatency', 'p99')],
        }),
      ],
      [
        perStage('Tahap: pemanggilan', (fn) => fn.metricInvocations()),
        perStage('Tahap: galat', (fn) => fn.metricErrors()),
        perStage('Tahap: throttle', (fn) => fn.metricThrottles()),
        perStage('Tahap: durasi p99 (ms)', (fn) => fn.metricDuration({ statistic: 'p99' })),
      ],
      [new AlarmStatusWidget({ title: 'Alarm', width: 24, alarms })],
    ],
  });
}
