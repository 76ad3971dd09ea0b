import type { routes } from '../../events/api/routes';
import { findParticipant, releaseSeat, waitlistHead } from '../../adapters/dynamodb/seating-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError } from '../../runtime/http/http-error';
import { requestPlacement } from '../../adapters/sqs/placement-queue';

/** A participant withdraws: their seat goes back, and the one who has waited longest for the level gets it. */
export const withdrawParticipant: Operation<typeof routes.withdrawParticipant> = async ({
  params,
  now,
  correlationId,
}) => {
  const participant = await findParticipant(params.programId, params.nip);
  if (!participant?.seat)
    throw new HttpError(404, 'SEAT_NOT_FOUND', 'Peserta belum memegang kursi di angkatan mana pun.');
  const at = now.toISOString();
  if (!(await releaseSeat(participant, participant.seat.cohort, at))) {
    throw new HttpError(409, 'SEAT_CHANGED', 'Kursi berubah saat dilepas. Muat ulang lalu coba lagi.');
  }
  const [next] = await waitlistHead(params.programId, participant.scheme, 1);
  if (next)
    await requestPlacement(
      { ...next, programId: params.programId, scheme: participant.scheme },
      correlationId,
      now,
    );
  const { seat: _seat, ...rest } = participant;
  return { statusCode: 200, body: { ...rest, withdrawnAt: at, updatedAt: at } };
};
