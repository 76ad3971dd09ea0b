import type { routes } from '../../events/api/routes';
import {
  certificatesOfParticipant,
  findTrainingCertificate,
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
}) => {
  const [competency, training] = await Promise.all([
    certificatesOfParticipant(params.programId, participant.instansiCode, params.nip),
    findTrainingCertificate(params.programId, params.nip),
  ]);
  const trainingDownload =
    training && (await downloadOf(training.document, `sertifikat-pelatihan-${params.nip}.pdf`));
  return {
    statusCode: 200,
    body: {
      programId: params.programId,
      nip: params.nip,
      competency: await allWithLinks(competency.sort((a, b) => a.version - b.version)),
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
