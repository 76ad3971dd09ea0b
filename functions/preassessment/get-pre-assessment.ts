import type { routes } from '../../events/api/routes';
import { preassessmentRoutes } from '../../events/api/routes/preassessment';
import { loadPreAssessment } from '../shared/data/preassessment-repository';
import type { Operation } from '../shared/http/api-handler';
import { candidateInScope, preAssessmentView } from './context';

export const getPreAssessment: Operation<typeof routes.getPreAssessment> = async ({ params, principal }) => {
  const candidate = await candidateInScope(principal, params, preassessmentRoutes.getPreAssessment.auth);
  const record = await loadPreAssessment(params, params.nip);
  return { statusCode: 200, body: preAssessmentView(candidate, record) };
};
