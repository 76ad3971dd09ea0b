import type { IsoDate } from '../../domain/shared/dates';
import { learningHours } from '../../domain/training/learning-hours';
import type { routes } from '../../events/api/routes';
import { attendanceOf, confirmationHistory, loadTraining } from '../../adapters/dynamodb/training-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { eLearningSetupRead } from '../../adapters/dynamodb/delivery-repository';
import { eLearningModulesFrom } from '../../services/training/e-learning-modules';
import { seatAndPikEntry } from '../../services/training/pik-graduates';

/**
 * The JP a participant has earned so far, and its parts: e-learning (every module's resume, where BKN set the
 * cohort's modules), each classroom day, the evaluation; with
 * the confirmation and every answer given before it. A PIK graduate entering the test directly is marked as
 * excused from the training (PIK-TANPA-PELATIHAN): only the evaluation applies to them.
 */
export const getLearning: Operation<typeof routes.getLearning> = async ({
  params,
  scoped: { participant },
}) => {
  const seat = participant.seat?.cohort;
  const [
    training,
    history,
    {
      cohort,
      pikGraduate,
      read: [setup],
    },
    registers,
  ] = await Promise.all([
    loadTraining(params.programId, params.nip),
    confirmationHistory(params.programId, params.nip),
    // The seat's e-learning setup read with the seat and the PIK entry (ED14).
    seatAndPikEntry(
      params.programId,
      participant,
      seat === undefined ? undefined : eLearningSetupRead(params.programId, seat),
    ),
    seat === undefined ? [] : attendanceOf(params.programId, seat),
  ]);
  const modules = seat === undefined ? undefined : eLearningModulesFrom(setup, training);
  const hours = learningHours({
    cohort: cohort ? { startDate: cohort.startDate as IsoDate, endDate: cohort.endDate as IsoDate } : null,
    eLearningCompleted: training.eLearning !== undefined,
    ...(modules ? { eLearningModules: modules } : {}),
    attended: registers
      .filter((register) => register.present.includes(params.nip))
      .map((register) => ({ date: register.date as IsoDate, session: register.session })),
  });
  const confirmation = training.confirmation;
  return {
    statusCode: 200,
    body: {
      programId: params.programId,
      nip: params.nip,
      cohort: cohort?.number ?? null,
      confirmation: confirmation
        ? {
            cohort: confirmation.cohort,
            attending: confirmation.attending,
            confirmedAt: confirmation.confirmedAt,
            hasActionPlan: confirmation.actionPlan !== undefined,
            hasCv: training.cv !== undefined,
            version: confirmation.version,
            history,
          }
        : null,
      eLearning: { completedOn: training.eLearning?.completedOn ?? null, jp: hours.eLearning },
      classroom: hours.classroom,
      evaluation: hours.evaluation,
      totalJp: hours.total,
      maxJp: hours.max,
      ...(pikGraduate ? { trainingExempt: 'UJI_LANGSUNG_PIK' as const } : {}),
    },
  };
};
