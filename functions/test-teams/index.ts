import { testTeamAmendmentRoutes } from '../../events/api/routes/test-team-amendments';
import { testTeamRoutes } from '../../events/api/routes/test-teams';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { testTeamLeaderScope } from '../../runtime/http/scopes/test-team-leader';
import { amendTestTeam } from './amend-team';
import { formTestTeam, getTestTeam } from './form-team';
import { getTestTeamRatio, setTestTeamRatio } from './ratio';
import { listConsultationReports } from './reports';

/**
 * Tim uji by the head of BKN's decree (Perban BKN 7/2020 Pasal 19): BKN's ratio of participants per assessor, the
 * team formed for a period with its assessing members placed on each cohort's team, and the pre-test
 * consultation reports its leader receives, and the amending decrees that add members. A function of its own:
 * functions/assessment is near its budget.
 */
export const handler = apiHandler(
  { ...testTeamRoutes, ...testTeamAmendmentRoutes },
  {
    setTestTeamRatio,
    getTestTeamRatio,
    formTestTeam,
    getTestTeam,
    amendTestTeam,
    listConsultationReports,
  },
  routeAccess({ 'test-team-leader': testTeamLeaderScope }),
  idempotentRequests,
);
