import { dateInWib } from '../../domain/shared/dates';
import { checkReceipt } from '../../domain/scheduling/invitation';
import type { IsoDate } from '../../domain/shared/dates';
import type { InvitationReceipt } from '../../events/api/invitation';
import type { routes } from '../../events/api/routes';
import { invitationRoutes } from '../../events/api/routes/invitations';
import { recordInvitationReceipt } from '../../adapters/dynamodb/invitation-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { actingRole, currentInvitation } from './participant-invitation';

/**
 * The instansi's operator or the participant records the day the invitation reached the participant (Perka BKN
 * 11/2008 Lampiran III.2.a.4)): not before the letter's date nor after today (WIB). A receipt after the 6th
 * working day before the cohort is recorded all the same, flagged late with the rule it misses, for BKN and the
 * instansi to see. Recorded once: the same date again answers the receipt on record, another date is refused.
 */
export const acknowledgeInvitation: Operation<typeof routes.acknowledgeInvitation> = async ({
  body,
  principal,
  scoped: { participant },
  now,
}) => {
  const actingAs = actingRole(principal, invitationRoutes.acknowledgeInvitation.auth);
  const invitation = currentInvitation(participant);
  const answer = (receipt: InvitationReceipt) => ({
    statusCode: 200,
    body: {
      programId: participant.programId,
      nip: participant.nip,
      cohort: invitation.cohort,
      number: invitation.number,
      receipt,
    },
  });
  if (invitation.receipt) {
    if (invitation.receipt.receivedOn === body.receivedOn) return answer(invitation.receipt);
    throw receiptRecorded(invitation.receipt);
  }
  const checked = checkReceipt({
    letterDate: invitation.letter.letterDate as IsoDate,
    startDate: invitation.letter.date as IsoDate,
    receivedOn: body.receivedOn as IsoDate,
    today: dateInWib(now),
  });
  if (!checked.ok) throw rulesNotMet(checked.violations);
  const { receivedOn, deadline, late } = checked.value;
  const receipt: InvitationReceipt = {
    receivedOn,
    deadline,
    late: late !== null,
    ...(late ? { rule: { code: late.code, article: late.article, message: late.message } } : {}),
    acknowledgedBy: principal.username,
    acknowledgedAs: actingAs === 'peserta' ? 'peserta' : 'instansi',
    acknowledgedAt: now.toISOString(),
  };
  if (!(await recordInvitationReceipt(participant, invitation, receipt, now.toISOString()))) {
    throw new HttpError(
      409,
      'INVITATION_CHANGED',
      'Undangan berubah saat penerimaannya dicatat (peserta dipindahkan atau penerimaan sudah dicatat). Muat ulang lalu coba lagi.',
    );
  }
  return answer(receipt);
};

function receiptRecorded(receipt: InvitationReceipt): HttpError {
  return new HttpError(
    409,
    'INVITATION_RECEIPT_RECORDED',
    `Penerimaan undangan sudah dicatat: diterima ${receipt.receivedOn} (dicatat ${receipt.acknowledgedAs === 'peserta' ? 'peserta' : 'operator instansi'}).`,
    receipt,
  );
}
