import type { routes } from '../../events/api/routes';
import {
  ConcurrentChangeError,
  findCandidate,
  recordCandidateDocument,
  recordLetter,
} from '../shared/data/proposal-repository';
import type { Operation } from '../shared/http/api-handler';
import { HttpError } from '../shared/http/http-error';
import { changedMeanwhile, existingProposal, notEditable, proposalScope } from './context';
import { candidateDocumentKey, confirmedUpload, letterKey, uploadSlot } from '../shared/uploads';

async function editableCandidate(params: { programId: string; instansiCode: string; nip: string }) {
  const proposal = await existingProposal(params);
  if (proposal.status === 'SUBMITTED') throw notEditable();
  const candidate = await findCandidate(params, params.nip);
  if (!candidate)
    throw new HttpError(404, 'CANDIDATE_NOT_FOUND', 'Calon dengan NIP ini tidak ada dalam usulan.');
  if (candidate.status !== 'DRAFT' && candidate.status !== 'DOCUMENT_REQUESTED') throw notEditable();
  return candidate;
}

async function orChangedMeanwhile(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (error instanceof ConcurrentChangeError) throw changedMeanwhile();
    throw error;
  }
}

/** A signed PUT slot for one of a candidate's Pasal 32 documents. */
export const requestDocumentUpload: Operation<typeof routes.requestDocumentUpload> = async ({
  params,
  body,
  principal,
  now,
}) => {
  await proposalScope(params, principal);
  await editableCandidate(params);
  const key = candidateDocumentKey(params.programId, params.instansiCode, params.nip, params.kind);
  return { statusCode: 200, body: await uploadSlot(key, body, now) };
};

/** Records an uploaded document on the candidate once S3 holds an acceptable file. */
export const confirmDocument: Operation<typeof routes.confirmDocument> = async ({
  params,
  principal,
  now,
}) => {
  await proposalScope(params, principal);
  const candidate = await editableCandidate(params);
  const key = candidateDocumentKey(params.programId, params.instansiCode, params.nip, params.kind);
  const document = await confirmedUpload(key, principal.username, now);
  await orChangedMeanwhile(() => recordCandidateDocument(params, params.nip, params.kind, document));
  return {
    statusCode: 200,
    body: {
      ...candidate,
      documents: { ...candidate.documents, [params.kind]: document },
      updatedAt: document.uploadedAt,
    },
  };
};

/** A signed PUT slot for the proposal letter signed by the head of the instansi (Pasal 31(1)a). */
export const requestLetterUpload: Operation<typeof routes.requestLetterUpload> = async ({
  params,
  body,
  principal,
  now,
}) => {
  await proposalScope(params, principal);
  const proposal = await existingProposal(params);
  if (proposal.status === 'SUBMITTED') throw notEditable();
  return {
    statusCode: 200,
    body: await uploadSlot(letterKey(params.programId, params.instansiCode), body, now),
  };
};

export const confirmLetter: Operation<typeof routes.confirmLetter> = async ({ params, principal, now }) => {
  await proposalScope(params, principal);
  const proposal = await existingProposal(params);
  if (proposal.status === 'SUBMITTED') throw notEditable();
  const letter = await confirmedUpload(
    letterKey(params.programId, params.instansiCode),
    principal.username,
    now,
  );
  await orChangedMeanwhile(() => recordLetter(params, letter));
  return {
    statusCode: 200,
    body: { ...proposal, letter, version: proposal.version + 1, updatedAt: letter.uploadedAt },
  };
};
