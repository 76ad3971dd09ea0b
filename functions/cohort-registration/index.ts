import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { Cohort } from '../../events/api/participant';
import { invitationOf } from '../../adapters/dynamodb/invitation-repository';
import {
  cohortsDueForRegistration,
  openCohortsAhead,
  openRegistration,
  seatsOf,
} from '../../adapters/dynamodb/seating-repository';
import { logger, withLogKeys } from '../../runtime/logger';
import { requestInvitations } from '../../adapters/sqs/invitation-queue';
import { inviteCohort } from '../../services/invitations/invite-cohort';
import { now } from '../../runtime/clock';
import { dateInWib } from '../../domain/shared/dates';

/**
 * Scheduled job: opens each cohort's registration on its date (domain/scheduling/placement.ts#
 * registrationOpensOn) and sends its seated participants' invitations, one InvitationRequested each; then, in
 * every cohort already open that has not started, sends the invitation of whoever sits there without one.
 *
 * The invitations are queued before the cohort is marked OPEN: when queueing fails the cohort stays SCHEDULED
 * and the next run tries again, and a message sent twice is harmless (the worker numbers a letter once). A
 * failing cohort does not stop the others; the run then fails so its alarm fires.
 *
 * Whoever is seated or moved into an open cohort later gets their invitation from the placement worker or the
 * move itself, right after the seat commits. The second pass is their safety net: a send that failed after a
 * move (which answers anyway: the seat has changed), or a seat taken while the cohort was being opened, after
 * this run read its seats and before the placement worker saw it open.
 */
export async function runCohortRegistration(
  now: Date,
  correlationId: string,
): Promise<{ opened: string[]; invited: number; caughtUp: number }> {
  const opened: string[] = [];
  const failed: string[] = [];
  let invited = 0;
  const awaitingTestSite: string[] = [];
  const today = dateInWib(now);
  for (const cohort of await cohortsDueForRegistration(today)) {
    const id = `${cohort.programId}#${cohort.number}`;
    // A test site is verified before each use (Perban BKN 7/2020 Pasal 27(4)): no invitations to an unverified one.
    if (!cohort.testSite) {
      awaitingTestSite.push(id);
      continue;
    }
    try {
      const sent = await inviteCohort(cohort.programId, cohort.number, correlationId, now);
      if (await openRegistration(cohort)) {
        opened.push(id);
        invited += sent;
      }
    } catch (error) {
      failed.push(id);
      logger.error('cohort registration failed', { cohort: id, error: error as Error });
    }
  }
  if (awaitingTestSite.length > 0) {
    logger.warn('cohort registration waits for a verified test site', { cohorts: awaitingTestSite });
  }
  let caughtUp = 0;
  for (const cohort of await openCohortsAhead(today)) {
    const id = `${cohort.programId}#${cohort.number}`;
    if (opened.includes(id)) continue;
    try {
      caughtUp += await inviteUninvited(cohort, correlationId, now);
    } catch (error) {
      failed.push(id);
      logger.error('invitations of an open cohort failed', { cohort: id, error: error as Error });
    }
  }
  logger.info('cohort registrations opened', { opened, invited, caughtUp, failed });
  if (failed.length > 0) throw new Error(`Cohort registration failed for ${failed.join(', ')}`);
  return { opened, invited, caughtUp };
}

/** Queues the invitation of each participant seated in an open cohort who holds none for it (even a refusal). */
async function inviteUninvited(cohort: Cohort, correlationId: string, now: Date): Promise<number> {
  const uninvited = (await seatsOf(cohort.programId, cohort.number))
    .filter((participant) => invitationOf(participant)?.cohort !== cohort.number)
    .map((participant) => participant.nip);
  if (uninvited.length === 0) return 0;
  logger.info('seated in an open cohort without an invitation', { cohort: cohort.number, nips: uninvited });
  return requestInvitations(cohort.programId, cohort.number, uninvited, correlationId, now);
}

/** The run's request id correlates its log lines with the invitations it queues (and their worker's lines). */
export const handler = middy(async (_event: unknown, context: Context) => {
  const correlationId = context.awsRequestId;
  return withLogKeys({ correlationId }, () => runCohortRegistration(now(), correlationId));
}).use(injectLambdaContext(logger));
