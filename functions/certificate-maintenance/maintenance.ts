import { REINSTATEMENT_RULES, requestReinstatement } from '../../domain/certificate/reinstatement';
import type { IsoDate } from '../../domain/shared/dates';
import type { CompetencyCertificateRecord } from '../../events/api/certificate';
import type { routes } from '../../events/api/routes';
import { changeOf } from '../../services/certificate/model';
import { recordReinstatement } from '../../adapters/dynamodb/certificate-repository';
import { findParticipant } from '../../adapters/dynamodb/seating-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { countEvent } from '../../runtime/metrics';
import { certificateOr404, reread, withLinks } from '../../services/certificate/access';
import { certificateChanged as changed } from '../../services/certificate/answer';
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
