import { InvitationParticipantPath } from '../invitation';
import { NotificationList } from '../notification';
import { defineRoute, type RouteDefinition } from '../route';
import { authErrors } from './common';

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
    // BKN reaches every participant; an unknown one has no notifications.
    scope: 'none',
    tag: 'Notifikasi',
    summary: 'Pemberitahuan e-mail peserta: terkirim, atau tidak terkirim dan sebabnya',
    params: InvitationParticipantPath,
    responses: {
      200: {
        description: 'Pemberitahuan peserta, menurut id-nya; kosong bila tidak ada (atau bukan peserta).',
        schema: NotificationList,
      },
      ...authErrors,
    },
  }),
} satisfies Record<string, RouteDefinition>;
