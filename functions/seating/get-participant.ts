import { Participant as ParticipantView } from '../../events/api/participant';
import type { routes } from '../../events/api/routes';
import type { Operation } from '../../runtime/http/api-handler';

/** A participant sees their own record; operators that of their instansi or region; BKN all (the route's scope). */
export const getParticipant: Operation<typeof routes.getParticipant> = async ({
  scoped: { participant },
}) => {
  // The contract's view: records other stages keep on the item (the invitation) have routes of their own.
  return { statusCode: 200, body: ParticipantView.parse(participant) };
};
