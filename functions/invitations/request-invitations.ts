import { cohortNotFound } from '../../runtime/http/not-found';
import { checkCohortInvitations } from '../../domain/scheduling/invitation';
import type { IsoDate } from '../../domain/shared/dates';
import type { routes } from '../../events/api/routes';
import { findInvitationSigner } from '../../adapters/dynamodb/invitation-repository';
import { findCohort } from '../../adapters/dynamodb/seating-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { inviteCohort } from '../../services/invitations/invite-cohort';
import { dateInWib } from '../../domain/shared/dates';

/**
 * BKN (re)queues the invitations of a cohort's seated participants, e.g. after setting the signer or moving
 * participants. Refused once an invitation issued today could no longer arrive 6 working days before the
 * cohort starts (Perka BKN 11/2008 Lampiran III.2.a.4)), and while the cohort has no verified test site to name
 * as its place (Anak Lampiran (9)).
 */
export const requestCohortInvitations: Operation<typeof routes.requestCohortInvitations> = async ({
  params,
  now,
  correlationId,
}) => {
  const cohort = await findCohort(params.programId, params.number);
  if (!cohort) throw cohortNotFound();
  const invitable = checkCohortInvitations(
    { ...cohort, startDate: cohort.startDate as IsoDate, endDate: cohort.endDate as IsoDate },
    dateInWib(now),
  );
  if (!invitable.ok) throw rulesNotMet(invitable.violations);
  if (!(await findInvitationSigner(params.programId))) {
    throw new HttpError(
      409,
      'INVITATION_SIGNER_MISSING',
      'Penanda tangan undangan program belum ditetapkan (PUT /programs/{programId}/invitation-signer).',
    );
  }
  const queued = await inviteCohort(params.programId, cohort.number, correlationId, now);
  return {
    statusCode: 202,
    body: {
      programId: params.programId,
      cohort: cohort.number,
      queued,
      latestIssueDate: invitable.value.latestIssueDate,
    },
  };
};
