import {
  curriculumOf,
  validateIssuedTrainingCertificate,
} from '../../domain/certificate/training-certificate';
import { formatTrainingNumber } from '../../domain/certificate/training-number';
import { PROGRAMME_2019 } from '../../domain/reference/programme-2019';
import { invitationVenue } from '../../domain/scheduling/invitation';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import { learningHours } from '../../domain/training/learning-hours';
import type { CertificateSigners, TrainingCertificateRecord } from '../../events/api/certificate';
import type { Cohort, Participant } from '../../events/api/participant';
import {
  allocateTrainingCertificate,
  findTrainingCertificate,
  recordTrainingDocument,
  trainingCertificateRegister,
} from '../../adapters/dynamodb/certificate-repository';
import { eventIdOf } from '../../adapters/dynamodb/outbox-repository';
import { takeNext } from '../../adapters/dynamodb/register';
import { loadTraining } from '../../adapters/dynamodb/training-repository';
import { eLearningModulesOf } from '../../services/training/e-learning-modules';
import { isPikGraduate } from '../../services/training/pik-graduates';
import { storePdf } from '../../adapters/s3/documents';
import { LEVEL_NAMES, verificationUrlOf } from '../../services/certificate/model';
import { signedPdf } from '../../services/documents/signed-pdf';
import { logger } from '../../runtime/logger';
import { countEvent } from '../../runtime/metrics';
import { oneAtATime } from '../../runtime/one-at-a-time';
import type { BatchReads } from './batch-reads';
import { renderTrainingCertificate } from './render-training-certificate';

export const trainingCertificateKey = (programId: string, nip: string) =>
  `certificates/${programId}/${nip}/pelatihan.pdf`;

/**
 * Who attended, and so gets the training certificate: a participant who earned the whole 21 JP of their
 * cohort (domain/training/learning-hours.ts: 3 JP e-learning, 9 + 3 JP classroom on days 1 and 2, 6 JP
 * evaluation), counted from the e-learning record (or, where BKN set the cohort's modules, every module's resume) and the cohort's attendance registers. The certificate
 * states the JP, and Peraturan LAN 6/2022 Pasal 34(1) makes it proof of a completed training, so a partial
 * attendance earns none (its JP stay visible in GET …/learning). Undefined when not (yet) attended in full, and
 * for a PIK graduate entering the test directly, who follows no training whatever was recorded before their
 * graduation was (PIK-TANPA-PELATIHAN).
 */
async function attendedTraining(
  participant: Participant,
  reads: BatchReads,
): Promise<{ cohort: Cohort; jp: number; completedOn: IsoDate } | undefined> {
  const [training, pikGraduate] = await Promise.all([
    loadTraining(participant.programId, participant.nip),
    isPikGraduate(participant.programId, participant),
  ]);
  if (pikGraduate) return undefined;
  const cohortNumber = training.confirmation?.cohort ?? participant.seat?.cohort;
  if (cohortNumber === undefined) return undefined;
  const [cohort, registers, modules] = await Promise.all([
    reads.cohort(participant.programId, cohortNumber),
    reads.attendance(participant.programId, cohortNumber),
    eLearningModulesOf(participant.programId, cohortNumber, training, reads.delivery),
  ]);
  if (!cohort) return undefined;
  const attended = registers
    .filter((register) => register.present.includes(participant.nip))
    .map((register) => ({ date: register.date as IsoDate, session: register.session }));
  const hours = learningHours({
    cohort: { startDate: cohort.startDate as IsoDate, endDate: cohort.endDate as IsoDate },
    eLearningCompleted: training.eLearning !== undefined,
    ...(modules ? { eLearningModules: modules } : {}),
    attended,
  });
  if (hours.total < hours.max) return undefined;
  const completedOn = attended.map((a) => a.date).reduce((a, b) => (a > b ? a : b));
  return { cohort, jp: hours.total, completedOn };
}

/**
 * Where the training was held: the cohort's verified test site, as its invitation names it; else the place the
 * 2019 letter names for every cohort ("diselenggarakan ... di Pusbang ASN BKN").
 */
function venueOf(cohort: Cohort): string {
  const site = invitationVenue({
    number: cohort.number,
    startDate: cohort.startDate as IsoDate,
    endDate: cohort.endDate as IsoDate,
    testSite: cohort.testSite,
  });
  return site.ok ? site.value : PROGRAMME_2019.venue;
}

type NumberedTraining = TrainingCertificateRecord & { number: string };

/**
 * The certificate `number` would be, or undefined when its content rules refuse it (Peraturan LAN 6/2022
 * Pasal 34(1), and what the issue adds: jenjang, dates, venue, instansi, modules with JP).
 */
function checked(candidate: NumberedTraining, cohort: Cohort): NumberedTraining | undefined {
  const decision = validateIssuedTrainingCertificate({
    participant: candidate.participant,
    trainingType: candidate.trainingType,
    title: candidate.title,
    jp: candidate.jp,
    completedOn: candidate.completedOn as IsoDate,
    signer: candidate.signer,
    sipkaRecordId: null,
    number: candidate.number,
    scheme: cohort.scheme,
    level: candidate.level ?? '',
    startDate: cohort.startDate as IsoDate,
    endDate: cohort.endDate as IsoDate,
    venue: candidate.venue ?? '',
    instansi: candidate.instansi ?? { code: candidate.instansiCode, name: '' },
    modules: candidate.modules ?? [],
    hours: candidate.hours ?? [],
  });
  if (decision.ok) return candidate;
  logger.warn('training certificate refused', {
    nip: candidate.nip,
    codes: decision.violations.map((v) => v.code),
    violations: decision.violations,
  });
  return undefined;
}

/**
 * Numbers the training certificate: the next sequence of the year's register (the year of issue, WIB), taken in
 * one transaction with the certificate, its development-record entry and the number's item, which it answers.
 * A duplicate message finds the certificate recorded and answers it. Undefined when the content rules refuse
 * it (no number is taken).
 */
async function numberTraining(
  build: (number: string) => NumberedTraining | undefined,
  programId: string,
  nip: string,
  issuedOn: IsoDate,
): Promise<TrainingCertificateRecord | undefined> {
  const year = Number(issuedOn.slice(0, 4));
  return takeNext(trainingCertificateRegister(year), async (last) => {
    const number = formatTrainingNumber({ sequence: last + 1, year });
    if (!number.ok) throw new Error(number.violations[0]!.message);
    const candidate = build(number.value);
    if (!candidate) return undefined;
    const outcome = await allocateTrainingCertificate(year, last, candidate);
    if (outcome === 'ALLOCATED') return candidate;
    if (outcome === 'ALREADY_ISSUED') return findTrainingCertificate(programId, nip);
    return outcome;
  });
}

// One number from the year's register at a time in this process, as for the competency certificate.
const takeTrainingNumber = oneAtATime(numberTraining);

/**
 * Issues the participant's training certificate of the programme once (whatever the competency outcome), with
 * its entry in the holder's development record, then renders and stores it and records the PDF with its
 * TrainingCertificateIssued event. A duplicate message finds it recorded and only finishes what is missing.
 * `issued`: the participant's training certificate as the caller has just read it (C21); `reads`: the programme
 * and cohort data of the batch.
 */
export async function issueTrainingCertificate(
  participant: Participant,
  issued: TrainingCertificateRecord | undefined,
  signers: CertificateSigners,
  now: Date,
  reads: BatchReads,
): Promise<void> {
  let record = issued;
  if (record?.document) return;
  if (!record) {
    const [attended, program, instansi] = await Promise.all([
      attendedTraining(participant, reads),
      reads.program(participant.programId),
      reads.instansi(participant.instansiCode),
    ]);
    if (!attended || !program) {
      logger.info('training certificate not issued: the 21 JP were not all attended', {
        programId: participant.programId,
        nip: participant.nip,
      });
      return;
    }
    const { cohort } = attended;
    const issuedOn = dateInWib(now);
    const build = (number: string) =>
      checked(
        {
          programId: participant.programId,
          nip: participant.nip,
          instansiCode: participant.instansiCode,
          participant: {
            name: participant.name,
            nip: participant.nip,
            position: participant.position.title,
          },
          trainingType: 'TEKNIS',
          title: program.name,
          jp: attended.jp,
          completedOn: attended.completedOn,
          cohort: cohort.number,
          place: signers.place,
          signer: { ...signers.back, institution: 'Badan Kepegawaian Negara' },
          issuedAt: now.toISOString(),
          number,
          verificationUrl: verificationUrlOf(number),
          issuedOn,
          scheme: cohort.scheme,
          level: LEVEL_NAMES[cohort.scheme],
          startDate: cohort.startDate,
          endDate: cohort.endDate,
          venue: venueOf(cohort),
          instansi: { code: participant.instansiCode, name: instansi?.name ?? '' },
          ...curriculumOf(cohort.scheme),
        },
        cohort,
      );
    record = await takeTrainingNumber(build, participant.programId, participant.nip, issuedOn);
    if (!record || record.document) return;
  }
  const pdf = await signedPdf(await renderTrainingCertificate(record), {
    role: 'kepalaPusat',
    reason: `Sertifikat pelatihan${record.number ? ` nomor ${record.number}` : ''} ${record.title} (${record.jp} JP) atas nama ${record.participant.name}`,
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
        ...(record.number ? { number: record.number } : {}),
      },
      occurredAt: now.toISOString(),
    },
  );
  // Only the delivery that records the document (and its event, in the same transaction) counts it.
  if (!recorded) return;
  countEvent('TrainingCertificateIssued');
  logger.info('training certificate issued', { nip: record.nip, key, sha256 });
}
