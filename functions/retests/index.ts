import { retestRoutes } from '../../events/api/routes/retests';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { participantScope } from '../../runtime/http/scopes/participant';
import { askRetest, listRetestAsks } from './ask';
import { bookRetest } from './book';
import { createRetestSession, setTestSession } from './sessions';

/** Re-tests: asked for, booked into a later test session, and the test sessions' own capacity. */
export const handler = apiHandler(
  retestRoutes,
  { askRetest, listRetestAsks, bookRetest, setTestSession, createRetestSession },
  routeAccess({ participant: participantScope }),
  idempotentRequests,
);
