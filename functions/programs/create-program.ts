import type { IsoDate } from '../../domain/shared/dates';
import type { routes } from '../../events/api/routes';
import type { Operation } from '../../runtime/http/api-handler';
import { saveNewProgram } from './save-program';

export const createProgram: Operation<typeof routes.createProgram> = async ({ body, principal, now }) =>
  saveNewProgram(
    {
      ...body,
      proposalWindow: {
        opensAt: new Date(body.proposalWindow.opensAt),
        closesAt: new Date(body.proposalWindow.closesAt),
      },
      cohortPlan: body.cohortPlan.map((c) => ({
        ...c,
        startDate: c.startDate as IsoDate,
        endDate: c.endDate as IsoDate,
      })),
    },
    principal.username,
    now,
  );
