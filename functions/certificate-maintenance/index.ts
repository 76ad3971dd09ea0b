import { certificateMaintenanceRoutes } from '../../events/api/routes/certificate-maintenance';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { publishMetrics } from '../../runtime/metrics';
import { reinstateCertificate } from './maintenance';

/**
 * After the certificate: reinstatement (Pasal 36(4)-(6)), counted as CertificateReinstated. A stage of its own,
 * apart from the certificates' reads and archive; revocation is served with the monitoring it may rest on
 * (functions/surveillance), re-issues by functions/reissue, the register of scheme versions by functions/schemes.
 */
export const handler = apiHandler(
  certificateMaintenanceRoutes,
  { reinstateCertificate },
  routeAccess({}),
  idempotentRequests,
).use(publishMetrics());
