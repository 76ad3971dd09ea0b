import { testInstrumentRoutes } from '../../events/api/routes/test-instruments';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { testTeamScope } from '../../runtime/http/scopes/test-team';
import {
  getInstrument,
  listInstruments,
  prepareInstrument,
  reviewInstrument,
  reviseInstrument,
} from './instruments';
import { getTestPlan, planUnitTest } from './plan';

/**
 * Test instruments and plans (Perban BKN 7/2020 Pasal 19(7)-(8), 22, 30(2)c-e and k, 30(4)): prepared and
 * planned by the cohort's test team, read by it and BKN only.
 */
export const handler = apiHandler(
  testInstrumentRoutes,
  {
    prepareInstrument,
    listInstruments,
    getInstrument,
    reviseInstrument,
    reviewInstrument,
    planUnitTest,
    getTestPlan,
  },
  routeAccess({ 'test-team': testTeamScope }),
  idempotentRequests,
);
