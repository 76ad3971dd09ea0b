import type { Role } from '../../domain/access/roles';
import type { Participant } from '../../events/api/participant';
import { findParticipant } from '../shared/data/seating-repository';
import { HttpError } from '../shared/http/http-error';
import type { Principal } from '../shared/http/principal';
import { instansiInScope } from '../shared/http/scope';

/**
 * The participant a training route names, once the caller may act on them: BKN any participant, instansi and
 * Kanreg operators those of their scope, a participant only their own NIP (checked before any read). Only the
 * roles the route allows count.
 */
export async function participantInScope(
  principal: Principal,
  params: { programId: string; nip: string },
  allowed: readonly Role[],
): Promise<Participant> {
  const roles = principal.roles.filter((role) => allowed.includes(role));
  const bkn = roles.includes('admin-bkn');
  const operator = roles.includes('instansi') || roles.includes('kanreg');
  if (!bkn && !operator && principal.nip !== params.nip) {
    throw new HttpError(
      403,
      'AKSES-PESERTA-SENDIRI',
      'Peserta hanya dapat melihat dan mengisi datanya sendiri.',
    );
  }
  const participant = await findParticipant(params.programId, params.nip);
  if (!participant)
    throw new HttpError(404, 'PARTICIPANT_NOT_FOUND', 'Peserta tidak ditemukan dalam program.');
  if (!bkn && operator) await instansiInScope(principal, participant.instansiCode);
  return participant;
}

/** Where a participant's CV is kept in the uploads bucket. */
export const cvObjectKey = (programId: string, nip: string) => `training/${programId}/${nip}/CV`;
