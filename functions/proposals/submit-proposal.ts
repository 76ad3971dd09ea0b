import { eligibilityForTestDates, testDatesOf } from '../../domain/eligibility/test-date';
import { checkSubmission } from '../../domain/proposal/submission';
import { dateInWib } from '../../domain/shared/dates';
import type { routes } from '../../events/api/routes';
import {
  ConcurrentChangeError,
  loadProposal,
  nipsHeldElsewhere,
  submitProposal as writeSubmission,
} from '../../adapters/dynamodb/proposal-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { candidateProfileOf, documentsOf } from '../../services/candidates/profile';
import { countEvent } from '../../runtime/metrics';
import { proposalCharge } from '../../services/programs/allocation-gate';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { changedMeanwhile, programOf } from './context';

/**
 * Submits the proposal: refused with every reason (window, letter, quotas, the Kanreg's allocation, documents, NIPs
 * proposed elsewhere),
 * otherwise every candidate gets its eligibility report and the whole proposal is written at once. A proposal
 * already submitted answers as it stands, so a retried request changes nothing. After the session asks for
 * documents, submitting again screens only the candidates that were sent back.
 */
export const submitProposal: Operation<typeof routes.submitProposal> = async ({
  params,
  principal,
  read,
  now,
}) => {
  const program = await programOf(read, params);
  const loaded = await loadProposal(params);
  if (!loaded)
    throw new HttpError(404, 'PROPOSAL_NOT_FOUND', 'Usulan instansi ini dalam program belum dibuat.');
  const { proposal, candidates } = loaded;
  if (proposal.status === 'SUBMITTED') return { statusCode: 200, body: { ...proposal, candidates } };

  const toScreen = candidates.filter((c) =>
    proposal.status === 'DRAFT' ? c.status === 'DRAFT' : c.status === 'DOCUMENT_REQUESTED',
  );
  // Candidates are counted against the Kanreg's allocation once, when the proposal is first submitted.
  const adding = proposal.status === 'DRAFT' ? toScreen.length : 0;
  const [heldElsewhere, allocation] = await Promise.all([
    nipsHeldElsewhere(
      program.id,
      proposal.instansiCode,
      toScreen.map((c) => c.nip),
    ),
    proposalCharge(program, proposal.kanreg, adding),
  ]);
  const verdict = checkSubmission(
    {
      window: {
        opensAt: new Date(program.proposalWindow.opensAt),
        closesAt: new Date(program.proposalWindow.closesAt),
      },
      offeredSchemes: program.schemes,
      quotaPerInstansi: program.quotaPerInstansi,
      proposalStatus: proposal.status,
      hasLetter: proposal.letter !== undefined,
      candidates: candidates.map((c) => ({
        nip: c.nip,
        scheme: c.scheme,
        documents: documentsOf(c),
        screen: toScreen.includes(c),
      })),
      nipsProposedElsewhere: heldElsewhere,
    },
    now,
  );
  const violations = [...(verdict.ok ? [] : verdict.violations), ...allocation.violations];
  if (violations.length > 0) throw rulesNotMet(violations);

  // Counted to the test (Pasal 16(4), 31(2)): against the test dates the programme offers the candidate's level.
  const today = dateInWib(now);
  const at = now.toISOString();
  const screened = toScreen.map((candidate) => {
    const testDates = testDatesOf(program.cohortPlan, candidate.scheme);
    const { report, evaluatedFor, eligibleTestDates } = eligibilityForTestDates(
      candidateProfileOf(candidate),
      testDates,
      today,
    );
    return {
      candidate,
      eligibility: {
        eligible: report.eligible,
        evaluatedAt: at,
        evaluatedFor,
        eligibleTestDates,
        checks: report.checks,
      },
    };
  });
  try {
    const submitted = await writeSubmission(proposal, screened, principal.username, at, allocation.items);
    countEvent('ProposalSubmitted');
    const byNip = new Map(screened.map((s) => [s.candidate.nip, s.eligibility]));
    return {
      statusCode: 200,
      body: {
        ...submitted,
        candidates: candidates.map((c) =>
          byNip.has(c.nip)
            ? { ...c, status: 'SUBMITTED' as const, eligibility: byNip.get(c.nip), updatedAt: at }
            : c,
        ),
      },
    };
  } catch (error) {
    if (!(error instanceof ConcurrentChangeError)) throw error;
    // Another submission of the region may have taken the last places meanwhile.
    const recount = await proposalCharge(program, proposal.kanreg, adding);
    if (recount.violations.length > 0) throw rulesNotMet(recount.violations);
    const taken = await nipsHeldElsewhere(
      program.id,
      proposal.instansiCode,
      toScreen.map((c) => c.nip),
    );
    if (taken.length > 0) {
      throw new HttpError(
        422,
        'USULAN-NIP-GANDA',
        `NIP ${taken.join(', ')} baru saja diusulkan oleh instansi lain.`,
        taken,
      );
    }
    throw changedMeanwhile();
  }
};
