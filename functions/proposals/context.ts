import type { Instansi } from '../../events/api/instansi';
import type { Program } from '../../events/api/program';
import type { Candidate, Proposal } from '../../events/api/proposal';
import { findInstansi, instansiRead } from '../shared/data/instansi-repository';
import { findProgram, programRead } from '../shared/data/program-repository';
import { candidateRead, proposalRead, type ProposalRef } from '../shared/data/proposal-repository';
import { readItems } from '../shared/data/table';
import { HttpError, notFound } from '../shared/http/http-error';
import type { Principal } from '../shared/http/principal';
import { inScope, instansiInScope, refuseOtherInstansi } from '../shared/http/scope';

/** The programme and instansi a proposal route names, once the caller is known to act for that instansi. */
export async function proposalScope(
  params: ProposalRef,
  principal: Principal,
): Promise<{ program: Program; instansi: Instansi }> {
  const instansi = await instansiInScope(principal, params.instansiCode);
  const program = await findProgram(params.programId);
  if (!program) throw notFound('Program');
  return { program, instansi };
}

/** What a route changing a proposal or its candidate names, as read at its start. */
export interface EditScope {
  program: Program;
  instansi: Instansi;
  proposal: Proposal | undefined;
  /** The candidate of the route's NIP; undefined without one. */
  candidate: Candidate | undefined;
}

/**
 * The scope of a route changing a proposal: proposalScope's, with the instansi's proposal and, for a
 * candidate's route, the candidate, checked in that order (404 instansi, 403 scope, 404 programme). Read at
 * once when the token decides the scope (BKN, the instansi's own operator); a Kanreg operator's scope is the
 * instansi's region, so its registration is read and checked first, and nothing outside the region is read.
 */
export async function editScope(
  params: ProposalRef & { nip?: string },
  principal: Principal,
): Promise<EditScope> {
  refuseOtherInstansi(principal, params.instansiCode);
  const regional = principal.roles.includes('kanreg');
  const checked = regional ? inScope(principal, await findInstansi(params.instansiCode)) : undefined;
  const [instansi, program, proposal, candidate] = await readItems(
    regional ? undefined : instansiRead(params.instansiCode),
    programRead(params.programId),
    proposalRead(params),
    params.nip === undefined ? undefined : candidateRead(params, params.nip),
  );
  const scoped = checked ?? inScope(principal, instansi);
  if (!program) throw notFound('Program');
  return { program, instansi: scoped, proposal, candidate };
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
