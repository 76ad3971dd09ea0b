import { linkExpiresAt } from '../../runtime/clock';
import type { routes } from '../../events/api/routes';
import { ENV, requireEnv } from '../../runtime/env';
import type { Operation } from '../../runtime/http/api-handler';
import { presignDownload } from '../../adapters/s3/presign';
import { currentInvitation } from './participant-invitation';

/** Download links live five minutes: long enough to click, short enough not to be passed around. */
export const DOWNLOAD_LINK_SECONDS = 300;

/**
 * A participant's invitation to the cohort they sit in, how it was sent and, once acknowledged, when it was
 * received, with a short-lived link to its PDF: for the participant, the operators of their instansi or region
 * (Perka BKN 11/2008 Lampiran III.2.a.3): the letter goes through the instansi's personnel official) and BKN.
 */
export const getInvitation: Operation<typeof routes.getInvitation> = async ({ scoped: { participant } }) => {
  const invitation = currentInvitation(participant);
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
      number: invitation.number,
      issuedAt: invitation.issuedAt ?? invitation.requestedAt,
      letter: invitation.letter,
      delivery: invitation.delivery,
      ...(invitation.receipt ? { receipt: invitation.receipt } : {}),
      download: {
        url,
        expiresAt: linkExpiresAt(DOWNLOAD_LINK_SECONDS),
        sha256: invitation.sha256,
      },
    },
  };
};
