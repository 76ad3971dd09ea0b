import { dateInWib } from '../../domain/shared/dates';
import type { routes } from '../../events/api/routes';
import {
  cohortDelivery,
  materialRead,
  recordStudy,
  saveMaterial,
} from '../../adapters/dynamodb/delivery-repository';
import { findCohort } from '../../adapters/dynamodb/seating-repository';
import { slotRead } from '../../adapters/dynamodb/upload-slot-repository';
import { readItems } from '../../adapters/dynamodb/table';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { cohortNotFound } from '../../runtime/http/not-found';
import { confirmedUpload, openUploadSlots, pinnedDownload } from '../../services/documents/uploads';
import { cohortModuleViolations } from '../../domain/training/delivery';
import { deliveryChanged, materialPlace, moduleContext } from './context';

/** Only a module of the cohort's e-learning as set takes a material (ELEARNING-MODUL-ANGKATAN). */
async function ensureModuleOfCohort(programId: string, cohort: number, module: string): Promise<void> {
  const [found, { setup }] = await Promise.all([
    findCohort(programId, cohort),
    cohortDelivery(programId, cohort),
  ]);
  if (!found) throw cohortNotFound();
  const outside = cohortModuleViolations(cohort, setup?.modules.map((m) => m.code) ?? null, module);
  if (outside.length > 0) throw rulesNotMet(outside);
}

/** A signed PUT slot for a module's material (Timeline Pelatihan No 6, "mengunduh materi modul"). */
export const requestMaterialUpload: Operation<typeof routes.requestMaterialUpload> = async ({
  params,
  body,
  now,
}) => {
  await ensureModuleOfCohort(params.programId, params.number, params.module);
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
  await ensureModuleOfCohort(programId, number, module);
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
