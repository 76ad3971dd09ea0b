import { certificateMaintenanceRoutes } from '../../events/api/routes/certificate-maintenance';
import { schemeRoutes } from '../../events/api/routes/schemes';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { publishMetrics } from '../../runtime/metrics';
import { reinstateCertificate, reissueCertificate, revokeCertificate } from './maintenance';
import {
  listEnrolments,
  listSchemeVersions,
  publishSchemeVersion,
  recordRefreshmentAttendance,
  recordRetestDecision,
  reissueEnrolledCertificate,
} from './schemes';

/**
 * After the certificate: revocation, reinstatement and re-issue (Pasal 35-36), and the register of scheme versions
 * with the update of holders' certificates from their enrolments (Pasal 13(2), 15(4)-(5), 35(3)), counted as CertificateRevoked and
 * CertificateReinstated. A stage of its own, apart from the certificates' reads and archive.
 */
export const handler = apiHandler(
  { ...certificateMaintenanceRoutes, ...schemeRoutes },
  {
    revokeCertificate,
    reinstateCertificate,
    reissueCertificate,
    listSchemeVersions,
    publishSchemeVersion,
    listEnrolments,
    recordRefreshmentAttendance,
    recordRetestDecision,
    reissueEnrolledCertificate,
  },
  routeAccess({}),
  idempotentRequests,
).use(publishMetrics());
