import { invitationRoutes } from '../../events/api/routes/invitations';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { participantScope } from '../../runtime/http/scopes/participant';
import { getInvitation } from './get-invitation';
import { acknowledgeInvitation } from './receipt';
import { requestCohortInvitations } from './request-invitations';
import { putInvitationSigner } from './signer';

/** Invitations (Perka BKN 11/2008 notification letter), their download links and their receipt. */
export const handler = apiHandler(
  invitationRoutes,
  {
    putInvitationSigner,
    requestCohortInvitations,
    getInvitation,
    acknowledgeInvitation,
  },
  routeAccess({ participant: participantScope }),
  idempotentRequests,
);
