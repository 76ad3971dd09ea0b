import { validateTrainingCertificate } from '../../domain/certificate/training-certificate';
import type { IsoDate } from '../../domain/shared/dates';
import { learningHours } from '../../domain/training/learning-hours';
import type { CertificateSigners, TrainingCertificateRecord } from '../../events/api/certificate';
import type { Participant } from '../../events/api/participant';
import {
  createTrainingCertificate,
  findTrainingCertificate,
  recordTrainingDocument,
} from '../../adapters/dynamodb/certificate-repository';
import { eventIdOf } from '../../adapters/dynamodb/outbox-repository';
import { loadTraining } from '../../adapters/dynamodb/training-repository';
import { storePdf } from '../../adapters/s3/documents';
import { signedPdf } from '../../services/documents/signed-pdf';
import { logger } from '../../runtime/logger';
import { countEvent } from '../../runtime/metrics';
import type { BatchReads } from './batch-reads';
import { renderTrainingCertificate } from './render-training-certificate';

export const trainingCertificateKey = (programId: string, nip: string) =>
  `certificates/${programId}/${nip}/pelatihan.pdf`;

/**
 * Who attended, and so gets the training certificate: a participant who earned the whole 21 JP of their
 * cohort (domain/training/learning-hours.ts: 3 JP e-learning, 9 + 3 JP classroom on days 1 and 2, 6 JP
 * evaluation), counted from the e-learning record and the cohort's attendance registers. The certificate
 * states the JP, and Peraturan LAN 6/2022 Pasal 34(1) makes it proof of a completed training, so a partial
 * attendance earns none (its JP stay visible in GET …/learning). Undefined when not (yet) attended in full.
 */
async function attendedTraining(
  participant: Participant,
  reads: BatchReads,
): Promise<{ cohort: number; jp: number; completedOn: IsoDate } | undefined> {
  const training = await loadTraining(participant.programId, participant.nip);
  const cohortNumber = training.confirmation?.cohort ?? participant.seat?.cohort;
  if (cohortNumber === undefined) return undefined;
  const [cohort, registers] = await Promise.all([
    reads.cohort(participant.programId, cohortNumber),
    reads.attendance(participant.programId, cohortNumber),
  ]);
  if (!cohort) return undefined;
  const attended = registers
    .filter((register) => register.present.includes(participant.nip))
    .map((register) => ({ date: register.date as IsoDate, session: register.session }));
  const hours = learningHours({
    cohort: { startDate: cohort.startDate as IsoDate, endDate: cohort.endDate as IsoDate },
    eLearningCompleted: training.eLearning !== undefined,
    attended,
  });
  if (hours.total < hours.max) return undefined;
  const completedOn = attended.map((a) => a.date).reduce((a, b) => (a > b ? a : b));
  return { cohort: cohortNumber, jp: hours.total, completedOn };
}

/**
 * Issues the participant's training certificate of the programme once (whatever the competency outcome), with
 * its entry in the holder's development record, then renders and stores it and records the PDF with its
 * TrainingCertificateIssued event. A duplicate message finds it recorded and only finishes what is missing.
 * `reads`: the programme and cohort data of the batch.
 */
export async function issueTrainingCertificate(
  participant: Participant,
  signers: CertificateSigners,
  now: Date,
  reads: BatchReads,
): Promise<void> {
  let record = await findTrainingCertificate(participant.programId, participant.nip);
  if (record?.document) return;
  if (!record) {
    const [attended, program] = await Promise.all([
      attendedTraining(participant, reads),
      reads.program(participant.programId),
    ]);
    if (!attended || !program) {
      logger.info('training certificate not issued: the 21 JP were not all attended', {
        programId: participant.programId,
        nip: participant.nip,
      });
      return;
    }
    const candidate: TrainingCertificateRecord = {
      programId: participant.programId,
      nip: participant.nip,
      instansiCode: participant.instansiCode,
      participant: { name: participant.name, nip: participant.nip, position: participant.position.title },
      trainingType: 'TEKNIS',
      title: program.name,
      jp: attended.jp,
      completedOn: attended.completedOn,
      cohort: attended.cohort,
      place: signers.place,
      signer: { ...signers.back, institution: 'Badan Kepegawaian Negara' },
      issuedAt: now.toISOString(),
    };
    const checked = validateTrainingCertificate({
      participant: candidate.participant,
      trainingType: candidate.trainingType,
      title: candidate.title,
      jp: candidate.jp,
      completedOn: candidate.completedOn as IsoDate,
      signer: candidate.signer,
      sipkaRecordId: null,
    });
    if (!checked.ok) {
      logger.warn('training certificate refused', {
        nip: participant.nip,
        codes: checked.violations.map((v) => v.code),
      });
      return;
    }
    const created = await createTrainingCertificate(candidate);
    record = created ? candidate : await findTrainingCertificate(participant.programId, participant.nip);
    if (!record) throw new Error(`Training certificate of ${participant.nip} vanished`);
    if (record.document) return;
  }
  const pdf = await signedPdf(await renderTrainingCertificate(record), {
    role: 'kepalaPusat',
    reason: `Sertifikat pelatihan ${record.title} (${record.jp} JP) atas nama ${record.participant.name}`,
    location: record.place,
    signedAt: new Date(record.issuedAt),
  });
  const { key, sha256 } = await storePdf(trainingCertificateKey(record.programId, record.nip), pdf);
  // Issued once per participant and programme: its one event is entry 0 of the certificate.
  const eventId = eventIdOf(`PELATIHAN/${record.programId}/${record.nip}`, 0);
  const recorded = await recordTrainingDocument(
    record.programId,
    record.nip,
    { key, sha256, renderedAt: now.toISOString() },
    {
      detailType: 'TrainingCertificateIssued',
      detail: {
        eventId,
        programId: record.programId,
        nip: record.nip,
        instansiCode: record.instansiCode,
        title: record.title,
        jp: record.jp,
        completedOn: record.completedOn,
        sha256,
      },
      occurredAt: now.toISOString(),
    },
  );
  // Only the delivery that records the document (and its event, in the same transaction) counts it.
  if (!recorded) return;
  countEvent('TrainingCertificateIssued');
  logger.info('training certificate issued', { nip: record.nip, key, sha256 });
}
