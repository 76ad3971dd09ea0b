import { reviewRoutes } from '../../events/api/routes/review';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { participantScope } from '../../runtime/http/scopes/participant';
import { testTeamScope } from '../../runtime/http/scopes/test-team';
import { getFeedback, putFeedback } from './feedback';
import { getMinutes, putAssessorReport, signMinutes } from './minutes';
import { getPolicyReport } from './policy-report';
import { changeImprovement, getSessionReview, recordFinding } from './review';

/**
 * Review of the test process: the participants' feedback, the berita acara and the assessors' reports, BKN's
 * findings and improvement log, and the report for competency-development policy.
 */
export const handler = apiHandler(
  reviewRoutes,
  {
    putFeedback,
    getFeedback,
    getMinutes,
    signMinutes,
    putAssessorReport,
    getSessionReview,
    recordFinding,
    changeImprovement,
    getPolicyReport,
  },
  routeAccess({ participant: participantScope, 'test-team': testTeamScope }),
  idempotentRequests,
);
