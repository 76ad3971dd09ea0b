import { learningHours, modulesWithoutResume } from '../../domain/training/learning-hours';
import { isCurrentReview } from '../../domain/training/delivery';
import type { routes } from '../../events/api/routes';
import { cohortDelivery, participantDelivery } from '../../adapters/dynamodb/delivery-repository';
import { loadTraining } from '../../adapters/dynamodb/training-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { isPikGraduate } from '../../services/training/pik-graduates';

/**
 * Where the participant stands before the class: BKN's review of their CV and action plan, their group, their
 * SP and acknowledgements, and their cohort's e-learning module by module (facilitators, material, first
 * download, resume) with the JP of e-learning it earns. A PIK graduate entering the test directly owes no resume
 * (Pasal 23): none is listed missing, and the answer says why.
 */
export const getDelivery: Operation<typeof routes.getDelivery> = async ({
  params,
  scoped: { participant },
}) => {
  const seat = participant.seat?.cohort;
  const [training, done, delivery, pikGraduate] = await Promise.all([
    loadTraining(params.programId, params.nip),
    participantDelivery(params.programId, params.nip),
    seat === undefined ? undefined : cohortDelivery(params.programId, seat),
    isPikGraduate(params.programId, participant),
  ]);
  const setup = delivery?.setup;
  const modules = setup?.modules.map((m) => m.code) ?? [];
  const resumed = Object.keys(training.resumes);
  const hours = learningHours({
    cohort: null,
    eLearningCompleted: training.eLearning !== undefined,
    ...(setup ? { eLearningModules: { modules, resumed } } : {}),
    attended: [],
  });
  const { review } = done;
  const current = isCurrentReview(review, {
    cvKey: training.cv?.key,
    confirmationVersion: training.confirmation?.version,
  });
  return {
    statusCode: 200,
    body: {
      programId: params.programId,
      nip: params.nip,
      cohort: seat ?? null,
      review: review
        ? {
            cohort: review.cohort,
            cv: review.cv,
            actionPlan: review.actionPlan,
            cvKey: review.cvKey,
            confirmationVersion: review.confirmationVersion,
            reviewedBy: review.reviewedBy,
            reviewedAt: review.reviewedAt,
            current,
          }
        : null,
      group: delivery?.groups?.groups.find((g) => g.nips.includes(params.nip))?.name ?? null,
      assignmentLetter: done.assignmentLetter ?? null,
      acknowledged: {
        PENGUMUMAN: done.acknowledged.PENGUMUMAN?.acknowledgedAt ?? null,
        TATA_TERTIB: done.acknowledged.TATA_TERTIB?.acknowledgedAt ?? null,
      },
      eLearning: {
        set: setup !== undefined,
        modules: (setup?.modules ?? []).map((m) => ({
          ...m,
          material: delivery?.materials[m.code] !== undefined,
          studiedAt: done.studied[m.code] ?? null,
          resume: training.resumes[m.code] ?? null,
        })),
        missingResumes: pikGraduate ? [] : modulesWithoutResume(modules, resumed),
        jp: hours.eLearning,
      },
      ...(pikGraduate ? { trainingExempt: 'UJI_LANGSUNG_PIK' as const } : {}),
    },
  };
};
