import type { Program } from '../../events/api/program';
import type { Candidate, Proposal } from '../../events/api/proposal';
import { findProgram, programRead } from '../shared/data/program-repository';
import { candidateRead, proposalRead, type ProposalRef } from '../shared/data/proposal-repository';
import { readItems } from '../shared/data/table';
import { HttpError, notFound } from '../shared/http/http-error';

/** The programme a proposal route names (its instansi is the route's scope, resolved before), or 404. */
export async function programOf(params: ProposalRef): Promise<Program> {
  const program = await findProgram(params.programId);
  if (!program) throw notFound('Program');
  return program;
}

/** What a route changing a proposal or its candidate names, as read at its start. */
export interface EditTarget {
  program: Program;
  proposal: Proposal | undefined;
  /** The candidate of the route's NIP; undefined without one. */
  candidate: Candidate | undefined;
}

/**
 * What a route changing a proposal names, once its instansi is known to be in the caller's scope: the
 * programme (404 when missing), the instansi's proposal and, for a candidate's route, the candidate, in one
 * strongly consistent BatchGetItem.
 */
export async function editTarget(params: ProposalRef & { nip?: string }): Promise<EditTarget> {
  const [program, proposal, candidate] = await readItems(
    programRead(params.programId),
    proposalRead(params),
    params.nip === undefined ? undefined : candidateRead(params, params.nip),
  );
  if (!program) throw notFound('Program');
  return { program, proposal, candidate };
}

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
