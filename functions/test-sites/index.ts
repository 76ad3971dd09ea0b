import { testSiteRoutes } from '../../events/api/routes/test-sites';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import {
  designateTestSite,
  getTestSite,
  getTestSiteCriteria,
  identifyTestSite,
  setTestSiteCriteria,
  verifyTestSiteForUse,
} from './test-sites';

/**
 * Test sites (TUK), Perban BKN 7/2020 Pasal 27(4)-(5): BKN's criteria, the sites the certification coordinator
 * identifies and verifies before each use, and the decrees designating them for a cohort. A cohort's site set in
 * one step with its verification stays functions/seating's `verifyTestSite`.
 */
export const handler = apiHandler(
  testSiteRoutes,
  {
    setTestSiteCriteria,
    getTestSiteCriteria,
    identifyTestSite,
    getTestSite,
    verifyTestSiteForUse,
    designateTestSite,
  },
  routeAccess({}),
  idempotentRequests,
);
