import { cohortNotFound } from '../../runtime/http/not-found';
import { Participant as ParticipantView } from '../../events/api/participant';
import type { routes } from '../../events/api/routes';
import { findProgram } from '../../adapters/dynamodb/program-repository';
import { listCohorts as queryCohorts, seatsOf } from '../../adapters/dynamodb/seating-repository';
import type { Operation } from '../../runtime/http/api-handler';
import { notFound } from '../../runtime/http/http-error';

export const listCohorts: Operation<typeof routes.listCohorts> = async ({ params }) => {
  if (!(await findProgram(params.programId))) throw notFound('Program');
  return { statusCode: 200, body: { items: await queryCohorts(params.programId) } };
};

export const listCohortParticipants: Operation<typeof routes.listCohortParticipants> = async ({ params }) => {
  if (!(await findProgram(params.programId))) throw notFound('Program');
  const seated = await seatsOf(params.programId, params.number);
  if (
    seated.length === 0 &&
    !(await queryCohorts(params.programId)).some((c) => c.number === params.number)
  ) {
    throw cohortNotFound();
  }
  return { statusCode: 200, body: { items: seated.map((p) => ParticipantView.parse(p)) } };
};
