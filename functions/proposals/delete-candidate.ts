import type { routes } from '../../events/api/routes';
import {
  ConcurrentChangeError,
  deleteCandidate as remove,
} from '../../adapters/dynamodb/proposal-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError } from '../../runtime/http/http-error';
import { changedMeanwhile, existingProposal, notEditable, editTarget } from './context';

/** Withdraws a candidate from a draft proposal. */
export const deleteCandidate: Operation<typeof routes.deleteCandidate> = async ({ params, read, now }) => {
  const scope = await editTarget(read, params);
  const proposal = existingProposal(scope.proposal);
  if (proposal.status !== 'DRAFT') throw notEditable();
  if (!scope.candidate) {
    throw new HttpError(404, 'CANDIDATE_NOT_FOUND', 'Calon dengan NIP ini tidak ada dalam usulan.');
  }
  try {
    await remove(params, params.nip, now.toISOString());
  } catch (error) {
    if (error instanceof ConcurrentChangeError) throw changedMeanwhile();
    throw error;
  }
  return { statusCode: 204 };
};
