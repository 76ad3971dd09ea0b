import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { CertificateRequested } from '../../events/messages/certificate-requested';
import { sqs } from '../../runtime/clients';
import { ENV, requireEnv } from '../../runtime/env';
import { sendInBatches } from './send-batches';

type DecisionRef = { programId: string; nip: string; decisionId: string };

const messageBody = (decision: DecisionRef, correlationId: string, now: Date): string =>
  JSON.stringify({
    type: 'CertificateRequested',
    version: 1,
    programId: decision.programId,
    nip: decision.nip,
    decisionId: decision.decisionId,
    requestedAt: now.toISOString(),
    correlationId,
  } satisfies CertificateRequested);

/**
 * Asks the certificate worker to issue what a decision grants. Sent after the decision is written; when it
 * fails the request fails, and a retry finds the decision already written and only sends again (the worker
 * issues once per decision).
 */
export async function requestCertificate(
  decision: DecisionRef,
  correlationId: string,
  now: Date,
): Promise<void> {
  await sqs().send(
    new SendMessageCommand({
      QueueUrl: requireEnv(ENV.certificateQueueUrl),
      MessageBody: messageBody(decision, correlationId, now),
    }),
  );
}

/**
 * requestCertificate for several decisions (a result session's cohort), ten messages per SendMessageBatch, the
 * batches sent side by side. Throws when SQS refuses any entry, naming the participants: the request fails
 * after its decisions were written, and its retry finds them and sends every message again (a duplicate is
 * harmless: the worker issues once per decision).
 */
export async function requestCertificates(
  decisions: readonly DecisionRef[],
  correlationId: string,
  now: Date,
): Promise<void> {
  await sendInBatches(
    requireEnv(ENV.certificateQueueUrl),
    decisions.map((decision, i) => ({
      id: String(i),
      label: decision.nip,
      body: messageBody(decision, correlationId, now),
    })),
    'Certificate queue',
  );
}
