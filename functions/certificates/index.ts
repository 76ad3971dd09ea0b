import { certificateRoutes } from '../../events/api/routes/certificates';
import { apiHandler } from '../shared/http/api-handler';

/** Certificates: download links, archive, revocation, reinstatement, re-issue, records. */
export const handler = apiHandler(certificateRoutes, {});
