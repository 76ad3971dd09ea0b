import type { routes } from '../../events/api/routes';
import { notificationsOf } from '../../adapters/dynamodb/notification-repository';
import type { Operation } from '../../runtime/http/api-handler';

/** Every e-mail notification of the participant and its outcome, for BKN (docs/data-model.md EM4). */
export const listParticipantNotifications: Operation<typeof routes.listParticipantNotifications> = async ({
  params,
}) => ({
  statusCode: 200,
  body: { items: await notificationsOf(params.programId, params.nip) },
});
