import { programRoutes } from '../../events/api/routes/programs';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { createProgram } from './create-program';
import { createProgram2019 } from './create-program-2019';
import { getProgram } from './get-program';
import { listPrograms } from './list-programs';
import { requestAnnouncement } from './request-announcement';

/** Programme stage: BKN opens programmes and announces them to instansi. */
export const handler = apiHandler(
  programRoutes,
  {
    createProgram,
    createProgram2019,
    listPrograms,
    getProgram,
    requestAnnouncement,
  },
  routeAccess({}),
  idempotentRequests,
);
