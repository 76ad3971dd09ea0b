import type { IsoDate } from '../../domain/shared/dates';
import { checkELearning } from '../../domain/training/learning-hours';
import type { routes } from '../../events/api/routes';
import type { ELearningRecord } from '../../events/api/training';
import { findCohort, findParticipant } from '../shared/data/seating-repository';
import { loadTraining, saveELearning } from '../shared/data/training-repository';
import type { Operation } from '../shared/http/api-handler';
import { rulesNotMet } from '../shared/http/http-error';
import { dateInWib } from '../../domain/shared/dates';
import { participantNotFound } from '../shared/http/not-found';

/** BKN records that a participant completed the e-learning (3 JP) before the class. */
export const recordELearning: Operation<typeof routes.recordELearning> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const participant = await findParticipant(params.programId, params.nip);
  if (!participant) throw participantNotFound();
  const [cohort, training] = await Promise.all([
    participant.seat ? findCohort(params.programId, participant.seat.cohort) : undefined,
    loadTraining(params.programId, params.nip),
  ]);
  const verdict = checkELearning({
    seat: cohort ? { cohort: cohort.number, startDate: cohort.startDate as IsoDate } : null,
    confirmedAttending: training.confirmation?.attending === true,
    completedOn: body.completedOn as IsoDate,
    today: dateInWib(now),
  });
  if (!verdict.ok) throw rulesNotMet(verdict.violations);
  const record: ELearningRecord = {
    programId: params.programId,
    nip: params.nip,
    completedOn: body.completedOn,
    recordedBy: principal.username,
    recordedAt: now.toISOString(),
  };
  await saveELearning(record);
  return { statusCode: 200, body: record };
};
