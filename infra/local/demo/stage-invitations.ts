import { invitationSigner, verifiedTestSite } from './bodies';
import { forEachLimit, type Progress } from './progress';
import { waitForQueues } from './queues';
import { add, refreshCohorts, type DemoContext } from './state';
import { dateInWib } from '../../../domain/shared/dates';

/**
 * BKN names the letters' signer and records each cohort's verified test site; the registration job opens the
 * cohorts whose registration date has come and queues their invitations, and BKN queues those of the later
 * cohorts itself (without a clock to move, their registration dates are still ahead). The invitation worker
 * numbers and renders every letter.
 */
export async function sendInvitations(ctx: DemoContext, progress: Progress): Promise<void> {
  const admin = await ctx.actors.admin();
  const today = dateInWib(new Date());
  await admin('PUT', `/programs/${ctx.programId}/invitation-signer`, invitationSigner());
  progress.restart(ctx.cohorts.length, 'angkatan');
  await forEachLimit(ctx.cohorts, ctx.concurrency, async (cohort) => {
    await admin(
      'PUT',
      `/programs/${ctx.programId}/cohorts/${cohort.number}/test-site`,
      verifiedTestSite(today),
    );
    progress.tick();
  });
  const run = (await ctx.stack.fireSchedule('cohortRegistrations')) as { opened: string[]; invited: number };
  add(ctx.counts, 'angkatan dibuka oleh jadwal pendaftaran', run.opened.length);
  const scheduled = (await refreshCohorts(ctx)).filter((c) => c.registration === 'SCHEDULED');
  await forEachLimit(scheduled, ctx.concurrency, async (cohort) => {
    await admin('POST', `/programs/${ctx.programId}/cohorts/${cohort.number}/invitations`, undefined, [202]);
  });
  add(ctx.counts, 'angkatan diundang oleh BKN sebelum tanggal pendaftaran', scheduled.length);
  const seated = ctx.cohorts.reduce((sum, c) => sum + c.seatsTaken, 0);
  progress.restart(seated, 'undangan');
  await waitForQueues(
    ctx.stack,
    ['invitation'],
    600_000,
    (left) => (progress.done = Math.max(0, seated - left)),
  );
}
