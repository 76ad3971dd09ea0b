import { resultRoutes } from '../../events/api/routes/results';
import { apiHandler } from '../shared/http/api-handler';
import { routeAccess } from '../shared/http/scope';
import { participantScope } from '../shared/http/scopes/participant';
import { assignAppealReviewer, fileAppeal, resolveAppeal } from './appeals';
import { decideCohortResults } from './decide-cohort-results';
import { decideResult } from './decide-result';
import { getResults } from './get-results';
import { bookRetest } from './retest';

/** Sidang hasil, re-tests and appeals. */
export const handler = apiHandler(
  resultRoutes,
  {
    decideResult,
    decideCohortResults,
    getResults,
    bookRetest,
    fileAppeal,
    assignAppealReviewer,
    resolveAppeal,
  },
  routeAccess({ participant: participantScope }),
);
