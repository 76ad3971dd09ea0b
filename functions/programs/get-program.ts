import type { routes } from '../../events/api/routes';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { notFound } from '../../runtime/http/http-error';

export const getProgram: Operation<typeof routes.getProgram> = async ({ params }) => {
  const program = await findProgram(params.programId);
  if (!program) throw notFound('Program');
  return { statusCode: 200, body: program };
};
