import type { routes } from '../../events/api/routes';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import { listCandidates as queryCandidates } from '../../adapters/dynamodb/proposal-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { notFound } from '../../runtime/http/http-error';

/** The eligibility session's worklist: candidates of a programme by scheme and status. */
export const listCandidates: Operation<typeof routes.listCandidates> = async ({ params, query }) => {
  if (!(await findProgram(params.programId))) throw notFound('Program');
  return { statusCode: 200, body: await queryCandidates(params.programId, query) };
};
