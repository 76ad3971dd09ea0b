import { validateCompetencyCertificate } from '../../domain/certificate/competency-certificate';
import { UPDATE_RULES } from '../../domain/certificate/update';
import { dateInWib } from '../../domain/shared/dates';
import type { CompetencyCertificateRecord } from '../../events/api/certificate';
import { certificateIdOf } from '../../events/api/certificate-id';
import { findCertificateSigners, recordNewVersion } from '../../adapters/dynamodb/certificate-repository';
import type { TransactItem } from '../../adapters/dynamodb/table';
import { requestRender } from '../../adapters/sqs/render-queue';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { certificateChanged as changed } from './answer';
import { asDomainCertificate, changeOf, signaturesOf, verificationUrlOf } from './model';

/** Why a version is re-issued, as its record and its CertificateReissued event say. */
export interface Reissue {
  reason: 'PERUBAHAN_SKEMA' | 'KOREKSI_NAMA';
  note: string;
  /** What the new version changes of the old one. */
  changes: Partial<CompetencyCertificateRecord>;
  /** Writes that go with the new version (the completed enrolment of a scheme update). */
  also?: TransactItem[];
}

/**
 * Records `certificate`'s next version numbered `number` (Pasal 35(3)): signed by the programme's current signers,
 * the old version DIMUTAKHIRKAN naming it, announced, all or nothing; then queues its PDF.
 */
export async function issueNextVersion(
  certificate: CompetencyCertificateRecord,
  number: string,
  reissue: Reissue,
  context: { principal: { username: string }; now: Date; correlationId: string },
): Promise<CompetencyCertificateRecord> {
  const { principal, now, correlationId } = context;
  const signers = await findCertificateSigners(certificate.programId);
  if (!signers) {
    throw new HttpError(
      409,
      'CERTIFICATE_SIGNERS_MISSING',
      'Penanda tangan sertifikat program belum ditetapkan.',
    );
  }
  const today = dateInWib(now);
  const next: CompetencyCertificateRecord = {
    ...certificate,
    ...reissue.changes,
    registrationNumber: number,
    certificateId: certificateIdOf(number),
    version: certificate.version + 1,
    issuedOn: today,
    place: signers.place,
    signatures: signaturesOf(signers),
    verificationUrl: verificationUrlOf(number),
    status: 'AKTIF',
    document: undefined,
    revocation: undefined,
    reinstatements: [],
    history: [],
    // A new version is signed again (Pasal 36(2)b: the scheme as printed on that certificate).
    undertakingSignature: undefined,
    supersedes: certificate.registrationNumber,
    supersededBy: undefined,
    reissue: { reason: reissue.reason, note: reissue.note, by: principal.username, at: now.toISOString() },
    issuedAt: now.toISOString(),
  };
  const content = validateCompetencyCertificate(asDomainCertificate(next));
  if (!content.ok) throw rulesNotMet(content.violations);
  const change = changeOf(
    certificate,
    now,
    {
      event: 'DIMUTAKHIRKAN',
      reason: `Digantikan versi ${number}: ${reissue.note}.`,
      rule: UPDATE_RULES['SERT-MUTAKHIR-VERSI'].code,
      by: principal.username,
      relatedNumber: number,
    },
    'CertificateReissued',
    {
      registrationNumber: number,
      supersedes: certificate.registrationNumber,
      nip: certificate.nip,
      instansiCode: certificate.instansiCode,
      reason: reissue.reason,
      issuedOn: today,
    },
  );
  if (!(await recordNewVersion(certificate, next, change, reissue.also))) throw changed();
  await requestRender(number, correlationId, now);
  return next;
}
