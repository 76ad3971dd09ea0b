import type { routes } from '../../events/api/routes';
import { findProgram } from '../shared/data/program-repository';
import { listCandidates as queryCandidates } from '../shared/data/proposal-repository';
import type { Operation } from '../shared/http/api-handler';
import { notFound } from '../shared/http/http-error';

/** The eligibility session's worklist: candidates of a programme by scheme and status. */
export const listCandidates: Operation<typeof routes.listCandidates> = async ({ params, query }) => {
  if (!(await findProgram(params.programId))) throw notFound('Program');
  return { statusCode: 200, body: await queryCandidates(params.programId, query) };
};
