import { documentRoutes } from '../../events/api/routes/documents';
import { apiHandler } from '../../runtime/http/api-handler';
import { routeAccess } from '../../runtime/http/scope';
import { getAnnouncement } from './get-announcement';

/** Document stage: short-lived download links to generated documents, kept apart so only it carries S3. */
export const handler = apiHandler(documentRoutes, { getAnnouncement }, routeAccess({}));
