import { type CfnElement, CfnOutput, Duration, Names, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { CfnStage, HttpApi, HttpMethod, type HttpRoute } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Alarm, type AlarmProps, AlarmStatusWidget, ComparisonOperator, Dashboard, GraphWidget, MathExpression, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { AccountRecovery, CfnUserPoolGroup, ClientAttributes, FeaturePlan, Mfa, StandardThreatProtectionMode, StringAttribute, UserPool } from 'aws-cdk-lib/aws-cognito';
import { AttributeType, Billing, StreamViewType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ROLES } from '../domain/access/roles';
import { ROUTES } from '../events/api/routes';
import { BUSINESS_METRICS, METRICS_NAMESPACE } from '../runtime/metrics';
import { WorkflowFunction } from './constructs/workflow-function';
import { acknowledge } from './nag';
import { BUCKETS, FUNCTIONS, OUTBOX_STREAM, QUEUES, SCHEDULES, TABLE, dlqConstructId, functionEnvironment, queueConstructId, type BucketName, type FunctionName, type QueueName } from './resource-model';

export interface SertifikasiStackProps extends StackProps {
  projectRoot: string;
  /** Public URL of the API (e.g. a custom domain) printed in certificates' QR codes; the API's own by default. */
  publicBaseUrl?: string;
}

/** The custom attributes that scope a user's data: set by BKN only, never by the user (issue 13). */
export const SCOPE_ATTRIBUTES = ['instansi', 'kanreg', 'nip'] as const;

const pascal = (name: string) => name.replace(/(^|[-_])(\w)/g, (_m, _s, c: string) => c.toUpperCase());

/** The whole system on AWS, built from the resource model that the local runner also serves. */
export class SertifikasiStack extends Stack {
  constructor(scope: Construct, id: string, props: SertifikasiStackProps) {
    super(scope, id, props);

    // Data: one table, single-table design (docs/data-model.md).
    const table = new TableV2(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: AttributeType.STRING },
      globalSecondaryIndexes: TABLE.indexes.map((index) => ({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      })),
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: TABLE.timeToLiveAttribute,
      dynamoStream: StreamViewType[TABLE.streamView],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Documents: private, encrypted, TLS only, access-logged.
    const accessLogs = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      accessLogs,
      'AwsSolutions-S1',
      'This is the access-log bucket itself; logging it into itself would loop.',
    );
    const buckets = {} as Record<BucketName, Bucket>;
    for (const name of Object.keys(BUCKETS) as BucketName[]) {
      buckets[name] = new Bucket(this, `${pascal(name)}Bucket`, {
        encryption: BucketEncryption.S3_MANAGED,
        blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
        enforceSSL: true,
        versioned: true,
        serverAccessLogsBucket: accessLogs,
        serverAccessLogsPrefix: `${name}/`,
        removalPolicy: RemovalPolicy.RETAIN,
      });
    }

    // Alarms go to operators through one encrypted topic.
    const alarmKey = new Key(this, 'AlarmTopicKey', {
      enableKeyRotation: true,
      description: 'Alarm topic encryption',
    });
    alarmKey.grantEncryptDecrypt(new ServicePrincipal('cloudwatch.amazonaws.com'));
    const alarmTopic = new Topic(this, 'AlarmTopic', {
      displayName: 'Sertifikasi ASN alarms',
      masterKey: alarmKey,
      enforceSSL: true,
    });
    const alarmAction = new SnsAction(alarmTopic);
    const alarms: Alarm[] = [];
    const alarm = (id: string, props: AlarmProps) => {
      const created = new Alarm(this, id, props);
      created.addAlarmAction(alarmAction);
      alarms.push(created);
    };
    /**
     * A queue where failures are kept for review (a work queue's DLQ, a job's failure queue, the stream relay's
     * on-failure destination), encrypted and TLS only, with an alarm on any message in it.
     */
    const failureQueue = (id: string, whose: string, alarmId: string, alarmDescription: string) => {
      const failures = new Queue(this, id, {
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      });
      for (const rule of ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy']) {
        acknowledge(failures, rule, `This queue is itself the ${whose}.`);
      }
      alarm(alarmId, {
        alarmDescription,
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
    };

    // Queues, each with its dead-letter queue.
    const queues = {} as Record<QueueName, { queue: Queue; dlq: Queue }>;
    for (const [name, model] of Object.entries(QUEUES) as [QueueName, (typeof QUEUES)[QueueName]][]) {
      const dlq = failureQueue(
        dlqConstructId(name),
        'dead-letter queue of a work queue',
        `${pascal(name)}DlqAlarm`,
        `Pesan gagal diproses di DLQ antrean ${name}: periksa dan redrive.`,
      );
      const queue = new Queue(this, queueConstructId(name), {
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        visibilityTimeout: Duration.seconds(model.visibilityTimeoutSeconds),
        deadLetterQueue: { queue: dlq, maxReceiveCount: model.maxReceiveCount },
      });
      queues[name] = { queue, dlq };
      alarm(`${pascal(name)}AgeAlarm`, {
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

    // Identity: Cognito user pool; its groups are the roles, custom attributes scope instansi and Kanreg data.
    const userPool = new UserPool(this, 'Users', {
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      passwordPolicy: {
        minLength: 12,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
      },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      // instansi and kanreg stay mutable only so that BKN can move an operator (AdminUpdateUserAttributes, with
      // the operator registry's move); no user writes them through the app client (writeAttributes below).
      customAttributes: {
        instansi: new StringAttribute({ minLen: 1, maxLen: 32, mutable: true }),
        kanreg: new StringAttribute({ minLen: 1, maxLen: 32, mutable: true }),
        nip: new StringAttribute({ minLen: 18, maxLen: 18, mutable: false }),
      },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const role of ROLES) {
      new CfnUserPoolGroup(this, `Group${pascal(role)}`, {
        userPoolId: userPool.userPoolId,
        groupName: role,
      });
    }
    // The scope attributes are read into the ID token but never written by their user: an operator who could
    // set custom:instansi would act for another instansi (the API also checks them against the registry).
    const client = userPool.addClient('ApiClient', {
      authFlows: { userSrp: true },
      readAttributes: new ClientAttributes()
        .withStandardAttributes({
          fullname: true,
          email: true,
          emailVerified: true,
          phoneNumber: true,
          phoneNumberVerified: true,
        })
        .withCustomAttributes(...SCOPE_ATTRIBUTES),
      writeAttributes: new ClientAttributes().withStandardAttributes({
        fullname: true,
        email: true,
        phoneNumber: true,
      }),
      idTokenValidity: Duration.hours(1),
      preventUserExistenceErrors: true,
    });

    // Jobs are invoked asynchronously: invocations that keep failing are kept for review, and alarmed.
    const jobFailureQueues = {} as Record<string, Queue>;
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      if (FUNCTIONS[name].kind !== 'job') continue;
      jobFailureQueues[name] = failureQueue(
        `${pascal(name)}FailureQueue`,
        'dead-letter queue of a scheduled job',
        `${pascal(name)}FailureAlarm`,
        `Tugas terjadwal ${name} gagal berulang kali.`,
      );
    }

    // HTTP API (routes below, once the functions exist): its URL is printed in certificates' QR codes.
    const api = new HttpApi(this, 'Api', {
      description: 'Sertifikasi Kompetensi Teknis Manajemen ASN',
      createDefaultStage: true,
    });
    const apiLogs = new LogGroup(this, 'ApiAccessLogs', { retention: RetentionDays.ONE_YEAR });
    const stage = api.defaultStage!.node.defaultChild as CfnStage;
    stage.accessLogSettings = {
      destinationArn: apiLogs.logGroupArn,
      format: JSON.stringify({
        requestId: '$context.requestId',
        ip: '$context.identity.sourceIp',
        requestTime: '$context.requestTime',
        routeKey: '$context.routeKey',
        status: '$context.status',
        protocol: '$context.protocol',
        responseLength: '$context.responseLength',
        latency: '$context.responseLatency',
        integrationError: '$context.integrationErrorMessage',
        sub: '$context.authorizer.claims.sub',
      }),
    };
    stage.defaultRouteSettings = {
      throttlingBurstLimit: 200,
      throttlingRateLimit: 100,
      detailedMetricsEnabled: true,
    };
    // Integration events (certificate issued, revoked, reinstated, re-issued, annulled) for other systems to
    // subscribe to, published by the outbox relay only.
    const eventBus = new EventBus(this, 'EventBus', {
      description: 'Peristiwa sertifikasi untuk sistem lain (sertifikat terbit, dicabut, dipulihkan)',
    });

    // Functions, one per workflow stage, each granted exactly what the model says it uses.
    const functions = {} as Record<FunctionName, WorkflowFunction>;
    for (const name of Object.keys(FUNCTIONS) as FunctionName[]) {
      const model = FUNCTIONS[name];
      const wf = new WorkflowFunction(this, `${pascal(name)}Fn`, {
        name,
        model,
        projectRoot: props.projectRoot,
        failureQueue: jobFailureQueues[name],
        environment: functionEnvironment(name, {
          table: table.tableName,
          bucket: (bucket) => buckets[bucket].bucketName,
          queueUrl: (queue) => queues[queue].queue.queueUrl,
          eventBus: eventBus.eventBusName,
          publicBaseUrl: props.publicBaseUrl ?? api.apiEndpoint,
        }),
      });
      functions[name] = wf;
      const role = wf.fn.role!;
      if (model.uses.table) {
        const write = model.uses.table === 'readWrite';
        role.addToPrincipalPolicy(
          new PolicyStatement({
            actions: [
              'dynamodb:GetItem',
              'dynamodb:BatchGetItem',
              'dynamodb:Query',
              'dynamodb:ConditionCheckItem',
              ...(write
                ? [
                    'dynamodb:PutItem',
                    'dynamodb:UpdateItem',
                    'dynamodb:DeleteItem',
                    'dynamodb:BatchWriteItem',
                  ]
                : []),
            ],
            resources: [
              table.tableArn,
              ...TABLE.indexes.map((index) => `${table.tableArn}/index/${index.name}`),
            ],
          }),
        );
      }
      for (const [bucket, access] of Object.entries(model.uses.buckets ?? {}) as [BucketName, string][]) {
        role.addToPrincipalPolicy(
          new PolicyStatement({
            actions: [
              ...(access !== 'write' ? ['s3:GetObject'] : []),
              // Reads of a pinned upload name its version: S3 authorises those as GetObjectVersion.
              ...(access !== 'write' && BUCKETS[bucket].pinnedVersions ? ['s3:GetObjectVersion'] : []),
              ...(access !== 'read' ? ['s3:PutObject'] : []),
            ],
            resources: [buckets[bucket].arnForObjects('*')],
          }),
        );
        acknowledge(
          role,
          `AwsSolutions-IAM5[Resource::<${this.getLogicalId(buckets[bucket].node.defaultChild as CfnElement)}.Arn>/*]`,
          'Object keys are generated per programme and document; access stays inside this one bucket.',
        );
      }
      for (const queue of model.uses.sendsTo ?? []) queues[queue].queue.grantSendMessages(wf.fn);
      if (model.uses.publishesEvents) eventBus.grantPutEventsTo(wf.fn);
      alarm(`${pascal(name)}ErrorsAlarm`, {
        alarmDescription: `Fungsi ${name} gagal.`,
        metric: wf.fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      alarm(`${pascal(name)}ThrottlesAlarm`, {
        alarmDescription: `Fungsi ${name} dibatasi (throttled).`,
        metric: wf.fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
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

    // Queue workers: partial batch failures, so one bad message never fails its batch.
    for (const [name, model] of Object.entries(QUEUES) as [QueueName, (typeof QUEUES)[QueueName]][]) {
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

    // The transactional outbox: the relay reads the table's stream of new outbox entries and publishes them.
    // Records that fail every retry go to the on-failure queue (their entries stay pending for the sweep job).
    const streamFailures = failureQueue(
      'EventRelayFailureQueue',
      "stream event source's on-failure destination",
      'EventRelayFailureAlarm',
      'Relai event gagal berulang kali: peristiwa tertahan di outbox sampai tugas penyapu menerbitkannya.',
    );
    const relay = functions[OUTBOX_STREAM.consumer].fn;
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
    alarm('EventRelayIteratorAgeAlarm', {
      alarmDescription: 'Relai event tertinggal dari stream tabel: peristiwa sertifikat terlambat terbit.',
      metric: relay.metric('IteratorAge', { period: Duration.minutes(1), statistic: 'Maximum' }),
      threshold: OUTBOX_STREAM.maxIteratorAgeSeconds * 1000,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    // Schedules: EventBridge rules invoking the jobs; failed invocations land in the job's failure queue.
    for (const [name, schedule] of Object.entries(SCHEDULES)) {
      new Rule(this, `${pascal(name)}Schedule`, {
        description: schedule.description,
        schedule: Schedule.expression(schedule.expression),
        targets: [
          new LambdaFunction(functions[schedule.target].fn, {
            deadLetterQueue: jobFailureQueues[schedule.target],
            retryAttempts: 2,
          }),
        ],
      });
    }

    // Routes: the Cognito JWT authorizer on every non-public one.
    const authorizer = new HttpJwtAuthorizer(
      'CognitoAuthorizer',
      `https://cognito-idp.${this.region}.amazonaws.com/${userPool.userPoolId}`,
      { jwtAudience: [client.userPoolClientId] },
    );
    const integrations = new Map<FunctionName, HttpLambdaIntegration>();
    for (const route of ROUTES) {
      if (!integrations.has(route.function)) {
        integrations.set(
          route.function,
          new HttpLambdaIntegration(`${pascal(route.function)}Integration`, functions[route.function].fn),
        );
      }
      const [created] = api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: integrations.get(route.function)!,
        ...(route.auth === 'public' ? {} : { authorizer }),
      }) as HttpRoute[];
      if (route.auth === 'public') {
        acknowledge(
          created!,
          'AwsSolutions-APIG4',
          `${route.method} ${route.path} is public by design: ${route.summary}.`,
        );
      }
    }
    const apiMetric = (metricName: string, statistic: string) =>
      new Metric({
        namespace: 'AWS/ApiGateway',
        metricName,
        dimensionsMap: { ApiId: api.apiId, Stage: '$default' },
        statistic,
        period: Duration.minutes(5),
      });
    alarm('Api5xxAlarm', {
      alarmDescription: 'Lebih dari 1% permintaan API berakhir 5xx.',
      // Each request counts 0 or 1, so the average is the 5xx rate.
      metric: apiMetric('5xx', 'Average'),
      threshold: 0.01,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 2,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm('ApiLatencyAlarm', {
      alarmDescription: 'Latensi p99 API di atas 2 detik.',
      metric: apiMetric('Latency', 'p99'),
      threshold: 2000,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    // Operators' view: the programme's business events, its queues and their DLQs, the API, every stage's
    // function, and the state of every alarm.
    const queueEntries = Object.entries(queues) as [QueueName, (typeof queues)[QueueName]][];
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
    new Dashboard(this, 'Dashboard', {
      dashboardName: `${this.stackName}-operasi`,
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
              streamFailures.metricApproximateNumberOfMessagesVisible({ label: 'relai event gagal' }),
            ],
          }),
        ],
        [
          new GraphWidget({
            title: 'API: permintaan, 4xx, 5xx',
            width: 12,
            left: ['Count', '4xx', '5xx'].map((metricName) => apiMetric(metricName, 'Sum')),
          }),
          new GraphWidget({
            title: 'API: latensi p99 (ms)',
            width: 12,
            left: [apiMetric('Latency', 'p99'), apiMetric('IntegrationLatency', 'p99')],
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

    new CfnOutput(this, 'ApiUrl', { value: api.apiEndpoint });
    new CfnOutput(this, 'EventBusName', { value: eventBus.eventBusName });
    new CfnOutput(this, 'UserPoolId', { value: userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: client.userPoolClientId });
    new CfnOutput(this, 'AlarmTopicArn', { value: alarmTopic.topicArn });
  }
}
