import type { SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import { certificateForDecision } from '../../domain/certificate/decision-change';
import { dateInWib } from '../../domain/shared/dates';
import { CertificateRenderRequested } from '../../events/messages/certificate-render-requested';
import { CertificateRequested } from '../../events/messages/certificate-requested';
import { now as clock } from '../../runtime/clock';
import { decisionCertificateState } from '../../adapters/dynamodb/certificate-repository';
import { appealOpenAgainst, loadResults } from '../../adapters/dynamodb/result-repository';
import { logger } from '../../runtime/logger';
import { oneAtATime } from '../../runtime/one-at-a-time';
import { sqsWorker } from '../../runtime/sqs-worker';
import { batchReads, type BatchReads } from './batch-reads';
import {
  annulCertificate,
  issuedCertificate,
  numberCertificate,
  renderAndStore,
  replaceCertificate,
} from './issue-certificate';
import { issueTrainingCertificate } from './issue-training-certificate';

// One number from the year's register at a time in this process; see QUEUES.maxConcurrency for across them.
const takeNumber = oneAtATime(numberCertificate);

const WorkerMessage = z.discriminatedUnion('type', [CertificateRequested, CertificateRenderRequested]);

/**
 * The certificates a result-session decision grants (Perban BKN 7/2020 Pasal 34): the training certificate to
 * a participant who attended the whole training, whatever the outcome; for the competency certificate, what
 * domain/certificate/decision-change.ts says the decision does to the participant's certificate: issue the
 * first one, replace it by a new version when its decision was superseded by this competent one (or it was
 * annulled), annul it when superseded by a not-yet-competent one, or nothing (superseded, under appeal, already
 * certified on another decision in force). Throwing fails only this record: it is retried, then lands in the
 * DLQ.
 */
async function issueForDecision(message: CertificateRequested, reads: BatchReads): Promise<void> {
  const { programId, nip, decisionId } = message;
  const [history, { participant, guarded, held: heldRef, training }, signers] = await Promise.all([
    loadResults(programId, nip),
    decisionCertificateState(programId, nip, decisionId),
    reads.signers(programId),
  ]);
  const decision = history.decisions.find((d) => d.decisionId === decisionId);
  if (!decision) throw new Error(`No decision ${decisionId} for ${nip} in ${programId}`);
  if (!participant) throw new Error(`No participant ${nip} in ${programId}`);
  // No number is taken while the signers are unknown: the message waits (retries, then the DLQ for a redrive).
  if (!signers) throw new Error(`Certificate signers of ${programId} are not set`);
  const now = clock();
  await issueTrainingCertificate(participant, training, signers, now, reads);
  // A duplicate message, or a retry after a render failure: finish the version this decision already has.
  if (guarded) return renderAndStore(await issuedCertificate(guarded));

  const held = heldRef && (await issuedCertificate(heldRef.registrationNumber));
  const consequence = certificateForDecision({
    decision,
    decisions: history.decisions,
    held,
    appealOpen: appealOpenAgainst(history, decisionId),
  });
  const ctx = { decision, participant, signers, issuedOn: dateInWib(now), now };
  switch (consequence.action) {
    case 'TERBITKAN': {
      const record = await takeNumber(ctx);
      if (record) await renderAndStore(record);
      return;
    }
    case 'VERSI_BARU': {
      const record = await replaceCertificate(ctx, held!, consequence);
      if (record) await renderAndStore(record);
      return;
    }
    case 'BATALKAN':
      return annulCertificate(held!, decision, consequence, now);
    case 'TIDAK_ADA':
      logger.info('no competency certificate change', {
        programId,
        nip,
        decisionId,
        outcome: decision.outcome,
        rule: consequence.rule?.code,
        reason: consequence.reason,
      });
  }
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
