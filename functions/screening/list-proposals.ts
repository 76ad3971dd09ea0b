import type { routes } from '../../events/api/routes';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import { listProposals as queryProposals } from '../../adapters/dynamodb/proposal-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { notFound } from '../../runtime/http/http-error';

/** BKN lists every proposal of a programme; a Kanreg operator only those of its region (the shared narrowing). */
export const listProposals: Operation<typeof routes.listProposals> = async ({ params, query, scoped }) => {
  if (!(await findProgram(params.programId))) throw notFound('Program');
  const page = await queryProposals(params.programId, {
    status: query.status,
    kanreg: scoped.region ?? query.kanreg,
    limit: query.limit,
    cursor: query.cursor,
  });
  return { statusCode: 200, body: page };
};
