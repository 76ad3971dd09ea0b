import { randomUUID } from 'node:crypto';
import { planProgram } from '../../domain/program/program';
import type { routes } from '../../events/api/routes';
import { insertProgram } from '../shared/data/program-repository';
import type { Operation } from '../shared/http/api-handler';
import { HttpError, rulesNotMet } from '../shared/http/http-error';

export const createProgram: Operation<typeof routes.createProgram> = async ({ body, principal, now }) => {
  const decision = planProgram(
    {
      ...body,
      proposalWindow: {
        opensAt: new Date(body.proposalWindow.opensAt),
        closesAt: new Date(body.proposalWindow.closesAt),
      },
    },
    now,
  );
  if (!decision.ok) throw rulesNotMet(decision.violations);
  const at = now.toISOString();
  const program = {
    id: `prg_${randomUUID()}`,
    name: body.name,
    year: body.year,
    schemes: body.schemes,
    proposalWindow: {
      opensAt: decision.value.proposalWindow.opensAt.toISOString(),
      closesAt: decision.value.proposalWindow.closesAt.toISOString(),
    },
    status: decision.value.status,
    createdBy: principal.username,
    createdAt: at,
    updatedAt: at,
  };
  if (!(await insertProgram(program))) {
    throw new HttpError(409, 'PROGRAM_ID_TAKEN', 'ID program bentrok; silakan kirim ulang.');
  }
  return { statusCode: 201, body: program, headers: { location: `/programs/${program.id}` } };
};
