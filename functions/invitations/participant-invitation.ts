import type { Role } from '../../domain/access/roles';
import type { InvitationRecord } from '../../events/api/invitation';
import type { Participant } from '../../events/api/participant';
import { invitationOf } from '../../adapters/dynamodb/invitation-repository';
import { HttpError } from '../../runtime/http/http-error';
import type { Principal } from '../../runtime/http/principal';

/**
 * The role a caller acts in on an invitation route (its scope, `participant`, has already found the participant
 * theirs): an operator of the participant's instansi, for whom the letter goes through the instansi's personnel
 * official (Perka BKN 11/2008 Lampiran III.2.a.3)), else the participant themself.
 */
export function actingRole(principal: Principal, allowed: readonly Role[]): Role {
  return principal.roles.find((role) => role !== 'peserta' && allowed.includes(role)) ?? 'peserta';
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
