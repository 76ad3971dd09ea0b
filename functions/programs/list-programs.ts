import type { routes } from '../../events/api/routes';
import { listPrograms as queryPrograms } from '../../adapters/dynamodb/program-repository';
import type { Operation } from '../../runtime/http/api-handler';

export const listPrograms: Operation<typeof routes.listPrograms> = async ({ query }) => ({
  statusCode: 200,
  body: { items: await queryPrograms(query.year) },
});
