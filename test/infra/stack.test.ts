import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../domain/access/roles';
import { ROUTES } from '../../events/api/routes';
import { buildApp } from '../../infra/app';
import { FUNCTIONS, QUEUES, SCHEDULES } from '../../infra/resource-model';

/** Bundling is measured by the bundle-size test; here the template is what matters. */
const appWithoutBundling = () => new App({ context: { 'aws:cdk:bundling-stacks': [] } });

describe('the CDK stack built from the resource model', () => {
  let template: Template;

  beforeAll(() => {
    const { stack } = buildApp(appWithoutBundling());
    template = Template.fromStack(stack);
  });

  it('passes cdk-nag AwsSolutions and Serverless packs at synth (every acknowledgement scoped and reasoned)', () => {
    const { app } = buildApp(appWithoutBundling());
    expect(() => app.synth()).not.toThrow();
  });

  it('cdk-nag really runs: an unencrypted, unlogged bucket fails synth', () => {
    const app = appWithoutBundling();
    const stack = new Stack(app, 'Bad');
    new Bucket(stack, 'Careless');
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
    expect(() => app.synth()).toThrow(/AwsSolutions-S1'/);
  });

  it('has one table with the model keys and indexes, point-in-time recovery and deletion protection', () => {
    template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        Match.objectLike({ IndexName: 'gsi1' }),
        Match.objectLike({ IndexName: 'gsi2' }),
      ],
      Replicas: [
        Match.objectLike({
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
        }),
      ],
    });
  });

  it('gives every work queue an encrypted DLQ with the model redrive policy and visibility timeout', () => {
    for (const model of Object.values(QUEUES)) {
      template.hasResourceProperties('AWS::SQS::Queue', {
        VisibilityTimeout: model.visibilityTimeoutSeconds,
        SqsManagedSseEnabled: true,
        RedrivePolicy: { deadLetterTargetArn: Match.anyValue(), maxReceiveCount: model.maxReceiveCount },
      });
    }
  });

  it('enforces TLS on every queue and bucket', () => {
    const denyInsecure = Match.arrayWith([
      Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    ]);
    for (const [type, policy] of [
      ['AWS::SQS::Queue', 'AWS::SQS::QueuePolicy'],
      ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy'],
    ] as const) {
      const resources = Object.keys(template.findResources(type));
      const policies = Object.values(
        template.findResources(policy, { Properties: { PolicyDocument: { Statement: denyInsecure } } }),
      );
      expect(policies.length).toBe(resources.length);
    }
  });

  it('keeps every bucket private and encrypted', () => {
    const buckets = Object.values(template.findResources('AWS::S3::Bucket'));
    for (const bucket of buckets) {
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(bucket.Properties.BucketEncryption).toBeDefined();
    }
  });

  it('deploys every function on nodejs24.x arm64 with active tracing', () => {
    const functions = template.findResources('AWS::Lambda::Function', {
      Properties: { Runtime: 'nodejs24.x', Architectures: ['arm64'], TracingConfig: { Mode: 'Active' } },
    });
    expect(Object.keys(functions)).toHaveLength(Object.keys(FUNCTIONS).length);
  });

  it('routes every declared route, with the Cognito JWT authorizer on all but the public ones', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: Match.anyValue(), Audience: [Match.anyValue()] },
    });
    for (const route of ROUTES) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: `${route.method} ${route.path}`,
        AuthorizationType: route.auth === 'public' ? 'NONE' : 'JWT',
      });
    }
    template.resourceCountIs('AWS::ApiGatewayV2::Route', ROUTES.length);
  });

  it('creates one Cognito group per role', () => {
    for (const role of ROLES)
      template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: role });
  });

  it('wires each queue to its worker with partial batch failures', () => {
    for (const model of Object.values(QUEUES)) {
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        BatchSize: model.batchSize,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
      });
    }
  });

  it('fires every schedule with a dead-letter queue for failed invocations', () => {
    for (const schedule of Object.values(SCHEDULES)) {
      template.hasResourceProperties('AWS::Events::Rule', {
        ScheduleExpression: schedule.expression,
        Targets: [Match.objectLike({ DeadLetterConfig: { Arn: Match.anyValue() } })],
      });
    }
  });

  it('alarms on every dead-letter queue holding any message', () => {
    const dlqAlarms = template.findResources('AWS::CloudWatch::Alarm', {
      Properties: {
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
      },
    });
    const queuesAsDlq = Object.keys(QUEUES).length;
    const jobFailureQueues = Object.values(FUNCTIONS).filter((f) => f.kind === 'job').length;
    expect(Object.keys(dlqAlarms)).toHaveLength(queuesAsDlq + jobFailureQueues);
  });
});
