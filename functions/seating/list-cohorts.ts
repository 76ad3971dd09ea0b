import { Participant as ParticipantView } from '../../events/api/participant';
import type { routes } from '../../events/api/routes';
import { findProgram } from '../shared/data/program-repository';
import { listCohorts as queryCohorts, seatsOf } from '../shared/data/seating-repository';
import type { Operation } from '../shared/http/api-handler';
import { HttpError, notFound } from '../shared/http/http-error';

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
    throw new HttpError(404, 'COHORT_NOT_FOUND', 'Angkatan tidak ditemukan dalam program.');
  }
  return { statusCode: 200, body: { items: seated.map((p) => ParticipantView.parse(p)) } };
};
