import type { RequiredDocument } from '../../domain/eligibility/documents';
import type { Candidate } from '../../events/api/proposal';
import type { routes } from '../../events/api/routes';
import {
  candidateRead,
  ConcurrentChangeError,
  proposalRead,
  recordCandidateDocuments,
  recordLetter,
} from '../../adapters/dynamodb/proposal-repository';
import type { BatchedRead } from '../../adapters/dynamodb/table';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError } from '../../runtime/http/http-error';
import type { Principal } from '../../runtime/http/principal';
import type { DeclaredFile } from '../../domain/proposal/upload';
import {
  confirmedUpload,
  openUploadSlots,
  openUploadSlotsAtOnce,
  pinnedDownload,
} from '../../services/documents/uploads';
import {
  changedMeanwhile,
  documentPlace,
  editTarget,
  existingProposal,
  letterPlace,
  notEditable,
  type EditTarget,
} from './context';

interface CandidateRef {
  programId: string;
  instansiCode: string;
  nip: string;
}

function editableCandidate(scope: EditTarget) {
  const proposal = existingProposal(scope.proposal);
  if (proposal.status === 'SUBMITTED') throw notEditable();
  const candidate = scope.candidate;
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

/** Signed PUT slots for some of a candidate's Pasal 32 documents, in the order asked, while it may change. */
async function documentSlots(
  read: BatchedRead,
  params: CandidateRef,
  now: Date,
  files: (DeclaredFile & { kind: RequiredDocument })[],
) {
  editableCandidate(await editTarget(read, params));
  return openUploadSlotsAtOnce(
    files.map((file) => ({ place: documentPlace(params, params.nip, file.kind), file })),
    now,
  );
}

/** A document whose file did not pass the storage check, with where it was in the request. */
interface RefusedDocument {
  index: number;
  kind: RequiredDocument;
  error: HttpError;
}

/**
 * Records uploaded documents on the candidate, all or none: the file of each kind's latest slot is checked in
 * storage and pinned (in parallel), and only when all pass are they written, in one update of the candidate. A
 * file that fails its check makes `refusal` the answer (an unexpected failure, e.g. storage answering 500, is
 * thrown as it is).
 */
async function confirmDocumentsOf(
  read: BatchedRead,
  params: CandidateRef,
  kinds: RequiredDocument[],
  principal: Principal,
  now: Date,
  refusal: (refused: RefusedDocument[]) => HttpError,
): Promise<Candidate> {
  const target = await editTarget(
    read,
    params,
    kinds.map((kind) => documentPlace(params, params.nip, kind)),
  );
  const candidate = editableCandidate(target);
  const checks = await Promise.allSettled(
    kinds.map((kind, i) =>
      confirmedUpload(target.slots[i], candidate.documents[kind], principal.username, now),
    ),
  );
  const documents: Candidate['documents'] = {};
  const refused: RefusedDocument[] = [];
  checks.forEach((check, index) => {
    const kind = kinds[index]!;
    if (check.status === 'fulfilled') documents[kind] = check.value;
    else if (check.reason instanceof HttpError) refused.push({ index, kind, error: check.reason });
    else throw check.reason;
  });
  if (refused.length > 0) throw refusal(refused);

  const change = { by: principal.username, at: now.toISOString() };
  await orChangedMeanwhile(() => recordCandidateDocuments(params, params.nip, documents, change));
  return {
    ...candidate,
    documents: { ...candidate.documents, ...documents },
    updatedBy: change.by,
    updatedAt: change.at,
  };
}

/** A signed PUT slot for one of a candidate's Pasal 32 documents. */
export const requestDocumentUpload: Operation<typeof routes.requestDocumentUpload> = async ({
  params,
  body,
  read,
  now,
}) => {
  const [slot] = await documentSlots(read, params, now, [{ kind: params.kind, ...body }]);
  return { statusCode: 200, body: slot };
};

/** Signed PUT slots for several of a candidate's documents at once, as an operator's form uploads them. */
export const requestDocumentUploads: Operation<typeof routes.requestDocumentUploads> = async ({
  params,
  body,
  read,
  now,
}) => {
  const slots = await documentSlots(read, params, now, body.documents);
  return {
    statusCode: 200,
    body: { documents: slots.map((slot, i) => ({ kind: body.documents[i]!.kind, ...slot })) },
  };
};

/** Records an uploaded document on the candidate once S3 holds an acceptable file. */
export const confirmDocument: Operation<typeof routes.confirmDocument> = async ({
  params,
  principal,
  read,
  now,
}) => ({
  statusCode: 200,
  body: await confirmDocumentsOf(read, params, [params.kind], principal, now, ([only]) => only!.error),
});

/**
 * Records several uploaded documents at once: all, or, when any file fails its check, none, with a 422 naming
 * every problem by its place in the request (`documents.<i>`).
 */
export const confirmDocuments: Operation<typeof routes.confirmDocuments> = async ({
  params,
  body,
  principal,
  read,
  now,
}) => {
  const kinds = body.documents.map((document) => document.kind);
  const refusal = (refused: RefusedDocument[]) =>
    new HttpError(
      422,
      'DOCUMENTS_NOT_CONFIRMED',
      `${refused.length} dari ${kinds.length} berkas tidak lolos pemeriksaan; tidak ada dokumen yang dicatat.`,
      refused.map(({ index, kind, error }) => ({
        path: `documents.${index}`,
        kind,
        code: error.code,
        message: error.message,
      })),
    );
  return {
    statusCode: 200,
    body: await confirmDocumentsOf(read, params, kinds, principal, now, refusal),
  };
};

/** A signed PUT slot for the proposal letter signed by the head of the instansi (Pasal 31(1)a). */
export const requestLetterUpload: Operation<typeof routes.requestLetterUpload> = async ({
  params,
  body,
  read,
  now,
}) => {
  const proposal = existingProposal((await editTarget(read, params)).proposal);
  if (proposal.status === 'SUBMITTED') throw notEditable();
  const [slot] = await openUploadSlots([{ place: letterPlace(params), file: body }], now);
  return { statusCode: 200, body: slot };
};

/** Records the uploaded letter of the latest slot, pinned, while the proposal may change. */
export const confirmLetter: Operation<typeof routes.confirmLetter> = async ({
  params,
  principal,
  read,
  now,
}) => {
  const target = await editTarget(read, params, [letterPlace(params)]);
  const proposal = existingProposal(target.proposal);
  if (proposal.status === 'SUBMITTED') throw notEditable();
  const letter = await confirmedUpload(target.slots[0], proposal.letter, principal.username, now);
  await orChangedMeanwhile(() => recordLetter(params, letter));
  return {
    statusCode: 200,
    body: { ...proposal, letter, version: proposal.version + 1, updatedAt: letter.uploadedAt },
  };
};

const noDocument = () =>
  new HttpError(404, 'DOCUMENT_NOT_FOUND', 'Dokumen ini belum dikonfirmasi dalam usulan.');

/**
 * A link to a candidate's document as confirmed: the pinned object version, for the operators who proposed it
 * and BKN's screening (Pasal 31(1)d-e).
 */
export const getCandidateDocument: Operation<typeof routes.getCandidateDocument> = async ({
  params,
  read,
  now,
}) => {
  const document = (await read(candidateRead(params, params.nip)))?.documents[params.kind];
  if (!document) throw noDocument();
  return { statusCode: 200, body: await pinnedDownload(document, `${params.nip}-${params.kind}`, now) };
};

/** A link to the proposal letter as confirmed: the pinned object version. */
export const getLetter: Operation<typeof routes.getLetter> = async ({ params, read, now }) => {
  const letter = (await read(proposalRead(params)))?.letter;
  if (!letter) throw noDocument();
  return { statusCode: 200, body: await pinnedDownload(letter, `surat-usulan-${params.instansiCode}`, now) };
};
