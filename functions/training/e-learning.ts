import type { IsoDate } from '../../domain/shared/dates';
import { checkELearning } from '../../domain/training/learning-hours';
import type { routes } from '../../events/api/routes';
import type { ELearningRecord } from '../../events/api/training';
import { findParticipant } from '../../adapters/dynamodb/seating-repository';
import {
  confirmationRead,
  eLearningRead,
  loadTraining,
  saveELearning,
} from '../../adapters/dynamodb/training-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { eLearningSetupRead } from '../../adapters/dynamodb/delivery-repository';
import { eLearningModulesFrom } from '../../services/training/e-learning-modules';
import { rulesNotMet } from '../../runtime/http/http-error';
import { dateInWib } from '../../domain/shared/dates';
import { participantNotFound } from '../../runtime/http/not-found';
import { seatAndPikEntry } from '../../services/training/pik-graduates';
import { orChanged } from './written';

/**
 * BKN records that a participant completed the e-learning (3 JP) before the class, on a day already past: only
 * while they still sit in the cohort they confirmed attending for, and that confirmation is still their answer.
 * Where BKN set the cohort's e-learning modules, the completion is the resumes' (3 JP once every module's resume
 * is in) and this record is accepted only then (ELEARNING-RESUME-LENGKAP); elsewhere it is the completion.
 * Never for a PIK graduate entering the test directly (PIK-TANPA-PELATIHAN).
 */
export const recordELearning: Operation<typeof routes.recordELearning> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const participant = await findParticipant(params.programId, params.nip);
  if (!participant) throw participantNotFound();
  const seat = participant.seat?.cohort;
  // The seat, the PIK entry, the seat's e-learning setup (ED14), the confirmation and the e-learning so far (T9),
  // in one BatchGetItem.
  const {
    cohort,
    pikGraduate,
    read: [setup, confirmation, eLearning],
  } = await seatAndPikEntry(
    params.programId,
    participant,
    seat === undefined ? undefined : eLearningSetupRead(params.programId, seat),
    confirmationRead(params.programId, params.nip),
    eLearningRead(params.programId, params.nip),
  );
  // The module resumes count only where BKN set the cohort's modules: read then, with the training records (T1).
  const modules =
    cohort && setup
      ? eLearningModulesFrom(setup, await loadTraining(params.programId, params.nip))
      : undefined;
  const verdict = checkELearning({
    seat: cohort ? { cohort: cohort.number, startDate: cohort.startDate as IsoDate } : null,
    confirmation: confirmation ?? null,
    completedOn: body.completedOn as IsoDate,
    today: dateInWib(now),
    ...(modules ? { modules } : {}),
    pikGraduate,
  });
  if (!verdict.ok || !cohort || !confirmation) throw rulesNotMet(verdict.ok ? [] : verdict.violations);
  const record: ELearningRecord = {
    programId: params.programId,
    nip: params.nip,
    cohort: cohort.number,
    completedOn: body.completedOn,
    recordedBy: principal.username,
    recordedAt: now.toISOString(),
    version: (eLearning?.version ?? 0) + 1,
  };
  orChanged(await saveELearning(record, confirmation.version, eLearning?.version), 'Catatan e-learning');
  return { statusCode: 200, body: record };
};
