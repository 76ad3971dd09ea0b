import { cohortNotFound } from '../../runtime/http/not-found';
import { checkMove } from '../../domain/scheduling/placement';
import type { routes } from '../../events/api/routes';
import { requestInvitations } from '../../adapters/sqs/invitation-queue';
import {
  findCohort,
  findParticipant,
  moveSeat,
  waitlistHead,
} from '../../adapters/dynamodb/seating-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { logger } from '../../runtime/logger';
import { requestPlacement } from '../../adapters/sqs/placement-queue';
import { dateInWib } from '../../domain/shared/dates';
import { Participant as ParticipantView } from '../../events/api/participant';

/**
 * BKN moves a participant to another cohort of the same level that has a free seat. The seat given back goes
 * to whoever has waited longest for that level. Moved into a cohort whose registration is open, the participant
 * gets its invitation without anyone asking; the letter of the cohort they left is no longer theirs (an
 * invitation counts only for the cohort of the seat) and the new one replaces it.
 */
export const moveParticipant: Operation<typeof routes.moveParticipant> = async ({
  params,
  body,
  now,
  correlationId,
}) => {
  const participant = await findParticipant(params.programId, params.nip);
  if (!participant?.seat)
    throw new HttpError(404, 'SEAT_NOT_FOUND', 'Peserta belum memegang kursi di angkatan mana pun.');
  const [from, to] = await Promise.all([
    findCohort(params.programId, participant.seat.cohort),
    findCohort(params.programId, body.toCohort),
  ]);
  if (!from || !to) throw cohortNotFound();
  const verdict = checkMove(
    {
      scheme: participant.scheme,
      status: participant.status,
      seatCohort: participant.seat.cohort,
      eligibleTestDates: participant.eligibleTestDates,
    },
    from,
    to,
    dateInWib(now),
  );
  if (!verdict.ok) throw rulesNotMet(verdict.violations);
  if (!(await moveSeat(participant, from.number, to.number, now.toISOString()))) {
    throw new HttpError(
      409,
      'SEAT_CHANGED',
      'Kursi atau angkatan berubah saat pemindahan. Muat ulang lalu coba lagi.',
    );
  }
  if (to.registration === 'OPEN') {
    // After the move commits. A failed send does not undo the move nor fail the answer (the seat has changed):
    // the registration job's nightly pass invites whoever sits in an open cohort without an invitation.
    await requestInvitations(params.programId, to.number, [participant.nip], correlationId, now).catch(
      (error: unknown) =>
        logger.error('invitation of a moved participant not queued; the registration job will queue it', {
          nip: participant.nip,
          cohort: to.number,
          error: error as Error,
        }),
    );
  }
  const [next] = await waitlistHead(params.programId, participant.scheme, 1);
  if (next)
    await requestPlacement(
      { ...next, programId: params.programId, scheme: participant.scheme },
      correlationId,
      now,
    );
  const moved = {
    ...participant,
    seat: { cohort: to.number, placedAt: now.toISOString() },
    updatedAt: now.toISOString(),
  };
  // The contract's view, as getParticipant answers it: the invitation kept on the item has routes of its own.
  return { statusCode: 200, body: ParticipantView.parse(moved) };
};
