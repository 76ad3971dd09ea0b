import { invitationRoutes } from '../../events/api/routes/invitations';
import { apiHandler } from '../shared/http/api-handler';

/** Invitations (Perka BKN 11/2008 notification letter) and their download links. */
export const handler = apiHandler(invitationRoutes, {});
