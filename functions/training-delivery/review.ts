import type { IsoDate } from '../../domain/shared/dates';
import { dateInWib } from '../../domain/shared/dates';
import { checkGroups, checkReview, isCurrentReview } from '../../domain/training/delivery';
import type { CohortGroups, CvReview } from '../../events/api/delivery';
import type { routes } from '../../events/api/routes';
import {
  cohortDelivery,
  participantDelivery,
  saveGroups,
  saveReview,
} from '../../adapters/dynamodb/delivery-repository';
import { findCohort, findParticipant, seatsOf } from '../../adapters/dynamodb/seating-repository';
import { loadTraining } from '../../adapters/dynamodb/training-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { cohortNotFound, participantNotFound } from '../../runtime/http/not-found';
import { isPikGraduate, pikGraduatesAmong } from '../../services/training/pik-graduates';
import { deliveryChanged } from './context';

/**
 * BKN reviews the participant's CV and action plan before the class: each accepted or to be revised, with the
 * reason (Timeline Pelatihan No 5). The review holds for the CV and confirmation it read; a participant who
 * revises uploads a new CV or confirms again with a new plan, and is reviewed again. A PIK graduate entering the
 * test directly has none to review (PIK-TANPA-PELATIHAN).
 */
export const reviewCv: Operation<typeof routes.reviewCv> = async ({ params, body, principal, now }) => {
  const participant = await findParticipant(params.programId, params.nip);
  if (!participant) throw participantNotFound();
  const seat = participant.seat?.cohort;
  const [cohort, training, pikGraduate] = await Promise.all([
    seat === undefined ? undefined : findCohort(params.programId, seat),
    loadTraining(params.programId, params.nip),
    isPikGraduate(params.programId, participant),
  ]);
  const { cv, confirmation } = training;
  const verdict = checkReview({
    seat: cohort ? { cohort: cohort.number, startDate: cohort.startDate as IsoDate } : null,
    today: dateInWib(now),
    hasCv: cv !== undefined,
    confirmation: confirmation
      ? {
          cohort: confirmation.cohort,
          attending: confirmation.attending,
          hasActionPlan: !!confirmation.actionPlan,
        }
      : null,
    cv: body.cv,
    actionPlan: body.actionPlan,
    pikGraduate,
  });
  if (!verdict.ok || !cohort || !cv || !confirmation) throw rulesNotMet(verdict.ok ? [] : verdict.violations);
  const review: CvReview = {
    programId: params.programId,
    nip: params.nip,
    cohort: cohort.number,
    cv: body.cv,
    actionPlan: body.actionPlan,
    cvKey: cv.key,
    confirmationVersion: confirmation.version,
    reviewedBy: principal.username,
    reviewedAt: now.toISOString(),
  };
  if (!(await saveReview(review))) throw deliveryChanged('Kursi peserta');
  return { statusCode: 200, body: review };
};

/**
 * BKN announces the cohort's groups once every participant coming is reviewed with CV and plan accepted
 * (Timeline Pelatihan No 5, "pengumuman kelompok/rumpun Peserta"); announcing again replaces them. PIK graduates
 * entering the test directly are in no group, and the announcement is complete without them.
 */
export const announceGroups: Operation<typeof routes.announceGroups> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const [cohort, seats, delivery] = await Promise.all([
    findCohort(params.programId, params.number),
    seatsOf(params.programId, params.number),
    cohortDelivery(params.programId, params.number),
  ]);
  if (!cohort) throw cohortNotFound();
  const pikGraduates = await pikGraduatesAmong(params.programId, seats);
  const records = await Promise.all(
    seats.map(async (p) => {
      const [training, done] = await Promise.all([
        loadTraining(params.programId, p.nip),
        participantDelivery(params.programId, p.nip),
      ]);
      return { nip: p.nip, training, review: done.review };
    }),
  );
  const coming = records.filter(
    ({ nip, training: { confirmation } }) =>
      confirmation?.attending && confirmation.cohort === cohort.number && !pikGraduates.includes(nip),
  );
  const verdict = checkGroups({
    cohort: cohort.number,
    groups: body.groups,
    pikGraduates,
    attending: coming.map((r) => r.nip),
    reviews: Object.fromEntries(
      coming.map(({ nip, training, review }) => [
        nip,
        review &&
        isCurrentReview(review, {
          cvKey: training.cv?.key,
          confirmationVersion: training.confirmation?.version,
        })
          ? { ...review, cv: review.cv.verdict, actionPlan: review.actionPlan.verdict }
          : undefined,
      ]),
    ),
  });
  if (!verdict.ok) throw rulesNotMet(verdict.violations);
  const groups: CohortGroups = {
    programId: params.programId,
    cohort: cohort.number,
    groups: body.groups,
    announcedBy: principal.username,
    announcedAt: now.toISOString(),
    version: (delivery.groups?.version ?? 0) + 1,
  };
  if (!(await saveGroups(groups, delivery.groups?.version))) throw deliveryChanged('Pengumuman kelompok');
  return { statusCode: 200, body: groups };
};
