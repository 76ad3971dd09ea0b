import { certificateMaintenanceRoutes } from '../../events/api/routes/certificate-maintenance';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { publishMetrics } from '../../runtime/metrics';
import { reinstateCertificate, reissueCertificate, revokeCertificate } from './maintenance';

/**
 * After the certificate: revocation, reinstatement and re-issue (Pasal 35-36), counted as CertificateRevoked and
 * CertificateReinstated. A stage of its own, apart from the certificates' reads and archive.
 */
export const handler = apiHandler(
  certificateMaintenanceRoutes,
  { revokeCertificate, reinstateCertificate, reissueCertificate },
  routeAccess({}),
  idempotentRequests,
).use(publishMetrics());
