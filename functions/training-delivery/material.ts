import { dateInWib } from '../../domain/shared/dates';
import type { routes } from '../../events/api/routes';
import { materialRead, recordStudy, saveMaterial } from '../../adapters/dynamodb/delivery-repository';
import { slotRead } from '../../adapters/dynamodb/upload-slot-repository';
import { readItems } from '../../adapters/dynamodb/table';
import type { Operation } from '../../runtime/http/api-handler';
import { confirmedUpload, openUploadSlots, pinnedDownload } from '../../services/documents/uploads';
import { cohortModule, deliveryChanged, materialPlace, moduleContext } from './context';

/** A signed PUT slot for a module's material (Timeline Pelatihan No 6, "mengunduh materi modul"). */
export const requestMaterialUpload: Operation<typeof routes.requestMaterialUpload> = async ({
  params,
  body,
  now,
}) => {
  await cohortModule(params.programId, params.number, params.module);
  const place = materialPlace(params.programId, params.number, params.module);
  const [slot] = await openUploadSlots([{ place, file: body }], now);
  return { statusCode: 200, body: slot };
};

/** Records the material of the latest slot, pinned; a new upload replaces the earlier one. */
export const confirmMaterial: Operation<typeof routes.confirmMaterial> = async ({
  params,
  principal,
  now,
}) => {
  const { programId, number, module } = params;
  await cohortModule(programId, number, module);
  const [slot, recorded] = await readItems(
    slotRead(materialPlace(programId, number, module)),
    materialRead(programId, number, module),
  );
  const document = await confirmedUpload(slot, recorded, principal.username, now);
  if (!(await saveMaterial(programId, number, module, document)))
    throw deliveryChanged('E-learning angkatan');
  return { statusCode: 200, body: { programId, cohort: number, module, document } };
};

/**
 * A short-lived link to the module's material for the participant's self-study; the first download is kept as
 * the day self-study began.
 */
export const downloadMaterial: Operation<typeof routes.downloadMaterial> = async ({
  params,
  scoped: { participant },
  now,
}) => {
  const { delivery } = await moduleContext(
    params.programId,
    participant,
    params.module,
    'MATERI',
    dateInWib(now),
  );
  const document = delivery.materials[params.module]!;
  const [link, studiedAt] = await Promise.all([
    pinnedDownload(document, `materi-${params.module}`, now),
    recordStudy(params.programId, params.nip, params.module, now.toISOString()),
  ]);
  return { statusCode: 200, body: { ...link, studiedAt } };
};
