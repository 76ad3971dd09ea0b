import type { routes } from '../../events/api/routes';
import { listInstansi as queryInstansi } from '../shared/data/instansi-repository';
import type { Operation } from '../shared/http/api-handler';
import { HttpError } from '../shared/http/http-error';

/** A Kanreg operator sees the instansi of its own region, whatever filter it asks for. */
export const listInstansi: Operation<typeof routes.listInstansi> = async ({ query, principal }) => {
  const admin = principal.roles.includes('admin-bkn');
  if (!admin && !principal.kanreg) {
    throw new HttpError(403, 'AKSES-KANREG-WILAYAH', 'Akun Kanreg Anda belum memiliki wilayah kerja.');
  }
  const kanreg = admin ? query.kanreg : principal.kanreg;
  return { statusCode: 200, body: await queryInstansi({ kanreg, limit: query.limit, cursor: query.cursor }) };
};
