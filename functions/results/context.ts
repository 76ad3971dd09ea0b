import type { Role } from '../../domain/access/roles';
import type { Participant } from '../../events/api/participant';
import { findParticipant } from '../shared/data/seating-repository';
import { HttpError } from '../shared/http/http-error';
import type { Principal } from '../shared/http/principal';
import { instansiInScope } from '../shared/http/scope';

const BKN_SIDE: readonly Role[] = ['admin-bkn', 'komite'];

/**
 * The participant a results route names, once the caller may act on them: BKN and the committee any
 * participant, instansi and Kanreg operators those of their scope, a participant only their own NIP (checked
 * before any read). Only the roles the route allows count.
 */
export async function participantInScope(
  principal: Principal,
  params: { programId: string; nip: string },
  allowed: readonly Role[],
): Promise<Participant> {
  const roles = principal.roles.filter((role) => allowed.includes(role));
  const bkn = roles.some((role) => BKN_SIDE.includes(role));
  const operator = roles.includes('instansi') || roles.includes('kanreg');
  if (!bkn && !operator && principal.nip !== params.nip) {
    throw new HttpError(
      403,
      'AKSES-PESERTA-SENDIRI',
      'Peserta hanya dapat melihat dan mengajukan untuk dirinya sendiri.',
    );
  }
  const participant = await findParticipant(params.programId, params.nip);
  if (!participant)
    throw new HttpError(404, 'PARTICIPANT_NOT_FOUND', 'Peserta tidak ditemukan dalam program.');
  if (!bkn && operator) await instansiInScope(principal, participant.instansiCode);
  return participant;
}

export const decisionNotFound = () =>
  new HttpError(404, 'DECISION_NOT_FOUND', 'Keputusan tidak ditemukan untuk peserta ini.');

export const resultChanged = () =>
  new HttpError(409, 'RESULT_CHANGED', 'Data hasil berubah; silakan ulangi.');
