import type { routes } from '../../events/api/routes';
import { cvRead, saveCv } from '../../adapters/dynamodb/training-repository';
import { slotRead } from '../../adapters/dynamodb/upload-slot-repository';
import { readItems } from '../../adapters/dynamodb/table';
import type { Operation } from '../../runtime/http/api-handler';
import { confirmedUpload, openUploadSlots } from '../../services/documents/uploads';
import { cvPlace } from './context';

/** A signed PUT slot for the participant's CV (Riwayat Pekerjaan; Panduan Pusbang ASN BKN 2019, Metode). */
export const requestCvUpload: Operation<typeof routes.requestCvUpload> = async ({ params, body, now }) => {
  const [slot] = await openUploadSlots([{ place: cvPlace(params.programId, params.nip), file: body }], now);
  return { statusCode: 200, body: slot };
};

/** Records the CV of the latest slot, pinned, once S3 holds it as declared; a new upload replaces the earlier one. */
export const confirmCv: Operation<typeof routes.confirmCv> = async ({ params, principal, now }) => {
  const place = cvPlace(params.programId, params.nip);
  const [slot, recorded] = await readItems(slotRead(place), cvRead(params.programId, params.nip));
  const document = await confirmedUpload(slot, recorded, principal.username, now);
  await saveCv(params.programId, params.nip, document);
  return { statusCode: 200, body: { programId: params.programId, nip: params.nip, document } };
};
