import { App, type CfnElement, NestedStack, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../domain/access/roles';
import { ROUTES } from '../../events/api/routes';
import { buildApp } from '../../infra/app';
import { SCOPE_ATTRIBUTES } from '../../infra/constructs/identity';
import { BUSINESS_METRICS, METRICS_NAMESPACE } from '../../runtime/metrics';
import { ENV, SIGNING_ROLES, type SigningRole } from '../../runtime/env';
import { SWEEP_AFTER_MINUTES } from '../../functions/event-relay/sweep';
import { EVENT_SOURCE } from '../../adapters/eventbridge/bus';
import {
  FUNCTIONS,
  OUTBOX_STREAM,
  QUEUES,
  SCHEDULES,
  dlqConstructId,
  nodeOptions,
  queueConstructId,
  SIGNING_KEY_SPEC,
  signingKeyAlias,
  CREDENTIAL_KEY_ALIAS,
  CREDENTIAL_KEY_SPEC,
  EVENT_RULES,
  type FunctionName,
  type QueueName,
} from '../../infra/resource-model';

/** Bundling is measured by the bundle-size test; here the template is what matters. */
const appWithoutBundling = () => new App({ context: { 'aws:cdk:bundling-stacks': [] } });

/**
 * A nested stack's template with each reference to a parameter the parent passes replaced by what the parent
 * passes (a `Ref` or `Fn::GetAtt` of the parent's resource), so its resources read as if they were the parent's.
 */
function asInParent(stack: Stack, id: string, parent: Template): Template {
  const child = stack.node.findChild(id) as NestedStack;
  const nested = Template.fromStack(child).toJSON();
  const stackResource =
    parent.toJSON().Resources[stack.getLogicalId(child.nestedStackResource as CfnElement)];
  const passed = (stackResource?.Properties?.Parameters ?? {}) as Record<string, unknown>;
  const substitute = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(substitute);
    if (value === null || typeof value !== 'object') return value;
    const ref = (value as { Ref?: unknown }).Ref;
    if (Object.keys(value).length === 1 && typeof ref === 'string' && ref in passed) return passed[ref];
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, substitute(inner)]));
  };
  return Template.fromJSON(substitute(nested) as Record<string, unknown>);
}

describe('the CDK stack built from the resource model', () => {
  let template: Template;
  /** The nested stack of the alarms and the operators' dashboard. */
  let monitoring: Template;
  /** The nested stack of the API's routes, their integrations and invoke permissions. */
  let routes: Template;

  beforeAll(() => {
    const { stack } = buildApp(appWithoutBundling());
    template = Template.fromStack(stack);
    monitoring = asInParent(stack, 'Monitoring', template);
    routes = asInParent(stack, 'Routes', template);
  });

  it('passes cdk-nag AwsSolutions and Serverless packs at synth (every acknowledgement scoped and reasoned)', () => {
    const { app } = buildApp(appWithoutBundling());
    expect(() => app.synth()).not.toThrow();
  });

  it('keeps room under the 500 resources CloudFormation allows in each stack (at most 450), whatever the routes', () => {
    for (const [name, each] of Object.entries({ main: template, monitoring, routes })) {
      const resources = Object.keys(each.toJSON().Resources as object).length;
      console.log(`CloudFormation resources in the ${name} stack: ${resources}`);
      expect(resources).toBeLessThanOrEqual(450);
    }
    // Every route is in the routes stack, none in the main one.
    template.resourceCountIs('AWS::ApiGatewayV2::Route', 0);
    // One invoke permission per API function, not one per route.
    const apiFunctions = new Set(ROUTES.map((route) => route.function)).size;
    expect(Object.keys(routes.findResources('AWS::Lambda::Permission')).length).toBeLessThanOrEqual(
      apiFunctions + 10,
    );
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

  it('expires short-lived items (Idempotency-Key answers, sent outbox entries) by TTL on `expiresAt`', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
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

  it('UNGGAH-TERKUNCI: versions the uploads bucket, and lets each function reading it read a pinned version', () => {
    const [uploads] = Object.keys(template.findResources('AWS::S3::Bucket')).filter((id) =>
      id.startsWith('UploadsBucket'),
    );
    expect(
      template.findResources('AWS::S3::Bucket', {
        Properties: { VersioningConfiguration: { Status: 'Enabled' } },
      })[uploads!],
    ).toBeDefined();
    const readers = (Object.keys(FUNCTIONS) as FunctionName[]).filter((name) =>
      ['read', 'readWrite'].includes(FUNCTIONS[name].uses.buckets?.uploads ?? ''),
    );
    const granted = template.findResources('AWS::IAM::Policy', {
      Properties: {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Action: Match.arrayWith(['s3:GetObject', 's3:GetObjectVersion']),
              Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [uploads, 'Arn'] }, '/*']] },
            }),
          ]),
        },
      },
    });
    expect(readers.length).toBeGreaterThan(0);
    expect(Object.keys(granted)).toHaveLength(readers.length);
  });

  it('keeps one asymmetric RSA signing key per official in KMS, retained, and lets only the functions that sign as that official use it', () => {
    const keys = template.findResources('AWS::KMS::Key', {
      Properties: { KeySpec: SIGNING_KEY_SPEC, KeyUsage: 'SIGN_VERIFY' },
    });
    expect(Object.keys(keys)).toHaveLength(Object.keys(SIGNING_ROLES).length);
    for (const key of Object.values(keys)) expect(key).toMatchObject({ DeletionPolicy: 'Retain' });
    for (const role of Object.keys(SIGNING_ROLES) as SigningRole[]) {
      template.hasResourceProperties('AWS::KMS::Alias', { AliasName: signingKeyAlias(role) });
      const signers = (Object.keys(FUNCTIONS) as FunctionName[]).filter((name) =>
        FUNCTIONS[name].uses.signsAs?.includes(role),
      );
      const [keyId] = Object.keys(
        template.findResources('AWS::KMS::Key', {
          Properties: { Description: Match.stringLikeRegexp(SIGNING_ROLES[role].office) },
        }),
      );
      const granted = template.findResources('AWS::IAM::Policy', {
        Properties: {
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({ Action: 'kms:Sign', Resource: { 'Fn::GetAtt': [keyId, 'Arn'] } }),
            ]),
          },
        },
      });
      expect(Object.keys(granted)).toHaveLength(signers.length);
      const given = template.findResources('AWS::Lambda::Function', {
        Properties: {
          Environment: {
            Variables: Match.objectLike({
              [SIGNING_ROLES[role].keyVar]: { 'Fn::GetAtt': [keyId, 'Arn'] },
              [ENV.signingBucket]: Match.anyValue(),
            }),
          },
        },
      });
      expect(Object.keys(given)).toHaveLength(signers.length);
    }
  });

  it('keeps the Open Badges issuer key (Ed25519) in KMS, retained, signing and read only by the credential worker', () => {
    const keys = template.findResources('AWS::KMS::Key', {
      Properties: { KeySpec: CREDENTIAL_KEY_SPEC, KeyUsage: 'SIGN_VERIFY' },
    });
    expect(Object.values(keys)).toEqual([expect.objectContaining({ DeletionPolicy: 'Retain' })]);
    const [keyId] = Object.keys(keys);
    template.hasResourceProperties('AWS::KMS::Alias', {
      AliasName: CREDENTIAL_KEY_ALIAS,
      TargetKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] },
    });
    const usesKey = (statement: { Resource?: unknown }) =>
      JSON.stringify(statement.Resource) === JSON.stringify({ 'Fn::GetAtt': [keyId, 'Arn'] });
    const grants = Object.entries(template.findResources('AWS::IAM::Policy')).flatMap(([id, policy]) =>
      (policy.Properties.PolicyDocument.Statement as { Action: unknown; Resource?: unknown }[])
        .filter(usesKey)
        .map((statement) => ({ id, action: statement.Action })),
    );
    expect(grants).toEqual([
      { id: expect.stringMatching(/^CredentialIssuerFn/), action: ['kms:Sign', 'kms:GetPublicKey'] },
    ]);
    const given = template.findResources('AWS::Lambda::Function', {
      Properties: { Environment: { Variables: Match.objectLike({ [ENV.credentialKey]: Match.anyValue() }) } },
    });
    expect(Object.keys(given)).toEqual([expect.stringMatching(/^CredentialIssuerFn/)]);
    expect(
      (Object.keys(FUNCTIONS) as FunctionName[]).filter((name) => FUNCTIONS[name].uses.issuesCredentials),
    ).toEqual(['credentialIssuer']);
  });

  it('delivers the certificate events of each rule from the event bus to its queue, failed deliveries to its DLQ', () => {
    const queueId = (construct: string) =>
      Object.keys(template.findResources('AWS::SQS::Queue')).find((id) => id.startsWith(construct))!;
    for (const rule of Object.values(EVENT_RULES)) {
      const queue = queueId(queueConstructId(rule.target));
      const dlq = queueId(dlqConstructId(rule.target));
      template.hasResourceProperties('AWS::Events::Rule', {
        EventBusName: Match.anyValue(),
        EventPattern: { source: [EVENT_SOURCE], 'detail-type': [...rule.detailTypes] },
        Targets: [
          Match.objectLike({
            Arn: { 'Fn::GetAtt': [queue, 'Arn'] },
            DeadLetterConfig: { Arn: { 'Fn::GetAtt': [dlq, 'Arn'] } },
          }),
        ],
      });
      for (const target of [queue, dlq]) {
        template.hasResourceProperties('AWS::SQS::QueuePolicy', {
          Queues: [{ Ref: target }],
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({
                Effect: 'Allow',
                Principal: { Service: 'events.amazonaws.com' },
                Condition: {
                  ArnEquals: {
                    'aws:SourceArn': { 'Fn::GetAtt': [Match.stringLikeRegexp('EventRule'), 'Arn'] },
                  },
                },
              }),
            ]),
          },
        });
      }
    }
    expect(EVENT_RULES.credentials!.target).toBe('credential');
    expect(QUEUES.credential.consumer).toBe('credentialIssuer');
  });

  it("routes the scheme version's outbox event (SchemeVersionPublished) to the schemeEnrolment queue, whose worker enrols the holders", () => {
    const queues = template.findResources('AWS::SQS::Queue');
    const queue = Object.keys(queues).find((id) => id.startsWith(queueConstructId('schemeEnrolment')))!;
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { source: [EVENT_SOURCE], 'detail-type': ['SchemeVersionPublished'] },
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [queue, 'Arn'] } })],
    });
    expect(QUEUES.schemeEnrolment.consumer).toBe('schemeEnrolment');
    // The API sends nothing to the queue itself: the version's transaction carries the start (SC1).
    expect(FUNCTIONS.schemes.uses.sendsTo).toBeUndefined();
  });

  it('prints the public domain given as stack parameters on documents, never the execute-api host (which is switched off)', () => {
    template.hasParameter('PublicDomainName', { Type: 'String' });
    template.hasParameter('PublicDomainCertificateArn', { Type: 'String' });
    template.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainName: { Ref: 'PublicDomainName' },
      DomainNameConfigurations: [Match.objectLike({ CertificateArn: { Ref: 'PublicDomainCertificateArn' } })],
    });
    template.resourceCountIs('AWS::ApiGatewayV2::ApiMapping', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { DisableExecuteApiEndpoint: true });
    const publicUrl = { 'Fn::Join': ['', ['https://', { Ref: 'PublicDomainName' }]] };
    const linking = (Object.keys(FUNCTIONS) as FunctionName[]).filter(
      (name) => FUNCTIONS[name].uses.publicUrl,
    );
    expect(linking.length).toBeGreaterThan(0);
    const given = template.findResources('AWS::Lambda::Function', {
      Properties: { Environment: { Variables: Match.objectLike({ [ENV.publicBaseUrl]: publicUrl }) } },
    });
    expect(Object.keys(given)).toHaveLength(linking.length);
  });

  it('gives the public pages the contact the deployment configures (-c verificationContact=…), and none otherwise', () => {
    const contact = JSON.stringify({
      unit: 'Pusbang ASN',
      address: 'Jakarta',
      complaint: { name: 'SP4N-LAPOR!' },
    });
    const app = appWithoutBundling();
    app.node.setContext('verificationContact', contact);
    const configured = Template.fromStack(buildApp(app).stack);
    const withContact = (t: Template) =>
      Object.keys(
        t.findResources('AWS::Lambda::Function', {
          Properties: {
            Environment: { Variables: Match.objectLike({ [ENV.verificationContact]: contact }) },
          },
        }),
      ).length;
    expect(withContact(configured)).toBe(1);
    expect(withContact(template)).toBe(0);
  });

  it.each([
    ['{ unit: Pusbang', 'is not JSON'],
    [JSON.stringify({ unit: 'Pusbang ASN', address: 'Jakarta' }), 'is not a contact'],
  ])('refuses to synthesize with a contact the public pages could not show: %s', (contact, reason) => {
    const app = appWithoutBundling();
    app.node.setContext('verificationContact', contact);
    expect(() => buildApp(app)).toThrow(`${ENV.verificationContact} ${reason}`);
  });

  it('deploys every function on nodejs24.x arm64 with active tracing', () => {
    const functions = template.findResources('AWS::Lambda::Function', {
      Properties: { Runtime: 'nodejs24.x', Architectures: ['arm64'], TracingConfig: { Mode: 'Active' } },
    });
    expect(Object.keys(functions)).toHaveLength(Object.keys(FUNCTIONS).length);
  });

  it("keeps a function's own V8 flags in NODE_OPTIONS next to source maps (the certificate worker's heap limits)", () => {
    const flags = nodeOptions(FUNCTIONS.certificateWorker.v8!);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: { NODE_OPTIONS: `--enable-source-maps ${flags}` } },
    });
  });

  it('routes every declared route, with the Cognito JWT authorizer on all but the public ones', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      JwtConfiguration: { Issuer: Match.anyValue(), Audience: [Match.anyValue()] },
    });
    for (const route of ROUTES) {
      routes.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: `${route.method} ${route.path}`,
        AuthorizationType: route.auth === 'public' ? 'NONE' : 'JWT',
      });
    }
    routes.resourceCountIs('AWS::ApiGatewayV2::Route', ROUTES.length + 1);
  });

  it('sends a request that no route matches to the meta function, which answers the JSON 404 ROUTE_NOT_FOUND', () => {
    const meta = Object.entries(routes.findResources('AWS::ApiGatewayV2::Route')).find(
      ([, route]) => (route as { Properties: { RouteKey: string } }).Properties.RouteKey === 'GET /health',
    )![1] as { Properties: { Target: unknown } };
    routes.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: '$default',
      AuthorizationType: 'NONE',
      Target: meta.Properties.Target,
    });
  });

  it('creates one Cognito group per role', () => {
    for (const role of ROLES)
      template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: role });
  });

  it('lets no user write the scope attributes (custom:instansi, custom:kanreg, custom:nip), yet puts them in the ID token', () => {
    const clients = Object.values(template.findResources('AWS::Cognito::UserPoolClient'));
    expect(clients).toHaveLength(1);
    const { WriteAttributes, ReadAttributes } = clients[0]!.Properties as Record<string, string[]>;
    expect(WriteAttributes!.length).toBeGreaterThan(0);
    for (const attribute of SCOPE_ATTRIBUTES.map((name) => `custom:${name}`)) {
      expect(WriteAttributes).not.toContain(attribute);
      expect(ReadAttributes).toContain(attribute);
    }
    expect(WriteAttributes!.every((attribute) => !attribute.startsWith('custom:'))).toBe(true);
  });

  it('wires each queue to its worker with partial batch failures', () => {
    for (const model of Object.values(QUEUES)) {
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        BatchSize: model.batchSize,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
      });
    }
  });

  it('caps the workers of register-bound queues (invitation letters, certificates) at two concurrent batches', () => {
    const capped = template.findResources('AWS::Lambda::EventSourceMapping', {
      Properties: { ScalingConfig: { MaximumConcurrency: 2 } },
    });
    expect(Object.keys(capped)).toHaveLength(
      Object.values(QUEUES).filter((model) => model.maxConcurrency === 2).length,
    );
    expect(QUEUES.invitation.maxConcurrency).toBe(2);
    expect(QUEUES.certificate.maxConcurrency).toBe(2);
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
    const dlqAlarms = monitoring.findResources('AWS::CloudWatch::Alarm', {
      Properties: {
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
      },
    });
    const queuesAsDlq = Object.keys(QUEUES).length;
    const jobFailureQueues = Object.values(FUNCTIONS).filter((f) => f.kind === 'job').length;
    const streamFailureQueue = 1;
    expect(Object.keys(dlqAlarms)).toHaveLength(queuesAsDlq + jobFailureQueues + streamFailureQueue);
  });

  describe('the outbox of integration events', () => {
    it("streams the table's keys to the relay: new outbox entries only, partial batch failures, bisected retries, then the on-failure queue", () => {
      template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
        StreamSpecification: { StreamViewType: 'KEYS_ONLY' },
      });
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: { 'Fn::GetAtt': [Match.anyValue(), 'StreamArn'] },
        StartingPosition: 'TRIM_HORIZON',
        BatchSize: OUTBOX_STREAM.batchSize,
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: OUTBOX_STREAM.retryAttempts,
        MaximumRecordAgeInSeconds: OUTBOX_STREAM.maxRecordAgeSeconds,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        FilterCriteria: { Filters: [{ Pattern: JSON.stringify(OUTBOX_STREAM.filter) }] },
        DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
      });
      expect(OUTBOX_STREAM.filter).toEqual({
        eventName: ['INSERT'],
        dynamodb: { Keys: { pk: { S: [{ prefix: 'OUTBOX#' }] } } },
      });
    });

    it('alarms when the relay lags behind the stream', () => {
      monitoring.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'IteratorAge',
        Statistic: 'Maximum',
        Threshold: OUTBOX_STREAM.maxIteratorAgeSeconds * 1000,
        ComparisonOperator: 'GreaterThanThreshold',
      });
    });

    it('lets only the relay and its sweep put events on the bus', () => {
      const publishers = (Object.keys(FUNCTIONS) as FunctionName[]).filter(
        (name) => FUNCTIONS[name].uses.publishesEvents,
      );
      expect(publishers.sort()).toEqual(['eventRelay', 'outboxSweep']);
      const putEvents = template.findResources('AWS::IAM::Policy', {
        Properties: {
          PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'events:PutEvents' })]) },
        },
      });
      expect(Object.keys(putEvents)).toHaveLength(publishers.length);
    });

    it('sweeps an unsent entry only after the stream has given it up, so the two never publish it together', () => {
      expect(SWEEP_AFTER_MINUTES * 60).toBeGreaterThan(OUTBOX_STREAM.maxRecordAgeSeconds);
      template.hasResourceProperties('AWS::Events::Rule', {
        ScheduleExpression: SCHEDULES.outboxSweep!.expression,
      });
    });
  });

  describe('operations', () => {
    /** The logical id CDK gave a construct id (its hash appended), among the template's resources of a type. */
    const logicalId = (type: string, constructId: string) => {
      const ids = Object.keys(template.findResources(type)).filter((id) =>
        new RegExp(`^${constructId}[0-9A-F]{8}$`).test(id),
      );
      expect(ids).toHaveLength(1);
      return ids[0]!;
    };
    const queueName = (id: string) => ({ 'Fn::GetAtt': [id, 'QueueName'] });
    const alarmsOn = (metricName: string, dimension: { Name: string; Value: unknown }) =>
      Object.values(
        monitoring.findResources('AWS::CloudWatch::Alarm', {
          Properties: { MetricName: metricName, Dimensions: [dimension] },
        }),
      ).map((alarm) => alarm.Properties as Record<string, unknown>);
    const functionIds = () => Object.keys(template.findResources('AWS::Lambda::Function'));
    /** The dashboard's widgets, with each CloudFormation reference written as `{Ref:Id}` or `{GetAtt:Id.Attr}`. */
    const dashboardWidgets = () => {
      const [dashboard] = Object.values(monitoring.findResources('AWS::CloudWatch::Dashboard'));
      const [, parts] = dashboard!.Properties.DashboardBody['Fn::Join'] as [string, unknown[]];
      const body = parts
        .map((part) => {
          if (typeof part === 'string') return part;
          const ref = part as { Ref?: string; 'Fn::GetAtt'?: string[] };
          return ref.Ref ? `{Ref:${ref.Ref}}` : `{GetAtt:${ref['Fn::GetAtt']!.join('.')}}`;
        })
        .join('');
      const { widgets } = JSON.parse(body) as {
        widgets: { properties: { title: string; metrics?: unknown[][]; alarms?: string[] } }[];
      };
      return new Map(widgets.map((w) => [w.properties.title, w.properties]));
    };
    /** The referenced resources (by placeholder) or expressions a graph widget plots. */
    const plotted = (title: string) => {
      const widget = dashboardWidgets().get(title);
      expect(widget, title).toBeDefined();
      return widget!.metrics!.map((metric) =>
        metric.length === 1
          ? (metric[0] as { expression: string }).expression
          : (metric.find((part) => typeof part === 'string' && part.startsWith('{')) as string),
      );
    };
    const queueNames = Object.keys(QUEUES) as QueueName[];

    it("alarms on each work queue's DLQ holding any message", () => {
      for (const name of queueNames) {
        const [alarm] = alarmsOn('ApproximateNumberOfMessagesVisible', {
          Name: 'QueueName',
          Value: queueName(logicalId('AWS::SQS::Queue', dlqConstructId(name))),
        });
        expect(alarm).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' });
      }
    });

    it("alarms when a work queue's oldest message is older than the model allows", () => {
      for (const name of queueNames) {
        const alarms = alarmsOn('ApproximateAgeOfOldestMessage', {
          Name: 'QueueName',
          Value: queueName(logicalId('AWS::SQS::Queue', queueConstructId(name))),
        });
        expect(alarms).toEqual([
          expect.objectContaining({
            Threshold: QUEUES[name].maxAgeSeconds,
            ComparisonOperator: 'GreaterThanThreshold',
            Statistic: 'Maximum',
          }),
        ]);
      }
    });

    it('alarms on errors and throttles of every function', () => {
      expect(functionIds()).toHaveLength(Object.keys(FUNCTIONS).length);
      for (const id of functionIds()) {
        for (const metricName of ['Errors', 'Throttles']) {
          const alarms = alarmsOn(metricName, { Name: 'FunctionName', Value: { Ref: id } });
          expect(alarms, `${metricName} of ${id}`).toEqual([
            expect.objectContaining({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' }),
          ]);
        }
      }
    });

    it("alarms on the API's 5xx rate above 1% and its p99 latency above 2 s", () => {
      monitoring.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/ApiGateway',
        MetricName: '5xx',
        Statistic: 'Average',
        Threshold: 0.01,
        Dimensions: Match.arrayWith([{ Name: 'Stage', Value: '$default' }]),
      });
      monitoring.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/ApiGateway',
        MetricName: 'Latency',
        ExtendedStatistic: 'p99',
        Threshold: 2000,
      });
    });

    it('sends every alarm to the encrypted alarm topic', () => {
      const [topicId] = Object.keys(
        template.findResources('AWS::SNS::Topic', { Properties: { KmsMasterKeyId: Match.anyValue() } }),
      );
      const alarms = Object.values(monitoring.findResources('AWS::CloudWatch::Alarm'));
      expect(alarms.length).toBeGreaterThan(0);
      for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId }]);
    });

    it('shows every work queue, its DLQ and the job failure queues on the dashboard', () => {
      const queueRef = (constructId: string) =>
        `{GetAtt:${logicalId('AWS::SQS::Queue', constructId)}.QueueName}`;
      const work = queueNames.map((name) => queueRef(queueConstructId(name)));
      expect(plotted('Antrean: pesan menunggu')).toEqual(work);
      expect(plotted('Antrean: umur pesan tertua (detik)')).toEqual(work);
      const jobs = Object.keys(FUNCTIONS).filter((name) => FUNCTIONS[name as FunctionName].kind === 'job');
      expect(plotted('DLQ dan antrean kegagalan tugas: pesan gagal')).toEqual([
        ...queueNames.map((name) => queueRef(dlqConstructId(name))),
        ...jobs.map((name) => queueRef(`${name.charAt(0).toUpperCase()}${name.slice(1)}FailureQueue`)),
        queueRef('EventRelayFailureQueue'),
      ]);
    });

    it("shows every stage's invocations, errors, throttles and p99 duration on the dashboard", () => {
      const functions = functionIds().map((id) => `{Ref:${id}}`);
      for (const title of ['pemanggilan', 'galat', 'throttle', 'durasi p99 (ms)']) {
        expect(plotted(`Tahap: ${title}`)).toEqual(functions);
      }
    });

    it("shows the programme's business events, the API and every alarm on the dashboard", () => {
      expect(plotted('Program: peristiwa bisnis per jam')).toEqual(
        BUSINESS_METRICS.map(
          (name) => `SUM(SEARCH('{${METRICS_NAMESPACE},service} MetricName="${name}"', 'Sum', 3600))`,
        ),
      );
      const api = `{Ref:${Object.keys(template.findResources('AWS::ApiGatewayV2::Api'))[0]}}`;
      expect(plotted('API: permintaan, 4xx, 5xx')).toEqual([api, api, api]);
      expect(plotted('API: latensi p99 (ms)')).toEqual([api, api]);
      const alarms = Object.keys(monitoring.findResources('AWS::CloudWatch::Alarm'));
      expect(dashboardWidgets().get('Alarm')!.alarms).toEqual(
        expect.arrayContaining(alarms.map((id) => `{GetAtt:${id}.Arn}`)),
      );
      expect(dashboardWidgets().get('Alarm')!.alarms).toHaveLength(alarms.length);
    });
  });

  describe('e-mail notifications through SES', () => {
    const sesStatements = (t: Template) =>
      Object.entries(t.findResources('AWS::IAM::Policy')).flatMap(([id, policy]) =>
        (policy.Properties.PolicyDocument.Statement as { Action: unknown; Resource?: unknown }[])
          .filter((statement) => JSON.stringify(statement.Action).includes('ses:'))
          .map((statement) => ({
            id,
            action: statement.Action,
            resource: JSON.stringify(statement.Resource),
          })),
      );

    it('grants ses:SendEmail to the notification worker only, from the sender identity and in the configuration set', () => {
      expect(sesStatements(template)).toEqual([
        {
          id: expect.stringMatching(/^NotificationWorkerFn/),
          action: 'ses:SendEmail',
          resource: expect.stringMatching(
            /identity\/sertifikasi\.bkn\.go\.id".*configuration-set\/sertifikasi-notifikasi"/,
          ),
        },
      ]);
      const senders = template.findResources('AWS::Lambda::Function', {
        Properties: { Environment: { Variables: Match.objectLike({ [ENV.emailSender]: Match.anyValue() }) } },
      });
      expect(Object.keys(senders)).toEqual([expect.stringMatching(/^NotificationWorkerFn/)]);
    });

    it('takes the sender and the configuration set from the CDK context (-c emailSender=… -c emailConfigurationSet=…)', () => {
      const app = appWithoutBundling();
      app.node.setContext('emailSender', 'notifikasi@bkn.go.id');
      app.node.setContext('emailConfigurationSet', 'bkn-notifikasi');
      const configured = Template.fromStack(buildApp(app).stack);
      configured.hasResourceProperties('AWS::SES::ConfigurationSet', { Name: 'bkn-notifikasi' });
      configured.hasResourceProperties('AWS::Lambda::Function', {
        Environment: {
          Variables: Match.objectLike({
            [ENV.emailSender]: 'notifikasi@bkn.go.id',
            [ENV.emailConfigurationSet]: 'bkn-notifikasi',
          }),
        },
      });
      expect(sesStatements(configured)[0]!.resource).toMatch(
        /identity\/bkn\.go\.id".*identity\/notifikasi@bkn\.go\.id"/,
      );
    });

    it('publishes bounces and complaints to an SNS topic delivered raw to the emailFeedback queue, undeliverable ones to its DLQ', () => {
      const queueId = (construct: string) =>
        Object.keys(template.findResources('AWS::SQS::Queue')).find((id) => id.startsWith(construct))!;
      const [topic] = Object.keys(template.findResources('AWS::SNS::Topic')).filter((id) =>
        id.startsWith('EmailFeedbackTopic'),
      );
      template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
        EventDestination: {
          Enabled: true,
          MatchingEventTypes: ['bounce', 'complaint'],
          SnsDestination: { TopicARN: { Ref: topic } },
        },
      });
      template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'sqs',
        TopicArn: { Ref: topic },
        RawMessageDelivery: true,
        Endpoint: { 'Fn::GetAtt': [queueId(queueConstructId('emailFeedback')), 'Arn'] },
        RedrivePolicy: {
          deadLetterTargetArn: { 'Fn::GetAtt': [queueId(dlqConstructId('emailFeedback')), 'Arn'] },
        },
      });
      expect(QUEUES.emailFeedback.consumer).toBe('emailFeedback');
    });
  });
});
