import { invitationRoutes } from '../../events/api/routes/invitations';
import { notificationRoutes } from '../../events/api/routes/notifications';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { participantScope } from '../../runtime/http/scopes/participant';
import { getInvitation } from './get-invitation';
import { acknowledgeInvitation } from './receipt';
import { requestCohortInvitations } from './request-invitations';
import { putInvitationSigner } from './signer';
import { listParticipantNotifications } from './notifications';

/**
 * Invitations (Perka BKN 11/2008 notification letter), their download links and their receipt; and, for BKN, each
 * participant's e-mail notifications.
 */
export const handler = apiHandler(
  { ...invitationRoutes, ...notificationRoutes },
  {
    putInvitationSigner,
    requestCohortInvitations,
    getInvitation,
    acknowledgeInvitation,
    listParticipantNotifications,
  },
  routeAccess({ participant: participantScope }),
  idempotentRequests,
);
