import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { NodejsFunction, OutputFormat, type ICommandHooks } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { join } from 'node:path';
import { BUNDLE, lazyExternalsOf } from '../bundling';
import { acknowledge } from '../nag';
import type { FunctionModel, FunctionName } from '../resource-model';
import { OPENAPI_FILE } from '../../events/api/routes/meta';

/**
 * Writes the OpenAPI document beside the bundle once esbuild is done (tools/openapi/write.ts), with the Node
 * running this synthesis and the project's tsx.
 */
export function openApiDocumentHook(projectRoot: string): ICommandHooks {
  const quote = (arg: string) => `'${arg.replaceAll("'", "'\\''")}'`;
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (_inputDir, outputDir) => [
      [
        process.execPath,
        '--import',
        'tsx',
        join(projectRoot, 'tools', 'openapi', 'write.ts'),
        join(outputDir, OPENAPI_FILE),
      ]
        .map(quote)
        .join(' '),
    ],
  };
}

/** Every stage's function, by name. */
export type WorkflowFunctions = Record<FunctionName, WorkflowFunction>;

export interface WorkflowFunctionProps {
  name: FunctionName;
  model: FunctionModel;
  projectRoot: string;
  environment: Record<string, string>;
  /** For asynchronously invoked functions (schedules): where invocations that keep failing end up. */
  failureQueue?: IQueue;
}

/**
 * A workflow-stage Lambda with the project's defaults: Node.js 24 on arm64, esbuild bundle without Docker,
 * its own log group and a role that may write only to that log group (grants are added per resource).
 */
export class WorkflowFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: WorkflowFunctionProps) {
    super(scope, id);
    const entry = join(props.projectRoot, props.model.entry);
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.ONE_YEAR,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${props.name}`,
    });
    role.addToPolicy(
      new PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );
    this.fn = new NodejsFunction(this, 'Function', {
      entry,
      handler: 'handler',
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.model.memoryMiB,
      timeout: Duration.seconds(props.model.timeoutSeconds),
      role,
      logGroup: this.logGroup,
      tracing: Tracing.ACTIVE,
      ...(props.failureQueue
        ? {
            deadLetterQueue: props.failureQueue,
            onFailure: new SqsDestination(props.failureQueue),
            retryAttempts: 2,
          }
        : {}),
      environment: {
        ...props.environment,
        // Source maps for stack traces, after the function's own flags (e.g. V8 heap limits) rather than instead.
        NODE_OPTIONS: ['--enable-source-maps', props.environment.NODE_OPTIONS].filter(Boolean).join(' '),
      },
      projectRoot: props.projectRoot,
      depsLockFilePath: join(props.projectRoot, 'package-lock.json'),
      bundling: {
        format: OutputFormat.ESM,
        target: BUNDLE.target,
        minify: BUNDLE.minify,
        sourceMap: true,
        mainFields: [...BUNDLE.mainFields],
        banner: BUNDLE.banner,
        esbuildArgs: Object.fromEntries(
          Object.entries(BUNDLE.alias).map(([from, to]) => [`--alias:${from}`, to]),
        ),
        // Computed only when this stack is really bundled (tests synthesize without bundling).
        externalModules: Stack.of(scope).bundlingRequired ? lazyExternalsOf(entry) : [],
        forceDockerBundling: false,
        ...(props.model.openApiDocument ? { commandHooks: openApiDocumentHook(props.projectRoot) } : {}),
      },
    });
    acknowledge(
      role,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions.',
    );
  }
}
