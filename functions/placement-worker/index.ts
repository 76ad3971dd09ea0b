import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { dateInWib } from '../../domain/program/program';
import { placementChoices } from '../../domain/scheduling/placement';
import type { Cohort } from '../../events/api/participant';
import { PlacementRequested } from '../../events/messages/placement-requested';
import { findParticipant, joinWaitlist, listCohorts, takeSeat } from '../shared/data/seating-repository';
import { logger } from '../shared/logger';

const processor = new BatchProcessor(EventType.SQS);

/** Contention on a cohort's seat counter is normal when many workers place at once: retry it a few times. */
const MAX_CONFLICT_RETRIES = 8;

const isConflict = (error: unknown) =>
  (error as { name?: string }).name === 'TransactionCanceledException' &&
  ((error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).some(
    (r) => r.Code === 'TransactionConflict',
  );

const pause = (attempt: number) =>
  new Promise((r) => setTimeout(r, Math.random() * 10 * 2 ** Math.min(attempt, 5)));

const shuffled = <T>(items: T[]) =>
  items
    .map((item) => ({ item, key: Math.random() }))
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.item);

/**
 * Seats one participant in a cohort of their level with a free seat that has not begun, or puts them on the
 * level's waiting list. The seat transaction itself checks that the participant is SET, of that level and
 * seatless (see takeSeat), so the participant is only read when it refuses: to tell a duplicate delivery
 * (already seated: done) from a message naming nobody placeable (fails, retried, then DLQ).
 */
async function placeOne(
  record: SQSRecord,
  cohortsOf: (programId: string, scheme: string) => Promise<Cohort[]>,
) {
  const message = PlacementRequested.parse(JSON.parse(record.body));
  const now = new Date();
  const choices = placementChoices(
    { scheme: message.scheme, status: 'SET', seatCohort: null },
    await cohortsOf(message.programId, message.scheme),
    dateInWib(now),
  );
  // Any free seat of the level will do; trying cohorts in random order keeps concurrent workers from all
  // contending for the same seat counter (the transaction guards capacity either way).
  for (const cohort of shuffled(choices.ok ? choices.value : [])) {
    for (let attempt = 0; ; attempt++) {
      try {
        const outcome = await takeSeat(message, cohort, now.toISOString());
        if (outcome === 'SEATED') {
          logger.info('participant seated', {
            programId: message.programId,
            nip: message.nip,
            cohort: cohort.number,
          });
          return;
        }
        if (outcome === 'NOT_PLACEABLE') return settleRefusal(message);
        break;
      } catch (error) {
        if (!isConflict(error) || attempt >= MAX_CONFLICT_RETRIES) throw error;
        await pause(attempt);
      }
    }
  }
  if (!(await joinWaitlist(message, now.toISOString()))) return settleRefusal(message);
  logger.info('participant waitlisted', {
    programId: message.programId,
    nip: message.nip,
    scheme: message.scheme,
  });
}

/** A refused seat or waitlist write is fine for a duplicate or a withdrawn participant, an error otherwise. */
async function settleRefusal(message: PlacementRequested): Promise<void> {
  const participant = await findParticipant(message.programId, message.nip);
  if (participant?.seat || participant?.withdrawnAt || participant?.waitlistedAt) return;
  throw new Error(
    `${message.nip} cannot be placed in ${message.programId}: not a SET participant of ${message.scheme}`,
  );
}

export const handler = middy(async (event: SQSEvent, context: Context) => {
  // One cohort listing per level per batch: the seat transaction re-checks capacity, so a stale count only
  // costs a retry on the next cohort.
  const listings = new Map<string, Promise<Cohort[]>>();
  const cohortsOf = (programId: string, scheme: string) => {
    const key = `${programId}#${scheme}`;
    if (!listings.has(key)) listings.set(key, listCohorts(programId, scheme));
    return listings.get(key)!;
  };
  return processPartialResponse(event, (record: SQSRecord) => placeOne(record, cohortsOf), processor, {
    context,
  });
}).use(injectLambdaContext(logger, { resetKeys: true }));
