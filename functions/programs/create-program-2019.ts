import { programme2019Draft } from '../../domain/program/program';
import type { IsoDate } from '../../domain/shared/dates';
import type { routes } from '../../events/api/routes';
import type { Operation } from '../../runtime/http/api-handler';
import { saveNewProgram } from './save-program';

/** Creates a programme from the 2019 Pusbang ASN plan kept in the domain's reference data. */
export const createProgram2019: Operation<typeof routes.createProgram2019> = async ({
  body,
  principal,
  now,
}) =>
  saveNewProgram(
    programme2019Draft({
      year: body.year,
      proposalWindow: {
        opensAt: new Date(body.proposalWindow.opensAt),
        closesAt: new Date(body.proposalWindow.closesAt),
      },
      firstCohortStartsOn: body.firstCohortStartsOn as IsoDate,
    }),
    principal.username,
    now,
  );
