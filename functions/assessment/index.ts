import { assessmentRoutes } from '../../events/api/routes/assessment';
import { apiHandler } from '../shared/http/api-handler';

/** Uji Kompetensi: assessors, evidence and unit recommendations. */
export const handler = apiHandler(assessmentRoutes, {});
