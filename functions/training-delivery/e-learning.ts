import type { IsoDate } from '../../domain/shared/dates';
import { dateInWib } from '../../domain/shared/dates';
import { checkELearningSetup, eLearningModulesFor } from '../../domain/training/delivery';
import type { ELearningSetup } from '../../events/api/delivery';
import type { routes } from '../../events/api/routes';
import {
  cohortDelivery,
  saveELearningSetup,
  type CohortDelivery,
  type StoredSetup,
} from '../../adapters/dynamodb/delivery-repository';
import { findCohort } from '../../adapters/dynamodb/seating-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { cohortNotFound } from '../../runtime/http/not-found';
import { deliveryChanged } from './context';

const withMaterials = (setup: StoredSetup, delivery: CohortDelivery): ELearningSetup => ({
  ...setup,
  modules: setup.modules.map((m) => ({ ...m, material: delivery.materials[m.code] ?? null })),
});

/**
 * BKN sets a cohort's e-learning before its class: the modules of its jenjang from the reference data, in the
 * handbook's order, each with its facilitators (Panduan Pusbang ASN BKN 2019, Metode, Fasilitator). Setting it
 * again replaces it as the next version; materials already uploaded stay with their module.
 */
export const setELearning: Operation<typeof routes.setELearning> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const [cohort, delivery] = await Promise.all([
    findCohort(params.programId, params.number),
    cohortDelivery(params.programId, params.number),
  ]);
  if (!cohort) throw cohortNotFound();
  const verdict = checkELearningSetup({
    cohort: { number: cohort.number, scheme: cohort.scheme, startDate: cohort.startDate as IsoDate },
    today: dateInWib(now),
    modules: body.modules,
  });
  if (!verdict.ok) throw rulesNotMet(verdict.violations);
  const facilitators = new Map(body.modules.map((m) => [m.code, m.facilitators]));
  const setup: StoredSetup = {
    programId: params.programId,
    cohort: cohort.number,
    modules: eLearningModulesFor(cohort.scheme).map((m) => ({
      code: m.code,
      title: m.title,
      facilitators: facilitators.get(m.code) ?? [],
    })),
    setBy: principal.username,
    setAt: now.toISOString(),
    version: (delivery.setup?.version ?? 0) + 1,
  };
  if (!(await saveELearningSetup(setup, delivery.setup?.version)))
    throw deliveryChanged('E-learning angkatan');
  return { statusCode: 200, body: withMaterials(setup, delivery) };
};

/** The cohort's e-learning as set, with each module's material; 404 while BKN has not set it. */
export const getELearning: Operation<typeof routes.getELearning> = async ({ params }) => {
  const [cohort, delivery] = await Promise.all([
    findCohort(params.programId, params.number),
    cohortDelivery(params.programId, params.number),
  ]);
  if (!cohort) throw cohortNotFound();
  if (!delivery.setup) {
    throw new HttpError(
      404,
      'ELEARNING_NOT_SET',
      `E-learning angkatan ${cohort.number} belum ditetapkan BKN.`,
    );
  }
  return { statusCode: 200, body: withMaterials(delivery.setup, delivery) };
};
