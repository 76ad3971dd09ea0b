import type { Role } from '../../domain/access/roles';
import type { InvitationRecord } from '../../events/api/invitation';
import type { Participant } from '../../events/api/participant';
import { invitationOf } from '../shared/data/invitation-repository';
import { findParticipant } from '../shared/data/seating-repository';
import { HttpError } from '../shared/http/http-error';
import type { Principal } from '../shared/http/principal';
import { instansiInScope } from '../shared/http/scope';

/**
 * The participant an invitation route names, once the caller may act on them, and the role they act in: a
 * participant only for their own NIP (checked before any read), an operator for the participants of the
 * instansi in their scope (Perka BKN 11/2008 Lampiran III.2.a.3): the letter goes through the instansi's
 * personnel official), BKN for anyone. Only the roles the route allows count.
 */
export async function invitedParticipant(
  principal: Principal,
  params: { programId: string; nip: string },
  allowed: readonly Role[],
): Promise<{ participant: Participant; actingAs: Role }> {
  const operator = principal.roles.find((role) => role !== 'peserta' && allowed.includes(role));
  if (!operator && principal.nip !== params.nip) {
    throw new HttpError(403, 'AKSES-PESERTA-SENDIRI', 'Peserta hanya dapat melihat datanya sendiri.');
  }
  const participant = await findParticipant(params.programId, params.nip);
  if (!participant)
    throw new HttpError(404, 'PARTICIPANT_NOT_FOUND', 'Peserta tidak ditemukan dalam program.');
  if (operator) await instansiInScope(principal, participant.instansiCode);
  return { participant, actingAs: operator ?? 'peserta' };
}

export type ReadyInvitation = InvitationRecord &
  Required<Pick<InvitationRecord, 'number' | 'letter' | 'documentKey' | 'delivery'>>;

/**
 * The participant's invitation to the cohort they sit in, issued and sent: a letter to a cohort they left (a
 * move) is no longer theirs. 404 when there is none, 409 when it was refused (with its rules) or is still being
 * rendered.
 */
export function currentInvitation(participant: Participant): ReadyInvitation {
  const invitation = invitationOf(participant);
  if (!invitation || !participant.seat || invitation.cohort !== participant.seat.cohort) {
    throw new HttpError(404, 'INVITATION_NOT_FOUND', 'Undangan peserta untuk angkatannya belum diterbitkan.');
  }
  if (invitation.status === 'REFUSED') {
    throw new HttpError(
      409,
      'INVITATION_REFUSED',
      `Undangan tidak diterbitkan: ${invitation.violations?.[0]?.message ?? invitation.code}`,
      invitation.violations,
    );
  }
  const { number, letter, documentKey, delivery } = invitation;
  if (invitation.status !== 'READY' || !number || !letter || !documentKey || !delivery) {
    throw new HttpError(409, 'DOCUMENT_NOT_READY', 'Undangan masih dibuat. Silakan coba lagi sebentar lagi.');
  }
  return { ...invitation, number, letter, documentKey, delivery };
}
