import type { routes } from '../../events/api/routes';
import { findProgram } from '../shared/data/program-repository';
import { listProposals as queryProposals } from '../shared/data/proposal-repository';
import type { Operation } from '../shared/http/api-handler';
import { HttpError, notFound } from '../shared/http/http-error';

/** BKN lists every proposal of a programme; a Kanreg operator only those of its region. */
export const listProposals: Operation<typeof routes.listProposals> = async ({ params, query, principal }) => {
  const admin = principal.roles.includes('admin-bkn');
  if (!admin && !principal.kanreg) {
    throw new HttpError(403, 'AKSES-KANREG-WILAYAH', 'Akun Kanreg Anda belum memiliki wilayah kerja.');
  }
  if (!(await findProgram(params.programId))) throw notFound('Program');
  const page = await queryProposals(params.programId, {
    status: query.status,
    kanreg: admin ? query.kanreg : principal.kanreg,
    limit: query.limit,
    cursor: query.cursor,
  });
  return { statusCode: 200, body: page };
};
