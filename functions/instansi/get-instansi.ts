import type { routes } from '../../events/api/routes';
import type { Operation } from '../shared/http/api-handler';
import { instansiInScope } from '../shared/http/scope';

export const getInstansi: Operation<typeof routes.getInstansi> = async ({ params, principal }) => ({
  statusCode: 200,
  body: await instansiInScope(principal, params.instansiCode),
});
