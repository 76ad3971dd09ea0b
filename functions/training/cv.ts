import { pikTrainingViolations } from '../../domain/training/pik-exemption';
import type { routes } from '../../events/api/routes';
import { cvRead, saveCv } from '../../adapters/dynamodb/training-repository';
import { slotRead } from '../../adapters/dynamodb/upload-slot-repository';
import { readItems } from '../../adapters/dynamodb/table';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { confirmedUpload, openUploadSlots } from '../../services/documents/uploads';
import { pikGraduationRead } from '../../adapters/dynamodb/pik-repository';
import { entersTestDirectly, isPikGraduate } from '../../services/training/pik-graduates';
import { cvPlace } from './context';

/** Refuses (422) the CV of a PIK graduate entering the test directly: it is a training duty (PIK-TANPA-PELATIHAN). */
function ensureCvAsked(pikGraduate: boolean) {
  const refused = pikTrainingViolations(pikGraduate, 'CV');
  if (refused.length > 0) throw rulesNotMet(refused);
}

/** A signed PUT slot for the participant's CV (Riwayat Pekerjaan; Panduan Pusbang ASN BKN 2019, Metode). */
export const requestCvUpload: Operation<typeof routes.requestCvUpload> = async ({
  params,
  body,
  scoped: { participant },
  now,
}) => {
  ensureCvAsked(await isPikGraduate(params.programId, participant));
  const [slot] = await openUploadSlots([{ place: cvPlace(params.programId, params.nip), file: body }], now);
  return { statusCode: 200, body: slot };
};

/** Records the CV of the latest slot, pinned, once S3 holds it as declared; a new upload replaces the earlier one. */
export const confirmCv: Operation<typeof routes.confirmCv> = async ({
  params,
  principal,
  scoped: { participant },
  now,
}) => {
  const place = cvPlace(params.programId, params.nip);
  // The PIK entry, the latest slot and the CV recorded so far in one BatchGetItem (T2).
  const [graduation, slot, recorded] = await readItems(
    pikGraduationRead({ programId: params.programId, instansiCode: participant.instansiCode }, params.nip),
    slotRead(place),
    cvRead(params.programId, params.nip),
  );
  ensureCvAsked(entersTestDirectly(graduation));
  const document = await confirmedUpload(slot, recorded, principal.username, now);
  await saveCv(params.programId, params.nip, document);
  return { statusCode: 200, body: { programId: params.programId, nip: params.nip, document } };
};
