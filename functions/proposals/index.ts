import { proposalRoutes } from '../../events/api/routes/proposals';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { instansiScope } from '../../runtime/http/scopes/instansi';
import { publishMetrics } from '../../runtime/metrics';
import { deleteCandidate } from './delete-candidate';
import {
  confirmDocument,
  confirmDocuments,
  confirmLetter,
  getCandidateDocument,
  getLetter,
  requestDocumentUpload,
  requestDocumentUploads,
  requestLetterUpload,
} from './documents';
import { getProposal } from './get-proposal';
import { openProposal } from './open-proposal';
import { putCandidate } from './put-candidate';
import { submitProposal } from './submit-proposal';
import { programReads } from './context';

/**
 * Proposal stage: instansi and Kanreg operators build and submit their proposals of candidates. Submissions
 * are counted (ProposalSubmitted).
 */
export const handler = apiHandler(
  proposalRoutes,
  {
    openProposal,
    getProposal,
    putCandidate,
    deleteCandidate,
    requestDocumentUpload,
    confirmDocument,
    getCandidateDocument,
    requestDocumentUploads,
    confirmDocuments,
    requestLetterUpload,
    confirmLetter,
    getLetter,
    submitProposal,
  },
  routeAccess(
    { instansi: instansiScope },
    // The programme of the routes that read it alone first (the others read it with the proposal, whose
    // instansi must be in the caller's scope before anything of it is read).
    { openProposal: programReads, getProposal: programReads, submitProposal: programReads },
  ),
  idempotentRequests,
).use(publishMetrics());
