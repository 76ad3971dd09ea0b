import { trainingRoutes } from '../../events/api/routes/training';
import { apiHandler } from '../shared/http/api-handler';

/** Confirmation, CV and action plan, e-learning and classroom attendance, JP earned (2019 handbook). */
export const handler = apiHandler(trainingRoutes, {});
