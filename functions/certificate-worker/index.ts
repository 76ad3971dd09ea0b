import type { SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import { CertificateRenderRequested } from '../../events/messages/certificate-render-requested';
import { CertificateRequested } from '../../events/messages/certificate-requested';
import { findDecisionCertificateNumber } from '../shared/data/certificate-repository';
import { findResultDecision, hasOpenAppeal } from '../shared/data/result-repository';
import { findParticipant } from '../shared/data/seating-repository';
import { logger } from '../shared/logger';
import { oneAtATime } from '../shared/one-at-a-time';
import { sqsWorker } from '../shared/sqs-worker';
import { batchReads, type BatchReads } from './batch-reads';
import { issuedCertificate, numberCertificate, renderAndStore } from './issue-certificate';
import { issueTrainingCertificate } from './issue-training-certificate';
import { now as clock } from '../shared/clock';
import { dateInWib } from '../../domain/shared/dates';

// One number from the year's register at a time in this process; see QUEUES.maxConcurrency for across them.
const takeNumber = oneAtATime(numberCertificate);

const WorkerMessage = z.discriminatedUnion('type', [CertificateRequested, CertificateRenderRequested]);

/**
 * The certificates a result-session decision grants (Perban BKN 7/2020 Pasal 34): the training certificate to
 * a participant who attended the whole training, whatever the outcome; the competency certificate to a
 * KOMPETEN decision that is in force (not superseded) and not under appeal. Throwing fails only this record:
 * it is retried, then lands in the DLQ.
 */
async function issueForDecision(message: CertificateRequested, reads: BatchReads): Promise<void> {
  const log = { programId: message.programId, nip: message.nip };
  const [decision, participant, signers] = await Promise.all([
    findResultDecision(message.programId, message.nip, message.decisionId),
    findParticipant(message.programId, message.nip),
    reads.signers(message.programId),
  ]);
  if (!decision)
    throw new Error(`No decision ${message.decisionId} for ${message.nip} in ${message.programId}`);
  if (!participant) throw new Error(`No participant ${message.nip} in ${message.programId}`);
  // No number is taken while the signers are unknown: the message waits (retries, then the DLQ for a redrive).
  if (!signers) throw new Error(`Certificate signers of ${message.programId} are not set`);
  const now = clock();
  await issueTrainingCertificate(participant, signers, now, reads);

  if (decision.outcome !== 'KOMPETEN' || decision.supersededBy) {
    logger.info('no competency certificate: decision not KOMPETEN or superseded', {
      ...log,
      decisionId: decision.decisionId,
      outcome: decision.outcome,
      supersededBy: decision.supersededBy,
    });
    return;
  }
  const existing = await findDecisionCertificateNumber(message.programId, message.nip, message.decisionId);
  if (!existing && (await hasOpenAppeal(message.programId, message.nip, message.decisionId))) {
    logger.info('no competency certificate while an appeal against the decision is open', {
      ...log,
      decisionId: decision.decisionId,
    });
    return;
  }
  const record = existing
    ? await issuedCertificate(existing)
    : await takeNumber({ decision, participant, signers, issuedOn: dateInWib(now), now });
  if (!record) return;
  await renderAndStore(record);
}

async function issueOne(record: SQSRecord, reads: BatchReads): Promise<void> {
  const message = WorkerMessage.parse(JSON.parse(record.body));
  if (message.type === 'CertificateRequested') return issueForDecision(message, reads);
  await renderAndStore(await issuedCertificate(message.registrationNumber));
}

export const handler = sqsWorker(() => {
  const reads = batchReads();
  return (record) => issueOne(record, reads);
});
