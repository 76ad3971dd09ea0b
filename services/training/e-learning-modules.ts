import type { ELearningModules } from '../../domain/training/learning-hours';
import { cohortDelivery, type StoredSetup } from '../../adapters/dynamodb/delivery-repository';
import type { TrainingRecord } from '../../adapters/dynamodb/training-repository';

/**
 * The cohort's e-learning modules as BKN set them with the participant's resumes, which then decide the 3 JP
 * of e-learning (ELEARNING-RESUME-LENGKAP); undefined for a cohort whose e-learning was never set, where BKN's
 * recorded completion still counts. `read`: how the cohort's delivery is read (a worker's batch reads it once).
 */
export async function eLearningModulesOf(
  programId: string,
  cohort: number,
  training: Pick<TrainingRecord, 'resumes'>,
  read: typeof cohortDelivery = cohortDelivery,
): Promise<ELearningModules | undefined> {
  return eLearningModulesFrom((await read(programId, cohort)).setup, training);
}

/** eLearningModulesOf from the cohort's setup as read already (ED14). */
export const eLearningModulesFrom = (
  setup: StoredSetup | undefined,
  training: Pick<TrainingRecord, 'resumes'>,
): ELearningModules | undefined =>
  setup && { modules: setup.modules.map((m) => m.code), resumed: Object.keys(training.resumes) };
