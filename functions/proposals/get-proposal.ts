import type { routes } from '../../events/api/routes';
import { loadProposal } from '../../adapters/dynamodb/proposal-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { HttpError } from '../../runtime/http/http-error';
import { programOf } from './context';

export const getProposal: Operation<typeof routes.getProposal> = async ({ params, read }) => {
  await programOf(read, params);
  const loaded = await loadProposal(params);
  if (!loaded)
    throw new HttpError(404, 'PROPOSAL_NOT_FOUND', 'Usulan instansi ini dalam program belum dibuat.');
  return { statusCode: 200, body: { ...loaded.proposal, candidates: loaded.candidates } };
};
