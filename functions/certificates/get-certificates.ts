import type { routes } from '../../events/api/routes';
import { certificatesOfParticipant, findTrainingCertificate } from '../shared/data/certificate-repository';
import { findParticipant } from '../shared/data/seating-repository';
import type { Operation } from '../shared/http/api-handler';
import { HttpError } from '../shared/http/http-error';
import { certificateOr404, downloadOf, holderInScope, onlyOwnNip, withDownload } from './access';

/** A participant's certificates of a programme, every version, each with a short-lived download link. */
export const getParticipantCertificates: Operation<typeof routes.getParticipantCertificates> = async ({
  params,
  principal,
  now,
}) => {
  onlyOwnNip(principal, params.nip);
  const participant = await findParticipant(params.programId, params.nip);
  if (!participant)
    throw new HttpError(404, 'PARTICIPANT_NOT_FOUND', 'Peserta tidak ditemukan dalam program.');
  await holderInScope(principal, participant);
  const [competency, training] = await Promise.all([
    certificatesOfParticipant(params.programId, participant.instansiCode, params.nip),
    findTrainingCertificate(params.programId, params.nip),
  ]);
  const trainingDownload =
    training && (await downloadOf(training.document, `sertifikat-pelatihan-${params.nip}.pdf`, now));
  return {
    statusCode: 200,
    body: {
      programId: params.programId,
      nip: params.nip,
      competency: await Promise.all(
        competency.sort((a, b) => a.version - b.version).map((c) => withDownload(c, now)),
      ),
      training: training
        ? { ...training, ...(trainingDownload ? { download: trainingDownload } : {}) }
        : null,
    },
  };
};

/** One certificate version, for its holder, their instansi (or region) and BKN. */
export const getCertificate: Operation<typeof routes.getCertificate> = async ({ params, principal, now }) => {
  const certificate = await certificateOr404(params.certificateId);
  await holderInScope(principal, certificate);
  return { statusCode: 200, body: await withDownload(certificate, now) };
};
