import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { confirmationReminderDue } from '../../domain/training/confirmation-reminder';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import { invitationOf } from '../../adapters/dynamodb/invitation-repository';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import { openCohortsAhead, seatsOf } from '../../adapters/dynamodb/seating-repository';
import { loadTraining } from '../../adapters/dynamodb/training-repository';
import { requestNotifications } from '../../adapters/sqs/notification-queue';
import { confirmationReminder } from '../../services/notifications/requests';
import { now } from '../../runtime/clock';
import { logger, withLogKeys } from '../../runtime/logger';

/**
 * Scheduled job: in every open cohort that has not started, asks a PENGINGAT_KONFIRMASI e-mail for each seated
 * participant whose invitation is issued and who has not answered the confirmation, once the cohort is near
 * (domain/training/confirmation-reminder.ts). The request's id is one per participant and cohort, so running
 * every day (or again after a failure) reminds each of them once.
 */
export async function runConfirmationReminders(
  now: Date,
  correlationId: string,
): Promise<{ reminded: number }> {
  const today = dateInWib(now);
  let reminded = 0;
  for (const cohort of await openCohortsAhead(today)) {
    const startDate = cohort.startDate as IsoDate;
    // Cheap test first: most open cohorts are not near yet, and their seats need not be read.
    if (!confirmationReminderDue({ today, startDate, invited: true, answered: false })) continue;
    const seated = await seatsOf(cohort.programId, cohort.number);
    const invited = seated.filter((p) => {
      const invitation = invitationOf(p);
      return invitation?.cohort === cohort.number && invitation.status === 'READY';
    });
    const due = [];
    for (const participant of invited) {
      const { confirmation } = await loadTraining(participant.programId, participant.nip);
      const answered = confirmation?.cohort === cohort.number;
      if (confirmationReminderDue({ today, startDate, invited: true, answered })) due.push(participant);
    }
    if (due.length === 0) continue;
    const program = await findProgram(cohort.programId);
    if (!program) throw new Error(`Programme ${cohort.programId} of cohort ${cohort.number} does not exist`);
    await requestNotifications(
      due.map((participant) => confirmationReminder(participant, cohort, program.name)),
      correlationId,
      now,
    );
    reminded += due.length;
    logger.info('confirmation reminders requested', { cohort: cohort.number, count: due.length });
  }
  return { reminded };
}

export const handler = middy(async (_event: unknown, context: Context) => {
  const correlationId = context.awsRequestId;
  return withLogKeys({ correlationId }, () => runConfirmationReminders(now(), correlationId));
}).use(injectLambdaContext(logger));
