import { resultRoutes } from '../../events/api/routes/results';
import { apiHandler } from '../shared/http/api-handler';

/** Sidang hasil, re-tests and appeals. */
export const handler = apiHandler(resultRoutes, {});
