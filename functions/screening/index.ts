import { screeningRoutes } from '../../events/api/routes/screening';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { decideCandidate } from './decide-candidate';
import { listCandidates } from './list-candidates';
import { listProposals } from './list-proposals';

/** Screening stage: BKN reviews submitted proposals and holds the eligibility session. */
export const handler = apiHandler(
  screeningRoutes,
  { listProposals, listCandidates, decideCandidate },
  routeAccess({}),
  idempotentRequests,
);
