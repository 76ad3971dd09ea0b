import { InvitationParticipantPath } from '../invitation';
import { NotificationList } from '../notification';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors, error, scopeErrors } from './common';

/**
 * E-mail notifications (functions/notification-worker): what each participant was sent, and who could not be told
 * (no address, an address that bounced), for BKN to reach them another way. Served by the invitations function,
 * which already reads participants.
 */
export const notificationRoutes = {
  listParticipantNotifications: defineRoute({
    operationId: 'listParticipantNotifications',
    method: 'GET',
    path: '/programs/{programId}/participants/{nip}/notifications',
    function: 'invitations',
    auth: ['admin-bkn'],
    scope: 'participant',
    tag: 'Notifikasi',
    summary: 'Pemberitahuan e-mail peserta: terkirim, atau tidak terkirim dan sebabnya',
    params: InvitationParticipantPath,
    responses: {
      200: { description: 'Pemberitahuan peserta, menurut id-nya.', schema: NotificationList },
      ...scopeErrors,
      404: error('Peserta tidak ditemukan (PARTICIPANT_NOT_FOUND).'),
      401: authErrors[401],
    },
  }),
} satisfies Record<string, RouteDefinition>;
