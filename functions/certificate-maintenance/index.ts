import { certificateMaintenanceRoutes } from '../../events/api/routes/certificate-maintenance';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { publishMetrics } from '../../runtime/metrics';
import { reinstateCertificate, reissueCertificate } from './maintenance';

/**
 * After the certificate: reinstatement and re-issue (Pasal 35-36), counted as CertificateReinstated. A stage of
 * its own, apart from the certificates' reads and archive; revocation is served with the monitoring it may rest
 * on (functions/surveillance).
 */
export const handler = apiHandler(
  certificateMaintenanceRoutes,
  { reinstateCertificate, reissueCertificate },
  routeAccess({}),
  idempotentRequests,
).use(publishMetrics());
