import { reissueRoutes } from '../../events/api/routes/reissue';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { publishMetrics } from '../../runtime/metrics';
import { reissueEnrolledCertificate } from './enrolment';
import { reissueCertificate } from './name-correction';

/**
 * The re-issues of a certificate as its next version (Perban BKN 7/2020 Pasal 35(3)): for a name correction,
 * and from a holder's enrolment for a new scheme version. Both queue the new version's PDF, so they share the
 * stage that carries the render queue's client; the maintenance and the scheme register stay without it.
 */
export const handler = apiHandler(
  reissueRoutes,
  { reissueCertificate, reissueEnrolledCertificate },
  routeAccess({}),
  idempotentRequests,
).use(publishMetrics());
