import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { cohortsDueForRegistration, openRegistration, seatsOf } from '../shared/data/seating-repository';
import { logger, withLogKeys } from '../shared/logger';
import { requestInvitations } from '../invitations/invitation-queue';
import { now } from '../shared/clock';
import { dateInWib } from '../../domain/shared/dates';

/**
 * Scheduled job: opens each cohort's registration on its date (domain/scheduling/placement.ts#
 * registrationOpensOn) and sends its seated participants' invitations, one InvitationRequested each.
 *
 * The invitations are queued before the cohort is marked OPEN: when queueing fails the cohort stays SCHEDULED
 * and the next run tries again, and a message sent twice is harmless (the worker numbers a letter once). A
 * failing cohort does not stop the others; the run then fails so its alarm fires.
 */
export async function runCohortRegistration(
  now: Date,
  correlationId: string,
): Promise<{ opened: string[]; invited: number }> {
  const opened: string[] = [];
  const failed: string[] = [];
  let invited = 0;
  const awaitingTestSite: string[] = [];
  for (const cohort of await cohortsDueForRegistration(dateInWib(now))) {
    const id = `${cohort.programId}#${cohort.number}`;
    // A test site is verified before each use (Perban BKN 7/2020 Pasal 27(4)): no invitations to an unverified one.
    if (!cohort.testSite) {
      awaitingTestSite.push(id);
      continue;
    }
    try {
      const seated = await seatsOf(cohort.programId, cohort.number);
      const sent = await requestInvitations(
        cohort.programId,
        cohort.number,
        seated.map((p) => p.nip),
        correlationId,
        now,
      );
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
  logger.info('cohort registrations opened', { opened, invited, failed });
  if (failed.length > 0) throw new Error(`Cohort registration failed for ${failed.join(', ')}`);
  return { opened, invited };
}

/** The run's request id correlates its log lines with the invitations it queues (and their worker's lines). */
export const handler = middy(async (_event: unknown, context: Context) => {
  const correlationId = context.awsRequestId;
  return withLogKeys({ correlationId }, () => runCohortRegistration(now(), correlationId));
}).use(injectLambdaContext(logger));
