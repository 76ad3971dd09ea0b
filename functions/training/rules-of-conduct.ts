import { checkRulesOfConductPublication } from '../../domain/training/rules-of-conduct';
import { dateInWib, type IsoDate } from '../../domain/shared/dates';
import type { routes } from '../../events/api/routes';
import type { RulesOfConduct } from '../../events/api/training';
import { publishRulesOfConduct as publish } from '../../adapters/dynamodb/rules-of-conduct-repository';
import { findCohort } from '../../adapters/dynamodb/seating-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { rulesNotMet } from '../../runtime/http/http-error';
import { cohortNotFound } from '../../runtime/http/not-found';

/**
 * BKN publishes the cohort's rules of conduct before its class (Panduan Pusbang ASN BKN 2019, Tata Tertib); from
 * then on its classroom registers list only those who acknowledged them (TATA-TERTIB-DIAKUI). Publishing again
 * replaces the publication.
 */
export const publishRulesOfConduct: Operation<typeof routes.publishRulesOfConduct> = async ({
  params,
  body,
  principal,
  now,
}) => {
  const cohort = await findCohort(params.programId, params.number);
  if (!cohort) throw cohortNotFound();
  const verdict = checkRulesOfConductPublication(
    { number: cohort.number, startDate: cohort.startDate as IsoDate },
    dateInWib(now),
  );
  if (!verdict.ok) throw rulesNotMet(verdict.violations);
  const rules: RulesOfConduct = {
    programId: params.programId,
    cohort: cohort.number,
    source: body.source,
    publishedBy: principal.username,
    publishedAt: now.toISOString(),
  };
  await publish(rules);
  return { statusCode: 200, body: rules };
};
