import {
  CERTIFICATE_RULES,
  validateCompetencyCertificate,
} from '../../domain/certificate/competency-certificate';
import type { CertificateConsequence } from '../../domain/certificate/decision-change';
import {
  formatRegistrationNumber,
  nextVersion,
  parseRegistrationNumber,
  SCHEME_TOKENS,
} from '../../domain/certificate/registration-number';
import { competencyUnit, isCompetencyUnitCode } from '../../domain/reference/competency-units';
import {
  QUALIFICATIONS,
  qualificationsOfScheme,
  requiredUnitCodes,
} from '../../domain/reference/qualifications';
import { SCHEMES } from '../../domain/reference/schemes';
import { firstSchemeVersion } from '../../domain/scheme/version';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { CertificateSigners, CompetencyCertificateRecord } from '../../events/api/certificate';
import { certificateIdOf } from '../../events/api/certificate-id';
import {
  asDomainCertificate,
  changeOf,
  competencyCertificateKey,
  LEVEL_NAMES,
  signaturesOf,
  SYSTEM_ACTOR,
  verificationUrlOf,
} from '../../services/certificate/model';
import type { Participant } from '../../events/api/participant';
import type { ResultDecision } from '../../events/api/result';
import {
  allocateCertificate,
  certificateRegister,
  findCertificateByNumber,
  findDecisionCertificateNumber,
  recordAnnulment,
  recordCertificateDocument,
  recordNewVersion,
} from '../../adapters/dynamodb/certificate-repository';
import { storePdf } from '../../adapters/s3/documents';
import { signedPdf } from '../../services/documents/signed-pdf';
import { logger } from '../../runtime/logger';
import { countEvent } from '../../runtime/metrics';
import { renderCompetencyCertificate } from './render-certificate';
import { now } from '../../runtime/clock';
import { takeNext } from '../../adapters/dynamodb/register';

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

export interface Context {
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
 * The certificate a KOMPETEN decision gives, numbered `number`, or undefined when its content rules refuse it
 * (Pasal 34(3), and the decision as its basis, Pasal 34(1)): printed from the decision, the participant and
 * the programme's signers.
 */
function certificateOn(
  ctx: Context,
  number: string,
  version: number,
): CompetencyCertificateRecord | undefined {
  const { decision, participant, signers, issuedOn, now } = ctx;
  const qualification = qualificationFor(decision);
  const record: CompetencyCertificateRecord = {
    registrationNumber: number,
    certificateId: certificateIdOf(number),
    version,
    programId: decision.programId,
    nip: decision.nip,
    instansiCode: participant.instansiCode,
    decisionId: decision.decisionId,
    holder: { name: participant.name, nip: participant.nip },
    scheme: decision.scheme,
    level: LEVEL_NAMES[decision.scheme],
    // Result sessions decide on the 2019 handbook's units (domain/reference): version 1 of the scheme's register.
    schemeVersion: firstSchemeVersion(decision.scheme).version,
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
    history: [],
    issuedAt: now.toISOString(),
  };
  const checked = validateCompetencyCertificate(asDomainCertificate(record), {
    participantNip: decision.nip,
    scheme: decision.scheme,
    outcome: decision.outcome,
    requiredUnitCodes: qualification.required,
    competentUnitCodes: decision.competentUnits,
  });
  if (checked.ok) return record;
  logger.warn('competency certificate refused', {
    decisionId: decision.decisionId,
    codes: checked.violations.map((v) => v.code),
    violations: checked.violations,
  });
  return undefined;
}

/**
 * Numbers the decision's competency certificate: the next sequence of the scheme's register of the year, taken
 * in one transaction with the decision's guard item, the certificate record and the participant's holding,
 * which it answers. A duplicate message finds the guard and answers the certificate of its number. Undefined
 * when the certificate's content rules refuse it (no number is taken).
 */
export async function numberCertificate(ctx: Context): Promise<CompetencyCertificateRecord | undefined> {
  const { decision, issuedOn } = ctx;
  const year = Number(issuedOn.slice(0, 4));
  const token = SCHEME_TOKENS[decision.scheme];
  return takeNext(certificateRegister(token, year), async (last) => {
    const formatted = formatRegistrationNumber({
      sequence: last + 1,
      scheme: decision.scheme,
      year,
      version: 0,
    });
    if (!formatted.ok) throw new Error(formatted.violations[0]!.message);
    const record = certificateOn(ctx, formatted.value, 0);
    if (!record) return undefined;
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
    if (outcome === 'ALREADY_HELD') {
      throw new Error(`${decision.nip} was certified on another decision meanwhile: decide again`);
    }
    return outcome;
  });
}

/**
 * Replaces the participant's certificate `held` by its next version on the decision now in force (Pasal 34(1);
 * the rule and reason come from domain/certificate/decision-change.ts). A revoked certificate stays revoked in
 * its new version. The change is entered in the old version's history and announced (CertificateReissued) in
 * the same transaction; the new version is then rendered like any other. Undefined when the content rules
 * refuse it.
 */
export async function replaceCertificate(
  ctx: Context,
  held: CompetencyCertificateRecord,
  consequence: Extract<CertificateConsequence, { action: 'VERSI_BARU' }>,
): Promise<CompetencyCertificateRecord | undefined> {
  const { decision, now } = ctx;
  const parsed = parseRegistrationNumber(held.registrationNumber);
  if (!parsed.ok) throw new Error(`Certificate ${held.registrationNumber} has a malformed number`);
  const formatted = formatRegistrationNumber(nextVersion(parsed.value));
  if (!formatted.ok) throw new Error(formatted.violations[0]!.message);
  const printed = certificateOn(ctx, formatted.value, held.version + 1);
  if (!printed) return undefined;
  const revoked = held.status === 'DICABUT' ? held.revocation : undefined;
  const next: CompetencyCertificateRecord = {
    ...printed,
    ...(revoked ? { status: 'DICABUT', revocation: revoked } : {}),
    supersedes: held.registrationNumber,
    reissue: {
      reason: 'KEPUTUSAN_DIGANTI',
      note: consequence.reason,
      by: SYSTEM_ACTOR,
      at: now.toISOString(),
    },
  };
  const change = changeOf(
    held,
    now,
    {
      event: 'DIMUTAKHIRKAN',
      reason: consequence.reason,
      rule: consequence.rule.code,
      by: SYSTEM_ACTOR,
      relatedNumber: next.registrationNumber,
      decisionId: held.decisionId,
      supersedingDecisionId: decision.decisionId,
      ...(decision.appealId ? { appealId: decision.appealId } : {}),
    },
    'CertificateReissued',
    {
      registrationNumber: next.registrationNumber,
      supersedes: held.registrationNumber,
      nip: held.nip,
      instansiCode: held.instansiCode,
      reason: 'KEPUTUSAN_DIGANTI',
      issuedOn: next.issuedOn,
      decisionId: decision.decisionId,
      previousDecisionId: held.decisionId,
      ...(decision.appealId ? { appealId: decision.appealId } : {}),
    },
  );
  if (!(await recordNewVersion(held, next, change))) {
    throw new Error(`Certificate ${held.registrationNumber} changed while it was replaced: decide again`);
  }
  logger.info('competency certificate replaced: its decision was superseded', {
    registrationNumber: held.registrationNumber,
    replacedBy: next.registrationNumber,
    decisionId: decision.decisionId,
  });
  return next;
}

/**
 * Annuls the participant's certificate `held`: the decision it rests on was superseded by a not-yet-competent
 * one (SERT-BATAL-KEPUTUSAN). Entered in its history and announced (CertificateAnnulled) in one transaction.
 */
export async function annulCertificate(
  held: CompetencyCertificateRecord,
  decision: ResultDecision,
  consequence: Extract<CertificateConsequence, { action: 'BATALKAN' }>,
  at: Date,
): Promise<void> {
  const change = changeOf(
    held,
    at,
    {
      event: 'DIBATALKAN',
      reason: consequence.reason,
      rule: consequence.rule.code,
      by: SYSTEM_ACTOR,
      decisionId: held.decisionId,
      supersedingDecisionId: decision.decisionId,
      ...(decision.appealId ? { appealId: decision.appealId } : {}),
    },
    'CertificateAnnulled',
    {
      registrationNumber: held.registrationNumber,
      nip: held.nip,
      instansiCode: held.instansiCode,
      annulledOn: dateInWib(at),
      decisionId: held.decisionId,
      supersedingDecisionId: decision.decisionId,
      ...(decision.appealId ? { appealId: decision.appealId } : {}),
      reason: consequence.reason,
    },
  );
  if (!(await recordAnnulment(held, change))) {
    throw new Error(`Certificate ${held.registrationNumber} changed while it was annulled: decide again`);
  }
  countEvent('CertificateAnnulled');
  logger.info('competency certificate annulled: its decision was superseded by a not-yet-competent one', {
    registrationNumber: held.registrationNumber,
    decisionId: decision.decisionId,
  });
}

/** Why a version is issued, for its history: on the decision itself, or as the new version of another. */
function issueReason(record: CompetencyCertificateRecord): { reason: string; rule?: string } {
  if (record.supersedes && record.reissue) {
    return { reason: `Versi baru yang menggantikan ${record.supersedes}: ${record.reissue.note}` };
  }
  return {
    reason: `Diterbitkan atas keputusan sidang hasil ${record.decisionId}: kompeten pada seluruh unit yang dipersyaratkan (Perban BKN 7/2020 Pasal 34 ayat (1)).`,
    rule: CERTIFICATE_RULES['SERT-DASAR-KEPUTUSAN'].code,
  };
}

/**
 * Records the stored PDF of a version with the history entry that issues it and the CertificateIssued event,
 * in one transaction (the relay publishes the event). False when it was recorded already or its history moved.
 */
export function recordIssued(
  record: CompetencyCertificateRecord,
  document: NonNullable<CompetencyCertificateRecord['document']>,
  at: Date,
): Promise<boolean> {
  const change = changeOf(
    record,
    at,
    {
      event: 'DITERBITKAN',
      ...issueReason(record),
      by: SYSTEM_ACTOR,
      decisionId: record.decisionId,
      ...(record.supersedes ? { relatedNumber: record.supersedes } : {}),
    },
    'CertificateIssued',
    {
      registrationNumber: record.registrationNumber,
      programId: record.programId,
      nip: record.nip,
      instansiCode: record.instansiCode,
      scheme: record.scheme,
      decisionId: record.decisionId,
      issuedOn: record.issuedOn,
      sha256: document.sha256,
    },
  );
  return recordCertificateDocument(record, document, change);
}

/**
 * Renders a numbered certificate version, stores the PDF, then records it with its SHA-256 together with the
 * history entry that issues it and the CertificateIssued event (the relay publishes it). A failure anywhere
 * here keeps the number: the retry renders the same record (same bytes, same key). Only one delivery records
 * the document; a concurrent duplicate finds it recorded and stops.
 */
export async function renderAndStore(record: CompetencyCertificateRecord): Promise<void> {
  if (record.document) return;
  const pdf = await signedPdf(await renderCompetencyCertificate(record), {
    role: 'kepalaBkn',
    reason: `Sertifikat Kompetensi Teknis Manajemen ASN nomor ${record.registrationNumber}, ditetapkan oleh Kepala BKN (Perban BKN 7/2020 Pasal 34 ayat (2))`,
    location: record.place,
    signedAt: new Date(record.issuedAt),
  });
  const { key, sha256 } = await storePdf(
    competencyCertificateKey(record.programId, record.nip, record.registrationNumber),
    pdf,
  );
  const at = now();
  if (!(await recordIssued(record, { key, sha256, renderedAt: at.toISOString() }, at))) {
    // Recorded by a concurrent delivery: done. Otherwise its history moved under us: render it again.
    if ((await issuedCertificate(record.registrationNumber)).document) return;
    throw new Error(`Certificate ${record.registrationNumber} changed while its document was recorded`);
  }
  countEvent('CertificateIssued');
  logger.info('competency certificate issued', {
    registrationNumber: record.registrationNumber,
    key,
    sha256,
  });
}
