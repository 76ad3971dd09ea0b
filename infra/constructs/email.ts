import { ArnFormat, type Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import {
  ConfigurationSet,
  ConfigurationSetEventDestination,
  EmailSendingEvent,
  EventDestination,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { SqsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { acknowledge } from '../nag';
import { FUNCTIONS, type FunctionName } from '../resource-model';
import type { WorkQueues } from './queues';
import type { WorkflowFunctions } from './workflow-function';

/** Where notification e-mail comes from: a sender identity verified in SES, and the configuration set to use. */
export interface EmailSettings {
  /** `cdk deploy -c emailSender=…`: an address of a domain (or the address itself) verified in SES. */
  sender: string;
  /** `-c emailConfigurationSet=…`: the name the stack gives its configuration set. */
  configurationSet: string;
}

export const DEFAULT_EMAIL: EmailSettings = {
  sender: 'no-reply@sertifikasi.bkn.go.id',
  configurationSet: 'sertifikasi-notifikasi',
};

/**
 * SES for notifications: the configuration set every e-mail is sent in, publishing its bounces and complaints to
 * an SNS topic delivered raw to the emailFeedback queue (whose worker suppresses the address), and ses:SendEmail
 * granted to the functions that send e-mail only, from the sender's identity and in this configuration set.
 */
export function emailNotifications(
  stack: Stack,
  settings: EmailSettings,
  queues: WorkQueues,
  functions: WorkflowFunctions,
): ConfigurationSet {
  const configurationSet = new ConfigurationSet(stack, 'EmailConfigurationSet', {
    configurationSetName: settings.configurationSet,
  });
  const feedback = new Topic(stack, 'EmailFeedbackTopic', {
    displayName: 'Pantulan dan aduan e-mail notifikasi',
    enforceSSL: true,
  });
  acknowledge(
    feedback,
    'AwsSolutions-SNS2',
    'SES event publishing to an encrypted topic needs a customer managed key opened to SES; the topic carries only bounce and complaint notices, and the queue it feeds is encrypted.',
  );
  new ConfigurationSetEventDestination(stack, 'EmailFeedbackDestination', {
    configurationSet,
    destination: EventDestination.snsTopic(feedback),
    events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
  });
  // What SNS cannot deliver to the queue waits in the queue's DLQ, under its alarm.
  feedback.addSubscription(
    new SqsSubscription(queues.emailFeedback.queue, {
      rawMessageDelivery: true,
      deadLetterQueue: queues.emailFeedback.dlq,
    }),
  );

  const domain = settings.sender.split('@')[1]!;
  const identityArn = (identity: string) =>
    stack.formatArn({
      service: 'ses',
      resource: 'identity',
      resourceName: identity,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
  const senders = (Object.keys(FUNCTIONS) as FunctionName[]).filter(
    (name) => FUNCTIONS[name].uses.sendsEmail,
  );
  for (const name of senders) {
    functions[name].fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [
          identityArn(domain),
          identityArn(settings.sender),
          stack.formatArn({
            service: 'ses',
            resource: 'configuration-set',
            resourceName: settings.configurationSet,
            arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
          }),
        ],
      }),
    );
  }
  return configurationSet;
}
