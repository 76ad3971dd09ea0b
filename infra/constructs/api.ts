import { Duration, NestedStack, type Stack } from 'aws-cdk-lib';
import { type CfnStage, HttpApi, HttpMethod, HttpRoute, HttpRouteKey } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { ComparisonOperator, Metric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { ROUTES } from '../../events/api/routes';
import { acknowledge } from '../nag';
import type { FunctionName } from '../resource-model';
import type { Alerting } from './alerting';
import { pascal } from './construct-id';
import type { Identity } from './identity';
import type { WorkflowFunctions } from './workflow-function';

/**
 * The HTTP API with access logs and throttling on its default stage; routes are added once the functions exist.
 * Its URL is printed in certificates' QR codes.
 */
export function httpApi(stack: Stack): HttpApi {
  const api = new HttpApi(stack, 'Api', {
    description: 'Sertifikasi Kompetensi Teknis Manajemen ASN',
    createDefaultStage: true,
    // Reached only through the public domain (public-domain.ts), the address documents print.
    disableExecuteApiEndpoint: true,
  });
  const apiLogs = new LogGroup(stack, 'ApiAccessLogs', { retention: RetentionDays.ONE_YEAR });
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
  return api;
}

/**
 * Every route of events/api/routes.ts to its stage's function, the Cognito JWT authorizer on each non-public one.
 * The routes, their integrations and invoke permissions live in a nested stack of their own: with about a
 * hundred and fifty of them, the main stack would otherwise reach the 500 resources CloudFormation allows.
 */
export function apiRoutes(
  stack: Stack,
  api: HttpApi,
  functions: WorkflowFunctions,
  users: Identity,
): NestedStack {
  const routes = new NestedStack(stack, 'Routes', {
    description: 'Rute API Sertifikasi Kompetensi Teknis Manajemen ASN',
  });
  const authorizer = new HttpJwtAuthorizer(
    'CognitoAuthorizer',
    `https://cognito-idp.${stack.region}.amazonaws.com/${users.userPool.userPoolId}`,
    { jwtAudience: [users.client.userPoolClientId] },
  );
  const integrations = new Map<FunctionName, HttpLambdaIntegration>();
  for (const route of ROUTES) {
    if (!integrations.has(route.function)) {
      integrations.set(
        route.function,
        // One invoke permission per function for all its routes, not one per route: with over a hundred routes,
        // per-route permissions alone would take a fifth of CloudFormation's 500 resources a stack may hold.
        new HttpLambdaIntegration(`${pascal(route.function)}Integration`, functions[route.function].fn, {
          scopePermissionToRoute: false,
        }),
      );
    }
    const created = new HttpRoute(routes, `${route.method}${route.path}`, {
      httpApi: api,
      routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
      integration: integrations.get(route.function)!,
      ...(route.auth === 'public' ? {} : { authorizer }),
    });
    if (route.auth === 'public') {
      acknowledge(
        created,
        'AwsSolutions-APIG4',
        `${route.method} ${route.path} is public by design: ${route.summary}.`,
      );
    }
  }
  // A request no route matches reaches the meta function, which answers our JSON 404 ROUTE_NOT_FOUND (with its
  // correlation id) instead of API Gateway's own {"message":"Not Found"}.
  const unmatched = new HttpRoute(routes, 'UnmatchedRoute', {
    httpApi: api,
    routeKey: HttpRouteKey.DEFAULT,
    integration: integrations.get('meta')!,
  });
  acknowledge(
    unmatched,
    'AwsSolutions-APIG4',
    'The $default route serves only the 404 ROUTE_NOT_FOUND of requests that no route matches.',
  );
  return routes;
}

/** One of API Gateway's metrics of the default stage, over five minutes. */
export const apiMetric = (api: HttpApi, metricName: string, statistic: string) =>
  new Metric({
    namespace: 'AWS/ApiGateway',
    metricName,
    dimensionsMap: { ApiId: api.apiId, Stage: '$default' },
    statistic,
    period: Duration.minutes(5),
  });

/** The API's own alarms: its 5xx rate and its p99 latency. */
export function apiAlarms(alerting: Alerting, api: HttpApi): void {
  alerting.alarm('Api5xxAlarm', {
    alarmDescription: 'Lebih dari 1% permintaan API berakhir 5xx.',
    // Each request counts 0 or 1, so the average is the 5xx rate.
    metric: apiMetric(api, '5xx', 'Average'),
    threshold: 0.01,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 2,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  alerting.alarm('ApiLatencyAlarm', {
    alarmDescription: 'Latensi p99 API di atas 2 detik.',
    metric: apiMetric(api, 'Latency', 'p99'),
    threshold: 2000,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 3,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
}
