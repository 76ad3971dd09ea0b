import { SendEmailCommand } from '@aws-sdk/client-sesv2';
import { ses } from '../../runtime/clients';
import { ENV, requireEnv } from '../../runtime/env';

/** One e-mail's words: its subject, plain text and HTML versions. */
export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

const utf8 = (Data: string) => ({ Data, Charset: 'UTF-8' });

/**
 * Sends one e-mail through SES v2 from the configured sender, under the configuration set whose event
 * destination reports bounces and complaints (functions/email-feedback); `tags` travel with those reports.
 * Answers SES's message id; any refusal is thrown.
 */
export async function sendEmail(
  to: string,
  email: EmailContent,
  tags: Record<string, string>,
): Promise<string> {
  const answer = await ses().send(
    new SendEmailCommand({
      FromEmailAddress: requireEnv(ENV.emailSender),
      Destination: { ToAddresses: [to] },
      Content: {
        Simple: {
          Subject: utf8(email.subject),
          Body: { Text: utf8(email.text), Html: utf8(email.html) },
        },
      },
      ConfigurationSetName: requireEnv(ENV.emailConfigurationSet),
      EmailTags: Object.entries(tags).map(([Name, Value]) => ({ Name, Value })),
    }),
  );
  if (!answer.MessageId) throw new Error('SES answered without a message id');
  return answer.MessageId;
}
