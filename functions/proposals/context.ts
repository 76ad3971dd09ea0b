import type { Instansi } from '../../events/api/instansi';
import type { Program } from '../../events/api/program';
import type { Proposal } from '../../events/api/proposal';
import { findProgram } from '../shared/data/program-repository';
import { findProposal, type ProposalRef } from '../shared/data/proposal-repository';
import { HttpError, notFound } from '../shared/http/http-error';
import type { Principal } from '../shared/http/principal';
import { instansiInScope } from '../shared/http/scope';

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

export async function existingProposal(params: ProposalRef): Promise<Proposal> {
  const proposal = await findProposal(params);
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
