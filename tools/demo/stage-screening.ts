import type { Candidate } from '../../events/api/proposal';
import type { Caller } from './http';
import { forEachLimit, type Progress } from './progress';
import { submitProposal } from './stage-proposals';
import type { CandidateSpec } from './scenario';
import { add, type DemoContext } from './state';

/** The session's worklist: every candidate of a status, page by page (read whole before deciding). */
export async function candidatesWithStatus(ctx: DemoContext, status: string): Promise<Candidate[]> {
  const admin = await ctx.actors.admin();
  const items: Candidate[] = [];
  let cursor: string | undefined;
  do {
    const query = `status=${status}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const page = (await admin('GET', `/programs/${ctx.programId}/candidates?${query}`)).body;
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

const path = (ctx: DemoContext, instansi: string, nip: string) =>
  `/programs/${ctx.programId}/proposals/${instansi}/candidates/${nip}`;

/** BKN decides each submitted candidate from the eligibility report the submission produced. */
async function decide(
  ctx: DemoContext,
  admin: Caller,
  candidate: Candidate,
  spec: CandidateSpec,
  askDocuments: boolean,
): Promise<void> {
  const failed = candidate.eligibility?.checks.filter((c) => !c.met && !c.notApplicable) ?? [];
  const body = !candidate.eligibility?.eligible
    ? { outcome: 'REJECTED', reason: `Tidak memenuhi persyaratan: ${failed.map((c) => c.code).join(', ')}.` }
    : askDocuments && spec.documentRequested
      ? {
          outcome: 'DOCUMENT_REQUESTED',
          reason: 'Surat keterangan sehat sudah kedaluwarsa; lampirkan yang terbaru.',
          documents: [spec.documentRequested],
        }
      : { outcome: 'ACCEPTED' };
  await admin('POST', `${path(ctx, candidate.instansiCode, candidate.nip)}/decisions`, body);
  add(ctx.counts, `sidang kelayakan: ${body.outcome}`);
}

/**
 * The eligibility session: BKN accepts or rejects every submitted candidate and asks for a document again where
 * one is out of date; the instansi uploads it and resubmits, and the session then accepts.
 */
export async function eligibilitySession(ctx: DemoContext, progress: Progress): Promise<void> {
  const admin = await ctx.actors.admin();
  const specs = new Map(ctx.scenario.candidates.map((c) => [c.nip, c]));
  const submitted = await candidatesWithStatus(ctx, 'SUBMITTED');
  if (submitted.length !== ctx.scenario.candidates.length) {
    ctx.problems.push(`worklist has ${submitted.length} of ${ctx.scenario.candidates.length} candidates`);
  }
  progress.restart(submitted.length, 'keputusan');
  await forEachLimit(submitted, ctx.concurrency, async (candidate) => {
    await decide(ctx, admin, candidate, specs.get(candidate.nip)!, true);
    progress.tick();
  });

  const asked = ctx.scenario.candidates.filter((c) => c.documentRequested);
  // Each proposal fixed by its proposer, document after document, then submitted once: a proposal changes as a
  // whole (PROPOSAL_CHANGED to a second edit at once), and a regional one holds many candidates of one instansi.
  const proposals = Map.groupBy(asked, (c) => c.instansi.code);
  await forEachLimit([...proposals.values()], ctx.concurrency, async (candidates) => {
    const { instansi } = candidates[0]!;
    const as = await ctx.actors.proposer(instansi);
    const seen = await as('GET', `/programs/${ctx.programId}/proposals/${instansi.code}`);
    if (seen.body.status !== 'NEEDS_FIX') ctx.problems.push(`proposal of ${instansi.code} is not NEEDS_FIX`);
    for (const c of candidates) {
      const document = `${path(ctx, instansi.code, c.nip)}/documents/${c.documentRequested}`;
      await ctx.actors.upload(as, `${document}/upload`, document);
    }
    await submitProposal(as, `/programs/${ctx.programId}/proposals/${instansi.code}`);
    add(ctx.counts, 'usulan diperbaiki dan diajukan ulang');
  });
  const resubmitted = await candidatesWithStatus(ctx, 'SUBMITTED');
  if (resubmitted.length !== asked.length) {
    ctx.problems.push(
      `${resubmitted.length} candidates resubmitted, ${asked.length} were asked for a document`,
    );
  }
  await forEachLimit(resubmitted, ctx.concurrency, (candidate) =>
    decide(ctx, admin, candidate, specs.get(candidate.nip)!, false),
  );
}
