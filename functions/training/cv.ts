import type { routes } from '../../events/api/routes';
import { saveCv } from '../shared/data/training-repository';
import type { Operation } from '../shared/http/api-handler';
import { confirmedUpload, uploadSlot } from '../shared/uploads';
import { cvObjectKey } from './context';

/** A signed PUT slot for the participant's CV (Riwayat Pekerjaan; Panduan Pusbang ASN BKN 2019, Metode). */
export const requestCvUpload: Operation<typeof routes.requestCvUpload> = async ({ params, body, now }) => {
  return { statusCode: 200, body: await uploadSlot(cvObjectKey(params.programId, params.nip), body, now) };
};

/** Records the uploaded CV once S3 holds an acceptable file; a new upload replaces the earlier one. */
export const confirmCv: Operation<typeof routes.confirmCv> = async ({ params, principal, now }) => {
  const document = await confirmedUpload(cvObjectKey(params.programId, params.nip), principal.username, now);
  await saveCv(params.programId, params.nip, document);
  return { statusCode: 200, body: { programId: params.programId, nip: params.nip, document } };
};
