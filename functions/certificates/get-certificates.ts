import type { routes } from '../../events/api/routes';
import {
  certificatesOfParticipant,
  trainingCertificateRead,
} from '../../adapters/dynamodb/certificate-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { allWithLinks, downloadOf, withLinks } from '../../services/certificate/access';

/**
 * A participant's certificates of a programme, every version, each with a short-lived download link and, once
 * issued, the link to its Open Badges credential.
 */
export const getParticipantCertificates: Operation<typeof routes.getParticipantCertificates> = async ({
  params,
  scoped: { participant },
  read,
}) => {
  const competency = await certificatesOfParticipant(params.programId, participant.instansiCode, params.nip);
  // The training certificate with the competency certificates' credentials, in one call.
  const [training, linked] = await Promise.all([
    read(trainingCertificateRead(params.programId, params.nip)),
    allWithLinks(
      competency.sort((a, b) => a.version - b.version),
      read,
    ),
  ]);
  const trainingDownload =
    training && (await downloadOf(training.document, `sertifikat-pelatihan-${params.nip}.pdf`));
  return {
    statusCode: 200,
    body: {
      programId: params.programId,
      nip: params.nip,
      competency: linked,
      training: training
        ? { ...training, ...(trainingDownload ? { download: trainingDownload } : {}) }
        : null,
    },
  };
};

/** One certificate version, for its holder, their instansi (or region) and BKN. */
export const getCertificate: Operation<typeof routes.getCertificate> = async ({
  scoped: { certificate },
}) => ({
  statusCode: 200,
  body: await withLinks(certificate),
});
