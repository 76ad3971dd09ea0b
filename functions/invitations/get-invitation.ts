import type { routes } from '../../events/api/routes';
import { invitationOf } from '../shared/data/invitation-repository';
import { ENV, requireEnv } from '../shared/env';
import type { Operation } from '../shared/http/api-handler';
import { HttpError } from '../shared/http/http-error';
import { presignDownload } from '../shared/s3-presign';

/** Download links live five minutes: long enough to click, short enough not to be passed around. */
export const DOWNLOAD_LINK_SECONDS = 300;

/**
 * A participant's invitation to the cohort they sit in, with a short-lived link to its PDF: for the
 * participant, the operators of their instansi or region (Perka BKN 11/2008 Lampiran III.2.a.3): the letter
 * goes through the instansi's personnel official) and BKN.
 */
export const getInvitation: Operation<typeof routes.getInvitation> = async ({
  scoped: { participant },
  now,
}) => {
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
  if (invitation.status !== 'READY' || !invitation.documentKey || !invitation.letter) {
    throw new HttpError(409, 'DOCUMENT_NOT_READY', 'Undangan masih dibuat. Silakan coba lagi sebentar lagi.');
  }
  const url = await presignDownload({
    bucket: requireEnv(ENV.documentsBucket),
    key: invitation.documentKey,
    fileName: `undangan-${participant.nip}.pdf`,
    expiresInSeconds: DOWNLOAD_LINK_SECONDS,
  });
  return {
    statusCode: 200,
    body: {
      programId: participant.programId,
      nip: participant.nip,
      cohort: invitation.cohort,
      number: invitation.letter.number,
      issuedAt: invitation.issuedAt ?? invitation.requestedAt,
      letter: invitation.letter,
      download: {
        url,
        expiresAt: new Date(now.getTime() + DOWNLOAD_LINK_SECONDS * 1000).toISOString(),
        sha256: invitation.sha256,
      },
    },
  };
};
