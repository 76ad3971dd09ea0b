import { Participant as ParticipantView } from '../../events/api/participant';
import type { routes } from '../../events/api/routes';
import { findParticipant } from '../shared/data/seating-repository';
import type { Operation } from '../shared/http/api-handler';
import { HttpError } from '../shared/http/http-error';
import { instansiInScope } from '../shared/http/scope';

/** A participant sees their own record; operators that of their instansi or region; BKN all. */
export const getParticipant: Operation<typeof routes.getParticipant> = async ({ params, principal }) => {
  const onlyParticipant = principal.roles.every((role) => role === 'peserta');
  if (onlyParticipant && principal.nip !== params.nip) {
    throw new HttpError(403, 'AKSES-PESERTA-SENDIRI', 'Peserta hanya dapat melihat datanya sendiri.');
  }
  const participant = await findParticipant(params.programId, params.nip);
  if (!participant)
    throw new HttpError(404, 'PARTICIPANT_NOT_FOUND', 'Peserta tidak ditemukan dalam program.');
  if (!onlyParticipant) await instansiInScope(principal, participant.instansiCode);
  // The contract's view: records other stages keep on the item (the invitation) have routes of their own.
  return { statusCode: 200, body: ParticipantView.parse(participant) };
};
