import { proposalRoutes } from '../../events/api/routes/proposals';
import { apiHandler } from '../shared/http/api-handler';
import { deleteCandidate } from './delete-candidate';
import { confirmDocument, confirmLetter, requestDocumentUpload, requestLetterUpload } from './documents';
import { getProposal } from './get-proposal';
import { openProposal } from './open-proposal';
import { putCandidate } from './put-candidate';
import { submitProposal } from './submit-proposal';

/** Proposal stage: instansi and Kanreg operators build and submit their proposals of candidates. */
export const handler = apiHandler(proposalRoutes, {
  openProposal,
  getProposal,
  putCandidate,
  deleteCandidate,
  requestDocumentUpload,
  confirmDocument,
  requestLetterUpload,
  confirmLetter,
  submitProposal,
});
