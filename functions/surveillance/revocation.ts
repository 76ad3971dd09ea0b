import {
  REVOCATION_RULES,
  revokeCertificate as revoke,
  violationKinds,
} from '../../domain/certificate/revocation';
import { checkRevocationBasis } from '../../domain/certificate/monitoring';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { routes } from '../../events/api/routes';
import { recordRevocation } from '../../adapters/dynamodb/certificate-repository';
import { monitoringRecords, revocationBasisItem } from '../../adapters/dynamodb/surveillance-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { countEvent } from '../../runtime/metrics';
import { certificateOr404, reread, withLinks } from '../../services/certificate/access';
import { certificateChanged as changed } from '../../services/certificate/answer';
import { changeOf } from '../../services/certificate/model';

/*
 * Revocation served beside the monitoring it may rest on (Pasal 35(1), 36(3)): the one revocation route, moved
 * here from functions/certificate-maintenance so that function stays within its bundle budget.
 */

/** BKN revokes a certificate for a proven disciplinary or criminal violation (Perban BKN 7/2020 Pasal 36(3)). */
export const revokeCertificate: Operation<typeof routes.revokeCertificate> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const certificate = await certificateOr404(params.certificateId);
  const decision = revoke(
    {
      registrationNumber: certificate.registrationNumber,
      holder: certificate.holder,
      status: certificate.status,
      grounds: body.grounds.map((g) => ({ ...g, decidedOn: g.decidedOn as IsoDate })),
    },
    dateInWib(now),
  );
  // A revocation referred from monitoring (Pasal 35(1)) cites the record that found the violation.
  const basis = body.monitoringId
    ? checkRevocationBasis(
        (await monitoringRecords([body.monitoringId]))[0],
        certificate.nip,
        body.grounds.map((g) => g.kind),
      )
    : [];
  if (!decision.ok || basis.length > 0) {
    throw rulesNotMet([...(decision.ok ? [] : decision.violations), ...basis]);
  }
  const revocation = {
    revokedOn: decision.value.revokedOn,
    grounds: body.grounds,
    notice: decision.value.publication.notice,
    revokedBy: principal.username,
    revokedAt: now.toISOString(),
    ...(body.monitoringId && { monitoringId: body.monitoringId }),
  };
  const kinds = [...new Set(body.grounds.map((g) => g.kind))];
  const change = changeOf(
    certificate,
    now,
    {
      event: 'DICABUT',
      reason: `Dicabut karena ${violationKinds(kinds)} yang terbukti dengan keputusan final (Perban BKN 7/2020 Pasal 36 ayat (3)).`,
      rule: REVOCATION_RULES['SERT-CABUT-ALASAN'].code,
      by: principal.username,
    },
    'CertificateRevoked',
    {
      registrationNumber: certificate.registrationNumber,
      nip: certificate.nip,
      instansiCode: certificate.instansiCode,
      revokedOn: revocation.revokedOn,
      kinds,
      notice: revocation.notice,
    },
  );
  const also = body.monitoringId
    ? [
        revocationBasisItem(body.monitoringId, {
          registrationNumber: certificate.registrationNumber,
          revokedOn: revocation.revokedOn,
        }),
      ]
    : [];
  if (!(await recordRevocation(certificate, revocation, change, also))) throw changed();
  countEvent('CertificateRevoked');
  return { statusCode: 200, body: await withLinks(await reread(certificate.registrationNumber)) };
};
