import { pikRoutes } from '../../events/api/routes/pik';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { candidateScope } from '../../runtime/http/scopes/candidate';
import { listCourseEquivalences, putCourseEquivalence } from './equivalences';
import { getPikGraduation, recordPikGraduation } from './graduation';

/** PIK graduates (Pasal 23): BKN's course equivalences and the candidates who enter the test directly. */
export const handler = apiHandler(
  pikRoutes,
  { putCourseEquivalence, listCourseEquivalences, recordPikGraduation, getPikGraduation },
  routeAccess({ candidate: candidateScope }),
  idempotentRequests,
);
