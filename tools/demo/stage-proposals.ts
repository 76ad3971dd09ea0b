import { REQUIRED_DOCUMENTS } from '../../domain/eligibility/documents';
import { pikTranscript } from './bodies';
import type { Caller } from './http';
import { forEachLimit, type Progress } from './progress';
import type { CandidateSpec, InstansiSpec } from './scenario';
import { add, type DemoContext } from './state';

interface EligibilityAnswer {
  nip: string;
  eligibility?: { eligible: boolean; checks: { code: string; met: boolean; notApplicable?: boolean }[] };
}

/** The proposal of one instansi, built by its operator (or its Kanreg) from its candidates. */
async function propose(
  ctx: DemoContext,
  instansi: InstansiSpec,
  candidates: readonly CandidateSpec[],
  progress: Progress,
): Promise<void> {
  const as = await ctx.actors.proposer(instansi);
  const base = `/programs/${ctx.programId}/proposals/${instansi.code}`;
  await as('PUT', base, undefined, [201]);
  for (const candidate of candidates) {
    await as('PUT', `${base}/candidates/${candidate.nip}`, candidate.input, [201]);
    await ctx.actors.uploadDocuments(
      as,
      `${base}/candidates/${candidate.nip}`,
      REQUIRED_DOCUMENTS.filter((k) => k !== candidate.missingDocument),
    );
    if (candidate.pikGraduate) {
      // Tested directly (Pasal 23): the transcript's courses cover the standard, course by course.
      await as('PUT', `${base}/candidates/${candidate.nip}/pik-graduation`, pikTranscript());
      add(ctx.counts, 'lulusan PIK diusulkan uji langsung');
    }
  }
  await ctx.actors.upload(as, `${base}/letter/upload`, `${base}/letter`);

  const incomplete = candidates.filter((c) => c.missingDocument);
  if (incomplete.length > 0) {
    // Submission refuses the proposal at once, naming each missing document; the operator uploads them.
    const refused = await as('POST', `${base}/submit`, undefined, [422]);
    const fields = (refused.body.details as { field?: string }[]).map((d) => d.field);
    for (const c of incomplete) {
      if (!fields.includes(`candidates.${c.nip}.documents.${c.missingDocument}`))
        ctx.problems.push(`submission of ${instansi.code} did not name the missing ${c.missingDocument}`);
      const path = `${base}/candidates/${c.nip}/documents/${c.missingDocument}`;
      await ctx.actors.upload(as, `${path}/upload`, path);
    }
    add(ctx.counts, 'usulan ditolak sistem: dokumen kurang, dilengkapi', 1);
  }
  const submitted = await submitProposal(as, base);
  checkEligibility(ctx, candidates, submitted);
  add(ctx.counts, instansi.proposedBy === 'kanreg' ? 'usulan oleh Kanreg' : 'usulan oleh instansi');
  progress.tick(candidates.length);
}

/** Submits a proposal; every candidate screened comes back with its eligibility report. */
export async function submitProposal(as: Caller, base: string): Promise<EligibilityAnswer[]> {
  return (await as('POST', `${base}/submit`, undefined, [200])).body.candidates;
}

/** Every candidate comes back with an eligibility report that says what the scenario made of the profile. */
function checkEligibility(
  ctx: DemoContext,
  candidates: readonly CandidateSpec[],
  answers: readonly EligibilityAnswer[],
): void {
  for (const c of candidates) {
    const report = answers.find((a) => a.nip === c.nip)?.eligibility;
    const failed =
      report?.checks.filter((check) => !check.met && !check.notApplicable).map((check) => check.code) ?? [];
    const expected = c.ineligible ? [c.ineligible] : [];
    if (!report || report.eligible !== !c.ineligible || failed.join() !== expected.join()) {
      ctx.problems.push(
        `eligibility of ${c.nip}: expected ${expected.join() || 'eligible'}, got ${failed.join() || 'eligible'}`,
      );
    }
  }
}

/** Instansi and Kanreg operators propose every candidate with their documents and submit. */
export async function proposeCandidates(ctx: DemoContext, progress: Progress): Promise<void> {
  const byInstansi = new Map<string, CandidateSpec[]>();
  for (const c of ctx.scenario.candidates) {
    byInstansi.set(c.instansi.code, [...(byInstansi.get(c.instansi.code) ?? []), c]);
  }
  progress.restart(ctx.scenario.candidates.length, 'calon');
  const proposals = ctx.scenario.instansi.filter((i) => byInstansi.has(i.code));
  await forEachLimit(proposals, ctx.concurrency, (instansi) =>
    propose(ctx, instansi, byInstansi.get(instansi.code)!, progress),
  );
  add(ctx.counts, 'usulan diajukan', proposals.length);
  add(ctx.counts, 'calon diusulkan', ctx.scenario.candidates.length);
  add(
    ctx.counts,
    'calon tidak memenuhi syarat (laporan kelayakan)',
    ctx.scenario.candidates.filter((c) => c.ineligible).length,
  );
}
