import { validateCompetencyCertificate } from '../../domain/certificate/competency-certificate';
import {
  formatRegistrationNumber,
  nextVersion,
  parseRegistrationNumber,
} from '../../domain/certificate/registration-number';
import { REINSTATEMENT_RULES, requestReinstatement } from '../../domain/certificate/reinstatement';
import { UPDATE_RULES } from '../../domain/certificate/update';
import { schemeChangeByRequest } from '../../domain/scheme/refreshment';
import type { IsoDate } from '../../domain/shared/dates';
import { violation, type RuleViolation } from '../../domain/shared/rule';
import type { CompetencyCertificateRecord } from '../../events/api/certificate';
import { certificateIdOf } from '../../events/api/certificate-id';
import type { routes } from '../../events/api/routes';
import {
  asDomainCertificate,
  changeOf,
  signaturesOf,
  verificationUrlOf,
} from '../../services/certificate/model';
import {
  findCertificateSigners,
  recordNewVersion,
  recordReinstatement,
} from '../../adapters/dynamodb/certificate-repository';
import { findParticipant } from '../../adapters/dynamodb/seating-repository';
import type { TransactItem } from '../../adapters/dynamodb/table';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { countEvent } from '../../runtime/metrics';
import {
  certificateChanged as changed,
  certificateOr404,
  reread,
  undertakingOf,
  withLinks,
} from '../../services/certificate/access';
import { requestRender } from '../../adapters/sqs/render-queue';
import { dateInWib } from '../../domain/shared/dates';
import { schemeVersionInForce } from '../../services/scheme/register';

/** The earliest decision a revocation rests on: when the holder lost the authority to use the competence. */
const authorityLostOn = (certificate: CompetencyCertificateRecord): IsoDate | null =>
  (certificate.revocation?.grounds.map((g) => g.decidedOn).sort()[0] ?? null) as IsoDate | null;

/**
 * BKN reinstates a revoked certificate on the holder's request through the instansi where they now work, no
 * earlier than 6 months after their authority returned (Pasal 36(4)-(6)). The instansi is the holder's current
 * workplace when it is the instansi of their participant record.
 */
export const reinstateCertificate: Operation<typeof routes.reinstateCertificate> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const certificate = await certificateOr404(params.certificateId);
  const participant = await findParticipant(certificate.programId, certificate.nip);
  const workplace = participant?.instansiCode ?? certificate.instansiCode;
  const decision = requestReinstatement(
    {
      registrationNumber: certificate.registrationNumber,
      holderNip: certificate.nip,
      status: certificate.status,
      schemeVersion: certificate.schemeVersion,
      requestedByNip: body.requestedByNip,
      submittedVia: { kind: 'INSTANSI', isCurrentWorkplace: body.instansiCode === workplace },
      authorityRestoredOn: body.authorityRestoredOn as IsoDate,
      requestedOn: body.requestedOn as IsoDate,
      authorityLostOn: authorityLostOn(certificate),
      today: dateInWib(now),
    },
    await schemeVersionInForce(certificate.scheme, dateInWib(now)),
  );
  if (!decision.ok) throw rulesNotMet(decision.violations);
  const reinstatement = {
    revokedOn: certificate.revocation?.revokedOn ?? body.authorityRestoredOn,
    requestedOn: body.requestedOn,
    authorityRestoredOn: body.authorityRestoredOn,
    instansiCode: body.instansiCode,
    letterNumber: body.letterNumber,
    reassessment: decision.value.reassessment,
    reinstatedBy: principal.username,
    reinstatedAt: now.toISOString(),
  };
  const change = changeOf(
    certificate,
    now,
    {
      event: 'DIPULIHKAN',
      reason: `Diakui kembali atas permohonan pemegang melalui instansi ${body.instansiCode} (surat ${body.letterNumber}), paling cepat 6 bulan setelah kewenangannya kembali (Perban BKN 7/2020 Pasal 36(4)-(6)).`,
      rule: REINSTATEMENT_RULES['SERT-PULIH-6-BULAN'].code,
      by: principal.username,
    },
    'CertificateReinstated',
    {
      registrationNumber: certificate.registrationNumber,
      nip: certificate.nip,
      instansiCode: certificate.instansiCode,
      reinstatedOn: dateInWib(now),
      schemeChanged: decision.value.reassessment.schemeChanged,
    },
  );
  if (!(await recordReinstatement(certificate, reinstatement, change))) throw changed();
  countEvent('CertificateReinstated');
  return { statusCode: 200, body: await withLinks(await reread(certificate.registrationNumber)) };
};

/** Why a version is re-issued, as its record and its CertificateReissued event say. */
interface Reissue {
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

/**
 * BKN re-issues an AKTIF certificate as its next version for a name correction. A scheme change is refused here
 * (SEGAR-TERBIT-DARI-CATATAN): it is made from the holder's enrolment for the new scheme version only, with
 * the units of that version and of the recorded decision (./schemes.ts), never from units typed in a request.
 */
export const reissueCertificate: Operation<typeof routes.reissueCertificate> = async ({
  params,
  body,
  principal,
  now,
  correlationId,
}) => {
  if (body.reason === 'PERUBAHAN_SKEMA') throw rulesNotMet(schemeChangeByRequest());
  const certificate = await certificateOr404(params.certificateId);
  const violations: RuleViolation[] = [];
  if (certificate.status !== 'AKTIF') {
    violations.push(
      violation(
        UPDATE_RULES['SERT-MUTAKHIR-STATUS-AKTIF'],
        `Sertifikat berstatus ${certificate.status}; hanya sertifikat aktif yang dimutakhirkan.`,
        'status',
      ),
    );
  }
  const parsed = parseRegistrationNumber(certificate.registrationNumber);
  if (!parsed.ok) throw rulesNotMet(parsed.violations);
  const formatted = formatRegistrationNumber(nextVersion(parsed.value));
  if (!formatted.ok) throw rulesNotMet(formatted.violations);
  if (violations.length > 0) throw rulesNotMet(violations);
  const next = await issueNextVersion(
    certificate,
    formatted.value,
    {
      reason: 'KOREKSI_NAMA',
      note: `koreksi nama pemegang (${body.basis})`,
      changes: { holder: { ...certificate.holder, name: body.name } },
    },
    { principal, now, correlationId },
  );
  return { statusCode: 201, body: { ...next, undertaking: undertakingOf(next) } };
};
