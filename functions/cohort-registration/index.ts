import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { dateInWib } from '../../domain/program/program';
import { cohortsDueForRegistration, openRegistration } from '../shared/data/seating-repository';
import { logger } from '../shared/logger';

/** Scheduled job: opens each cohort's registration on its date (domain/scheduling/placement.ts#registrationOpensOn). */
export async function runCohortRegistration(now: Date): Promise<{ opened: string[] }> {
  const opened: string[] = [];
  for (const cohort of await cohortsDueForRegistration(dateInWib(now))) {
    if (await openRegistration(cohort)) opened.push(`${cohort.programId}#${cohort.number}`);
  }
  logger.info('cohort registrations opened', { opened });
  return { opened };
}

export const handler = middy(async () => runCohortRegistration(new Date())).use(injectLambdaContext(logger));
