import { testMechanismRoutes } from '../../events/api/routes/test-mechanism';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { testTeamScope } from '../../runtime/http/scopes/test-team';
import { testTeamLeaderScope } from '../../runtime/http/scopes/test-team-leader';
import {
  decideTestMechanism,
  listCohortMechanisms,
  listTeamMechanisms,
  proposeTestMechanism,
} from './proposals';

/**
 * The test mechanism assessors propose to the leader of the team formed by decree, who accepts or returns it
 * (Perban BKN 7/2020 Pasal 30(2)a). A function of its own: the instrument and team functions stay small.
 */
export const handler = apiHandler(
  testMechanismRoutes,
  { proposeTestMechanism, listCohortMechanisms, listTeamMechanisms, decideTestMechanism },
  routeAccess({ 'test-team': testTeamScope, 'test-team-leader': testTeamLeaderScope }),
  idempotentRequests,
);
