import { deliveryRoutes } from '../../events/api/routes/delivery';
import { apiHandler } from '../../runtime/http/api-handler';
import { idempotentRequests } from '../../runtime/http/idempotency';
import { routeAccess } from '../../runtime/http/scope';
import { participantScope } from '../../runtime/http/scopes/participant';
import { acknowledgeDocument, confirmAssignmentLetter, requestAssignmentLetterUpload } from './documents';
import { getELearning, setELearning } from './e-learning';
import { listForum, postAsFacilitator, postToForum } from './forum';
import { confirmMaterial, downloadMaterial, requestMaterialUpload } from './material';
import { getDelivery } from './progress';
import { confirmResume, requestResumeUpload } from './resume';
import { announceGroups, reviewCv } from './review';

/**
 * Training delivery (2019 handbook, Timeline Pelatihan No 5-6): CV and action plan review and groups, the
 * cohort's e-learning (modules, facilitators, materials, forums, resumes), the participant's SP and
 * acknowledgements.
 */
export const handler = apiHandler(
  deliveryRoutes,
  {
    setELearning,
    getELearning,
    requestMaterialUpload,
    confirmMaterial,
    postAsFacilitator,
    getDelivery,
    downloadMaterial,
    requestResumeUpload,
    confirmResume,
    postToForum,
    listForum,
    reviewCv,
    announceGroups,
    requestAssignmentLetterUpload,
    confirmAssignmentLetter,
    acknowledgeDocument,
  },
  routeAccess({ participant: participantScope }),
  idempotentRequests,
);
