import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { dateInWib } from '../../domain/program/program';
import { placementChoices } from '../../domain/scheduling/placement';
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

/**
 * Seats one participant in the earliest cohort of their level with a free seat, or puts them on the level's
 * waiting list. Safe against duplicates and concurrency (see takeSeat); a message naming nobody placeable fails
 * and ends in the DLQ for an operator to look at.
 */
async function placeOne(record: SQSRecord): Promise<void> {
  const message = PlacementRequested.parse(JSON.parse(record.body));
  const participant = await findParticipant(message.programId, message.nip);
  if (!participant) throw new Error(`No participant ${message.nip} in ${message.programId}`);
  // Already seated (a duplicate delivery) or withdrawn: nothing to do.
  if (participant.seat || participant.withdrawnAt) return;
  const now = new Date();
  const choices = placementChoices(
    { scheme: participant.scheme, status: participant.status, seatCohort: null },
    await listCohorts(message.programId, participant.scheme),
    dateInWib(now),
  );
  if (!choices.ok)
    throw new Error(`${message.nip} cannot be placed: ${choices.violations.map((v) => v.code)}`);
  // Cohorts starting the same day are interchangeable: spreading workers over them eases contention.
  const ordered = choices.value
    .map((cohort) => ({ cohort, key: `${cohort.startDate}#${Math.random()}` }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .map((entry) => entry.cohort);
  for (const cohort of ordered) {
    for (let attempt = 0; ; attempt++) {
      try {
        const outcome = await takeSeat(participant, cohort, now.toISOString());
        if (outcome === 'SEATED') {
          logger.info('participant seated', {
            programId: message.programId,
            nip: message.nip,
            cohort: cohort.number,
          });
          return;
        }
        if (outcome === 'NOT_PLACEABLE') {
          if ((await findParticipant(message.programId, message.nip))?.seat) return;
          throw new Error(`${message.nip} is no longer placeable`);
        }
        break;
      } catch (error) {
        if (!isConflict(error) || attempt >= MAX_CONFLICT_RETRIES) throw error;
        await pause(attempt);
      }
    }
  }
  await joinWaitlist(participant, now.toISOString());
  logger.info('participant waitlisted', {
    programId: message.programId,
    nip: message.nip,
    scheme: participant.scheme,
  });
}

export const handler = middy(async (event: SQSEvent, context: Context) =>
  processPartialResponse(event, placeOne, processor, { context }),
).use(injectLambdaContext(logger, { resetKeys: true }));
