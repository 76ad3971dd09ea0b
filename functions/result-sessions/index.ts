import { resultSessionRoutes } from '../../events/api/routes/result-sessions';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { participantScope } from '../../runtime/http/scopes/participant';
import { getAppealStrategy, setAppealStrategy } from './appeal-strategy';
import { listEvidenceRequests, requestAdditionalEvidence } from './evidence-requests';
import { getUnitRecognition } from './unit-recognition';

/** What the result session settles besides its decisions: additional evidence, appeal strategy, unit recognition. */
export const handler = apiHandler(
  resultSessionRoutes,
  {
    requestAdditionalEvidence,
    listEvidenceRequests,
    setAppealStrategy,
    getAppealStrategy,
    getUnitRecognition,
  },
  routeAccess({ participant: participantScope }),
  idempotentRequests,
);
