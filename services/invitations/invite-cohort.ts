import { requestInvitations } from '../../adapters/sqs/invitation-queue';
import { seatsOf } from '../../adapters/dynamodb/seating-repository';

/**
 * Queues the invitation of everyone seated in a cohort (the registration job when registration opens, BKN when it
 * asks); how many were queued. Sending one twice is harmless: the worker numbers a letter once.
 */
export async function inviteCohort(
  programId: string,
  cohort: number,
  correlationId: string,
  now: Date,
): Promise<number> {
  const seated = await seatsOf(programId, cohort);
  return requestInvitations(
    programId,
    cohort,
    seated.map((p) => p.nip),
    correlationId,
    now,
  );
}
