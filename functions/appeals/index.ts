import { appealRoutes } from '../../events/api/routes/appeals';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { participantScope } from '../../runtime/http/scopes/participant';
import { assignAppealReviewer, fileAppeal, resolveAppeal } from './appeals';

/** Appeals against the result session's decisions: filed, given a reviewer, resolved (Pasal 25h, 36(1)d). */
export const handler = apiHandler(
  appealRoutes,
  { fileAppeal, assignAppealReviewer, resolveAppeal },
  routeAccess({ participant: participantScope }),
  idempotentRequests,
);
