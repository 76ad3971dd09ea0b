import type { routes } from '../../events/api/routes';
import { loadPreAssessment } from '../shared/data/preassessment-repository';
import type { Operation } from '../shared/http/api-handler';
import { preAssessmentView } from './context';

export const getPreAssessment: Operation<typeof routes.getPreAssessment> = async ({
  params,
  scoped: { candidate },
}) => {
  const record = await loadPreAssessment(params, params.nip);
  return { statusCode: 200, body: preAssessmentView(candidate, record) };
};
