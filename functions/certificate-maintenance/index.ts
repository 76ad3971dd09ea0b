import { certificateMaintenanceRoutes } from '../../events/api/routes/certificate-maintenance';
import { schemeRoutes } from '../../events/api/routes/schemes';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { publishMetrics } from '../../runtime/metrics';
import { reinstateCertificate, reissueCertificate } from './maintenance';
import {
  listEnrolments,
  listSchemeVersions,
  publishSchemeVersion,
  recordRefreshmentAttendance,
  recordRetestDecision,
  reissueEnrolledCertificate,
} from './schemes';

/**
 * After the certificate: reinstatement and re-issue (Pasal 35-36), counted as CertificateReinstated, and the
 * register of scheme versions with the update of holders' certificates from their enrolments (Pasal 13(2),
 * 15(4)-(5), 35(3)). A stage of its own, apart from the certificates' reads and archive; revocation is served with
 * the monitoring it may rest on (functions/surveillance).
 */
export const handler = apiHandler(
  { ...certificateMaintenanceRoutes, ...schemeRoutes },
  {
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
