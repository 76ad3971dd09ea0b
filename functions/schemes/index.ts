import { schemeRoutes } from '../../events/api/routes/schemes';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { publishMetrics } from '../../runtime/metrics';
import {
  listEnrolments,
  listSchemeVersions,
  publishSchemeVersion,
  recordRefreshmentAttendance,
  recordRetestDecision,
} from './schemes';

/**
 * The register of scheme versions and the update of holders' certificates from their enrolments (Perban BKN
 * 7/2020 Pasal 13(2), 15(4)-(5), 35(3)): publishing, enrolments, attendance and re-test decisions; the re-issue
 * from an enrolment is served by functions/reissue.
 */
export const handler = apiHandler(
  schemeRoutes,
  {
    listSchemeVersions,
    publishSchemeVersion,
    listEnrolments,
    recordRefreshmentAttendance,
    recordRetestDecision,
  },
  routeAccess({}),
  idempotentRequests,
).use(publishMetrics());
