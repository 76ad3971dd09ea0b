import { preassessmentRoutes } from '../../events/api/routes/preassessment';
import { apiHandler } from '../shared/http/api-handler';

/** Pre-assessment: self-assessment and the assessor's recommendation (Perban BKN 7/2020 Pasal 31(1)e). */
export const handler = apiHandler(preassessmentRoutes, {});
