import { seatingRoutes } from '../../events/api/routes/seating';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { participantScope } from '../../runtime/http/scopes/participant';
import { getParticipant } from './get-participant';
import { listCohortParticipants, listCohorts } from './list-cohorts';
import { moveParticipant } from './move-participant';
import { setParticipant } from './set-participant';
import { verifyTestSite } from './verify-test-site';
import { withdrawParticipant } from './withdraw-participant';

/** Seating stage: the participant-setting session, cohorts, seats and moves. */
export const handler = apiHandler(
  seatingRoutes,
  {
    setParticipant,
    getParticipant,
    moveParticipant,
    withdrawParticipant,
    verifyTestSite,
    listCohorts,
    listCohortParticipants,
  },
  routeAccess({ participant: participantScope }),
  idempotentRequests,
);
