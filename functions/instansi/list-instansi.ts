import type { routes } from '../../events/api/routes';
import { listInstansi as queryInstansi } from '../../adapters/dynamodb/instansi-repository';
import type { Operation } from '../../runtime/http/api-handler';

/** A Kanreg operator sees the instansi of its own region (the shared handler's narrowing), whatever it asks for. */
export const listInstansi: Operation<typeof routes.listInstansi> = async ({ query, scoped }) => {
  const kanreg = scoped.region ?? query.kanreg;
  return { statusCode: 200, body: await queryInstansi({ kanreg, limit: query.limit, cursor: query.cursor }) };
};
