import { reissueFromEnrolment as reissueDecision } from '../../domain/scheme/refreshment';
import { dateInWib } from '../../domain/shared/dates';
import type { EnrolmentRecord } from '../../events/api/scheme';
import type { routes } from '../../events/api/routes';
import { findCertificateByNumber, findHeldCertificate } from '../../adapters/dynamodb/certificate-repository';
import { enrolmentChange } from '../../adapters/dynamodb/scheme-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { undertakingOf } from '../../services/certificate/answer';
import { asDomainCertificate } from '../../services/certificate/model';
import { issueNextVersion } from '../../services/certificate/next-version';
import { enrolmentOr404, stateOf } from '../../services/scheme/enrolment';

/**
 * Re-issues the holder's certificate in force as its next `-P<n>` version from the enrolment's records: the
 * units of the new version's qualification, once the attendance and the competent decision the changes ask for
 * are recorded (Pasal 15(4)-(5), 35(3)); the enrolment is completed with it, all or nothing.
 */
export const reissueEnrolledCertificate: Operation<typeof routes.reissueEnrolledCertificate> = async ({
  params,
  principal,
  now,
  correlationId,
}) => {
  const enrolment = await enrolmentOr404(params);
  // The enrolled version may since have been re-issued (e.g. a name correction): the update is of the one in force.
  const held = await findHeldCertificate(enrolment.programId, enrolment.nip);
  const certificate = await findCertificateByNumber(held?.registrationNumber ?? enrolment.registrationNumber);
  if (!certificate) throw new Error(`Certificate of enrolment ${enrolment.registrationNumber} vanished`);
  const decision = reissueDecision(
    stateOf(enrolment),
    asDomainCertificate(certificate),
    { version: enrolment.toVersion, units: enrolment.units },
    dateInWib(now),
  );
  if (!decision.ok) throw rulesNotMet(decision.violations);
  const number = decision.value.updated.registrationNumber;
  const completed: EnrolmentRecord = {
    ...enrolment,
    status: 'SELESAI',
    reissuedAs: number,
    revision: enrolment.revision + 1,
  };
  const next = await issueNextVersion(
    certificate,
    number,
    {
      reason: 'PERUBAHAN_SKEMA',
      note: `perubahan skema ke versi ${enrolment.toVersion} (Perban BKN 7/2020 Pasal 35 ayat (3))`,
      changes: {
        schemeVersion: enrolment.toVersion,
        qualification: enrolment.qualification.name,
        units: enrolment.units,
        requiredUnitCount: enrolment.units.length,
      },
      also: [enrolmentChange(completed, params.certificateId)],
    },
    { principal, now, correlationId },
  );
  return { statusCode: 201, body: { ...next, undertaking: undertakingOf(next) } };
};
