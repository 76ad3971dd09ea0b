import type { routes } from '../../events/api/routes';
import { openProposal as createOrGet } from '../../adapters/dynamodb/proposal-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { programOf } from './context';

/** Opens the instansi's draft proposal in a programme; repeating the call answers the same proposal. */
export const openProposal: Operation<typeof routes.openProposal> = async ({
  params,
  principal,
  scoped: { instansi },
  read,
  now,
}) => {
  const program = await programOf(read, params);
  const at = now.toISOString();
  const { proposal, created } = await createOrGet({
    programId: program.id,
    instansiCode: instansi.code,
    instansiName: instansi.name,
    kanreg: instansi.kanreg,
    status: 'DRAFT',
    version: 0,
    candidateCount: 0,
    createdBy: principal.username,
    createdAt: at,
    updatedAt: at,
  });
  return { statusCode: created ? 201 : 200, body: proposal };
};
