import { dateInWib } from '../../domain/shared/dates';
import type { routes } from '../../events/api/routes';
import { resumeRead, saveResume } from '../../adapters/dynamodb/delivery-repository';
import { slotRead } from '../../adapters/dynamodb/upload-slot-repository';
import { readItems } from '../../adapters/dynamodb/table';
import type { Operation } from '../../runtime/http/api-handler';
import { confirmedUpload, openUploadSlots } from '../../services/documents/uploads';
import { deliveryChanged, moduleContext, resumePlace } from './context';

/**
 * A signed PUT slot for the participant's resume of a module of their cohort's e-learning, before the class
 * (Timeline Pelatihan No 6, "mengunggah resume per modul").
 */
export const requestResumeUpload: Operation<typeof routes.requestResumeUpload> = async ({
  params,
  body,
  scoped: { participant },
  now,
}) => {
  await moduleContext(params.programId, participant, params.module, 'RESUME', dateInWib(now));
  const place = resumePlace(params.programId, params.nip, params.module);
  const [slot] = await openUploadSlots([{ place, file: body }], now);
  return { statusCode: 200, body: slot };
};

/**
 * Records the resume of the latest slot, pinned, under the same rules; a new upload replaces the earlier one.
 * With every module's resume in, the participant has the 3 JP of e-learning (ELEARNING-RESUME-LENGKAP).
 */
export const confirmResume: Operation<typeof routes.confirmResume> = async ({
  params,
  principal,
  scoped: { participant },
  now,
}) => {
  const { programId, nip, module } = params;
  const { cohort } = await moduleContext(programId, participant, module, 'RESUME', dateInWib(now));
  const [slot, recorded] = await readItems(
    slotRead(resumePlace(programId, nip, module)),
    resumeRead(programId, nip, module),
  );
  const document = await confirmedUpload(slot, recorded, principal.username, now);
  const resume = { programId, nip, cohort: cohort.number, module, document };
  if (!(await saveResume(resume))) throw deliveryChanged('Kursi peserta');
  return { statusCode: 200, body: resume };
};
