import { type CfnElement, Duration, type Stack } from 'aws-cdk-lib';
import { ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { EventBus } from 'aws-cdk-lib/aws-events';
import { type IRole, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { acknowledge } from '../nag';
import {
  BUCKETS,
  FUNCTIONS,
  OUTBOX_STREAM,
  TABLE,
  functionEnvironment,
  type BucketName,
  type FunctionModel,
  type FunctionName,
} from '../resource-model';
import type { Alerting } from './alerting';
import { pascal } from './construct-id';
import type { Buckets } from './data';
import type { JobFailureQueues } from './jobs';
import type { Key } from 'aws-cdk-lib/aws-kms';
import type { SigningKeys } from './signing';
import type { WorkQueues } from './queues';
import { WorkflowFunction, type WorkflowFunctions } from './workflow-function';

type TableAccess = NonNullable<FunctionModel['uses']['table']>;
type BucketAccess = NonNullable<NonNullable<FunctionModel['uses']['buckets']>[BucketName]>;

/** What the functions are given access to, and named in their environment. */
export interface FunctionResources {
  projectRoot: string;
  /** The URL printed in certificates' QR codes. */
  publicBaseUrl: string;
  table: TableV2;
  buckets: Buckets;
  queues: WorkQueues;
  eventBus: EventBus;
  jobFailureQueues: JobFailureQueues;
  signingKeys: SigningKeys;
  /** The Open Badges issuer's key (./signing.ts credentialKey). */
  credentialKey: Key;
  verificationContact?: string;
  timeStampUrl?: string;
  email: { sender: string; configurationSet: string };
  /** The Cognito Hosted UI of the dashboard's login, where the deployment makes one (./login.ts). */
  login?: { domain: string; clientId: string };
}

/**
 * One function per workflow stage, each granted exactly what the model says it uses, with alarms on its
 * errors and throttles.
 */
export function workflowFunctions(
  stack: Stack,
  alerting: Alerting,
  resources: FunctionResources,
): WorkflowFunctions {
  const { table, buckets, queues, eventBus } = resources;
  const functions = {} as WorkflowFunctions;
  for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
    const model = FUNCTIONS[name];
    const wf = new WorkflowFunction(stack, `${pascal(name)}Fn`, {
      name,
      model,
      projectRoot: resources.projectRoot,
      failureQueue: resources.jobFailureQueues[name],
      environment: functionEnvironment(name, {
        table: table.tableName,
        bucket: (bucket) => buckets[bucket].bucketName,
        queueUrl: (queue) => queues[queue].queue.queueUrl,
        eventBus: eventBus.eventBusName,
        publicBaseUrl: resources.publicBaseUrl,
        signingKey: (signer) => resources.signingKeys[signer].keyArn,
        credentialKey: resources.credentialKey.keyArn,
        verificationContact: resources.verificationContact,
        timeStampUrl: resources.timeStampUrl,
        email: resources.email,
        ...(resources.login && { login: resources.login }),
      }),
    });
    functions[name] = wf;
    const role = wf.fn.role!;
    if (model.uses.table) grantTable(role, table, model.uses.table);
    for (const [bucket, access] of Object.entries(model.uses.buckets ?? {}) as [BucketName, BucketAccess][]) {
      grantBucket(stack, role, bucket, buckets[bucket], access);
    }
    for (const queue of model.uses.sendsTo ?? []) queues[queue].queue.grantSendMessages(wf.fn);
    if (model.uses.publishesEvents) eventBus.grantPutEventsTo(wf.fn);
    if (model.uses.signsAs?.length) grantBucket(stack, role, 'signing', buckets.signing, 'read');
    for (const signer of model.uses.signsAs ?? []) resources.signingKeys[signer].grant(role, 'kms:Sign');
    if (model.uses.issuesCredentials) resources.credentialKey.grant(role, 'kms:Sign', 'kms:GetPublicKey');
    stageAlarms(alerting, name, wf);
    if (model.kind === 'api' || model.kind === 'worker') {
      acknowledge(
        wf.fn,
        'Serverless-LambdaDLQ',
        model.kind === 'api'
          ? 'Invoked synchronously by API Gateway; failures return to the caller.'
          : name === OUTBOX_STREAM.consumer
            ? "Invoked by the table's stream event source; failed records go to its on-failure queue."
            : "Invoked by an SQS event source; failed messages go to the queue's own DLQ.",
      );
    }
  }
  return functions;
}

/** Item reads on the table and its indexes, and item writes when the model says `readWrite`; never Scan. */
function grantTable(role: IRole, table: TableV2, access: TableAccess): void {
  const write = access === 'readWrite';
  role.addToPrincipalPolicy(
    new PolicyStatement({
      actions: [
        'dynamodb:GetItem',
        'dynamodb:BatchGetItem',
        'dynamodb:Query',
        'dynamodb:ConditionCheckItem',
        ...(write
          ? ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem']
          : []),
      ],
      resources: [table.tableArn, ...TABLE.indexes.map((index) => `${table.tableArn}/index/${index.name}`)],
    }),
  );
}

/** Object reads and/or writes in one bucket, as the model's access for it says. */
function grantBucket(
  stack: Stack,
  role: IRole,
  name: BucketName,
  bucket: Bucket,
  access: BucketAccess,
): void {
  role.addToPrincipalPolicy(
    new PolicyStatement({
      actions: [
        ...(access !== 'write' ? ['s3:GetObject'] : []),
        // Reads of a pinned upload name its version: S3 authorises those as GetObjectVersion.
        ...(access !== 'write' && BUCKETS[name].pinnedVersions ? ['s3:GetObjectVersion'] : []),
        ...(access !== 'read' ? ['s3:PutObject'] : []),
      ],
      resources: [bucket.arnForObjects('*')],
    }),
  );
  acknowledge(
    role,
    `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(bucket.node.defaultChild as CfnElement)}.Arn>/*]`,
    'Object keys are generated per programme and document; access stays inside this one bucket.',
  );
}

/** Any error or throttle of a stage's function raises an alarm. */
function stageAlarms(alerting: Alerting, name: FunctionName, wf: WorkflowFunction): void {
  alerting.alarm(`${pascal(name)}ErrorsAlarm`, {
    alarmDescription: `Fungsi ${name} gagal.`,
    metric: wf.fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
    threshold: 0,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  alerting.alarm(`${pascal(name)}ThrottlesAlarm`, {
    alarmDescription: `Fungsi ${name} dibatasi (throttled).`,
    metric: wf.fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
    threshold: 0,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
}
