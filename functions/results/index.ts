import { resultRoutes } from '../../events/api/routes/results';
import { apiHandler } from '../shared/http/api-handler';
import { assignAppealReviewer, fileAppeal, resolveAppeal } from './appeals';
import { correctResult } from './correct-result';
import { decideCohortResults } from './decide-cohort-results';
import { decideResult } from './decide-result';
import { getResults } from './get-results';
import { bookRetest } from './retest';

/** Sidang hasil, its corrections, re-tests and appeals. */
export const handler = apiHandler(resultRoutes, {
  decideResult,
  decideCohortResults,
  correctResult,
  getResults,
  bookRetest,
  fileAppeal,
  assignAppealReviewer,
  resolveAppeal,
});
