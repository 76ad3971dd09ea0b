import { assessmentRoutes } from '../../events/api/routes/assessment';
import { apiHandler } from '../shared/http/api-handler';
import { recordEvidence } from './evidence';
import { getAssessment } from './get-assessment';
import { recommendUnit } from './recommendation';
import { assignTeamMember, listTeam } from './team';

/** Uji Kompetensi: assessors, evidence and unit recommendations. */
export const handler = apiHandler(assessmentRoutes, {
  assignTeamMember,
  listTeam,
  recordEvidence,
  recommendUnit,
  getAssessment,
});
