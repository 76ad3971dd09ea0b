import type { Program } from '../../events/api/program';
import type { Candidate, Proposal } from '../../events/api/proposal';
import { programRead } from '../../adapters/dynamodb/program-repository';
import type { RequiredDocument } from '../../domain/eligibility/documents';
import { candidateRead, proposalRead } from '../../adapters/dynamodb/proposal-repository';
import { slotRead, type UploadSlotRecord } from '../../adapters/dynamodb/upload-slot-repository';
import type { UploadPlace } from '../../services/documents/uploads';
import type { BatchedRead, ItemRead } from '../../adapters/dynamodb/table';
import { HttpError, notFound } from '../../runtime/http/http-error';
import { candidateDocumentSlotPlace, letterSlotPlace, type ProposalRef } from '../../adapters/dynamodb/keys';

/** What a proposal route reads first, with the access check (the index's prefetch): the programme it names. */
export const programReads = (params: Record<string, unknown>): ItemRead<unknown>[] => [
  programRead(String(params.programId)),
];

/** The programme a proposal route names (its instansi is the route's scope, resolved before), or 404. */
export async function programOf(read: BatchedRead, params: ProposalRef): Promise<Program> {
  const program = await read(programRead(params.programId));
  if (!program) throw notFound('Program');
  return program;
}

/** What a route changing a proposal or its candidate names, as read at its start. */
export interface EditTarget {
  program: Program;
  proposal: Proposal | undefined;
  /** The candidate of the route's NIP; undefined without one. */
  candidate: Candidate | undefined;
  /** The latest upload slot of each place asked for, in order; undefined where none was issued. */
  slots: (UploadSlotRecord | undefined)[];
}

/**
 * What a route changing a proposal names, once its instansi is known to be in the caller's scope: the
 * programme (404 when missing; read with the access check, `programReads`), the instansi's proposal, for a
 * candidate's route the candidate, and the upload slots of `uploads`, together in one call.
 */
export async function editTarget(
  read: BatchedRead,
  params: ProposalRef & { nip?: string },
  uploads: readonly UploadPlace[] = [],
): Promise<EditTarget> {
  const [program, proposal, candidate, ...slots] = await Promise.all([
    read(programRead(params.programId)),
    read(proposalRead(params)),
    params.nip === undefined ? undefined : read(candidateRead(params, params.nip)),
    ...uploads.map((place) => read(slotRead(place))),
  ]);
  if (!program) throw notFound('Program');
  return { program, proposal, candidate, slots };
}

/** Where a candidate's document of one kind is kept: its slots' records and objects. */
export const documentPlace = (ref: ProposalRef, nip: string, kind: RequiredDocument): UploadPlace => ({
  ...candidateDocumentSlotPlace(ref, nip, kind),
  prefix: `proposals/${ref.programId}/${ref.instansiCode}/${nip}/${kind}`,
});

/** Where the proposal letter is kept. */
export const letterPlace = (ref: ProposalRef): UploadPlace => ({
  ...letterSlotPlace(ref),
  prefix: `proposals/${ref.programId}/${ref.instansiCode}/SURAT_USULAN`,
});

export function existingProposal(proposal: Proposal | undefined): Proposal {
  if (!proposal)
    throw new HttpError(404, 'PROPOSAL_NOT_FOUND', 'Usulan instansi ini dalam program belum dibuat.');
  return proposal;
}

export const notEditable = () =>
  new HttpError(
    409,
    'PROPOSAL_NOT_EDITABLE',
    'Usulan sudah diajukan; perubahan hanya bila sidang meminta perbaikan.',
  );

export const changedMeanwhile = () =>
  new HttpError(
    409,
    'PROPOSAL_CHANGED',
    'Usulan berubah saat permintaan diproses. Muat ulang lalu coba lagi.',
  );
