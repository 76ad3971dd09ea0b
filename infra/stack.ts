import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Alerting } from './constructs/alerting';
import { apiAlarms, apiRoutes, httpApi } from './constructs/api';
import { operationsDashboard } from './constructs/dashboard';
import { dataStores } from './constructs/data';
import { DEFAULT_EMAIL, emailNotifications, type EmailSettings } from './constructs/email';
import { workflowFunctions } from './constructs/functions';
import { identity } from './constructs/identity';
import { dashboardLogin } from './constructs/login';
import { jobFailureQueues, jobSchedules } from './constructs/jobs';
import { eventRules, integrationEventBus, outboxRelay } from './constructs/outbox';
import { queueWorkers, workQueues } from './constructs/queues';
import { publicDomain } from './constructs/public-domain';
import { credentialKey, signingKeys } from './constructs/signing';
import { OUTBOX_STREAM } from './resource-model';
import { parseVerificationContact } from '../events/config/verification-contact';

export interface SertifikasiStackProps extends StackProps {
  projectRoot: string;
  /** The contact and complaint channel the public pages show, as JSON (`cdk deploy -c verificationContact=…`). */
  verificationContact?: string;
  /** An RFC 3161 time-stamping authority's URL (`-c tsaUrl=…`): signatures are then PAdES B-T. */
  timeStampUrl?: string;
  /** The SES sender and configuration set of notification e-mail (`-c emailSender=… -c emailConfigurationSet=…`). */
  email?: Partial<EmailSettings>;
  /** The Cognito Hosted UI's domain prefix for the programme dashboard's login (`-c loginDomainPrefix=…`). */
  loginDomainPrefix?: string;
}

/**
 * The whole system on AWS, built from the resource model that the local runner also serves. Each concern lives
 * in infra/constructs/ and adds its resources to this stack directly, so their logical IDs are the stack's own.
 * They are made in this order so that the template keeps its layout and the dashboard lists alarms as raised.
 */
export class SertifikasiStack extends Stack {
  constructor(scope: Construct, id: string, props: SertifikasiStackProps) {
    super(scope, id, props);
    // A contact the public pages could not show fails the synthesis, not the first visitor's page.
    if (props.verificationContact) parseVerificationContact(props.verificationContact.trim());
    const { table, buckets } = dataStores(this);
    const alerting = new Alerting(this);
    const queues = workQueues(this, alerting);
    const users = identity(this);
    const failureQueues = jobFailureQueues(this, alerting);
    const api = httpApi(this);
    const domain = publicDomain(this, api);
    const eventBus = integrationEventBus(this);
    const email: EmailSettings = {
      sender: props.email?.sender ?? DEFAULT_EMAIL.sender,
      configurationSet: props.email?.configurationSet ?? DEFAULT_EMAIL.configurationSet,
    };
    const functions = workflowFunctions(this, alerting, {
      projectRoot: props.projectRoot,
      publicBaseUrl: domain.baseUrl,
      table,
      buckets,
      queues,
      eventBus,
      jobFailureQueues: failureQueues,
      signingKeys: signingKeys(this),
      credentialKey: credentialKey(this),
      verificationContact: props.verificationContact,
      timeStampUrl: props.timeStampUrl,
      email,
      login: dashboardLogin(this, users, domain.baseUrl, props.loginDomainPrefix),
    });
    queueWorkers(queues, functions);
    emailNotifications(this, email, queues, functions);
    eventRules(this, eventBus, queues);
    const relayFailures = outboxRelay(this, alerting, table, functions[OUTBOX_STREAM.consumer].fn);
    jobSchedules(this, functions, failureQueues);
    apiRoutes(this, api, functions, users);
    apiAlarms(alerting, api);
    operationsDashboard(alerting.monitoring, {
      api,
      queues,
      jobFailureQueues: failureQueues,
      relayFailures,
      functions,
      alarms: alerting.alarms,
    });

    new CfnOutput(this, 'ApiUrl', { value: domain.baseUrl });
    new CfnOutput(this, 'PublicDomainTarget', { value: domain.target });
    new CfnOutput(this, 'SigningBucketName', { value: buckets.signing.bucketName });
    new CfnOutput(this, 'EventBusName', { value: eventBus.eventBusName });
    new CfnOutput(this, 'UserPoolId', { value: users.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: users.client.userPoolClientId });
    new CfnOutput(this, 'AlarmTopicArn', { value: alerting.topic.topicArn });
  }
}
