import { invitationSigner, verifiedTestSite } from './bodies';
import { forEachLimit } from './progress';
import { designateTestSite, underPerban } from './stage-delivery';
import { waitForQueues } from './queues';
import { add, type DemoContext } from './state';

/**
 * BKN names the letters' signer and records each cohort's test site, verified today (Pasal 27(4)); under Perban
 * BKN 7/2020 the programme's TUK, verified for the cohort's use and designated by decree (27(5)).
 */
export async function prepareInvitations(ctx: DemoContext): Promise<void> {
  const admin = await ctx.actors.admin();
  await admin('PUT', `/programs/${ctx.programId}/invitation-signer`, invitationSigner());
  const designated = ctx.cohorts.filter((c) => ctx.testSite && underPerban(c));
  // One site, verified for each use in turn: its record changes with every verification and designation.
  for (const cohort of designated) await designateTestSite(ctx, cohort.number);
  const others = ctx.cohorts.filter((c) => !designated.includes(c));
  // A regional programme's cohorts are tested at the site it recorded at its Kanreg (TUK-WILAYAH-PROGRAM-DAERAH).
  const recorded = (await admin('GET', `/programs/${ctx.programId}`)).body.testSite as
    { name: string; address: string } | undefined;
  const site = {
    ...verifiedTestSite(ctx.today),
    ...(recorded && { name: recorded.name, address: recorded.address }),
  };
  await forEachLimit(others, ctx.concurrency, async (cohort) => {
    await admin('PUT', `/programs/${ctx.programId}/cohorts/${cohort.number}/test-site`, site);
  });
}

/**
 * The registration job, on the day a cohort's registration opens (14 days before it starts): it opens the cohorts
 * whose date has come and queues the invitations of their participants; the invitation worker numbers and
 * renders every letter, sent through the instansi that day.
 */
export async function openRegistrations(ctx: DemoContext): Promise<void> {
  const run = (await ctx.stack.fireSchedule('cohortRegistrations')) as { opened: string[] };
  add(ctx.counts, 'angkatan dibuka oleh jadwal pendaftaran', run.opened.length);
  await waitForQueues(ctx.stack, ['invitation'], 600_000);
}
