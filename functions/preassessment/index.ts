import { preassessmentRoutes } from '../../events/api/routes/preassessment';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { candidateScope } from '../../runtime/http/scopes/candidate';
import { assignPreAssessor } from './assessor';
import { getPreAssessment } from './get-pre-assessment';
import { recommendCandidate } from './recommendation';
import { putSelfAssessment } from './self-assessment';

/**
 * Pre-assessment: self-assessment, the assessor BKN assigns and their recommendation (Perban BKN 7/2020 Pasal
 * 30(1), 31(1)e).
 */
export const handler = apiHandler(
  preassessmentRoutes,
  {
    putSelfAssessment,
    assignPreAssessor,
    recommendCandidate,
    getPreAssessment,
  },
  routeAccess({ candidate: candidateScope }),
  idempotentRequests,
);
