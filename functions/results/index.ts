import { resultRoutes } from '../../events/api/routes/results';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { participantScope } from '../../runtime/http/scopes/participant';
import { assignAppealReviewer, fileAppeal, resolveAppeal } from './appeals';
import { correctResult } from './correct-result';
import { decideCohortResults } from './decide-cohort-results';
import { decideResult } from './decide-result';
import { getResults } from './get-results';

/** Sidang hasil, its corrections, and appeals. */
export const handler = apiHandler(
  resultRoutes,
  {
    decideResult,
    decideCohortResults,
    correctResult,
    getResults,
    fileAppeal,
    assignAppealReviewer,
    resolveAppeal,
  },
  routeAccess({ participant: participantScope }),
  idempotentRequests,
);
