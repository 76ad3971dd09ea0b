import { regionalRoutes } from '../../events/api/routes/regional';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { listAllocations, setAllocation } from './allocations';
import {
  decideRegionalProgram,
  getRegionalProgram,
  listRegionalPrograms,
  proposeRegionalProgram,
} from './regional-programs';

/**
 * Regional stage: BKN allocates candidates per Kanreg; Kanreg propose programmes regional governments initiate and
 * pay for, which BKN's training unit approves after coordination (Perban BKN 7/2020 Pasal 7, 8, 11).
 */
export const handler = apiHandler(
  regionalRoutes,
  {
    setAllocation,
    listAllocations,
    proposeRegionalProgram,
    listRegionalPrograms,
    getRegionalProgram,
    decideRegionalProgram,
  },
  routeAccess({}),
  idempotentRequests,
);
