import type { routes } from '../../events/api/routes';
import type { Operation } from '../../runtime/http/api-handler';

/** The instansi as the shared handler read it for the caller's scope. */
export const getInstansi: Operation<typeof routes.getInstansi> = async ({ scoped }) => ({
  statusCode: 200,
  body: scoped.instansi,
});
