import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { validateCompetencyCertificate } from '../../domain/certificate/competency-certificate';
import { formatRegistrationNumber, SCHEME_TOKENS } from '../../domain/certificate/registration-number';
import { competencyUnit, isCompetencyUnitCode } from '../../domain/reference/competency-units';
import {
  QUALIFICATIONS,
  qualificationsOfScheme,
  requiredUnitCodes,
} from '../../domain/reference/qualifications';
import { SCHEMES } from '../../domain/reference/schemes';
import type { IsoDate } from '../../domain/shared/dates';
import {
  certificateIdOf,
  type CertificateSigners,
  type CompetencyCertificateRecord,
} from '../../events/api/certificate';
import {
  asDomainCertificate,
  competencyCertificateKey,
  LEVEL_NAMES,
  SCHEME_VERSION,
  signaturesOf,
  verificationUrlOf,
} from './certificate-model';
import type { Participant } from '../../events/api/participant';
import type { ResultDecision } from '../../events/api/result';
import type { CertificateIssued } from '../../events/messages/certificate-events';
import { s3 } from '../shared/clients';
import {
  allocateCertificate,
  certificateKey,
  clearEventPending,
  findCertificateByNumber,
  findDecisionCertificateNumber,
  lastCertificateSequence,
  recordCertificateDocument,
} from '../shared/data/certificate-repository';
import { ENV, requireEnv } from '../shared/env';
import { publishEvent } from '../shared/events';
import { logger } from '../shared/logger';
import { countEvent } from '../shared/metrics';
import { renderCompetencyCertificate } from './render-certificate';
import { now } from '../shared/clock';

/** Many certificates of one result session contend for the scheme's register: retry a taken number. */
const MAX_REGISTER_RETRIES = 8;
const pause = (attempt: number) =>
  new Promise((r) => setTimeout(r, Math.random() * 10 * 2 ** Math.min(attempt, 5)));

/**
 * The qualification the decision is on: the participant's own (derived from their scheme and instansi and kept on
 * the decision); for a decision made before it was kept there, the scheme's package whose required units are all
 * competent.
 */
function qualificationFor(decision: ResultDecision): { name: string; required: readonly string[] } {
  const qualifications = qualificationsOfScheme(decision.scheme);
  const fulfilled = decision.qualification
    ? QUALIFICATIONS[decision.qualification]
    : (qualifications.find((q) =>
        requiredUnitCodes(q.code).every((c) => decision.competentUnits.includes(c)),
      ) ?? qualifications[0]);
  return fulfilled
    ? { name: fulfilled.name, required: requiredUnitCodes(fulfilled.code) }
    : { name: SCHEMES[decision.scheme].name, required: decision.competentUnits };
}

interface Context {
  decision: ResultDecision;
  participant: Participant;
  signers: CertificateSigners;
  issuedOn: IsoDate;
  now: Date;
}

/** The recorded certificate of a number the decision's guard holds. */
export async function issuedCertificate(number: string): Promise<CompetencyCertificateRecord> {
  const record = await findCertificateByNumber(number);
  if (!record) throw new Error(`Certificate ${number} is not recorded`);
  return record;
}

/**
 * Numbers the decision's competency certificate: the next sequence of the scheme's register of the year, taken
 * in one transaction with the decision's guard item and the certificate record, which it answers. A duplicate
 * message finds the guard and answers the certificate of its number. Undefined when the certificate's content
 * rules refuse it (no number is taken).
 */
export async function numberCertificate(ctx: Context): Promise<CompetencyCertificateRecord | undefined> {
  const { decision, participant, signers, issuedOn, now } = ctx;
  const year = Number(issuedOn.slice(0, 4));
  const token = SCHEME_TOKENS[decision.scheme];
  const qualification = qualificationFor(decision);
  for (let attempt = 0; ; attempt++) {
    const last = await lastCertificateSequence(token, year);
    const formatted = formatRegistrationNumber({
      sequence: last + 1,
      scheme: decision.scheme,
      year,
      version: 0,
    });
    if (!formatted.ok) throw new Error(formatted.violations[0]!.message);
    const number = formatted.value;
    const record: CompetencyCertificateRecord = {
      registrationNumber: number,
      certificateId: certificateIdOf(number),
      version: 0,
      programId: decision.programId,
      nip: decision.nip,
      instansiCode: participant.instansiCode,
      decisionId: decision.decisionId,
      holder: { name: participant.name, nip: participant.nip },
      scheme: decision.scheme,
      level: LEVEL_NAMES[decision.scheme],
      schemeVersion: SCHEME_VERSION,
      qualification: qualification.name,
      requiredUnitCount: qualification.required.length,
      units: decision.competentUnits.map((code) => ({
        code,
        title: isCompetencyUnitCode(code) ? competencyUnit(code).title : '',
      })),
      place: signers.place,
      issuedOn,
      signatures: signaturesOf(signers),
      verificationUrl: verificationUrlOf(number),
      status: 'AKTIF',
      reinstatements: [],
      issuedAt: now.toISOString(),
    };
    const checked = validateCompetencyCertificate(asDomainCertificate(record), {
      participantNip: decision.nip,
      scheme: decision.scheme,
      outcome: decision.outcome,
      requiredUnitCodes: qualification.required,
      competentUnitCodes: decision.competentUnits,
    });
    if (!checked.ok) {
      logger.warn('competency certificate refused', {
        decisionId: decision.decisionId,
        codes: checked.violations.map((v) => v.code),
        violations: checked.violations,
      });
      return undefined;
    }
    const outcome = await allocateCertificate(token, year, last, record);
    if (outcome === 'ALLOCATED') return record;
    if (outcome === 'ALREADY_ISSUED') {
      const issued = await findDecisionCertificateNumber(
        decision.programId,
        decision.nip,
        decision.decisionId,
      );
      return issued === undefined ? undefined : issuedCertificate(issued);
    }
    if (attempt >= MAX_REGISTER_RETRIES) throw new Error(`Certificate register ${token}/${year} stayed busy`);
    await pause(attempt);
  }
}

const issuedEvent = (record: CompetencyCertificateRecord, sha256: string): CertificateIssued => ({
  registrationNumber: record.registrationNumber,
  programId: record.programId,
  nip: record.nip,
  instansiCode: record.instansiCode,
  scheme: record.scheme,
  decisionId: record.decisionId,
  issuedOn: record.issuedOn,
  sha256,
});

/**
 * Renders a numbered certificate version, stores the PDF and records it with its SHA-256, then announces it.
 * A failure anywhere here keeps the number: the retry renders the same record (same bytes, same key). Only the
 * delivery that records the document announces it (a concurrent duplicate stops there); a record still marked
 * `eventPending` (its announcer failed after recording) is announced by the next delivery.
 */
export async function renderAndStore(record: CompetencyCertificateRecord): Promise<void> {
  const key = certificateKey(record.registrationNumber);
  if (record.document) {
    if (record.eventPending) {
      await publishEvent('CertificateIssued', issuedEvent(record, record.document.sha256));
      await clearEventPending(key);
    }
    return;
  }
  const pdf = await renderCompetencyCertificate(record);
  const objectKey = competencyCertificateKey(record.programId, record.nip, record.registrationNumber);
  await s3().send(
    new PutObjectCommand({
      Bucket: requireEnv(ENV.documentsBucket),
      Key: objectKey,
      Body: pdf,
      ContentType: 'application/pdf',
    }),
  );
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const document = { key: objectKey, sha256, renderedAt: now().toISOString() };
  if (!(await recordCertificateDocument(record.registrationNumber, document))) return;
  countEvent('CertificateIssued');
  await publishEvent('CertificateIssued', issuedEvent(record, sha256));
  await clearEventPending(key);
  logger.info('competency certificate issued', {
    registrationNumber: record.registrationNumber,
    key: objectKey,
    sha256,
  });
}
