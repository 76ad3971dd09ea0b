import type { IsoDate } from '../../domain/shared/dates';
import { checkModuleAccess, cohortModuleViolations, type ModuleAction } from '../../domain/training/delivery';
import type { Participant } from '../../events/api/participant';
import {
  cohortDelivery,
  type CohortDelivery,
  type StoredSetup,
} from '../../adapters/dynamodb/delivery-repository';
import {
  assignmentLetterSlotPlace,
  moduleMaterialSlotPlace,
  resumeSlotPlace,
  threeDigits,
} from '../../adapters/dynamodb/keys';
import { findCohort } from '../../adapters/dynamodb/seating-repository';
import { cohortNotFound } from '../../runtime/http/not-found';
import { loadTraining, type TrainingRecord } from '../../adapters/dynamodb/training-repository';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import type { UploadPlace } from '../../services/documents/uploads';
import { isPikGraduate } from '../../services/training/pik-graduates';

/** Where a cohort's material of a module is kept: its slot in the cohort's partition, its objects in the bucket. */
export const materialPlace = (programId: string, cohort: number, module: string): UploadPlace => ({
  ...moduleMaterialSlotPlace(programId, cohort, module),
  prefix: `training/${programId}/materials/${threeDigits(cohort)}/${module}`,
});
export const resumePlace = (programId: string, nip: string, module: string): UploadPlace => ({
  ...resumeSlotPlace(programId, nip, module),
  prefix: `training/${programId}/${nip}/RESUME/${module}`,
});
export const assignmentLetterPlace = (programId: string, nip: string): UploadPlace => ({
  ...assignmentLetterSlotPlace(programId, nip),
  prefix: `training/${programId}/${nip}/SP`,
});

/** 409 for a delivery write refused because someone changed what it rests on meanwhile. */
export const deliveryChanged = (what: string) =>
  new HttpError(
    409,
    'DELIVERY_CHANGED',
    `${what} berubah sementara permintaan diproses (kursi peserta, e-learning angkatan atau catatan lain); tidak ada yang dicatat. Muat ulang lalu ulangi.`,
  );

export interface ModuleContext {
  cohort: { number: number; startDate: IsoDate };
  training: TrainingRecord;
  delivery: CohortDelivery;
}

/**
 * The participant's cohort, training and the cohort's delivery, once the participant may do `action` on
 * `module` today (ELEARNING-MODUL-ANGKATAN, PIK-TANPA-PELATIHAN and the action's own rules); 422 with every
 * reason otherwise.
 */
export async function moduleContext(
  programId: string,
  participant: Participant,
  module: string,
  action: ModuleAction,
  today: IsoDate,
): Promise<ModuleContext> {
  const seat = participant.seat?.cohort;
  const [cohort, training, delivery, pikGraduate] = await Promise.all([
    seat === undefined ? undefined : findCohort(programId, seat),
    loadTraining(programId, participant.nip),
    seat === undefined ? undefined : cohortDelivery(programId, seat),
    isPikGraduate(programId, participant),
  ]);
  const at = cohort ? { number: cohort.number, startDate: cohort.startDate as IsoDate } : null;
  const verdict = checkModuleAccess({
    seat: at ? { cohort: at.number, startDate: at.startDate } : null,
    confirmation: training.confirmation ?? null,
    modules: delivery?.setup?.modules.map((m) => m.code) ?? null,
    module,
    action,
    hasMaterial: delivery?.materials[module] !== undefined,
    today,
    pikGraduate,
  });
  if (!verdict.ok || !at || !delivery) throw rulesNotMet(verdict.ok ? [] : verdict.violations);
  return { cohort: at, training, delivery };
}

/**
 * The module of the cohort's e-learning as BKN set it, for BKN's own work on it (material, facilitators' posts):
 * 404 for a cohort nobody has, 422 when the module is not one of its e-learning (ELEARNING-MODUL-ANGKATAN).
 */
export async function cohortModule(
  programId: string,
  number: number,
  module: string,
): Promise<{ cohort: number; module: StoredSetup['modules'][number] }> {
  const [cohort, { setup }] = await Promise.all([
    findCohort(programId, number),
    cohortDelivery(programId, number),
  ]);
  if (!cohort) throw cohortNotFound();
  const outside = cohortModuleViolations(cohort.number, setup?.modules.map((m) => m.code) ?? null, module);
  if (outside.length > 0 || !setup) throw rulesNotMet(outside);
  return { cohort: cohort.number, module: setup.modules.find((m) => m.code === module)! };
}
