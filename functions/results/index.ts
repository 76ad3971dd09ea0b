import { resultRoutes } from '../../events/api/routes/results';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { participantScope } from '../../runtime/http/scopes/participant';
import { correctResult } from './correct-result';
import { decideCohortResults } from './decide-cohort-results';
import { decideResult } from './decide-result';
import { getResults } from './get-results';

/** Sidang hasil and its corrections (appeals: functions/appeals). */
export const handler = apiHandler(
  resultRoutes,
  {
    decideResult,
    decideCohortResults,
    correctResult,
    getResults,
  },
  routeAccess({ participant: participantScope }),
  idempotentRequests,
);
