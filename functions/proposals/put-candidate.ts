import { parseNip } from '../../domain/identity/nip';
import { MAX_CANDIDATES_PER_PROPOSAL } from '../../domain/proposal/limits';
import type { Candidate } from '../../events/api/proposal';
import type { routes } from '../../events/api/routes';
import { ConcurrentChangeError, saveCandidate } from '../../adapters/dynamodb/proposal-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError, rulesNotMet } from '../../runtime/http/http-error';
import { changedMeanwhile, existingProposal, notEditable, editTarget } from './context';

/**
 * Adds a candidate to a draft proposal, or corrects one (in a draft, or when the session sent it back).
 * The NIP must be a possible one (domain/identity/nip.ts); eligibility is judged at submission.
 */
export const putCandidate: Operation<typeof routes.putCandidate> = async ({
  params,
  body,
  principal,
  read,
  now,
}) => {
  const nip = parseNip(params.nip, 'nip');
  if (!nip.ok) throw rulesNotMet(nip.violations);
  const scope = await editTarget(read, params);
  const proposal = existingProposal(scope.proposal);
  if (proposal.status === 'SUBMITTED') throw notEditable();
  const existing = scope.candidate;
  if (!existing && proposal.status !== 'DRAFT') throw notEditable();
  if (existing && existing.status !== 'DRAFT' && existing.status !== 'DOCUMENT_REQUESTED')
    throw notEditable();
  if (!existing && proposal.candidateCount >= MAX_CANDIDATES_PER_PROPOSAL) {
    throw new HttpError(
      422,
      'USULAN-BATAS-CALON',
      `Satu usulan memuat paling banyak ${MAX_CANDIDATES_PER_PROPOSAL} calon.`,
    );
  }
  // A correction keeps what the process recorded: documents, the eligibility report, the session's decision.
  const candidate: Candidate = {
    ...existing,
    ...body,
    nip: params.nip,
    programId: params.programId,
    instansiCode: params.instansiCode,
    status: existing?.status ?? 'DRAFT',
    documents: existing?.documents ?? {},
    updatedBy: principal.username,
    updatedAt: now.toISOString(),
  };
  try {
    await saveCandidate(candidate, !existing);
  } catch (error) {
    if (error instanceof ConcurrentChangeError) throw changedMeanwhile();
    throw error;
  }
  return { statusCode: existing ? 200 : 201, body: candidate };
};
