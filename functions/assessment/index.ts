import { assessmentRoutes } from '../../events/api/routes/assessment';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { testTeamScope } from '../../runtime/http/scopes/test-team';
import { recordEvidence } from './evidence';
import { getAssessment } from './get-assessment';
import { recommendUnit } from './recommendation';
import { recordAssessmentSheet } from './sheet';
import { assignTeamMember, listTeam } from './team';

/** Uji Kompetensi: assessors, evidence and unit recommendations, one unit at a time or a whole sheet. */
export const handler = apiHandler(
  assessmentRoutes,
  {
    assignTeamMember,
    listTeam,
    recordEvidence,
    recommendUnit,
    recordAssessmentSheet,
    getAssessment,
  },
  routeAccess({ 'test-team': testTeamScope }),
  idempotentRequests,
);
