import type { SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import {
  CertificateAnnulled,
  CertificateIssued,
  CertificateReinstated,
  CertificateReissued,
  CertificateRevoked,
} from '../../events/messages/certificate-events';
import { now } from '../../runtime/clock';
import { sqsWorker } from '../../runtime/sqs-worker';
import { followStatus, issueCredential } from './issue';

/**
 * The certificate events as EventBridge delivers them to the credential queue (the rule of
 * infra/resource-model.ts EVENT_RULES): the envelope carries more fields, only these are read.
 */
const delivered = <T extends string, D extends z.ZodType>(detailType: T, detail: D) =>
  z.looseObject({ 'detail-type': z.literal(detailType), detail });
export const CredentialQueueMessage = z.discriminatedUnion('detail-type', [
  delivered('CertificateIssued', CertificateIssued),
  delivered('CertificateRevoked', CertificateRevoked),
  delivered('CertificateReinstated', CertificateReinstated),
  delivered('CertificateAnnulled', CertificateAnnulled),
  delivered('CertificateReissued', CertificateReissued),
]);

/**
 * The Open Badges credentials of the competency certificates: issued when a certificate version is issued, their
 * status bit following the version's revocation, reinstatement, annulment or supersession. Every step is
 * idempotent (docs/data-model.md V1-V7), so a redelivered or repeated event changes nothing more.
 */
async function handle(record: SQSRecord): Promise<void> {
  const message = CredentialQueueMessage.parse(JSON.parse(record.body));
  const at = now();
  switch (message['detail-type']) {
    case 'CertificateIssued':
      return issueCredential(message.detail.registrationNumber, at);
    case 'CertificateReissued':
      // The superseded version's credential is revoked; the new version's comes with its own CertificateIssued.
      return followStatus(message.detail.supersedes, at);
    default:
      return followStatus(message.detail.registrationNumber, at);
  }
}

export const handler = sqsWorker(() => handle);
