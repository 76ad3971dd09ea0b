import { trainingRoutes } from '../../events/api/routes/training';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { participantScope } from '../../runtime/http/scopes/participant';
import { recordAttendance } from './attendance';
import { confirmAttendance } from './confirmation';
import { confirmCv, requestCvUpload } from './cv';
import { recordELearning } from './e-learning';
import { getLearning } from './learning';
import { publishRulesOfConduct } from './rules-of-conduct';

/**
 * Confirmation, CV and action plan, e-learning, the cohort's rules of conduct and classroom attendance, JP
 * earned (2019 handbook).
 */
export const handler = apiHandler(
  trainingRoutes,
  {
    confirmAttendance,
    requestCvUpload,
    confirmCv,
    recordELearning,
    recordAttendance,
    getLearning,
    publishRulesOfConduct,
  },
  routeAccess({ participant: participantScope }),
  idempotentRequests,
);
