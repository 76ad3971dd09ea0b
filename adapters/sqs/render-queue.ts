import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { CertificateRenderRequested } from '../../events/messages/certificate-render-requested';
import { sqs } from '../../runtime/clients';
import { ENV, requireEnv } from '../../runtime/env';

/** Asks the certificate worker to render a recorded version (the API function carries no PDF library). */
export async function requestRender(
  registrationNumber: string,
  correlationId: string,
  now: Date,
): Promise<void> {
  const message: CertificateRenderRequested = {
    type: 'CertificateRenderRequested',
    version: 1,
    registrationNumber,
    requestedAt: now.toISOString(),
    correlationId,
  };
  await sqs().send(
    new SendMessageCommand({
      QueueUrl: requireEnv(ENV.certificateQueueUrl),
      MessageBody: JSON.stringify(message),
    }),
  );
}
