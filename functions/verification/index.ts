import { verificationRoutes } from '../../events/api/routes/verification';
import { apiHandler } from '../shared/http/api-handler';

/** Public certificate verification. */
export const handler = apiHandler(verificationRoutes, {});
