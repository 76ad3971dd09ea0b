import type { SQSRecord } from 'aws-lambda';
import { placementChoices } from '../../domain/scheduling/placement';
import type { Cohort } from '../../events/api/participant';
import { PlacementRequested } from '../../events/messages/placement-requested';
import { requestInvitations } from '../../adapters/sqs/invitation-queue';
import { invitationOf } from '../../adapters/dynamodb/invitation-repository';
import {
  findParticipant,
  joinWaitlist,
  listCohorts,
  takeSeat,
} from '../../adapters/dynamodb/seating-repository';
import { cancellationReasons } from '../../adapters/dynamodb/table';
import { logger } from '../../runtime/logger';
import { countEvent } from '../../runtime/metrics';
import { sqsWorker } from '../../runtime/sqs-worker';
import { now as clock } from '../../runtime/clock';
import { pause } from '../../runtime/backoff';
import { dateInWib } from '../../domain/shared/dates';

/** Contention on a cohort's seat counter is normal when many workers place at once: retry it a few times. */
const MAX_CONFLICT_RETRIES = 8;

const isConflict = (error: unknown) => cancellationReasons(error)?.includes('TransactionConflict') ?? false;

/**
 * The order to try cohorts in: a random draw weighted by free seats, so concurrent workers spread over the
 * emptiest cohorts instead of colliding on one seat counter.
 */
function byFreeSeats(cohorts: Cohort[]): Cohort[] {
  const pool = [...cohorts];
  const order: Cohort[] = [];
  while (pool.length > 0) {
    const total = pool.reduce((sum, c) => sum + (c.capacity - c.seatsTaken), 0);
    let pick = Math.random() * total;
    const index = pool.findIndex((c) => (pick -= c.capacity - c.seatsTaken) < 0);
    order.push(...pool.splice(index < 0 ? pool.length - 1 : index, 1));
  }
  return order;
}

type CohortsOf = (programId: string, scheme: string) => Promise<Cohort[]>;

/**
 * Queues the invitation of a participant seated in a cohort whose registration is already open: the
 * registration job invited the cohort's participants when it opened, before this one sat there. Sent after the
 * seat commits, so a failed send fails the record; its redelivery finds the participant seated and sends again
 * (settleRefusal), and a second message is harmless (the invitation worker numbers one letter per cohort).
 */
async function inviteToOpenCohort(message: PlacementRequested, cohort: Cohort, now: Date): Promise<void> {
  if (cohort.registration !== 'OPEN') return;
  await requestInvitations(message.programId, cohort.number, [message.nip], message.correlationId, now);
  logger.info('invitation queued: seated in a cohort whose registration is open', {
    programId: message.programId,
    nip: message.nip,
    cohort: cohort.number,
  });
}

/**
 * Seats one participant in a cohort of their level with a free seat that has not begun, or puts them on the
 * level's waiting list; one seated in a cohort whose registration is open is invited at once. The seat
 * transaction itself checks that the participant is SET, of that level and seatless (see takeSeat), so the
 * participant is only read when it refuses: to tell a duplicate delivery (already seated: done, once invited)
 * from a message naming nobody placeable (fails, retried, then DLQ).
 */
async function placeOne(record: SQSRecord, cohortsOf: CohortsOf) {
  const message = PlacementRequested.parse(JSON.parse(record.body));
  const now = clock();
  const choices = placementChoices(
    { scheme: message.scheme, status: 'SET', seatCohort: null, eligibleTestDates: message.eligibleTestDates },
    await cohortsOf(message.programId, message.scheme),
    dateInWib(now),
  );
  // Any free seat of the level will do (the transaction guards capacity either way). A cohort found full is
  // dropped; one busy with another worker's transaction is tried again after the others, without waiting.
  // The batch's shared listing is kept up to date, so the next records of the batch choose well too.
  const queue = byFreeSeats(choices.ok ? choices.value : []);
  for (let attempt = 0; queue.length > 0; attempt++) {
    const cohort = queue.shift()!;
    try {
      const outcome = await takeSeat(message, cohort, now.toISOString());
      if (outcome === 'SEATED') {
        cohort.seatsTaken += 1;
        countEvent('ParticipantPlaced');
        logger.info('participant seated', {
          programId: message.programId,
          nip: message.nip,
          cohort: cohort.number,
        });
        return inviteToOpenCohort(message, cohort, now);
      }
      if (outcome === 'NOT_PLACEABLE') return settleRefusal(message, cohortsOf, now);
      cohort.seatsTaken = cohort.capacity;
    } catch (error) {
      if (!isConflict(error) || attempt >= MAX_CONFLICT_RETRIES * Math.max(queue.length, 1)) throw error;
      queue.push(cohort);
      if (queue.length === 1) await pause(attempt);
    }
  }
  if (!(await joinWaitlist(message, now.toISOString()))) return settleRefusal(message, cohortsOf, now);
  countEvent('ParticipantWaitlisted');
  logger.info('participant waitlisted', {
    programId: message.programId,
    nip: message.nip,
    scheme: message.scheme,
  });
}

/**
 * A refused seat or waitlist write is fine for a duplicate or a withdrawn participant, an error otherwise. A
 * duplicate finding the participant seated in an open cohort without its invitation sends it: the delivery
 * that seated them failed to.
 */
async function settleRefusal(message: PlacementRequested, cohortsOf: CohortsOf, now: Date): Promise<void> {
  const participant = await findParticipant(message.programId, message.nip);
  if (participant?.seat) {
    const seat = participant.seat.cohort;
    const cohort = (await cohortsOf(message.programId, participant.scheme)).find((c) => c.number === seat);
    if (cohort && invitationOf(participant)?.cohort !== seat) await inviteToOpenCohort(message, cohort, now);
    return;
  }
  if (participant?.withdrawnAt || participant?.waitlistedAt) return;
  throw new Error(
    `${message.nip} cannot be placed in ${message.programId}: not a SET participant of ${message.scheme}`,
  );
}

export const handler = sqsWorker(
  () => {
    // One cohort listing per level per batch: the seat transaction re-checks capacity, so a stale count only
    // costs a retry on the next cohort.
    const listings = new Map<string, Promise<Cohort[]>>();
    const cohortsOf = (programId: string, scheme: string) => {
      const key = `${programId}#${scheme}`;
      if (!listings.has(key)) listings.set(key, listCohorts(programId, scheme));
      return listings.get(key)!;
    };
    return (record: SQSRecord) => placeOne(record, cohortsOf);
  },
  // Records one after another: concurrency comes from parallel batches (Lambda's pollers); ten more
  // transactions per batch on the same few seat counters would mostly collide and back off.
  { processInParallel: false },
);
