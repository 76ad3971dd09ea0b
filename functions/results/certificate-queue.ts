import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { CertificateRequested } from '../../events/messages/certificate-requested';
import { sqs } from '../shared/clients';
import { ENV, requireEnv } from '../shared/env';

/**
 * Asks the certificate worker to issue what a decision grants. Sent after the decision is written; when it
 * fails the request fails, and a retry finds the decision already written and only sends again (the worker
 * issues once per decision).
 */
export async function requestCertificate(
  decision: { programId: string; nip: string; decisionId: string },
  correlationId: string,
  now: Date,
): Promise<void> {
  const message: CertificateRequested = {
    type: 'CertificateRequested',
    version: 1,
    programId: decision.programId,
    nip: decision.nip,
    decisionId: decision.decisionId,
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
